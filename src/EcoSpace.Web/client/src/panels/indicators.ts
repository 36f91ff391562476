// Shoreline ratio, bank ratio, red-line and protected-area areas from GET /api/indicators.
import { getIndicators } from '../api/extras';
import type { Indicators, RatioResult } from '../api/types';
import { t, onLangChange } from '../i18n';
import { h, byId, clear } from '../util/dom';
import { percent, km, km2 } from '../util/format';

let data: Indicators | null = null;
/** the last fetch error's message (translated when shown) */
let error: string | null = null;
let previous: Record<string, string> = {};

function ratioBlock(testid: string, nameKey: 'ind.shoreline' | 'ind.banks', r: RatioResult | null | undefined): HTMLElement {
  const value = r ? percent(r.ratio) : '—';
  return h(
    'div',
    { class: 'indicator', testid, dataset: { value: r?.ratio === null || r?.ratio === undefined ? '' : String(r.ratio), numeratorM: String(r?.numerator_m ?? ''), denominatorM: String(r?.denominator_m ?? '') } },
    h('div', { class: 'name' }, t(nameKey)),
    h('div', { class: 'value', testid: `${testid}-value` }, value),
    h('div', { class: 'detail', testid: `${testid}-detail` }, r ? t('ind.fraction', { num: km(r.numerator_m), den: km(r.denominator_m) }) : t('ind.none')),
  );
}

function areaBlock(testid: string, nameKey: 'ind.redLine' | 'ind.protected', m2: number | undefined, count: number | undefined): HTMLElement {
  return h(
    'div',
    { class: 'indicator', testid, dataset: { value: m2 === undefined ? '' : String(m2) } },
    h('div', { class: 'name' }, t(nameKey)),
    h('div', { class: 'value', testid: `${testid}-value` }, m2 === undefined ? '—' : km2(m2)),
    count === undefined ? null : h('div', { class: 'detail' }, t('ind.count', { count })),
  );
}

function render(): void {
  const root = byId('indicators');
  clear(root);
  if (error && !data) {
    root.append(h('div', { class: 'muted', testid: 'indicators-error' }, t('msg.loadFailed', { what: t('panel.indicators'), message: error })));
    return;
  }
  const blocks = [
    ratioBlock('ratio-shoreline', 'ind.shoreline', data?.shoreline),
    ratioBlock('ratio-banks', 'ind.banks', data?.banks),
    areaBlock('area-red-line', 'ind.redLine', data?.areas?.red_line_m2, data?.areas?.red_line_count),
    areaBlock('area-protected', 'ind.protected', data?.areas?.protected_area_m2, data?.areas?.protected_area_count),
  ];
  const now: Record<string, string> = {};
  for (const b of blocks) {
    const id = b.dataset.testid ?? b.getAttribute('data-testid') ?? '';
    now[id] = b.dataset.value ?? '';
    if (previous[id] !== undefined && previous[id] !== now[id]) b.classList.add('flash');
  }
  previous = now;
  root.append(...blocks);
  if (data?.data_version !== undefined) root.append(h('div', { class: 'muted', testid: 'data-version' }, t('ind.version', { version: data.data_version })));
}

/** Fetches the indicators and redraws; resolves when done (never rejects). */
export async function refreshIndicators(): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      data = await getIndicators();
      error = null;
      break;
    } catch (e) {
      error = (e as Error).message;
      // one retry: a server busy with the start-up burst of requests may fail once
      if (attempt === 0) await new Promise((r) => setTimeout(r, 400));
    }
  }
  render();
}


onLangChange(render);
