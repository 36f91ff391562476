import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
const code = [...files(join(root, 'src')), join(root, 'static', 'index.html')].map((f) => readFileSync(f, 'utf8')).join('\n');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Every literal testid in the markup and the code (template ones reduced to their prefix). */
function testids(): string[] {
  const ids = new Set<string>();
  for (const m of code.matchAll(/data-testid="([^"<]+)"/g)) ids.add(m[1]);
  for (const m of code.matchAll(/testid: '([^']+)'/g)) ids.add(m[1]);
  for (const m of code.matchAll(/testid: `([^`$]+)\$\{/g)) ids.add(`${m[1]}<`);
  for (const m of code.matchAll(/(?:ratioBlock|areaBlock)\('([^']+)'/g)) ids.add(m[1]);
  return [...ids].filter((id) => id !== '');
}

describe('data-testid', () => {
  it('the controls the browser tests rely on exist', () => {
    const required = ['ratio-shoreline', 'ratio-banks', 'conflict-list', 'conflict-item', 'draw-line', 'draw-polygon', 'kind-select', 'attr-form', 'save', 'undo', 'redo', 'lang-toggle', 'stale-dialog', 'stale-reload', 'stale-compare', 'stale-overwrite', 'import-input', 'history-list', 'map'];
    const ids = testids();
    expect(required.filter((r) => !ids.includes(r))).toEqual([]);
    expect(code).toContain('testid: `attr-${p.name}`');
  });

  it('README lists every testid', () => {
    const missing = testids().filter((id) => !readme.includes(id.endsWith('<') ? id.slice(0, -1) : `\`${id}\``));
    expect(missing).toEqual([]);
  });
});
