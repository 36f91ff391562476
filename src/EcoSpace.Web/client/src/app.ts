// Composition: fetch config, schema, maps and collections; build the map, the layers, the editor
// and the panels; wire them together. No logic of its own beyond the wiring.
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
import { basemapLayer, createMap, setView } from './map/createMap';
import { LayerManager } from './map/layers';
import { Highlight } from './map/highlight';
import { MeasureTool } from './map/measureTool';
import { idOf } from './map/features';
import { Editor, type Mode } from './edit/editor';
import { StaleDialog } from './panels/staleDialog';
import { IssuesPopup } from './panels/issuesPopup';
import { InfoPanel } from './panels/info';
import { LayersPanel, kindTitle } from './panels/layers';
import { Toolbar } from './panels/toolbar';
import { refreshIndicators } from './panels/indicators';
import { initConflicts, refreshConflicts } from './panels/conflicts';
import { status } from './panels/status';
import { ImportDialog, enableDrop } from './io/importDialog';
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
  const issues = new IssuesPopup(map);
  const measureTool = new MeasureTool(map);
  const basemap = basemapLayer(config);
  if (basemap) {
    map.addLayer(basemap);
    byId('basemap-field').hidden = false;
    byId<HTMLInputElement>('basemap-toggle').addEventListener('change', (e) => basemap.setVisible((e.target as HTMLInputElement).checked));
  }

  const [schemaKinds, maps, collections] = await Promise.all([schemaP, mapsP, collectionsP]);
  mark('lists');
  const schema = new SchemaIndex(schemaKinds);
  const layers = new LayerManager(map, new Map(collections.map((c) => [c.id, c])));

  let doc: MapDocument | null = null;
  let infoPanel: InfoPanel | null = null;

  const refreshPanels = async (): Promise<void> => {
    await Promise.all([refreshIndicators(), refreshConflicts()]);
  };

  const staleDialog = new StaleDialog(schema, highlight, (k, id) => layers.version(k, id));
  const editor = new Editor(map, layers, schema, collectionsApi, staleDialog.ask, {
    message: (key, params, tone) => status(key, params, tone),
    saved: () => {
      issues.clear();
      void refreshPanels();
      infoPanel?.refresh();
    },
    refused: (e, feature) => issues.show(e.issues, feature, e.message),
    modeChanged: (mode: Mode) => {
      if (mode === 'measure-line') measureTool.start('line');
      else if (mode === 'measure-area') measureTool.start('area');
      else measureTool.stop();
    },
  });
  infoPanel = new InfoPanel(editor, schema, highlight);
  initConflicts(highlight);
  new LayersPanel(layers, schema, highlight);

  const editableKinds = (): Array<{ kind: string; title: string }> =>
    layers.layers.filter((l) => !l.readOnly).map((l) => ({ kind: l.kind, title: kindTitle(layers, schema, l.kind) }));

  const importDialog = new ImportDialog({
    kinds: () => {
      const inDoc = editableKinds();
      const others = schema.kinds.filter((k) => !inDoc.some((d) => d.kind === k.kind)).map((k) => ({ kind: k.kind, title: k.title[lang()] }));
      return [...inDoc, ...others];
    },
    defaultKind: () => editor.kind,
    imported: (kind) => {
      if (editor.pending?.kind === kind) editor.cancel();
      // the undo history does not know what the import replaced: start it afresh
      editor.stack.clear();
      void layers.reload(kind).catch((e: Error) => status('msg.loadFailed', { what: kind, message: e.message }, 'error'));
      void refreshPanels();
    },
  });

  const switchMap = async (id: string): Promise<void> => {
    if (editor.pending) editor.cancel();
    editor.setSelection([]);
    highlight.clear();
    try {
      const early = id === guessedMap && guessedDoc ? await guessedDoc : null;
      guessedDoc = null;
      doc = early ?? (await getMap(id));
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
    toolbar.renderSelects();
    const url = new URL(location.href);
    url.searchParams.set('map', id);
    history.replaceState(null, '', url);
    await loaded;
  };

  const setTitle = (): void => {
    document.title = doc ? `${doc.title[lang()] ?? doc.id} · ${t('app.title')}` : t('app.title');
  };
  onLangChange(setTitle);

  const setMode = (mode: Mode): void => {
    if (mode !== 'measure-line' && mode !== 'measure-area') measureTool.clear();
    editor.setMode(mode);
  };

  const toolbar = new Toolbar(editor, {
    maps: () => maps,
    currentMap: () => doc?.id ?? null,
    switchMap: (id) => void switchMap(id),
    editableKinds,
    setMode,
    importFile: (file) => importDialog.open(file),
  });
  onLangChange(() => toolbar.renderSelects());
  enableDrop(byId('map'), byId('drop-hint'), (file) => importDialog.open(file));

  // read-only (vector tile) features: info from /items/{id}
  map.on('singleclick', (e) => {
    if (editor.mode !== 'select') return;
    if (map.forEachFeatureAtPixel(e.pixel, () => true, { layerFilter: (l) => layers.layers.some((k) => k.layer === l && !k.readOnly), hitTolerance: 6 })) return;
    for (const kl of [...layers.layers].reverse()) {
      if (!kl.readOnly || !kl.layer.getVisible()) continue;
      const f = map.forEachFeatureAtPixel(e.pixel, (feature) => feature, { layerFilter: (l) => l === kl.layer, hitTolerance: 6 });
      const id = f?.getId() ?? f?.get('id');
      if (id === undefined || id === null) continue;
      void collectionsApi.getItem(kl.kind, String(id)).then(
        (stored) => infoPanel?.showRemote(kl.kind, stored.feature),
        (err: Error) => status('msg.loadFailed', { what: String(id), message: err.message }, 'error'),
      );
      break;
    }
  });

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
  const ready = Promise.all([drawn, panelsLoaded]).then(() => {
    document.body.dataset.ready = 'true';
    mark('ready');
  });
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
