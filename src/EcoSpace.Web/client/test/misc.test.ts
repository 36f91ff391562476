import { describe, expect, it } from 'vitest';
import { transform, get as getProjection } from 'ol/proj';
import { registerProjections } from '../src/map/projection';
import { etagOf, nextLink, versionOf } from '../src/api/collections';
import { guessKind, issueWhere, stripWhere } from '../src/io/importDialog';
import { conflictIds, ruleLabel, sortConflicts } from '../src/panels/conflicts';
import { parseValue, formatValue } from '../src/panels/attrForm';
import { useVectorTiles } from '../src/map/layers';

describe('projection', () => {
  it('EPSG:4490 is lon/lat like 4326 and transforms to Web Mercator', () => {
    registerProjections();
    expect(getProjection('EPSG:4490')?.getUnits()).toBe('degrees');
    const a = transform([119.35, 34.65], 'EPSG:4490', 'EPSG:3857');
    const b = transform([119.35, 34.65], 'EPSG:4326', 'EPSG:3857');
    expect(a).toEqual(b);
    expect(transform([119.35, 34.65], 'EPSG:4490', 'EPSG:4326')).toEqual([119.35, 34.65]);
    const back = transform(a, 'EPSG:3857', 'http://www.opengis.net/def/crs/EPSG/0/4490');
    expect(back[0]).toBeCloseTo(119.35, 10);
    expect(back[1]).toBeCloseTo(34.65, 10);
  });
});

describe('collections', () => {
  it('follows next links relative to the page', () => {
    const page = { type: 'FeatureCollection' as const, features: [], links: [{ rel: 'next', href: 'items?offset=1000&limit=1000' }] };
    expect(nextLink(page, 'http://h/collections/shoreline/items?limit=1000')).toBe('http://h/collections/shoreline/items?offset=1000&limit=1000');
    expect(nextLink({ ...page, links: [{ rel: 'self', href: 'x' }] }, 'http://h/')).toBeNull();
    expect(nextLink({ ...page, links: [{ rel: 'next', href: 'http://localhost:8780/collections/a/items?offset=2' }] }, 'http://127.0.0.1:8780/collections/a/items')).toBe(
      'http://127.0.0.1:8780/collections/a/items?offset=2',
    );
  });
  it('ETags are the quoted version', () => {
    expect(etagOf(7)).toBe('"7"');
    expect(etagOf(null)).toBeNull();
    expect(versionOf({ type: 'Feature', geometry: null, properties: { version: 3 } })).toBe(3);
    expect(versionOf({ type: 'Feature', geometry: null, properties: {} })).toBeNull();
  });
  it('vector tiles only above 200 000 vertices', () => {
    expect(useVectorTiles({ id: 'x', vertex_count: 200_000 })).toBe(false);
    expect(useVectorTiles({ id: 'x', vertex_count: 200_001 })).toBe(true);
    expect(useVectorTiles(undefined)).toBe(false);
  });
});

describe('import helpers', () => {
  const kinds = ['red_line', 'river_bank', 'bay', 'shoreline'];
  it('guesses the kind from the file name', () => {
    expect(guessKind('shoreline.geojson', kinds)).toBe('shoreline');
    expect(guessKind('river_bank-2024.json', kinds)).toBe('river_bank');
    expect(guessKind('bay_north.geojson', kinds)).toBe('bay');
    expect(guessKind('bays.geojson', kinds)).toBeNull();
    expect(guessKind('data.geojson', kinds)).toBeNull();
  });
  it('drops the importer own location prefix', () => {
    expect(stripWhere('feature #0 (id "x1", line 1): error [property_code]: bad')).toBe('error [property_code]: bad');
    expect(stripWhere('bad')).toBe('bad');
  });
  it('reads feature index, id and line from an issue', () => {
    expect(issueWhere({ index: 3, id: 'x', where: 'line 12', message: 'm' })).toEqual({ index: 3, id: 'x', line: 12, where: 'line 12' });
    expect(issueWhere({ feature: 2, line: 5, message: 'm' })).toMatchObject({ index: 2, line: 5 });
  });
});

describe('conflicts', () => {
  it('accepts the contract and the CLI property names', () => {
    expect(conflictIds({ rule: 'r', severity: 'high', ids: ['a', 'b'], kinds: ['development', 'red_line'] })).toEqual({ ids: ['a', 'b'], kinds: ['development', 'red_line'] });
    expect(conflictIds({ rule: 'r', severity: 'high', a_id: 'a', b_id: 'b', a_kind: 'x', b_kind: 'y' })).toEqual({ ids: ['a', 'b'], kinds: ['x', 'y'] });
    expect(ruleLabel({ rule: 'r', severity: 'high', rule_zh: '红线' }, 'zh')).toBe('红线');
    expect(ruleLabel({ rule: 'r', severity: 'high' }, 'en')).toBe('r');
  });
  it('sorts the most severe and largest first', () => {
    const f = (severity: string, area_m2: number) => ({ properties: { rule: 'r', severity, area_m2 } });
    expect(sortConflicts([f('medium', 9), f('high', 1), f('critical', 1), f('high', 5)]).map((x) => `${x.properties.severity}${x.properties.area_m2}`)).toEqual([
      'critical1', 'high5', 'high1', 'medium9',
    ]);
  });
});

describe('attribute values', () => {
  it('parses form text by type', () => {
    expect(parseValue('boolean', 'true')).toBe(true);
    expect(parseValue('boolean', 'false')).toBe(false);
    expect(parseValue('integer', '2024')).toBe(2024);
    expect(parseValue('integer', '20.5')).toBe('20.5');
    expect(parseValue('code', '')).toBeUndefined();
    expect(parseValue('text', '连岛')).toBe('连岛');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(null)).toBe('');
  });
});

describe('number formatting', () => {
  it('groups thousands and keeps the decimals asked for', async () => {
    const { fixed } = await import('../src/util/format');
    expect(fixed(1876543.219, 2)).toBe('1,876,543.22');
    expect(fixed(35.4, 2)).toBe('35.40');
    expect(fixed(999.999, 2)).toBe('1,000.00');
    expect(fixed(-1234.5, 1)).toBe('-1,234.5');
    expect(fixed(-0.001, 2)).toBe('0.00');
    expect(fixed(12, 0)).toBe('12');
  });
});
