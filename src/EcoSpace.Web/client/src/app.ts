// Composition: fetch config, schema, maps and collections; build the map, the layers and the
// panels; the editing half (editor, toolbar, dialogs) comes as a chunk of its own (editing.ts),
// loaded in parallel. Wiring only, no logic of its own.
import type OlMap from 'ol/Map';
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry } from 'ol/geom';
import { fromLonLat } from 'ol/proj';
import type { Collection, Config, MapDocument, MapListEntry } from './api/types';
import * as collectionsApi from './api/collections';
import { getConfig, getMap, getSchema, listMaps } from './api/extras';
import { SchemaIndex } from './api/schema';
import { pendingRequests, whenIdle } from './api/http';
import { registerProjections } from './map/projection';
import { createMap, setView } from './map/createMap';
import { LayerManager } from './map/layers';
import { Highlight } from './map/highlight';
import { idOf } from './map/features';
import type { Editor } from './edit/editor';
import type { Editing } from './editing';
import { LayersPanel, editableKinds } from './panels/layers';
import { fillSelects } from './panels/selects';
import { refreshIndicators } from './panels/indicators';
import { initConflicts, refreshConflicts } from './panels/conflicts';
import { status } from './panels/status';
import { initLang, lang, setLang, translateDom, onLangChange, t } from './i18n';
import { byId } from './util/dom';
import { mark } from './util/perf';

export interface EcoSpaceHook {
  map: OlMap;
  /** resolves when the first map render is complete and the panels have loaded */
  ready: Promise<void>;
  lang: () => string;
  setLang: (l: 'zh' | 'en') => void;
  /** resolves when no API request is in flight and no edit is being saved */
  idle: () => Promise<void>;
  pendingRequests: () => number;
  /** the screen pixel (relative to the map element) of a lon/lat, for tests that click the map */
  pixelOf: (lon: number, lat: number) => number[] | null;
  /** ids of the features of a kind currently on the map */
  featureIds: (kind: string) => string[];
  /** the version this page holds of a feature */
  version: (kind: string, id: string) => number | null;
  /** selects a feature by id (as a click would) */
  selectFeature: (kind: string, id: string) => boolean;
  editor: Editor;
  layers: LayerManager;
  mapId: () => string | null;
  switchMap: (id: string) => Promise<void>;
  errors: string[];
}

declare global {
  interface Window {
    ecospace: EcoSpaceHook;
  }
}

export async function start(): Promise<EcoSpaceHook> {
  mark('start');
  // the editing half: fetched and compiled while the rest starts (only its evaluation is on this thread)
  const editingModule = import('./editing');
  registerProjections();
  const errors: string[] = [];
  const configP = getConfig();
  const schemaP = getSchema().catch((e: Error) => (errors.push(`schema: ${e.message}`), []));
  const mapsP = listMaps().catch((e: Error) => (errors.push(`maps: ${e.message}`), [] as MapListEntry[]));
  const collectionsP = collectionsApi.listCollections().catch((e: Error) => (errors.push(`collections: ${e.message}`), [] as Collection[]));
  // the map document the page will most likely open, fetched at once rather than after the list
  const guessedMap = new URL(location.href).searchParams.get('map') ?? 'overview';
  let guessedDoc: Promise<MapDocument | null> | null = getMap(guessedMap).catch(() => null);

  const config: Config = await configP;
  mark('config');
  initLang(config.language_default);
  translateDom(document);
  onLangChange(() => translateDom(document));

  const map = createMap(byId('map'), byId('cursor-position'));
  const highlight = new Highlight(map);
  // an XYZ basemap only when the server configures one (its OpenLayers modules come with it)
  const basemapShown = config.basemap?.url
    ? import('./map/basemap').then(({ basemapLayer }) => {
        const basemap = basemapLayer(config);
        if (!basemap) return;
        map.addLayer(basemap);
        byId('basemap-field').hidden = false;
        byId<HTMLInputElement>('basemap-toggle').addEventListener('change', (e) => basemap.setVisible((e.target as HTMLInputElement).checked));
      })
    : Promise.resolve();

  const [schemaKinds, maps, collections] = await Promise.all([schemaP, mapsP, collectionsP]);
  mark('lists');
  const schema = new SchemaIndex(schemaKinds);
  const layers = new LayerManager(map, new Map(collections.map((c) => [c.id, c])));

  let doc: MapDocument | null = null;
  /** the editor and toolbar, once their chunk has arrived */
  let editing: Editing | null = null;

  const refreshPanels = async (): Promise<void> => {
    await Promise.all([refreshIndicators(), refreshConflicts()]);
  };

  initConflicts(highlight);
  new LayersPanel(layers, schema, highlight);

  const switchMap = async (id: string): Promise<void> => {
    editing?.leaveMap();
    highlight.clear();
    try {
      const early = id === guessedMap && guessedDoc ? await guessedDoc : null;
      guessedDoc = null;
      doc = early ?? (await getMap(id));
      await layers.prepare(doc);
    } catch (e) {
      errors.push(`map ${id}: ${(e as Error).message}`);
      status('msg.loadFailed', { what: id, message: (e as Error).message }, 'error');
      return;
    }
    setView(map, doc.view.center, doc.view.zoom);
    setTitle();
    const loaded = layers.show(doc).catch((e: Error) => {
      errors.push(`layers: ${e.message}`);
      status('msg.loadFailed', { what: t('panel.layers'), message: e.message }, 'error');
    });
    // the dropdowns now, before the features arrive: the toolbar's height is then settled (selects.ts)
    if (editing) editing.toolbar.renderSelects();
    else fillSelects(maps, doc.id, editableKinds(layers, schema), null);
    const url = new URL(location.href);
    url.searchParams.set('map', id);
    history.replaceState(null, '', url);
    await loaded;
  };

  const setTitle = (): void => {
    document.title = doc ? `${doc.title[lang()] ?? doc.id} · ${t('app.title')}` : t('app.title');
  };
  onLangChange(setTitle);

  const initial = new URL(location.href).searchParams.get('map');
  const firstMap = maps.find((m) => m.id === initial)?.id ?? maps.find((m) => m.id === 'overview')?.id ?? maps[0]?.id;
  const mapLoaded = firstMap ? switchMap(firstMap) : Promise.resolve();
  if (!firstMap) status('msg.loadFailed', { what: t('toolbar.map'), message: errors.join('; ') || 'GET /api/maps' }, 'error');
  const panelsLoaded = refreshPanels().then(() => mark('panels'));
  void mapLoaded.then(() => mark('layers'));

  // the first complete picture with every layer: the render that follows the features' arrival (it is
  // already scheduled by then; map.render() only makes sure), drawn while the panels fill
  const drawn = mapLoaded.then(
    () =>
      new Promise<void>((resolve) => {
        map.once('rendercomplete', () => (mark('rendered'), resolve()));
        map.render();
        // a map with nothing to draw may never fire rendercomplete when hidden: do not hang forever
        setTimeout(resolve, 10_000);
      }),
  );
  const editingStarted = editingModule.then(({ startEditing }) => {
    editing = startEditing({ map, layers, schema, highlight, maps, currentMap: () => doc?.id ?? null, switchMap: (id) => void switchMap(id), refreshPanels });
    editing.toolbar.renderSelects();
    mark('editing');
    return editing;
  });
  const ready = Promise.all([drawn, panelsLoaded, basemapShown, editingStarted]).then(() => {
    document.body.dataset.ready = 'true';
    mark('ready');
  });
  const editor: Editor = (await editingStarted).editor;
  // snapping indexes every segment: built after the first picture (at once if editing starts first)
  void ready.then(() => editor.enableSnapping());

  const hook: EcoSpaceHook = {
    map,
    ready,
    lang,
    setLang,
    idle: async () => {
      // no request in flight and no edit being carried out (an edit may be between two requests)
      for (;;) {
        await whenIdle();
        if (!editor.stack.isBusy) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    pendingRequests,
    pixelOf: (lon, lat) => map.getPixelFromCoordinate(fromLonLat([lon, lat])),
    featureIds: (kind) => (layers.source(kind)?.getFeatures() ?? []).map((f) => idOf(f)).filter((x): x is string => x !== null),
    version: (kind, id) => layers.version(kind, id),
    selectFeature: (kind, id) => {
      const f = layers.source(kind)?.getFeatureById(id) as Feature<OlGeometry> | null;
      if (!f) return false;
      editor.setSelection([f]);
      return true;
    },
    editor,
    layers,
    mapId: () => doc?.id ?? null,
    switchMap,
    errors,
  };
  return hook;
}
