import { describe, expect, it } from 'vitest';
import { SchemaIndex, normalizeSchema } from '../src/api/schema';

const canonical = {
  kinds: [
    {
      kind: 'shoreline',
      geometry: 'line',
      title: { zh: '海岸线', en: 'Shoreline segment' },
      properties: [
        { name: 'name', type: 'text', required: false, title: { zh: '名称', en: 'Name' } },
        { name: 'class', type: 'code', title: { zh: '岸线类型', en: 'Shoreline class' }, codes: [{ code: 'bedrock', zh: '基岩岸线', en: 'Bedrock' }] },
        { name: 'mainland', type: 'Boolean', title: { zh: '大陆岸线', en: 'Mainland' } },
      ],
    },
    { kind: 'restoration', geometry: 'LineOrArea', title: { zh: '生态修复工程', en: 'Restoration work' }, properties: [] },
    { kind: 'red_line', geometry: 'Area', title: { zh: '生态保护红线', en: 'Red line' }, properties: [] },
  ],
};

describe('normalizeSchema', () => {
  it('reads the canonical shape', () => {
    const s = normalizeSchema(canonical);
    expect(s.map((k) => [k.kind, k.geometry])).toEqual([
      ['shoreline', 'line'],
      ['restoration', 'line_or_polygon'],
      ['red_line', 'polygon'],
    ]);
    expect(s[0].properties.map((p) => [p.name, p.type])).toEqual([
      ['name', 'text'],
      ['class', 'code'],
      ['mainland', 'boolean'],
    ]);
    expect(s[0].properties[1].codes).toEqual([{ code: 'bedrock', zh: '基岩岸线', en: 'Bedrock' }]);
  });

  it('reads an object keyed by kind with `value` codes and flat titles', () => {
    const s = normalizeSchema({
      river_bank: {
        geometry_type: 'line',
        title_zh: '河湖岸线',
        title: 'River bank',
        properties: { zone: { type: 'code', zh: '功能分区', en: 'Zone', values: [{ value: 'protection', zh: '岸线保护区', en: 'Protection zone' }] } },
      },
    });
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ kind: 'river_bank', geometry: 'line', title: { zh: '河湖岸线', en: 'River bank' } });
    expect(s[0].properties[0]).toMatchObject({ name: 'zone', zh: '功能分区', codes: [{ code: 'protection', en: 'Protection zone' }] });
  });

  it('reads the shape the server writes (name, geometry_type, flat zh/en, recommended)', () => {
    const s = normalizeSchema({
      version: 1,
      kinds: [
        {
          name: 'shoreline',
          title: { zh: '海岸线', en: 'Shoreline segment' },
          geometry_type: 'line',
          geometry_types: ['LineString'],
          properties: [{ name: 'class', type: 'code', zh: '岸线类型', en: 'Shoreline class', required: false, recommended: true, codes: [{ code: 'sandy', zh: '砂质岸线', en: 'Sandy' }] }],
        },
      ],
    });
    expect(s).toEqual([
      {
        kind: 'shoreline',
        geometry: 'line',
        title: { zh: '海岸线', en: 'Shoreline segment' },
        properties: [{ name: 'class', type: 'code', required: false, recommended: true, zh: '岸线类型', en: 'Shoreline class', codes: [{ code: 'sandy', zh: '砂质岸线', en: 'Sandy' }] }],
      },
    ]);
  });

  it('reads a bare array', () => {
    expect(normalizeSchema([{ id: 'bay', geometry: 'polygon', properties: [] }])[0].kind).toBe('bay');
  });
});

describe('SchemaIndex', () => {
  const idx = new SchemaIndex(normalizeSchema(canonical));
  it('labels codes in both languages and falls back to the code', () => {
    expect(idx.codeLabel('shoreline', 'class', 'bedrock', 'zh')).toBe('基岩岸线');
    expect(idx.codeLabel('shoreline', 'class', 'bedrock', 'en')).toBe('Bedrock');
    expect(idx.codeLabel('shoreline', 'class', 'lava', 'en')).toBe('lava');
    expect(idx.propertyLabel('shoreline', 'class', 'zh')).toBe('岸线类型');
    expect(idx.propertyLabel('shoreline', 'source', 'zh')).toBe('source');
  });
  it('knows which geometry a kind takes', () => {
    expect(idx.accepts('shoreline', 'line')).toBe(true);
    expect(idx.accepts('shoreline', 'polygon')).toBe(false);
    expect(idx.accepts('restoration', 'polygon')).toBe(true);
    expect(idx.accepts('red_line', 'line')).toBe(false);
  });
});
