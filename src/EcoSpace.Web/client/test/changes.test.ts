import { describe, expect, it } from 'vitest';
import { changesFor, invert, planChange, planOperation, type EditOperation } from '../src/edit/changes';

const g = (y: number) => ({ type: 'LineString', coordinates: [[0, 0], [1, y]] });

describe('planning requests', () => {
  it('create → POST, delete → DELETE, edit → PATCH with only what changed', () => {
    expect(planChange({ kind: 'shoreline', id: null, before: null, after: { geometry: g(1), properties: { class: 'sandy', name: '' } } })).toMatchObject({
      method: 'POST',
      feature: { type: 'Feature', geometry: g(1), properties: { class: 'sandy' } },
    });
    expect(planChange({ kind: 'shoreline', id: 'a', before: { geometry: g(1), properties: {} }, after: null })).toMatchObject({ method: 'DELETE' });
    expect(
      planChange({ kind: 'shoreline', id: 'a', before: { geometry: g(1), properties: { class: 'sandy', version: 4 } }, after: { geometry: g(1), properties: { class: 'muddy' } } }),
    ).toMatchObject({ method: 'PATCH', patch: { properties: { class: 'muddy' } } });
  });

  it('a POST keeps a known id (redo of a create, undo of a delete)', () => {
    const r = planChange({ kind: 'shoreline', id: 'x', before: null, after: { geometry: g(1), properties: {} } });
    expect(r).toMatchObject({ method: 'POST', feature: { id: 'x' } });
  });

  it('replace sends the whole feature with PUT', () => {
    expect(planChange({ kind: 'shoreline', id: 'a', replace: true, before: { geometry: g(1), properties: { class: 'sandy' } }, after: { geometry: g(2), properties: { class: 'sandy' } } })).toMatchObject({
      method: 'PUT',
      feature: { id: 'a', geometry: g(2), properties: { class: 'sandy' } },
    });
  });

  it('nothing changed → no request', () => {
    expect(planChange({ kind: 'k', id: 'a', before: { geometry: g(1), properties: { a: 1 } }, after: { geometry: g(1), properties: { a: 1 } } })).toBeNull();
  });

  it('undo of a split deletes the second part, then restores the first', () => {
    const before = { geometry: g(1), properties: { class: 'sandy' } };
    const op: EditOperation = {
      label: 'op.split',
      changes: [
        { kind: 'shoreline', id: 'a', before, after: { geometry: g(2), properties: { class: 'sandy' } }, replace: true },
        { kind: 'shoreline', id: 'b', before: null, after: { geometry: g(3), properties: { class: 'sandy' } } },
      ],
    };
    expect(planOperation(op, 'do').map((r) => `${r.method} ${r.change.id}`)).toEqual(['PUT a', 'POST b']);
    expect(planOperation(op, 'undo').map((r) => `${r.method} ${r.change.id}`)).toEqual(['DELETE b', 'PUT a']);
    const undone = changesFor(op, 'undo');
    expect(undone[1].after).toBe(before);
  });

  it('invert swaps the states and keeps the rest', () => {
    const c = { kind: 'k', id: 'a', before: null, after: { geometry: g(1), properties: {} }, replace: true };
    expect(invert(c)).toEqual({ kind: 'k', id: 'a', before: c.after, after: null, replace: true });
  });
});
