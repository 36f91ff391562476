import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';
import { detectLang, format } from '../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('dictionaries', () => {
  it('have the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries({ ...en })) expect(v, `en ${k}`).not.toBe('');
    for (const [k, v] of Object.entries(zh)) expect(v, `zh ${k}`).not.toBe('');
  });

  it('have the same placeholders in both languages', () => {
    for (const k of Object.keys(en) as Array<keyof typeof en>) expect(placeholders(zh[k]), k).toEqual(placeholders(en[k]));
  });

  it('Chinese strings are Chinese (unit symbols and names aside)', () => {
    const untranslated = (Object.keys(en) as Array<keyof typeof en>).filter(
      (k) => zh[k] === en[k] && !/^(conf\.between|app\.title)$/.test(k) && /[a-z]{3}/i.test(en[k]),
    );
    expect(untranslated).toEqual([]);
  });

  it('every key used in the code and markup exists', () => {
    const root = join(here, '..');
    const used = new Set<string>();
    for (const file of [...sources(join(root, 'src')), join(root, 'static', 'index.html')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-z]+(?:\.[A-Za-z_]+)+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/data-i18n(?:-title)?="([a-z]+\.[^"]+)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/'((?:msg|ind|stale|import|measure|layers|info|hist|form|op|tool|panel)\.[A-Za-z_.]+)'/g)) used.add(m[1]);
    }
    const missing = [...used].filter((k) => !(k in en) && !k.endsWith('.'));
    expect(missing).toEqual([]);
  });
});

describe('keys built at run time', () => {
  it('every merge refusal has a message', () => {
    for (const e of ['same_feature', 'different_kind', 'not_line_kind', 'different_class', 'not_adjacent', 'reversed']) expect(`msg.merge.${e}` in en, e).toBe(true);
  });
  it('every severity and history operation has a label', () => {
    for (const s of ['critical', 'high', 'medium', 'low', 'error']) expect(`severity.${s}` in en, s).toBe(true);
    for (const o of ['insert', 'update', 'delete']) expect(`hist.${o}` in en, o).toBe(true);
  });
});

describe('detectLang', () => {
  it('prefers the remembered choice', () => {
    expect(detectLang('en', ['zh-CN'])).toBe('en');
    expect(detectLang('zh', ['en-US'])).toBe('zh');
  });
  it('follows the server default when it names a language', () => {
    expect(detectLang(null, ['en-US'], 'zh')).toBe('zh');
    expect(detectLang(null, ['zh-CN'], 'auto')).toBe('zh');
  });
  it('is Chinese when the browser lists a Chinese variant before English', () => {
    expect(detectLang(null, ['zh-TW', 'en'])).toBe('zh');
    expect(detectLang(null, ['fr', 'zh-Hans-CN', 'en'])).toBe('zh');
    expect(detectLang(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLang(null, ['fr'])).toBe('en');
    expect(detectLang(undefined, [])).toBe('en');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} of {b} {c}', { a: 1, b: 'x' })).toBe('1 of x {c}');
  });
});
