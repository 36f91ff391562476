import { describe, expect, it } from 'vitest';
import { buildMergePatch, cleanProperties, deepEqual } from '../src/edit/mergePatch';

const g1 = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
const g2 = { type: 'LineString', coordinates: [[0, 0], [1, 2]] };

describe('buildMergePatch', () => {
  it('sends changed and added properties, null for removed ones, never version', () => {
    const patch = buildMergePatch(
      { geometry: g1, properties: { class: 'sandy', name: 'a', bay: 'x', version: 3 } },
      { geometry: g1, properties: { class: 'artificial', name: 'a', use: 'port', version: 3 } },
    );
    expect(patch).toEqual({ properties: { class: 'artificial', use: 'port', bay: null } });
  });

  it('treats an emptied form field as removal and empty-to-empty as no change', () => {
    expect(buildMergePatch({ geometry: g1, properties: { name: 'a' } }, { geometry: g1, properties: { name: '' } })).toEqual({
      properties: { name: null },
    });
    expect(buildMergePatch({ geometry: g1, properties: {} }, { geometry: g1, properties: { name: '' } })).toBeNull();
  });

  it('includes the geometry only when it changed', () => {
    expect(buildMergePatch({ geometry: g1, properties: {} }, { geometry: g2, properties: {} })).toEqual({ geometry: g2 });
    expect(buildMergePatch({ geometry: g1, properties: { a: 1 } }, { geometry: structuredClone(g1), properties: { a: 1 } })).toBeNull();
  });

  it('keeps booleans and zeros (false is a value, not a removal)', () => {
    expect(buildMergePatch({ geometry: g1, properties: { mainland: true } }, { geometry: g1, properties: { mainland: false } })).toEqual({
      properties: { mainland: false },
    });
    expect(buildMergePatch({ geometry: g1, properties: {} }, { geometry: g1, properties: { year: 0 } })).toEqual({ properties: { year: 0 } });
  });
});

describe('helpers', () => {
  it('deepEqual compares nested arrays and objects', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });
  it('cleanProperties drops version and empty values', () => {
    expect(cleanProperties({ version: 2, name: '', class: 'sandy', mainland: false })).toEqual({ class: 'sandy', mainland: false });
  });
});
