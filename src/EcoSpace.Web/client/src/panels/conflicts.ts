// The conflicts list from GET /api/conflicts: rule, severity colour, area or length; a click zooms
// to the overlap and highlights it.
import { getConflicts } from '../api/extras';
import type { ConflictCollection, ConflictProps } from '../api/types';
import { t, lang, onLangChange, type MessageKey } from '../i18n';
import { h, byId, clear } from '../util/dom';
import { area, length } from '../util/format';
import { readGeometry } from '../map/features';
import type { Highlight } from '../map/highlight';

export const SEVERITY_COLORS: Record<string, string> = {
  critical: '#7a0177',
  high: '#d7301f',
  medium: '#f28e2b',
  low: '#e0b400',
  error: '#6a51a3',
};

const SEVERITY_ORDER = ['critical', 'error', 'high', 'medium', 'low'];

let data: ConflictCollection | null = null;
/** the last fetch error's message (translated when shown) */
let error: string | null = null;
let active: number | null = null;
let highlight: Highlight | null = null;

export function ruleLabel(p: ConflictProps, l: 'zh' | 'en'): string {
  return (l === 'zh' ? p.label_zh ?? p.rule_zh : p.label_en) ?? p.label_en ?? p.rule;
}

export function conflictIds(p: ConflictProps): { ids: string[]; kinds: string[] } {
  return {
    ids: p.ids ?? [p.a_id, p.b_id].filter((x): x is string => !!x),
    kinds: p.kinds ?? [p.a_kind, p.b_kind].filter((x): x is string => !!x),
  };
}

/** Most severe first, then the largest. */
export function sortConflicts<T extends { properties: ConflictProps }>(features: T[]): T[] {
  const rank = (s: string): number => {
    const i = SEVERITY_ORDER.indexOf(s);
    return i < 0 ? SEVERITY_ORDER.length : i;
  };
  return [...features].sort(
    (a, b) =>
      rank(a.properties.severity) - rank(b.properties.severity) ||
      (b.properties.area_m2 ?? b.properties.length_m ?? 0) - (a.properties.area_m2 ?? a.properties.length_m ?? 0),
  );
}

function select(index: number): void {
  const f = data?.features[index];
  if (!f?.geometry || !highlight) return;
  active = index;
  const geometry = readGeometry(f.geometry);
  highlight.show([{ geometry, color: SEVERITY_COLORS[f.properties.severity] ?? '#ff00ff' }]);
  highlight.zoomTo(geometry.getExtent());
  render();
}

function render(): void {
  const list = byId('conflict-list');
  clear(list);
  const count = byId('conflict-count');
  if (error && !data) {
    list.append(h('li', { class: 'muted', testid: 'conflicts-error' }, t('msg.loadFailed', { what: t('panel.conflicts'), message: error })));
    count.textContent = '';
    return;
  }
  const features = data?.features ?? [];
  count.textContent = features.length ? `(${features.length})` : '';
  count.dataset.count = String(features.length);
  if (!features.length) {
    list.append(h('li', { class: 'muted', testid: 'conflict-none' }, t('conf.none')));
    return;
  }
  features.forEach((f, i) => {
    const p = f.properties;
    const { ids, kinds } = conflictIds(p);
    const figure = p.area_m2 !== undefined && p.area_m2 !== null ? area(p.area_m2) : p.length_m !== undefined && p.length_m !== null ? length(p.length_m) : '';
    const sevKey = `severity.${p.severity}` as MessageKey;
    list.append(
      h(
        'li',
        {
          class: `bl-${p.severity}${active === i ? ' active' : ''}`,
          testid: 'conflict-item',
          dataset: { rule: p.rule, severity: p.severity, ids: ids.join(','), kinds: kinds.join(',') },
          tabindex: '0',
          onclick: () => select(i),
          onkeydown: (e: KeyboardEvent) => (e.key === 'Enter' ? select(i) : undefined),
        },
        h('span', { class: 'figure' }, figure),
        h('span', { class: `sev sev-${p.severity}` }, t(sevKey) === sevKey ? p.severity : t(sevKey)),
        h('span', { class: 'rule' }, ruleLabel(p, lang())),
        h('div', { class: 'ids' }, t('conf.between', { a: ids[0] ?? '?', b: ids[1] ?? '?' })),
      ),
    );
  });
}

export async function refreshConflicts(): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const body = await getConflicts();
      data = { ...body, features: sortConflicts(body.features ?? []) };
      error = null;
      active = null;
      break;
    } catch (e) {
      error = (e as Error).message;
      if (attempt === 0) await new Promise((r) => setTimeout(r, 400));
    }
  }
  render();
}

export function initConflicts(h: Highlight): void {
  highlight = h;
  onLangChange(render);
}

