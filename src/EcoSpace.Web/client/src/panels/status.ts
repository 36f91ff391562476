// The status line: one message at a time, in the current language (re-rendered on a switch).
import { t, onLangChange, type MessageKey } from '../i18n';
import { byId } from '../util/dom';

type Tone = 'info' | 'ok' | 'error';
type Params = Record<string, string | number>;
/** Params may be computed at render time, so labels inside them follow a language switch. */
export type StatusParams = Params | (() => Params);
let last: { key: MessageKey; params?: StatusParams; tone: Tone } | null = null;

function render(): void {
  const el = byId('status');
  const params = typeof last?.params === 'function' ? last.params() : last?.params;
  el.textContent = last ? t(last.key, params) : '';
  el.className = last?.tone === 'info' ? '' : last?.tone ?? '';
}

export function status(key: MessageKey, params?: StatusParams, tone: Tone = 'info'): void {
  last = { key, params, tone };
  render();
}

export function clearStatus(): void {
  last = null;
  render();
}

onLangChange(render);
