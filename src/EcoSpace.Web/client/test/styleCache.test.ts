import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cssColor, StyleCache, type ResolvedStyle } from '../src/map/styleSpec';
import type { MapDocument } from '../src/api/types';

const here = fileURLToPath(new URL('.', import.meta.url));
const overview: MapDocument = JSON.parse(readFileSync(join(here, '..', '..', '..', '..', 'maps', 'overview.map.json'), 'utf8'));
const layer = (kind: string) => overview.layers.find((l) => l.kind === kind)!.style;

/** a cache whose `make` records what it was asked for */
function counting(kind: string) {
  const made: Array<{ key: string; line: boolean }> = [];
  const cache = new StyleCache(kind, layer(kind), (r: ResolvedStyle, line: boolean) => {
    made.push({ key: r.key, line });
    return { stroke: r.stroke, dash: r.dash, line };
  });
  return { cache, made };
}

describe('StyleCache', () => {
  it('makes one style per class and geometry family and hands the same object back', () => {
    const { cache, made } = counting('shoreline');
    const a = cache.get('artificial', true);
    for (let i = 0; i < 1000; i++) expect(cache.get('artificial', true)).toBe(a);
    expect(a).toMatchObject({ stroke: '#d7301f', dash: [8, 5], line: true });
    expect(cache.get('bedrock', true)).not.toBe(a);
    expect(cache.get('artificial', false)).not.toBe(a); // a polygon of the same class is its own entry
    expect(made).toEqual([
      { key: 'artificial', line: true },
      { key: 'bedrock', line: true },
      { key: 'artificial', line: false },
    ]);
  });

  it('missing, null, unknown and inherited-looking values share the default', () => {
    const { cache, made } = counting('shoreline');
    const d = cache.get(undefined, true);
    expect(cache.get(null, true)).toBe(d);
    expect(cache.get('lava', true)).toBe(d);
    expect(cache.get('toString', true)).toBe(d);
    expect(cache.get('', true)).toBe(d);
    expect(d).toMatchObject({ stroke: '#808080' });
    expect(made).toHaveLength(1);
    expect(cache.size).toBe(1);
  });

  it('a non-string value finds the class of its string form', () => {
    const style = { by: 'n', classes: { '1': { stroke: '#000001', width: 1 } }, default: { stroke: '#000000', width: 1 } };
    const cache = new StyleCache('x', style, (r) => r.stroke);
    expect(cache.get(1, false)).toBe('#000001');
    expect(cache.get('1', false)).toBe('#000001');
    expect(cache.get(2, false)).toBe('#000000');
  });

  it('a simple style ignores the value: one entry per family', () => {
    const { cache, made } = counting('admin_region');
    expect(cache.by).toBeNull();
    expect(cache.get('anything', false)).toBe(cache.get(undefined, false));
    expect(made).toEqual([{ key: '', line: false }]);
  });
});

describe('layer opacity folded into colours', () => {
  it('multiplies the colour alpha', () => {
    expect(cssColor('#3182bd26', 0.8)).toBe('rgba(49,130,189,0.119)');
    expect(cssColor('#e31a1c', 0.9)).toBe('rgba(227,26,28,0.9)');
  });
});
