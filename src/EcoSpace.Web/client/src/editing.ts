// The editing half of the app, loaded as a chunk of its own (app.ts imports it dynamically at start):
// OpenLayers' Select/Modify/Draw/Snap, the edit logic and its dialogs, the feature panel, import,
// measuring and the toolbar. None of it is needed to draw the first picture, so it is fetched and
// compiled off the main thread while the map and the panels load; `ready` still waits for it.
import type OlMap from 'ol/Map';
import type { MapListEntry } from './api/types';
import * as collectionsApi from './api/collections';
import type { SchemaIndex } from './api/schema';
import type { LayerManager } from './map/layers';
import type { Highlight } from './map/highlight';
import { MeasureTool } from './map/measureTool';
import { Editor, type Mode } from './edit/editor';
import { StaleDialog } from './panels/staleDialog';
import { IssuesPopup } from './panels/issuesPopup';
import { InfoPanel } from './panels/info';
import { editableKinds } from './panels/layers';
import { Toolbar } from './panels/toolbar';
import { status } from './panels/status';
import { ImportDialog, enableDrop } from './io/importDialog';
import { lang, onLangChange } from './i18n';
import { byId } from './util/dom';

export interface EditingContext {
  map: OlMap;
  layers: LayerManager;
  schema: SchemaIndex;
  highlight: Highlight;
  maps: MapListEntry[];
  currentMap: () => string | null;
  switchMap: (id: string) => void;
  /** refetch indicators and conflicts */
  refreshPanels: () => Promise<void>;
}

export interface Editing {
  editor: Editor;
  toolbar: Toolbar;
  /** before another map document is shown: drop what is pending, clear the selection */
  leaveMap(): void;
}

export function startEditing(ctx: EditingContext): Editing {
  const { map, layers, schema, highlight } = ctx;
  const issues = new IssuesPopup(map);
  const measureTool = new MeasureTool(map);
  let infoPanel: InfoPanel | null = null;

  const staleDialog = new StaleDialog(schema, highlight, (k, id) => layers.version(k, id));
  const editor = new Editor(map, layers, schema, collectionsApi, staleDialog.ask, {
    message: (key, params, tone) => status(key, params, tone),
    saved: () => {
      issues.clear();
      void ctx.refreshPanels();
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

  const editable = (): Array<{ kind: string; title: string }> => editableKinds(layers, schema);

  const importDialog = new ImportDialog({
    kinds: () => {
      const inDoc = editable();
      const others = schema.kinds.filter((k) => !inDoc.some((d) => d.kind === k.kind)).map((k) => ({ kind: k.kind, title: k.title[lang()] }));
      return [...inDoc, ...others];
    },
    defaultKind: () => editor.kind,
    imported: (kind) => {
      if (editor.pending?.kind === kind) editor.cancel();
      // the undo history does not know what the import replaced: start it afresh
      editor.stack.clear();
      void layers.reload(kind).catch((e: Error) => status('msg.loadFailed', { what: kind, message: e.message }, 'error'));
      void ctx.refreshPanels();
    },
  });

  const setMode = (mode: Mode): void => {
    if (mode !== 'measure-line' && mode !== 'measure-area') measureTool.clear();
    editor.setMode(mode);
  };

  const toolbar = new Toolbar(editor, {
    maps: () => ctx.maps,
    currentMap: ctx.currentMap,
    switchMap: ctx.switchMap,
    editableKinds: editable,
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

  return {
    editor,
    toolbar,
    leaveMap: () => {
      if (editor.pending) editor.cancel();
      editor.setSelection([]);
    },
  };
}
