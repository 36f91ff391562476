// RFC 7396 merge patch between two states of a feature.
import type { Geometry, Properties } from '../api/types';

export interface FeatureState {
  geometry: Geometry | null;
  properties: Properties;
}

/** Read-only members the server owns: never sent. */
export const READ_ONLY = new Set(['version']);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!deepEqual(ao[k], bo[k])) return false;
  return true;
}

/** A property that is empty in a form ('' or undefined) counts as absent. */
const absent = (v: unknown): boolean => v === undefined || v === '';

/**
 * The merge patch that turns `before` into `after`: changed properties with their new values,
 * removed ones as null, geometry only when it changed. Null when nothing changed.
 */
export function buildMergePatch(before: FeatureState, after: FeatureState): { properties?: Properties; geometry?: Geometry } | null {
  const patch: { properties?: Properties; geometry?: Geometry } = {};
  const props: Properties = {};
  const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  for (const k of keys) {
    if (READ_ONLY.has(k)) continue;
    const was = before.properties[k];
    const now = after.properties[k];
    if (absent(was) && absent(now)) continue;
    if (absent(now)) props[k] = null;
    else if (!deepEqual(was, now)) props[k] = now;
  }
  if (Object.keys(props).length) patch.properties = props;
  if (after.geometry && !deepEqual(before.geometry, after.geometry)) patch.geometry = after.geometry;
  return Object.keys(patch).length ? patch : null;
}

/** Properties without the read-only members and without empty form values. */
export function cleanProperties(p: Properties): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(p)) if (!READ_ONLY.has(k) && !absent(v)) out[k] = v;
  return out;
}
