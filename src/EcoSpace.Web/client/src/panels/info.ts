// The feature panel: which feature, its attributes (a form when editable, a table when read-only,
// code values with their zh/en labels), zoom to it, and its history from GET /api/history.
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry } from 'ol/geom';
import type { GeoFeature, HistoryEntry, Properties } from '../api/types';
import type { SchemaIndex } from '../api/schema';
import { getHistory } from '../api/extras';
import type { Editor } from '../edit/editor';
import { idOf, propertiesOf, readFeature } from '../map/features';
import type { Highlight } from '../map/highlight';
import { t, lang, onLangChange, type MessageKey } from '../i18n';
import { h, byId, clear, add } from '../util/dom';
import { attrForm, formatValue } from './attrForm';

interface Shown {
  kind: string;
  id: string | null;
  feature: Feature<OlGeometry> | null;
  /** read-only features (vector tiles) fetched from /items/{id} */
  remote: GeoFeature | null;
}

export class InfoPanel {
  private shown: Shown | null = null;
  private history: HistoryEntry[] | null = null;
  private historyError: string | null = null;
  private historyFor = '';
  private renderedKey = '';

  constructor(
    private readonly editor: Editor,
    private readonly schema: SchemaIndex,
    private readonly highlight: Highlight,
  ) {
    editor.onChange(() => this.fromSelection());
    onLangChange(() => this.render(true));
    this.render(true);
  }

  /** Shows a read-only feature (from a vector-tile layer). */
  showRemote(kind: string, feature: GeoFeature): void {
    this.shown = { kind, id: feature.id === undefined ? null : String(feature.id), feature: null, remote: feature };
    this.loadHistory();
    this.render(true);
  }

  private fromSelection(): void {
    const sel = this.editor.selected();
    const last = sel[sel.length - 1];
    if (!last) {
      if (this.shown?.remote) return;
      this.shown = null;
    } else {
      this.shown = { kind: last.kind, id: idOf(last.feature), feature: last.feature, remote: null };
    }
    this.loadHistory();
    this.render(false);
  }

  /** Refetches the history (after a save). */
  refresh(): void {
    this.historyFor = '';
    this.loadHistory();
    this.render(true);
  }

  private loadHistory(): void {
    const s = this.shown;
    const key = s?.id ? `${s.kind}/${s.id}/${s.feature?.get('version') ?? s.remote?.properties?.version ?? ''}` : '';
    if (key === this.historyFor) return;
    this.historyFor = key;
    this.history = null;
    this.historyError = null;
    if (!s?.id) return;
    getHistory(s.kind, s.id).then(
      (entries) => {
        if (this.historyFor !== key) return;
        this.history = entries;
        this.render(true);
      },
      (e: Error) => {
        if (this.historyFor !== key) return;
        this.historyError = e.message;
        this.render(true);
      },
    );
  }

  private codeText(kind: string, name: string, value: unknown): string {
    if (typeof value === 'boolean') return t(value ? 'form.true' : 'form.false');
    const label = this.schema.codeLabel(kind, name, value, lang());
    const text = formatValue(value);
    return label && label !== text ? `${label} (${text})` : text;
  }

  private table(kind: string, props: Properties): HTMLElement {
    const l = lang();
    return h(
      'table',
      { class: 'attr-table', testid: 'attr-table' },
      Object.entries(props)
        .filter(([k]) => k !== 'version')
        .map(([k, v]) => h('tr', {}, h('th', { title: k }, this.schema.propertyLabel(kind, k, l)), h('td', { testid: `info-${k}` }, this.codeText(kind, k, v)))),
    );
  }

  private historyList(kind: string): HTMLElement {
    const ol = h('ol', { class: 'history-list', testid: 'history-list' });
    if (this.historyError) ol.append(h('li', { class: 'muted' }, t('hist.failed', { message: this.historyError })));
    else if (this.history && !this.history.length) ol.append(h('li', { class: 'muted' }, t('hist.none')));
    for (const e of this.history ?? []) {
      const opKey = `hist.${e.operation}` as MessageKey;
      const opText = t(opKey) === opKey ? e.operation : t(opKey);
      const at = e.at ? new Date(e.at).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en') : '';
      // what this version changed when the server says, else everything it had
      const changed = e.changed_properties ? new Set(e.changed_properties) : null;
      const props = e.properties ? Object.entries(e.properties).filter(([k]) => k !== 'version' && (!changed || changed.has(k))) : [];
      ol.append(
        h(
          'li',
          { testid: 'history-item', dataset: { version: String(e.version), operation: e.operation } },
          h('div', {}, h('strong', {}, `v${e.version}`), ` ${opText} · ${at}`, e.user ? ` · ${t('hist.by', { user: e.user })}` : ''),
          e.geometry_changed ? h('div', { class: 'changes' }, t('hist.geometry')) : null,
          props.length ? h('div', { class: 'changes' }, props.map(([k, v]) => `${this.schema.propertyLabel(kind, k, lang())}: ${this.codeText(kind, k, v)}`).join('; ')) : null,
        ),
      );
    }
    return ol;
  }

  /** Redraws; `force` also rebuilds the form (otherwise an unchanged form keeps focus and typing). */
  render(force: boolean): void {
    const root = byId('info');
    const s = this.shown;
    const pending = this.editor.pending;
    const key = s ? `${s.kind}|${s.id}|${s.feature ? (s.feature as unknown as { ol_uid: string }).ol_uid : 'r'}|${s.feature?.get('version') ?? ''}|${pending ? 'p' : ''}` : '';
    if (!force && key === this.renderedKey) return;
    this.renderedKey = key;
    clear(root);
    if (!s) {
      root.append(h('p', { class: 'muted', testid: 'info-none' }, t('info.none')));
      return;
    }
    const l = lang();
    const isPending = pending?.feature === s.feature && !!s.feature;
    const props = s.feature ? propertiesOf(s.feature) : { ...(s.remote?.properties ?? {}) };
    const version = props.version;
    add(root,
      h(
        'dl',
        { class: 'info-head', testid: 'info-head', dataset: { kind: s.kind, id: s.id ?? '' } },
        h('dt', {}, t('info.kind')), h('dd', {}, this.schema.kindTitle(s.kind, l)),
        h('dt', {}, t('info.id')), h('dd', { testid: 'info-id' }, s.id ?? t('info.new')),
        h('dt', {}, t('info.version')), h('dd', { testid: 'info-version' }, version === undefined ? '—' : String(version)),
      ),
      isPending ? h('div', { class: 'badge', testid: 'info-unsaved' }, pending!.isNew ? t('info.new') : t('info.unsaved')) : null,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', testid: 'zoom-feature', onclick: () => this.zoom() }, t('info.zoom')),
      ),
    );
    if (s.feature) {
      const schema = this.schema.kind(s.kind);
      root.append(attrForm(schema, s.kind, props, false, (name, value) => this.editor.setAttribute(s.feature!, name, value)));
    } else {
      root.append(h('p', { class: 'muted' }, t('info.readOnly')), this.table(s.kind, props));
    }
    if (s.id) root.append(h('h3', {}, t('panel.history')), this.historyList(s.kind));
  }

  private zoom(): void {
    const s = this.shown;
    const geometry = s?.feature?.getGeometry() ?? (s?.remote ? readFeature(s.remote, s.kind).getGeometry() : undefined);
    if (geometry) this.highlight.zoomTo(geometry.getExtent(), 17);
  }
}
