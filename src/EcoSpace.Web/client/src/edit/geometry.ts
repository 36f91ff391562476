// Split and merge of line segments, on lon/lat coordinates as stored (vertices are kept exactly).
// Distances for picking are planar with x scaled by cos(latitude): good enough to choose the
// nearest segment and the foot of the perpendicular; lengths are never computed here.
import type { Position } from '../api/types';

export interface Foot {
  /** index of the segment [i, i+1] the point projects onto */
  segment: number;
  /** the projected point on that segment */
  point: Position;
  /** 0..1 along the segment */
  t: number;
  /** squared scaled distance from the query point */
  distance2: number;
}

/** The closest point of a polyline to `p`. */
export function nearestOnLine(coords: Position[], p: Position): Foot {
  if (coords.length < 2) throw new Error('a line needs at least two positions');
  const k = Math.cos((p[1] * Math.PI) / 180) || 1;
  let best: Foot | null = null;
  for (let i = 0; i < coords.length - 1; i++) {
    const a = coords[i];
    const b = coords[i + 1];
    const dx = (b[0] - a[0]) * k;
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    let t = len2 === 0 ? 0 : (((p[0] - a[0]) * k) * dx + (p[1] - a[1]) * dy) / len2;
    t = Math.max(0, Math.min(1, t));
    const x = a[0] + (b[0] - a[0]) * t;
    const y = a[1] + (b[1] - a[1]) * t;
    const ex = (p[0] - x) * k;
    const ey = p[1] - y;
    const d2 = ex * ex + ey * ey;
    if (!best || d2 < best.distance2) best = { segment: i, point: [x, y], t, distance2: d2 };
  }
  return best!;
}

export const samePosition = (a: Position, b: Position, tolerance = 1e-9): boolean =>
  Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;

export type SplitError = 'too_short' | 'at_end';

/**
 * Splits a LineString at the point of it nearest to `p`. The first part ends and the second
 * starts at that point; a split at an existing vertex reuses the vertex. Refuses a point at
 * either end (no empty part).
 */
export function splitLine(coords: Position[], p: Position, tolerance = 1e-9): [Position[], Position[]] | SplitError {
  if (coords.length < 2) return 'too_short';
  const foot = nearestOnLine(coords, p);
  let cut = foot.point;
  let firstEnd = foot.segment; // last original vertex index in the first part
  let secondStart = foot.segment + 1; // first original vertex index in the second part
  const a = coords[foot.segment];
  const b = coords[foot.segment + 1];
  if (samePosition(cut, a, tolerance)) {
    cut = a;
    firstEnd = foot.segment - 1;
  } else if (samePosition(cut, b, tolerance)) {
    cut = b;
    secondStart = foot.segment + 2;
  }
  const first = [...coords.slice(0, firstEnd + 1), cut];
  const second = [cut, ...coords.slice(secondStart)];
  if (first.length < 2 || second.length < 2) return 'at_end';
  if (samePosition(first[0], cut, tolerance) || samePosition(second[second.length - 1], cut, tolerance)) return 'at_end';
  return [first.map((c) => [...c]), second.map((c) => [...c])];
}

export interface MergeInput {
  id: string;
  kind: string;
  coords: Position[];
  properties: Record<string, unknown>;
}

export type MergeError = 'different_kind' | 'not_line_kind' | 'different_class' | 'not_adjacent' | 'reversed' | 'same_feature';

export interface MergeResult {
  /** the feature that keeps its id (the one whose end touches the other's start) */
  keep: MergeInput;
  /** the feature that is deleted */
  remove: MergeInput;
  coords: Position[];
  properties: Record<string, unknown>;
}

/** The property that must agree for two segments of a kind to merge. */
export const MERGE_KEY: Record<string, string> = { shoreline: 'class', river_bank: 'zone' };

/**
 * Merges two segments of the same kind that touch end to start and agree on class (shoreline) or
 * zone (river_bank). The merged line keeps the leading segment's id and properties.
 */
export function mergeLines(a: MergeInput, b: MergeInput, tolerance = 1e-9): MergeResult | MergeError {
  if (a.id === b.id) return 'same_feature';
  if (a.kind !== b.kind) return 'different_kind';
  const key = MERGE_KEY[a.kind];
  if (!key) return 'not_line_kind';
  if ((a.properties[key] ?? null) !== (b.properties[key] ?? null)) return 'different_class';
  const aStart = a.coords[0];
  const aEnd = a.coords[a.coords.length - 1];
  const bStart = b.coords[0];
  const bEnd = b.coords[b.coords.length - 1];
  const join = (first: MergeInput, second: MergeInput): MergeResult => ({
    keep: first,
    remove: second,
    coords: [...first.coords.map((c) => [...c]), ...second.coords.slice(1).map((c) => [...c])],
    properties: { ...first.properties },
  });
  if (samePosition(aEnd, bStart, tolerance)) return join(a, b);
  if (samePosition(bEnd, aStart, tolerance)) return join(b, a);
  if (samePosition(aEnd, bEnd, tolerance) || samePosition(aStart, bStart, tolerance)) return 'reversed';
  return 'not_adjacent';
}
