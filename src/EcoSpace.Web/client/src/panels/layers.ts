// Layer list: visibility, legend (one swatch per class, labels from the schema's code lists),
// zoom to layer, export link.
import type { LayerManager, KindLayer } from '../map/layers';
import type { SchemaIndex } from '../api/schema';
import { exportUrl } from '../api/extras';
import { isCategorized, legendEntries, type ResolvedStyle } from '../map/styleSpec';
import { swatchCss } from './swatch';
import { t, lang, onLangChange } from '../i18n';
import { h, byId, clear, coalesce } from '../util/dom';
import type { Highlight } from '../map/highlight';

/** A legend swatch (CSS, see swatch.ts). */
function swatch(s: ResolvedStyle, line: boolean): HTMLElement {
  return h('span', { class: 'swatch', style: swatchCss(s, line), 'aria-hidden': 'true' });
}

export function kindTitle(layers: LayerManager, schema: SchemaIndex, kind: string): string {
  const c = layers.collection(kind);
  const l = lang();
  if (l === 'zh' && c?.title_zh) return c.title_zh;
  const s = schema.kind(kind);
  if (s) return s.title[l];
  return (l === 'en' ? c?.title : c?.title_zh) ?? c?.title ?? kind;
}

/** The kinds of the current map drawn as vector layers (those a user can edit), with their titles. */
export function editableKinds(layers: LayerManager, schema: SchemaIndex): Array<{ kind: string; title: string }> {
  return layers.layers.filter((l) => !l.readOnly).map((l) => ({ kind: l.kind, title: kindTitle(layers, schema, l.kind) }));
}

export class LayersPanel {
  constructor(
    private readonly layers: LayerManager,
    private readonly schema: SchemaIndex,
    private readonly highlight: Highlight,
  ) {
    const later = coalesce(() => this.render());
    layers.onChange(later);
    onLangChange(later);
  }

  private legend(l: KindLayer): HTMLElement {
    const line = this.schema.kind(l.kind)?.geometry === 'line' || this.layers.collection(l.kind)?.geometry_type === 'line';
    const ul = h('ul', { class: 'legend', testid: `legend-${l.kind}` });
    const style = l.entry.style;
    const entries = legendEntries(l.kind, style);
    if (!isCategorized(style)) return ul; // a simple style's swatch is in the layer's row
    for (const s of entries) {
      const label = s.key === '' ? t('legend.default') : this.schema.codeLabel(l.kind, style.by, s.key, lang());
      ul.append(h('li', { dataset: { value: s.key } }, swatch(s, line), h('span', {}, label)));
    }
    return ul;
  }

  render(): void {
    const list = byId('layer-list');
    clear(list);
    // top of the drawing order first, as GIS layer lists do
    for (const l of [...this.layers.layers].reverse()) {
      const line = this.schema.kind(l.kind)?.geometry === 'line' || this.layers.collection(l.kind)?.geometry_type === 'line';
      const single = !isCategorized(l.entry.style) ? legendEntries(l.kind, l.entry.style)[0] : null;
      const checkbox = h('input', {
        type: 'checkbox',
        checked: l.layer.getVisible(),
        testid: `layer-toggle-${l.kind}`,
        onchange: (e: Event) => this.layers.setVisible(l.kind, (e.target as HTMLInputElement).checked),
      });
      const state = this.layers.state(l.kind);
      const meta = l.readOnly
        ? t('layers.vectorTiles')
        : state === 'loading'
          ? t('layers.loading')
          : state === 'error'
            ? t('layers.failed')
            : t('layers.count', { count: this.layers.count(l.kind) });
      list.append(
        h(
          'li',
          { testid: `layer-${l.kind}`, dataset: { kind: l.kind, state } },
          h(
            'div',
            { class: 'layer-row' },
            h('label', {}, checkbox, single ? swatch(single, line) : null, h('span', {}, kindTitle(this.layers, this.schema, l.kind))),
            h('button', {
              type: 'button',
              class: 'icon',
              title: t('layers.zoom'),
              'aria-label': t('layers.zoom'),
              testid: `zoom-layer-${l.kind}`,
              onclick: () => {
                const e = this.layers.extent(l.kind);
                if (e) this.highlight.zoomTo(e, 18);
              },
            }, '⤢'),
            h('a', { class: 'icon', href: exportUrl(l.kind), download: `${l.kind}.geojson`, title: t('layers.export.title'), testid: `export-${l.kind}` }, '↓'),
          ),
          h('div', { class: 'layer-meta' }, meta),
          this.legend(l),
        ),
      );
    }
  }
}
