import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/http';
import type { GeoFeature } from '../src/api/types';
import type { MergePatch, Stored } from '../src/api/collections';
import { SaveAbandoned, SaveRefused, SyncExecutor, type FeatureApi } from '../src/edit/sync';
import { CommandStack } from '../src/edit/commandStack';
import type { EditOperation } from '../src/edit/changes';
import type { StaleDecision } from '../src/edit/stale';

/** An in-memory server with versions and If-Match, like the real one. */
class FakeServer implements FeatureApi {
  features = new Map<string, GeoFeature>();
  log: string[] = [];
  nextId = 1;
  failNext: ApiError | null = null;

  put(id: string, props: Record<string, unknown>, version = 1): void {
    this.features.set(id, { type: 'Feature', id, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: { ...props, version } });
  }
  private check(id: string, ifMatch: string | null): GeoFeature {
    const f = this.features.get(id);
    if (!f) throw new ApiError(404, { title: 'not found' }, 'X', id);
    if (ifMatch && ifMatch !== '*' && ifMatch !== `"${f.properties!.version}"`) throw new ApiError(412, { title: 'stale', current: structuredClone(f) }, 'X', id);
    return f;
  }
  private maybeFail(): void {
    const e = this.failNext;
    this.failNext = null;
    if (e) throw e;
  }
  async createItem(_kind: string, feature: GeoFeature): Promise<Stored> {
    this.maybeFail();
    const id = feature.id !== undefined ? String(feature.id) : `new-${this.nextId++}`;
    this.log.push(`POST ${id}`);
    const f = { ...structuredClone(feature), id, properties: { ...feature.properties, version: 1 } } as GeoFeature;
    this.features.set(id, f);
    return { feature: structuredClone(f), etag: '"1"' };
  }
  async replaceItem(_kind: string, id: string, feature: GeoFeature, ifMatch: string | null): Promise<Stored> {
    this.maybeFail();
    const old = this.check(id, ifMatch);
    this.log.push(`PUT ${id} ${ifMatch}`);
    const version = (old.properties!.version as number) + 1;
    const f = { ...structuredClone(feature), id, properties: { ...feature.properties, version } } as GeoFeature;
    this.features.set(id, f);
    return { feature: structuredClone(f), etag: `"${version}"` };
  }
  async patchItem(_kind: string, id: string, patch: MergePatch, ifMatch: string | null): Promise<Stored> {
    this.maybeFail();
    const old = this.check(id, ifMatch);
    this.log.push(`PATCH ${id} ${ifMatch} ${JSON.stringify(patch.properties ?? {})}`);
    const props: Record<string, unknown> = { ...old.properties };
    for (const [k, v] of Object.entries(patch.properties ?? {})) if (v === null) delete props[k]; else props[k] = v;
    props.version = (old.properties!.version as number) + 1;
    const f = { ...old, geometry: patch.geometry ?? old.geometry, properties: props };
    this.features.set(id, f);
    return { feature: structuredClone(f), etag: `"${props.version}"` };
  }
  async deleteItem(_kind: string, id: string, ifMatch: string | null): Promise<void> {
    this.maybeFail();
    this.check(id, ifMatch);
    this.log.push(`DELETE ${id} ${ifMatch}`);
    this.features.delete(id);
  }
}

/** The page's copy: what it last saw from the server. */
class Page {
  seen = new Map<string, GeoFeature | null>();
  version(_k: string, id: string): number | null {
    const v = this.seen.get(id)?.properties?.version;
    return typeof v === 'number' ? v : null;
  }
  stored(_k: string, id: string, f: GeoFeature | null): void {
    this.seen.set(id, f);
  }
}

function setup(decision: StaleDecision = 'cancel') {
  const server = new FakeServer();
  const page = new Page();
  const asked: Array<{ id: string | null; theirs: GeoFeature | null }> = [];
  const sync = new SyncExecutor(server, page, async (change, theirs) => {
    asked.push({ id: change.id, theirs });
    return decision;
  });
  const stack = new CommandStack<EditOperation>(sync.execute);
  return { server, page, sync, stack, asked };
}

const geom = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
const state = (props: Record<string, unknown>) => ({ geometry: geom, properties: props });

describe('SyncExecutor', () => {
  it('edits with If-Match of the version the page saw, and undo saves the inverse', async () => {
    const { server, page, stack } = setup();
    server.put('a', { class: 'sandy' }, 3);
    page.stored('shoreline', 'a', structuredClone(server.features.get('a')!));
    const op: EditOperation = { label: 'op.update', changes: [{ kind: 'shoreline', id: 'a', before: state({ class: 'sandy' }), after: state({ class: 'artificial', use: 'port' }) }] };
    await stack.perform(op);
    expect(server.features.get('a')!.properties).toEqual({ class: 'artificial', use: 'port', version: 4 });
    await stack.undo();
    expect(server.log).toEqual([
      'PATCH a "3" {"class":"artificial","use":"port"}',
      'PATCH a "4" {"class":"sandy","use":null}',
    ]);
    expect(server.features.get('a')!.properties).toEqual({ class: 'sandy', version: 5 });
    expect(page.version('shoreline', 'a')).toBe(5);
  });

  it('a create gets the server id, undo deletes it, redo posts it again with that id', async () => {
    const { server, stack } = setup();
    const op: EditOperation = { label: 'op.create', changes: [{ kind: 'shoreline', id: null, before: null, after: state({ class: 'muddy' }) }] };
    await stack.perform(op);
    expect(op.changes[0].id).toBe('new-1');
    await stack.undo();
    await stack.redo();
    expect(server.log).toEqual(['POST new-1', 'DELETE new-1 "1"', 'POST new-1']);
  });

  it('a stale save asks the user and never overwrites by itself', async () => {
    const { server, page, stack, asked } = setup('cancel');
    server.put('a', { class: 'sandy' }, 1);
    page.stored('shoreline', 'a', structuredClone(server.features.get('a')!));
    server.put('a', { class: 'muddy' }, 2); // someone else saved
    const op: EditOperation = { label: 'op.update', changes: [{ kind: 'shoreline', id: 'a', before: state({ class: 'sandy' }), after: state({ class: 'bedrock' }) }] };
    await expect(stack.perform(op)).rejects.toBeInstanceOf(SaveAbandoned);
    expect(asked).toHaveLength(1);
    expect(asked[0].theirs?.properties?.class).toBe('muddy');
    expect(server.features.get('a')!.properties!.class).toBe('muddy');
    expect(page.version('shoreline', 'a')).toBe(1); // cancel keeps the page as it was
    expect(stack.canUndo).toBe(false);
  });

  it('reload takes their version into the page', async () => {
    const { server, page, stack } = setup('reload');
    server.put('a', { class: 'sandy' }, 1);
    page.stored('shoreline', 'a', structuredClone(server.features.get('a')!));
    server.put('a', { class: 'muddy' }, 2);
    const op: EditOperation = { label: 'op.update', changes: [{ kind: 'shoreline', id: 'a', before: state({ class: 'sandy' }), after: state({ class: 'bedrock' }) }] };
    await expect(stack.perform(op)).rejects.toMatchObject({ decision: 'reload' });
    expect(page.seen.get('a')?.properties?.class).toBe('muddy');
    expect(page.version('shoreline', 'a')).toBe(2);
  });

  it('overwrite (an explicit choice) puts the whole of mine over their version', async () => {
    const { server, page, stack } = setup('overwrite');
    server.put('a', { class: 'sandy', name: 'x' }, 1);
    page.stored('shoreline', 'a', structuredClone(server.features.get('a')!));
    server.put('a', { class: 'muddy', name: 'y', bay: 'z' }, 2);
    const op: EditOperation = { label: 'op.update', changes: [{ kind: 'shoreline', id: 'a', before: state({ class: 'sandy', name: 'x' }), after: state({ class: 'bedrock', name: 'x' }) }] };
    await stack.perform(op);
    expect(server.log.at(-1)).toBe('PUT a "2"');
    expect(server.features.get('a')!.properties).toEqual({ class: 'bedrock', name: 'x', version: 3 });
    expect(stack.canUndo).toBe(true);
  });

  it('a 422 comes back with the issues and leaves the stack alone', async () => {
    const { server, stack } = setup();
    server.failNext = new ApiError(422, { title: 'invalid', issues: [{ code: 'code_list', message: 'class must be one of …', property: 'class', location: [119.1, 34.5] }] }, 'POST', 'x');
    const op: EditOperation = { label: 'op.create', changes: [{ kind: 'shoreline', id: null, before: null, after: state({ class: 'sand' }) }] };
    const e = await stack.perform(op).catch((x) => x);
    expect(e).toBeInstanceOf(SaveRefused);
    expect((e as SaveRefused).issues[0].property).toBe('class');
    expect(stack.canUndo).toBe(false);
  });

  it('a failure half-way undoes what was already saved', async () => {
    const { server, page, stack } = setup();
    server.put('a', { class: 'sandy' }, 1);
    page.stored('shoreline', 'a', structuredClone(server.features.get('a')!));
    const first = { type: 'LineString', coordinates: [[0, 0], [0.5, 0.5]] };
    const op: EditOperation = {
      label: 'op.split',
      changes: [
        { kind: 'shoreline', id: 'a', before: state({ class: 'sandy' }), after: { geometry: first, properties: { class: 'sandy' } }, replace: true },
        { kind: 'shoreline', id: null, before: null, after: state({ class: 'sandy' }) },
      ],
    };
    const create = server.createItem.bind(server);
    server.createItem = async () => {
      throw new ApiError(500, { title: 'boom' }, 'POST', 'x');
    };
    await expect(stack.perform(op)).rejects.toThrow('boom');
    server.createItem = create;
    expect(server.log).toEqual(['PUT a "1"', 'PUT a "2"']);
    expect(server.features.get('a')!.geometry).toEqual(geom);
    expect(stack.canUndo).toBe(false);
  });
});
