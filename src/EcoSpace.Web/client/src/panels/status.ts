// The status line: one message at a time, in the current language (re-rendered on a switch).
import { t, onLangChange, type MessageKey } from '../i18n';
import { byId } from '../util/dom';

type Tone = 'info' | 'ok' | 'error';
let last: { key: MessageKey; params?: Record<string, string | number>; tone: Tone } | null = null;

function render(): void {
  const el = byId('status');
  el.textContent = last ? t(last.key, last.params) : '';
  el.className = last?.tone === 'info' ? '' : last?.tone ?? '';
}

export function status(key: MessageKey, params?: Record<string, string | number>, tone: Tone = 'info'): void {
  last = { key, params, tone };
  render();
}

export function clearStatus(): void {
  last = null;
  render();
}

onLangChange(render);
