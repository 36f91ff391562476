// The page's start-up requests, begun while app.js is still loading and compiling (~0.2-0.3 s on a
// slow machine): built into index.html as an inline script (build.mjs), it asks for what the app
// reads first and leaves the responses in window.ecospacePreload, where api/http.ts takes them
// (each once). The map document is the one the app will most likely open (?map=, else overview);
// its layers' first item pages follow as soon as it and /collections are in (vector-tile layers
// excepted). Indicators and conflicts are asked for too: `ready` waits for them. Nothing here
// is needed for correctness: without it the app asks for the same things itself.
// (A worker for the collections → document → items chain was tried: on the 2-core machine it
// started its first request ~0.3 s after the page, later than this script's own continuation.)
import { ACCEPT, url } from './api/http';
import { firstPageUrl, useVectorTiles } from './api/collections';
import type { Collection, MapDocument } from './api/types';

/** The vector-tile chunk and what it imports (build.mjs fills this in): fetched early when the map has such a layer. */
declare const PRELOAD_VECTOR_TILE_MODULES: string[];

const table: Record<string, Promise<Response>> = (window.ecospacePreload = {});

function get(target: string): Promise<Response> {
  const p = fetch(target, { headers: { Accept: ACCEPT } });
  table[target] = p;
  return p;
}

async function json<T>(p: Promise<Response>): Promise<T> {
  // a clone, so that the app still reads the body of the response it takes
  const r = (await p).clone();
  if (!r.ok) throw new Error(String(r.status));
  return (await r.json()) as T;
}

const mapId = new URL(location.href).searchParams.get('map') ?? 'overview';
const collections = json<{ collections?: Collection[] }>(get(url('collections')));
const doc = json<MapDocument>(get(url(`api/maps/${encodeURIComponent(mapId)}`)));
for (const path of ['api/config', 'api/schema', 'api/maps', 'api/indicators', 'api/conflicts']) get(url(path));
window.ecospacePreloadPlanned = Promise.all([collections, doc]).then(
  ([c, d]) => {
    const byId = new Map((c.collections ?? []).map((x) => [x.id, x]));
    let tiles = false;
    for (const l of d.layers ?? []) {
      if (!byId.has(l.kind)) continue;
      if (useVectorTiles(byId.get(l.kind))) tiles = true;
      else get(firstPageUrl(l.kind));
    }
    if (tiles) {
      for (const href of PRELOAD_VECTOR_TILE_MODULES) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        document.head.append(link);
      }
    }
  },
  () => {},
);
