import { describe, expect, it } from 'vitest';
import { compareRows, initialStale, staleReducer, type StaleEvent, type StaleState } from '../src/edit/stale';

const stale: StaleEvent = {
  type: 'stale',
  kind: 'shoreline',
  id: 'a',
  mine: { geometry: null, properties: { class: 'bedrock', name: 'x' } },
  theirs: { type: 'Feature', id: 'a', geometry: null, properties: { class: 'muddy', name: 'x', version: 5 } },
};
const run = (...events: StaleEvent[]): StaleState => events.reduce(staleReducer, initialStale);

describe('stale state machine', () => {
  it('a 412 opens the prompt', () => {
    expect(run(stale).name).toBe('prompt');
  });
  it('compare and back move between the two views', () => {
    expect(run(stale, { type: 'compare' }).name).toBe('compare');
    expect(run(stale, { type: 'compare' }, { type: 'back' }).name).toBe('prompt');
  });
  it('overwrite, reload and cancel decide from the prompt or the comparison', () => {
    for (const d of ['overwrite', 'reload', 'cancel'] as const) {
      expect(run(stale, { type: d })).toEqual({ name: 'decided', decision: d });
      expect(run(stale, { type: 'compare' }, { type: d })).toEqual({ name: 'decided', decision: d });
    }
  });
  it('nothing is decided without a prompt (never a silent overwrite)', () => {
    expect(run({ type: 'overwrite' })).toEqual(initialStale);
    expect(run({ type: 'compare' })).toEqual(initialStale);
    expect(run(stale, { type: 'reload' }, { type: 'overwrite' })).toEqual({ name: 'decided', decision: 'reload' });
  });
  it('compare rows list both sides with the differences marked, version first', () => {
    const rows = compareRows(stale.type === 'stale' ? stale.mine : null, stale.type === 'stale' ? stale.theirs : null);
    expect(rows.map((r) => r.name)).toEqual(['version', 'class', 'name']);
    expect(rows.find((r) => r.name === 'class')).toMatchObject({ mine: 'bedrock', theirs: 'muddy', differs: true });
    expect(rows.find((r) => r.name === 'name')?.differs).toBe(false);
  });
  it('a deleted feature compares against nothing', () => {
    const rows = compareRows({ geometry: null, properties: { a: 1 } }, null);
    expect(rows).toEqual([{ name: 'a', mine: 1, theirs: undefined, differs: true }]);
  });
});
