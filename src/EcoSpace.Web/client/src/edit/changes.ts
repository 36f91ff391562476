// An edit operation as data: a list of changes of single features, each from one state to another
// (null = the feature does not exist). Doing it and undoing it are the same thing read in two
// directions, which is what makes undo of a saved edit "save the inverse through the API".
import type { GeoFeature } from '../api/types';
import { buildMergePatch, cleanProperties, type FeatureState } from './mergePatch';

export interface Change {
  kind: string;
  /** null until the server assigned one (a create without id) */
  id: string | null;
  before: FeatureState | null;
  after: FeatureState | null;
  /** replace with PUT instead of PATCH (split keeps the first part whole) */
  replace?: boolean;
}

export interface EditOperation {
  /** i18n key of what it was, e.g. 'op.create' */
  label: string;
  changes: Change[];
}

export type PlannedRequest =
  | { method: 'POST'; change: Change; feature: GeoFeature }
  | { method: 'PUT'; change: Change; feature: GeoFeature }
  | { method: 'PATCH'; change: Change; patch: NonNullable<ReturnType<typeof buildMergePatch>> }
  | { method: 'DELETE'; change: Change };

export function toFeature(id: string | null, state: FeatureState): GeoFeature {
  const f: GeoFeature = { type: 'Feature', geometry: state.geometry, properties: cleanProperties(state.properties) };
  if (id !== null) f.id = id;
  return f;
}

/** The change read backwards. */
export function invert(change: Change): Change {
  return { ...change, before: change.after, after: change.before };
}

/** One request for one change (null when there is nothing to send). */
export function planChange(change: Change): PlannedRequest | null {
  const { before, after } = change;
  if (!before && !after) return null;
  if (!before) return { method: 'POST', change, feature: toFeature(change.id, after!) };
  if (!after) return { method: 'DELETE', change };
  if (change.replace) return { method: 'PUT', change, feature: toFeature(change.id, after) };
  const patch = buildMergePatch(before, after);
  return patch ? { method: 'PATCH', change, patch } : null;
}

/**
 * The changes of an operation in the order to send them: forwards as recorded; backwards
 * reversed and inverted (so a split undone deletes the second part before restoring the first).
 */
export function changesFor(op: EditOperation, direction: 'do' | 'undo'): Change[] {
  return direction === 'do' ? op.changes : [...op.changes].reverse().map(invert);
}

export function planOperation(op: EditOperation, direction: 'do' | 'undo'): PlannedRequest[] {
  return changesFor(op, direction)
    .map(planChange)
    .filter((r): r is PlannedRequest => r !== null);
}
