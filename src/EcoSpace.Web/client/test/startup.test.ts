// Start-up helpers: responses the inline preload script asked for, and CSS legend swatches.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson, pendingRequests, request, url } from '../src/api/http';
import { swatchCss } from '../src/panels/swatch';

const w = globalThis as unknown as { window?: { ecospacePreload?: Record<string, Promise<Response>>; ecospacePreloadPlanned?: Promise<unknown> } };

afterEach(() => {
  vi.unstubAllGlobals();
  delete w.window;
});

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"3"' }, ...init });
}

describe('preloaded responses', () => {
  it('a GET takes the preloaded response once, then asks the server', async () => {
    const target = url('api/config');
    w.window = { ecospacePreload: { [target]: Promise.resolve(json({ from: 'preload' })) } };
    const fetch = vi.fn(async () => json({ from: 'server' }));
    vi.stubGlobal('fetch', fetch);
    const first = await request<{ from: string }>('api/config');
    expect(first.body).toEqual({ from: 'preload' });
    expect(first.etag).toBe('"3"');
    expect(fetch).not.toHaveBeenCalled();
    expect(await getJson('api/config')).toEqual({ from: 'server' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(pendingRequests()).toBe(0);
  });

  it('a request the start-up script has not planned yet waits for its plan instead of asking twice', async () => {
    const target = url('collections/shoreline/items?limit=10000');
    let plan: () => void = () => {};
    const table: Record<string, Promise<Response>> = {};
    w.window = { ecospacePreload: table, ecospacePreloadPlanned: new Promise<void>((r) => (plan = r)) };
    const fetch = vi.fn(async () => json({ from: 'server' }));
    vi.stubGlobal('fetch', fetch);
    const pending = getJson(target);
    table[target] = Promise.resolve(json({ from: 'preload' }));
    plan();
    expect(await pending).toEqual({ from: 'preload' });
    expect(fetch).not.toHaveBeenCalled();
    // not in the plan: asked for once the plan is known
    expect(await getJson(url('collections/bay/items?limit=10000'))).toEqual({ from: 'server' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a failed preload is asked again', async () => {
    const target = url('collections');
    const failed = Promise.reject(new TypeError('network'));
    failed.catch(() => {});
    w.window = { ecospacePreload: { [target]: failed } };
    vi.stubGlobal('fetch', vi.fn(async () => json({ collections: [] })));
    expect(await getJson('collections')).toEqual({ collections: [] });
  });

  it('a preloaded problem is an error like any other', async () => {
    const target = url('api/maps/nope');
    w.window = { ecospacePreload: { [target]: Promise.resolve(json({ title: 'no such map' }, { status: 404 })) } };
    vi.stubGlobal('fetch', vi.fn());
    await expect(getJson('api/maps/nope')).rejects.toMatchObject({ status: 404, message: 'no such map' });
  });

  it('writes never take a preloaded response', async () => {
    const target = url('api/measure');
    w.window = { ecospacePreload: { [target]: Promise.resolve(json({ wrong: true })) } };
    const fetch = vi.fn(async () => json({ length_m: 1 }));
    vi.stubGlobal('fetch', fetch);
    expect((await request('api/measure', { method: 'POST', body: {} })).body).toEqual({ length_m: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('legend swatches', () => {
  it('a dashed line keeps its dash lengths', () => {
    const css = swatchCss({ key: 'artificial', stroke: '#d7301f', width: 3, dash: [8, 5] }, true);
    expect(css.background).toBe('repeating-linear-gradient(90deg, rgba(215,48,31,1) 0 8px, transparent 8px 13px)');
    expect(css.height).toBe('3px');
  });
  it('a solid line is its colour, at most 4 px thick', () => {
    expect(swatchCss({ key: '', stroke: '#00441b', width: 6 }, true)).toMatchObject({ background: 'rgba(0,68,27,1)', height: '4px' });
  });
  it('an area has its fill, outline and hatching', () => {
    const css = swatchCss({ key: '', stroke: '#e31a1c', width: 1.5, fill: '#e31a1c26', hatch: true }, false);
    expect(css.backgroundColor).toBe('rgba(227,26,28,0.149)');
    expect(css.border).toBe('1.5px solid rgba(227,26,28,1)');
    expect(css.backgroundImage).toContain('repeating-linear-gradient(-45deg');
    expect(swatchCss({ key: 'urban_boundary', stroke: '#000000', width: 1, dash: [6, 4] }, false)).toMatchObject({ backgroundColor: 'transparent', backgroundImage: 'none', border: '1px dashed rgba(0,0,0,1)' });
  });
});
