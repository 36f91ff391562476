// The editing tools on the map: select (+ modify vertices, alt-click deletes one), draw a line or
// polygon for the chosen kind, snap to every visible vector layer, split, merge, delete, save,
// cancel, undo and redo. Every change to stored data is an EditOperation carried out by the
// SyncExecutor through the API, and kept on the undo stack.
import type OlMap from 'ol/Map';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import Collection from 'ol/Collection';
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry, LineString } from 'ol/geom';
import Select, { type SelectEvent } from 'ol/interaction/Select';
import Modify from 'ol/interaction/Modify';
import Draw, { type DrawEvent } from 'ol/interaction/Draw';
import Snap from 'ol/interaction/Snap';
import { shiftKeyOnly } from 'ol/events/condition';
import { toLonLat } from 'ol/proj';
import type { Layer } from 'ol/layer';
import type { GeoFeature, Position } from '../api/types';
import type { SchemaIndex } from '../api/schema';
import type { LayerManager } from '../map/layers';
import { geometryOf, idOf, kindOf, propertiesOf, setKind } from '../map/features';
import { selectedStyle } from '../map/styles';
import type Style from 'ol/style/Style';
import { CommandStack } from './commandStack';
import { planOperation, type Change, type EditOperation } from './changes';
import type { FeatureState } from './mergePatch';
import { cleanProperties } from './mergePatch';
import { MERGE_KEY, mergeLines, splitLine, type MergeError } from './geometry';
import { SaveAbandoned, SaveRefused, SyncExecutor, type FeatureApi, type StaleResolver } from './sync';
import { t, lang, type MessageKey } from '../i18n';
import { coalesce } from '../util/dom';
import { Snaps } from './snaps';

export type Mode = 'select' | 'draw-line' | 'draw-polygon' | 'split' | 'measure-line' | 'measure-area';

export interface Pending {
  kind: string;
  feature: Feature<OlGeometry>;
  isNew: boolean;
  /** vertices were moved: otherwise the stored geometry is sent back untouched (no rounding) */
  geometryChanged: boolean;
}

export interface EditorHooks {
  /** a message for the status line */
  message(key: MessageKey, params?: Record<string, string | number> | (() => Record<string, string | number>), tone?: 'info' | 'ok' | 'error'): void;
  /** stored data changed (after a save, delete, undo, redo): refresh the panels */
  saved(): void;
  /** a save was refused by validation: show the issues at the feature */
  refused(error: SaveRefused, feature: Feature<OlGeometry> | null): void;
  /** the mode changed (measure tools live outside the editor) */
  modeChanged(mode: Mode): void;
}

/** Properties a new feature of a kind starts with (shown, and changeable, in the form). */
export const NEW_FEATURE_DEFAULTS: Record<string, Record<string, unknown>> = { shoreline: { mainland: true } };

const SPLITTABLE = new Set(['shoreline', 'river_bank']);

export class Editor {
  mode: Mode = 'select';
  kind: string | null = null;
  pending: Pending | null = null;
  readonly stack: CommandStack<EditOperation>;
  readonly sync: SyncExecutor;
  readonly select: Select;
  private readonly modify: Modify;
  private readonly modifiable = new Collection<Feature<OlGeometry>>();
  private draw: Draw | null = null;
  private readonly snaps: Snaps;
  private snapping = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly map: OlMap,
    private readonly layers: LayerManager,
    private readonly schema: SchemaIndex,
    api: FeatureApi,
    resolveStale: StaleResolver,
    private readonly hooks: EditorHooks,
  ) {
    this.snaps = new Snaps(map);
    this.sync = new SyncExecutor(api, { version: (k, id) => layers.version(k, id), stored: (k, id, f) => this.stored(k, id, f) }, resolveStale);
    this.stack = new CommandStack<EditOperation>(this.sync.execute);
    this.stack.onChange(() => this.changed());

    this.select = new Select({
      layers: (layer: Layer) => this.isEditableLayer(layer),
      style: (feature, resolution) => {
        const base = this.layers.layer(kindOf(feature) ?? '')?.layer.getStyleFunction()?.(feature, resolution);
        const own = selectedStyle(feature, resolution) as Style[];
        return base ? [own[0], ...(Array.isArray(base) ? base : [base]), own[1]] : own;
      },
      toggleCondition: shiftKeyOnly,
      hitTolerance: 6,
    });
    this.select.on('select', (e: SelectEvent) => this.onSelect(e));
    this.modify = new Modify({ features: this.modifiable, pixelTolerance: 10 });
    this.modify.on('modifyend', (e) => {
      const f = e.features.item(0) as Feature<OlGeometry> | undefined;
      if (!f) return;
      const kind = kindOf(f);
      if (!kind) return;
      if (!this.pending) this.pending = { kind, feature: f, isNew: false, geometryChanged: true };
      this.pending.geometryChanged = true;
      this.changed();
    });
    map.addInteraction(this.select);
    map.addInteraction(this.modify);
    map.on('singleclick', (e) => this.onClick(e));
    layers.onChange(() => this.refreshSnapsLater());
  }

  /**
   * Starts snapping. Building a Snap indexes every segment of its source (~0.15 s for the sample on
   * a slow machine), so the app calls this after the first picture: the index is then built one
   * source per idle moment, and at once as soon as a draw, split or vertex move becomes possible.
   */
  enableSnapping(): void {
    this.snapping = true;
    this.refreshSnaps();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private changed(): void {
    this.listeners.forEach((l) => l());
  }

  private isEditableLayer(layer: Layer): boolean {
    return this.layers.layers.some((l) => l.layer === layer && !l.readOnly);
  }

  // ---- selection ----

  selected(): Array<{ kind: string; feature: Feature<OlGeometry> }> {
    return this.select
      .getFeatures()
      .getArray()
      .map((f) => ({ kind: kindOf(f) ?? '', feature: f as Feature<OlGeometry> }))
      .filter((s) => s.kind);
  }

  private onSelect(e: SelectEvent): void {
    const features = this.select.getFeatures();
    if (this.pending && !features.getArray().includes(this.pending.feature)) {
      // keep the feature being edited selected until it is saved or cancelled
      e.selected.forEach((f) => features.remove(f));
      features.push(this.pending.feature);
      this.hooks.message('msg.pendingFirst', undefined, 'error');
    }
    this.syncModifiable();
    const first = this.selected()[0];
    if (first && !this.kind) this.kind = first.kind;
    this.changed();
  }

  /** Vertices can be moved on a single selected feature. */
  private syncModifiable(): void {
    const sel = this.select.getFeatures().getArray();
    this.modifiable.clear();
    if (sel.length === 1) {
      this.snaps.buildNow();
      this.modifiable.push(sel[0] as Feature<OlGeometry>);
    }
  }

  setSelection(features: Feature<OlGeometry>[]): void {
    const c = this.select.getFeatures();
    c.clear();
    features.forEach((f) => c.push(f));
    this.syncModifiable();
    this.changed();
  }

  // ---- modes ----

  setKind(kind: string | null): void {
    this.kind = kind;
    if (this.mode === 'draw-line' || this.mode === 'draw-polygon') this.setMode(this.mode);
    this.changed();
  }

  setMode(mode: Mode): void {
    if (this.draw) {
      this.map.removeInteraction(this.draw);
      this.draw = null;
    }
    if (mode === 'draw-line' || mode === 'draw-polygon') {
      const family = mode === 'draw-line' ? 'line' : 'polygon';
      const kind = this.kind;
      const refuse = (key: MessageKey): void => {
        this.hooks.message(key, () => ({ kind: kind ? this.kindTitle(kind) : '' }), 'error');
        mode = 'select';
      };
      if (this.pending) refuse('msg.pendingFirst');
      else if (!kind) refuse('msg.chooseKind');
      else if (this.layers.layer(kind)?.readOnly) refuse('msg.kindReadOnly');
      else if (!this.accepts(kind, family)) refuse(family === 'line' ? 'msg.kindNoLine' : 'msg.kindNoPolygon');
      else {
        this.draw = new Draw({ type: family === 'line' ? 'LineString' : 'Polygon', stopClick: true });
        this.draw.on('drawend', (e: DrawEvent) => this.onDrawEnd(e, kind));
        // before the snaps, which must see the pointer first
        const interactions = this.map.getInteractions();
        const firstSnap = interactions.getArray().findIndex((i) => i instanceof Snap);
        if (firstSnap < 0) interactions.push(this.draw);
        else interactions.insertAt(firstSnap, this.draw);
        this.hooks.message(family === 'line' ? 'msg.drawLine' : 'msg.drawPolygon');
      }
    }
    if (mode === 'split') {
      const s = this.splittable();
      if (this.pending) {
        this.hooks.message('msg.pendingFirst', undefined, 'error');
        mode = 'select';
      } else if (!s) {
        this.hooks.message('msg.selectSegment', undefined, 'error');
        mode = 'select';
      } else this.hooks.message('msg.splitHint');
    }
    this.mode = mode;
    this.select.setActive(mode === 'select');
    this.modify.setActive(mode === 'select');
    this.refreshSnaps();
    this.hooks.modeChanged(mode);
    this.changed();
  }

  private readonly refreshSnapsLater = coalesce(() => this.refreshSnaps());

  /** Snaps for every visible vector source (inactive while measuring); built at once when editing starts. */
  private refreshSnaps(): void {
    const measuring = this.mode === 'measure-line' || this.mode === 'measure-area';
    this.snaps.update(new Set(this.snapping ? this.layers.visibleSources() : []), !measuring, this.mode !== 'select');
  }

  /** The schema decides which geometry a kind takes; without it, the collection's geometry_type. */
  private accepts(kind: string, family: 'line' | 'polygon'): boolean {
    if (this.schema.kind(kind)) return this.schema.accepts(kind, family);
    const g = this.layers.collection(kind)?.geometry_type;
    return !g || g === family || (family === 'polygon' && g.includes('polygon')) || (family === 'line' && g.includes('line'));
  }

  private kindTitle(kind: string): string {
    return this.schema.kindTitle(kind, lang());
  }

  private onDrawEnd(e: DrawEvent, kind: string): void {
    const feature = e.feature as Feature<OlGeometry>;
    setKind(feature, kind);
    feature.setProperties(NEW_FEATURE_DEFAULTS[kind] ?? {});
    const source = this.layers.source(kind);
    source?.addFeature(feature);
    this.pending = { kind, feature, isNew: true, geometryChanged: true };
    // leave draw mode after one feature so the click that follows selects, and vertices can be fixed
    setTimeout(() => {
      this.setMode('select');
      this.setSelection([feature]);
      this.hooks.message('msg.drawn');
    }, 0);
  }

  private onClick(e: MapBrowserEvent): void {
    if (this.mode === 'split') this.splitAt(e.coordinate);
  }

  // ---- attributes ----

  /** Sets (undefined: removes) a property of a selected feature; it becomes the pending edit. */
  setAttribute(feature: Feature<OlGeometry>, name: string, value: unknown): boolean {
    const kind = kindOf(feature);
    if (!kind) return false;
    if (this.pending && this.pending.feature !== feature) {
      this.hooks.message('msg.pendingFirst', undefined, 'error');
      return false;
    }
    if (!this.pending) this.pending = { kind, feature, isNew: false, geometryChanged: false };
    if (value === undefined || value === '') feature.unset(name);
    else feature.set(name, value);
    this.changed();
    return true;
  }

  // ---- states ----

  private storedState(kind: string, id: string): FeatureState | null {
    const f = this.layers.storedFeature(kind, id);
    return f ? { geometry: f.geometry, properties: cleanProperties(f.properties ?? {}) } : null;
  }

  private currentState(feature: Feature<OlGeometry>): FeatureState {
    return { geometry: geometryOf(feature), properties: cleanProperties(propertiesOf(feature)) };
  }

  private stored(kind: string, id: string, feature: GeoFeature | null): void {
    this.layers.setStored(kind, id, feature);
  }

  // ---- operations ----

  private async perform(op: EditOperation, feature: Feature<OlGeometry> | null, doneKey: MessageKey): Promise<boolean> {
    if (this.stack.isBusy) {
      this.hooks.message('msg.busy', undefined, 'error');
      return false;
    }
    this.hooks.message('msg.saving');
    try {
      await this.stack.perform(op);
      this.hooks.message(doneKey, undefined, 'ok');
      this.hooks.saved();
      return true;
    } catch (e) {
      this.failed(e, feature);
      return false;
    }
  }

  private failed(e: unknown, feature: Feature<OlGeometry> | null): void {
    if (e instanceof SaveRefused) {
      this.hooks.message('msg.refused', { count: e.issues.length || 1 }, 'error');
      this.hooks.refused(e, feature);
    } else if (e instanceof SaveAbandoned) {
      if (e.decision === 'reload') {
        if (this.pending && !this.pending.isNew) this.pending = null;
        this.hooks.message('msg.abandonedReload');
        this.hooks.saved();
      } else this.hooks.message('msg.abandonedCancel', undefined, 'error');
    } else this.hooks.message('msg.saveFailed', { message: (e as Error).message }, 'error');
    this.changed();
  }

  async save(): Promise<boolean> {
    const p = this.pending;
    if (!p) {
      this.hooks.message('msg.nothingToSave');
      return false;
    }
    const after = this.currentState(p.feature);
    const id0 = idOf(p.feature);
    if (!p.isNew && !p.geometryChanged && id0) after.geometry = this.layers.storedFeature(p.kind, id0)?.geometry ?? after.geometry;
    if (p.isNew) {
      const change: Change = { kind: p.kind, id: null, before: null, after };
      const ok = await this.perform({ label: 'op.create', changes: [change] }, p.feature, 'msg.saved');
      if (ok) {
        this.layers.source(p.kind)?.removeFeature(p.feature);
        this.pending = null;
        const stored = change.id ? this.layers.source(p.kind)?.getFeatureById(change.id) : null;
        this.setSelection(stored ? [stored as Feature<OlGeometry>] : []);
      }
      return ok;
    }
    const id = idOf(p.feature)!;
    const before = this.storedState(p.kind, id);
    const op: EditOperation = { label: 'op.update', changes: [{ kind: p.kind, id, before, after }] };
    if (!planOperation(op, 'do').length) {
      // back where it started: nothing to send, nothing to undo
      this.pending = null;
      this.hooks.message('msg.nothingToSave');
      this.changed();
      return false;
    }
    const ok = await this.perform(op, p.feature, 'msg.saved');
    if (ok) {
      this.pending = null;
      this.changed();
    }
    return ok;
  }

  /** Drops the pending edit: a new feature disappears, an edited one goes back to its stored state. */
  cancel(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    if (p.isNew) {
      this.layers.source(p.kind)?.removeFeature(p.feature);
      this.setSelection([]);
    } else {
      const id = idOf(p.feature)!;
      this.layers.setStored(p.kind, id, this.layers.storedFeature(p.kind, id) ?? null);
    }
    this.changed();
  }

  async deleteSelected(): Promise<boolean> {
    const sel = this.selected();
    if (!sel.length) {
      this.hooks.message('msg.selectToDelete', undefined, 'error');
      return false;
    }
    if (this.pending) {
      if (this.pending.isNew) {
        this.cancel();
        return true;
      }
      this.hooks.message('msg.pendingFirst', undefined, 'error');
      return false;
    }
    const changes: Change[] = sel.map(({ kind, feature }) => {
      const id = idOf(feature)!;
      return { kind, id, before: this.storedState(kind, id), after: null };
    });
    const ok = await this.perform({ label: 'op.delete', changes }, sel[0].feature, 'msg.deleted');
    if (ok) this.setSelection([]);
    return ok;
  }

  /** The one selected shoreline/bank segment, if that is what is selected. */
  splittable(): { kind: string; feature: Feature<OlGeometry>; id: string } | null {
    const sel = this.selected();
    if (sel.length !== 1 || !SPLITTABLE.has(sel[0].kind)) return null;
    const id = idOf(sel[0].feature);
    return id ? { ...sel[0], id } : null;
  }

  private storedLine(kind: string, id: string): Position[] | null {
    const g = this.layers.storedFeature(kind, id)?.geometry;
    if (g?.type === 'LineString') return g.coordinates as Position[];
    if (g?.type === 'MultiLineString' && (g.coordinates as Position[][]).length === 1) return (g.coordinates as Position[][])[0];
    return null;
  }

  async splitAt(coordinate: number[]): Promise<boolean> {
    const s = this.splittable();
    if (!s) {
      this.hooks.message('msg.selectSegment', undefined, 'error');
      return false;
    }
    const geom = s.feature.getGeometry() as LineString;
    const onLine = geom.getClosestPoint(coordinate);
    const px = this.map.getPixelFromCoordinate(coordinate);
    const py = this.map.getPixelFromCoordinate(onLine);
    if (px && py && Math.hypot(px[0] - py[0], px[1] - py[1]) > 15) {
      this.hooks.message('msg.splitHint', undefined, 'error');
      return false;
    }
    const coords = this.storedLine(s.kind, s.id);
    const before = this.storedState(s.kind, s.id);
    if (!coords || !before) return false;
    const parts = splitLine(coords, toLonLat(onLine));
    if (typeof parts === 'string') {
      this.hooks.message('msg.splitAtEnd', undefined, 'error');
      return false;
    }
    const first: FeatureState = { geometry: { type: 'LineString', coordinates: parts[0] }, properties: { ...before.properties } };
    const second: FeatureState = { geometry: { type: 'LineString', coordinates: parts[1] }, properties: { ...before.properties } };
    const op: EditOperation = {
      label: 'op.split',
      changes: [
        { kind: s.kind, id: s.id, before, after: first, replace: true },
        { kind: s.kind, id: null, before: null, after: second },
      ],
    };
    this.setMode('select');
    const ok = await this.perform(op, s.feature, 'msg.split');
    if (ok) {
      const ids = op.changes.map((c) => c.id).filter((x): x is string => !!x);
      this.setSelection(ids.map((id) => this.layers.source(s.kind)?.getFeatureById(id)).filter((f): f is Feature<OlGeometry> => !!f));
    }
    return ok;
  }

  async merge(): Promise<boolean> {
    const sel = this.selected();
    if (this.pending) {
      this.hooks.message('msg.pendingFirst', undefined, 'error');
      return false;
    }
    if (sel.length !== 2) {
      this.hooks.message('msg.mergeNeedTwo', undefined, 'error');
      return false;
    }
    const inputs = sel.map(({ kind, feature }) => {
      const id = idOf(feature)!;
      const state = this.storedState(kind, id);
      return { id, kind, coords: this.storedLine(kind, id) ?? [], properties: state?.properties ?? {} };
    });
    if (inputs.some((i) => i.coords.length < 2)) {
      this.hooks.message('msg.merge.not_line_kind', undefined, 'error');
      return false;
    }
    const result = mergeLines(inputs[0], inputs[1]);
    if (typeof result === 'string') {
      this.mergeRefused(result, inputs[0], inputs[1]);
      return false;
    }
    const keepBefore = this.storedState(result.keep.kind, result.keep.id)!;
    const removeBefore = this.storedState(result.remove.kind, result.remove.id)!;
    const op: EditOperation = {
      label: 'op.merge',
      changes: [
        { kind: result.keep.kind, id: result.keep.id, before: keepBefore, after: { geometry: { type: 'LineString', coordinates: result.coords }, properties: result.properties }, replace: true },
        { kind: result.remove.kind, id: result.remove.id, before: removeBefore, after: null },
      ],
    };
    const ok = await this.perform(op, sel[0].feature, 'msg.merged');
    if (ok) {
      const kept = this.layers.source(result.keep.kind)?.getFeatureById(result.keep.id) as Feature<OlGeometry> | null;
      this.setSelection(kept ? [kept] : []);
    }
    return ok;
  }

  private mergeRefused(error: MergeError, a: { kind: string; properties: Record<string, unknown> }, b: { properties: Record<string, unknown> }): void {
    const key = MERGE_KEY[a.kind] ?? '';
    this.hooks.message(
      `msg.merge.${error}` as MessageKey,
      () => ({
        property: key ? this.schema.propertyLabel(a.kind, key, lang()) : '',
        a: key ? this.schema.codeLabel(a.kind, key, a.properties[key], lang()) || t('form.none') : '',
        b: key ? this.schema.codeLabel(a.kind, key, b.properties[key], lang()) || t('form.none') : '',
      }),
      'error',
    );
  }

  async undo(): Promise<boolean> {
    if (this.pending) {
      this.cancel();
      return true;
    }
    const op = this.stack.peekUndo();
    if (!op) {
      this.hooks.message('msg.nothingToUndo');
      return false;
    }
    this.hooks.message('msg.saving');
    try {
      await this.stack.undo();
      this.hooks.message('msg.undone', { op: t(op.label as MessageKey) }, 'ok');
      this.afterHistoryMove();
      return true;
    } catch (e) {
      this.failed(e, null);
      return false;
    }
  }

  async redo(): Promise<boolean> {
    if (this.pending) {
      this.hooks.message('msg.pendingFirst', undefined, 'error');
      return false;
    }
    const op = this.stack.peekRedo();
    if (!op) {
      this.hooks.message('msg.nothingToRedo');
      return false;
    }
    this.hooks.message('msg.saving');
    try {
      await this.stack.redo();
      this.hooks.message('msg.redone', { op: t(op.label as MessageKey) }, 'ok');
      this.afterHistoryMove();
      return true;
    } catch (e) {
      this.failed(e, null);
      return false;
    }
  }

  private afterHistoryMove(): void {
    // features may have gone away: keep only selected features still on the map
    const alive = this.selected().filter(({ kind, feature }) => {
      const id = idOf(feature);
      return id !== null && this.layers.source(kind)?.getFeatureById(id) === feature;
    });
    this.setSelection(alive.map((s) => s.feature));
    this.hooks.saved();
  }
}
