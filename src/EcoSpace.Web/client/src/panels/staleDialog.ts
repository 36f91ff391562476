// The 412 dialog: someone saved this feature after this page loaded it. Offers "reload theirs",
// "compare" (attributes side by side, both geometries on the map) and, only as an explicit
// choice, "overwrite"; closing it keeps the user's edit unsaved.
import type { GeoFeature } from '../api/types';
import type { SchemaIndex } from '../api/schema';
import type { Change } from '../edit/changes';
import { compareRows, initialStale, staleReducer, type StaleDecision, type StaleEvent, type StaleState } from '../edit/stale';
import { versionOf } from '../api/collections';
import { readGeometry } from '../map/features';
import type { Highlight } from '../map/highlight';
import { t, lang, onLangChange } from '../i18n';
import { h, byId, clear } from '../util/dom';
import { formatValue } from './attrForm';
import { createEmpty, extend } from 'ol/extent';

export class StaleDialog {
  private state: StaleState = initialStale;
  private resolve: ((d: StaleDecision) => void) | null = null;
  private mineVersion: number | null = null;
  private readonly dialog = byId<HTMLDialogElement>('stale-dialog');

  constructor(
    private readonly schema: SchemaIndex,
    private readonly highlight: Highlight,
    private readonly versionSeen: (kind: string, id: string) => number | null,
  ) {
    this.dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      this.send({ type: 'cancel' });
    });
    onLangChange(() => this.render());
  }

  get current(): StaleState {
    return this.state;
  }

  /** The StaleResolver of the sync executor. */
  readonly ask = (change: Change, theirs: GeoFeature | null): Promise<StaleDecision> => {
    this.mineVersion = change.id ? this.versionSeen(change.kind, change.id) : null;
    const state = change.after ?? change.before;
    // my side shows the version my edit was made on
    const mine = state && this.mineVersion !== null ? { ...state, properties: { ...state.properties, version: this.mineVersion } } : state;
    this.send({ type: 'stale', kind: change.kind, id: change.id ?? '', mine, theirs });
    return new Promise<StaleDecision>((resolve) => (this.resolve = resolve));
  };

  private send(event: StaleEvent): void {
    this.state = staleReducer(this.state, event);
    if (this.state.name === 'decided') {
      const decision = this.state.decision;
      this.state = initialStale;
      this.highlight.clear();
      this.render();
      this.resolve?.(decision);
      this.resolve = null;
      return;
    }
    this.render();
  }

  private showGeometries(): void {
    const s = this.state;
    if (s.name !== 'compare') return;
    const items = [];
    if (s.theirs?.geometry) items.push({ geometry: readGeometry(s.theirs.geometry), color: '#2171b5' });
    if (s.mine?.geometry) items.push({ geometry: readGeometry(s.mine.geometry), color: '#f28e2b', dash: [8, 6] });
    this.highlight.show(items);
    const e = createEmpty();
    items.forEach((i) => extend(e, i.geometry.getExtent()));
    if (items.length) this.highlight.zoomTo(e, 17);
  }

  private render(): void {
    const d = this.dialog;
    const s = this.state;
    if (s.name === 'closed' || s.name === 'decided') {
      if (d.open) d.close();
      return;
    }
    clear(d);
    d.dataset.state = s.name;
    const theirVersion = versionOf(s.theirs);
    d.append(
      h('h3', {}, t('stale.title')),
      h('p', { testid: 'stale-text' },
        s.theirs
          ? t('stale.text', { mine: this.mineVersion ?? '?', theirs: theirVersion ?? '?' })
          : t('stale.textDeleted', { mine: this.mineVersion ?? '?' })),
    );
    if (s.name === 'compare') {
      const l = lang();
      const rows = compareRows(s.mine, s.theirs);
      d.append(
        h('table', { class: 'compare', testid: 'stale-compare-table' },
          h('thead', {}, h('tr', {}, h('th', {}, t('stale.property')), h('th', {}, t('stale.mine')), h('th', {}, t('stale.theirs')))),
          h('tbody', {}, rows.map((r) =>
            h('tr', { class: r.differs ? 'differs' : '', dataset: { property: r.name } },
              h('td', { title: r.name }, r.name === 'version' ? t('info.version') : this.schema.propertyLabel(s.kind, r.name, l)),
              h('td', { testid: 'stale-mine' }, this.label(s.kind, r.name, r.mine)),
              h('td', { testid: 'stale-theirs' }, this.label(s.kind, r.name, r.theirs)),
            ))),
        ),
        h('p', { class: 'muted' }, t('stale.geometryLegend')),
      );
      this.showGeometries();
    }
    d.append(
      h('div', { class: 'buttons' },
        h('button', { type: 'button', testid: 'stale-reload', onclick: () => this.send({ type: 'reload' }) }, t('stale.reload')),
        s.name === 'prompt'
          ? h('button', { type: 'button', testid: 'stale-compare', onclick: () => this.send({ type: 'compare' }) }, t('stale.compare'))
          : h('button', { type: 'button', testid: 'stale-back', onclick: () => { this.highlight.clear(); this.send({ type: 'back' }); } }, t('stale.back')),
        h('button', { type: 'button', class: 'danger', testid: 'stale-overwrite', onclick: () => this.send({ type: 'overwrite' }) }, t('stale.overwrite')),
        h('button', { type: 'button', testid: 'stale-cancel', onclick: () => this.send({ type: 'cancel' }) }, t('stale.cancel')),
      ),
    );
    if (!d.open) d.showModal();
  }

  private label(kind: string, name: string, value: unknown): string {
    if (typeof value === 'boolean') return t(value ? 'form.true' : 'form.false');
    const text = formatValue(value);
    const label = this.schema.codeLabel(kind, name, value, lang());
    return label && label !== text ? `${label} (${text})` : text;
  }
}
