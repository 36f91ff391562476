// t(key, params) in the current language; the choice is remembered in localStorage.
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type Lang = 'zh' | 'en';
export type { MessageKey };

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, zh };
export const STORAGE_KEY = 'ecospace.lang';

/**
 * The language to start in: the remembered choice, else the server's default when it names one,
 * else Chinese when the browser lists a Chinese variant before any English one, else English.
 */
export function detectLang(stored: string | null | undefined, languages: readonly string[], configDefault?: string): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  if (configDefault === 'zh' || configDefault === 'en') return configDefault;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** Replaces {name} placeholders. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return format(dictionaries[current][key] ?? en[key] ?? key, params);
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function initLang(configDefault?: string): Lang {
  current = detectLang(storage()?.getItem(STORAGE_KEY), globalThis.navigator?.languages ?? [], configDefault);
  if (globalThis.document) document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  return current;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  storage()?.setItem(STORAGE_KEY, next);
  if (globalThis.document) document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  listeners.forEach((l) => l(next));
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Static markup: data-i18n="key" sets the text, data-i18n-title="key" the tooltip. */
export function translateDom(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as MessageKey);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => {
    el.title = t(el.dataset.i18nTitle as MessageKey);
  });
}
