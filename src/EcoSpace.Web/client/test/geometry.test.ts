import { describe, expect, it } from 'vitest';
import { mergeLines, nearestOnLine, splitLine } from '../src/edit/geometry';

const line = [
  [119.0, 34.0],
  [119.1, 34.0],
  [119.2, 34.1],
];

describe('splitLine', () => {
  it('splits inside a segment at the foot of the perpendicular, keeping every vertex', () => {
    const parts = splitLine(line, [119.05, 34.01]);
    expect(Array.isArray(parts)).toBe(true);
    const [a, b] = parts as number[][][];
    expect(a).toEqual([[119.0, 34.0], [119.05, 34.0]]);
    expect(b).toEqual([[119.05, 34.0], [119.1, 34.0], [119.2, 34.1]]);
  });

  it('reuses an existing vertex when the point is on it', () => {
    const [a, b] = splitLine(line, [119.1, 34.0]) as number[][][];
    expect(a).toEqual([[119.0, 34.0], [119.1, 34.0]]);
    expect(b).toEqual([[119.1, 34.0], [119.2, 34.1]]);
  });

  it('refuses a point at either end', () => {
    expect(splitLine(line, [118.9, 34.0])).toBe('at_end');
    expect(splitLine(line, [119.3, 34.2])).toBe('at_end');
  });

  it('refuses a line with one position', () => {
    expect(splitLine([[1, 2]], [1, 2])).toBe('too_short');
  });

  it('the two parts together have the original vertices plus the cut point once per part', () => {
    const long = Array.from({ length: 20 }, (_, i) => [119 + i * 0.01, 34 + Math.sin(i) * 0.01]);
    const [a, b] = splitLine(long, [119.075, 34.02]) as number[][][];
    expect(a[a.length - 1]).toEqual(b[0]);
    const originals = [...a.slice(0, -1), ...b.slice(1)].filter((c) => long.some((o) => o[0] === c[0] && o[1] === c[1]));
    expect(originals.length).toBe(long.length);
  });

  it('picks the nearest segment with longitude scaled by cos(latitude)', () => {
    // two parallel east-west segments; the point is nearer the northern one in metres
    const f = nearestOnLine([[0, 60], [1, 60], [1, 60.01], [0, 60.01]], [0.5, 60.006]);
    expect(f.segment).toBe(2);
  });
});

describe('mergeLines', () => {
  const seg = (id: string, coords: number[][], props: Record<string, unknown> = { class: 'sandy' }, kind = 'shoreline') => ({ id, kind, coords, properties: props });

  it('joins end to start and keeps the leading segment', () => {
    const a = seg('a', [[0, 0], [1, 0]]);
    const b = seg('b', [[1, 0], [2, 0]], { class: 'sandy', name: 'B' });
    const r = mergeLines(b, a);
    expect(typeof r).toBe('object');
    if (typeof r === 'string') return;
    expect(r.keep.id).toBe('a');
    expect(r.remove.id).toBe('b');
    expect(r.coords).toEqual([[0, 0], [1, 0], [2, 0]]);
    expect(r.properties).toEqual({ class: 'sandy' });
  });

  it('refuses segments that do not touch', () => {
    expect(mergeLines(seg('a', [[0, 0], [1, 0]]), seg('b', [[1.1, 0], [2, 0]]))).toBe('not_adjacent');
  });

  it('refuses segments that touch end to end (opposite directions)', () => {
    expect(mergeLines(seg('a', [[0, 0], [1, 0]]), seg('b', [[2, 0], [1, 0]]))).toBe('reversed');
    expect(mergeLines(seg('a', [[1, 0], [0, 0]]), seg('b', [[1, 0], [2, 0]]))).toBe('reversed');
  });

  it('refuses different classes, zones and kinds', () => {
    expect(mergeLines(seg('a', [[0, 0], [1, 0]]), seg('b', [[1, 0], [2, 0]], { class: 'artificial' }))).toBe('different_class');
    expect(
      mergeLines(seg('a', [[0, 0], [1, 0]], { zone: 'protection' }, 'river_bank'), seg('b', [[1, 0], [2, 0]], { zone: 'reserve' }, 'river_bank')),
    ).toBe('different_class');
    expect(mergeLines(seg('a', [[0, 0], [1, 0]]), seg('b', [[1, 0], [2, 0]], { class: 'sandy' }, 'river_bank'))).toBe('different_kind');
    expect(mergeLines(seg('a', [[0, 0], [1, 0]], {}, 'red_line'), seg('b', [[1, 0], [2, 0]], {}, 'red_line'))).toBe('not_line_kind');
  });

  it('bank segments merge by zone whatever else differs', () => {
    const r = mergeLines(
      seg('a', [[0, 0], [1, 0]], { zone: 'protection', name: 'x' }, 'river_bank'),
      seg('b', [[1, 0], [2, 0]], { zone: 'protection', name: 'y' }, 'river_bank'),
    );
    expect(typeof r).toBe('object');
  });

  it('refuses the same segment twice', () => {
    const a = seg('a', [[0, 0], [1, 0]]);
    expect(mergeLines(a, a)).toBe('same_feature');
  });
});
