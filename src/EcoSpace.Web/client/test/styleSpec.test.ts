import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
import { describe, expect, it } from 'vitest';
import { cssColor, legendEntries, parseColor, resolveStyle } from '../src/map/styleSpec';
import type { MapDocument } from '../src/api/types';

// the map documents of the repository, as the server will send them
const mapsDir = join(here, '..', '..', '..', '..', 'maps');
const load = (name: string): MapDocument => JSON.parse(readFileSync(join(mapsDir, name), 'utf8'));

describe('resolveStyle with the repository map documents', () => {
  const overview = load('overview.map.json');
  const layer = (kind: string) => overview.layers.find((l) => l.kind === kind)!.style;

  it('colours shoreline by class; artificial is dashed, natural classes solid', () => {
    const s = layer('shoreline');
    expect(resolveStyle('shoreline', s, { class: 'bedrock' })).toMatchObject({ stroke: '#00441b', width: 3, key: 'bedrock' });
    expect(resolveStyle('shoreline', s, { class: 'bedrock' }).dash).toBeUndefined();
    expect(resolveStyle('shoreline', s, { class: 'artificial' })).toMatchObject({ stroke: '#d7301f', key: 'artificial' });
    expect(resolveStyle('shoreline', s, { class: 'artificial' }).dash).toEqual([8, 5]);
  });

  it('falls back to the default for a missing or unknown value', () => {
    const s = layer('shoreline');
    expect(resolveStyle('shoreline', s, {})).toMatchObject({ stroke: '#808080', key: '' });
    expect(resolveStyle('shoreline', s, { class: 'lava' })).toMatchObject({ stroke: '#808080', key: '' });
  });

  it('red lines are hatched, banks by zone, development by type', () => {
    expect(resolveStyle('red_line', layer('red_line'), {})).toMatchObject({ hatch: true, stroke: '#e31a1c' });
    expect(resolveStyle('river_bank', layer('river_bank'), { zone: 'reserve' }).stroke).toBe('#91cf60');
    expect(resolveStyle('development', layer('development'), { dev_type: 'port' }).fill).toBe('#25252599');
    expect(resolveStyle('development', layer('development'), { dev_type: 'urban_boundary' }).dash).toEqual([6, 4]);
  });

  it('a dash in the document wins over the default', () => {
    const s = { by: 'class', classes: { artificial: { stroke: '#000000', width: 1, dash: [2, 2] } }, default: { stroke: '#111111', width: 1 } };
    expect(resolveStyle('shoreline', s, { class: 'artificial' }).dash).toEqual([2, 2]);
  });

  it('the legend lists every class then the default', () => {
    const entries = legendEntries('shoreline', layer('shoreline'));
    expect(entries.map((e) => e.key)).toEqual(['bedrock', 'sandy', 'muddy', 'biological', 'restored', 'estuary', 'artificial', '']);
    expect(legendEntries('admin_region', layer('admin_region'))).toHaveLength(1);
  });

  it('every layer of every map resolves', () => {
    for (const name of ['overview.map.json', 'shoreline.map.json']) {
      for (const l of load(name).layers) expect(resolveStyle(l.kind, l.style, {}).stroke).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });
});

describe('colours', () => {
  it('parses #rrggbbaa with alpha last', () => {
    expect(parseColor('#e31a1c26')).toEqual([227, 26, 28, 0.149]);
    expect(parseColor('#fff')).toEqual([255, 255, 255, 1]);
    expect(cssColor('#00441b')).toBe('rgba(0,68,27,1)');
    expect(parseColor('red')).toEqual([128, 128, 128, 1]);
  });
});
