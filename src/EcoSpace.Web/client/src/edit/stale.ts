// What happens after a save was refused as stale (HTTP 412): nothing is overwritten unless the
// user says so. A pure state machine; the dialog renders its state and sends it events.
import type { GeoFeature } from '../api/types';
import type { FeatureState } from './mergePatch';

export type StaleDecision = 'reload' | 'overwrite' | 'cancel';

export type StaleState =
  | { name: 'closed' }
  | { name: 'prompt'; kind: string; id: string; mine: FeatureState | null; theirs: GeoFeature | null }
  | { name: 'compare'; kind: string; id: string; mine: FeatureState | null; theirs: GeoFeature | null }
  | { name: 'decided'; decision: StaleDecision };

export type StaleEvent =
  | { type: 'stale'; kind: string; id: string; mine: FeatureState | null; theirs: GeoFeature | null }
  | { type: 'compare' }
  | { type: 'back' }
  | { type: 'reload' }
  | { type: 'overwrite' }
  | { type: 'cancel' }
  | { type: 'reset' };

export const initialStale: StaleState = { name: 'closed' };

export function staleReducer(state: StaleState, event: StaleEvent): StaleState {
  switch (event.type) {
    case 'stale':
      return { name: 'prompt', kind: event.kind, id: event.id, mine: event.mine, theirs: event.theirs };
    case 'reset':
      return initialStale;
    case 'compare':
      return state.name === 'prompt' ? { ...state, name: 'compare' } : state;
    case 'back':
      return state.name === 'compare' ? { ...state, name: 'prompt' } : state;
    case 'reload':
    case 'overwrite':
    case 'cancel':
      return state.name === 'prompt' || state.name === 'compare' ? { name: 'decided', decision: event.type } : state;
  }
}

/** Rows for the side-by-side table: every property of either side, with whether they differ. */
export function compareRows(mine: FeatureState | null, theirs: GeoFeature | null): Array<{ name: string; mine: unknown; theirs: unknown; differs: boolean }> {
  const a = mine?.properties ?? {};
  const b = theirs?.properties ?? {};
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) =>
    x === 'version' ? -1 : y === 'version' ? 1 : x.localeCompare(y),
  );
  return names.map((name) => ({
    name,
    mine: a[name],
    theirs: b[name],
    differs: JSON.stringify(a[name] ?? null) !== JSON.stringify(b[name] ?? null),
  }));
}
