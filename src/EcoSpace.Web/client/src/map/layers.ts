// One layer per kind of the current map document: a vector layer (editable, loaded with paging)
// or, for big collections, a read-only vector-tile layer. Sources outlive a map switch.
import type OlMap from 'ol/Map';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import type VectorTileLayer from 'ol/layer/VectorTile';
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry } from 'ol/geom';
import { transformExtent } from 'ol/proj';
import { createEmpty, extend, isEmpty, type Extent } from 'ol/extent';
import type { Collection, GeoFeature, MapDocument, MapLayer } from '../api/types';
import { fetchAllItems, useVectorTiles, versionOf } from '../api/collections';
export { useVectorTiles, VECTOR_TILE_THRESHOLD } from '../api/collections';
import { layerStyleFunction } from './styles';
import { DATA_PROJECTION, VIEW_PROJECTION } from './projection';
import { readFeature } from './features';
import { mark } from '../util/perf';


/** How long the first picture waits for slow layers before showing the ones that came. */
const GATE_MS = 1500;

export type LoadState = 'loading' | 'ready' | 'error';

export interface KindLayer {
  kind: string;
  entry: MapLayer;
  layer: VectorLayer<VectorSource<Feature<OlGeometry>>> | VectorTileLayer;
  source: VectorSource<Feature<OlGeometry>> | null;
  readOnly: boolean;
}

export class LayerManager {
  private readonly sources = new Map<string, VectorSource<Feature<OlGeometry>>>();
  private readonly loads = new Map<string, Promise<void>>();
  private readonly states = new Map<string, LoadState>();
  /** what the server last said about each feature: kind → id → feature (lon/lat) */
  private readonly stored = new Map<string, Map<string, GeoFeature>>();
  private current: KindLayer[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly map: OlMap,
    private collections: Map<string, Collection>,
  ) {}

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }
  private changed(): void {
    this.listeners.forEach((l) => l());
  }

  setCollections(collections: Map<string, Collection>): void {
    this.collections = collections;
  }
  collection(kind: string): Collection | undefined {
    return this.collections.get(kind);
  }

  get layers(): readonly KindLayer[] {
    return this.current;
  }
  layer(kind: string): KindLayer | undefined {
    return this.current.find((l) => l.kind === kind);
  }
  state(kind: string): LoadState {
    return this.states.get(kind) ?? 'loading';
  }
  source(kind: string): VectorSource<Feature<OlGeometry>> | null {
    return this.layer(kind)?.source ?? null;
  }

  /** the vector-tile module (a chunk of its own), once a map document needed it */
  private vectorTiles: typeof import('./vectorTiles') | null = null;

  /** Loads what showing a map document needs beyond vector layers (the vector-tile module). Call before show(). */
  async prepare(doc: MapDocument): Promise<void> {
    if (!this.vectorTiles && doc.layers.some((l) => useVectorTiles(this.collections.get(l.kind)))) this.vectorTiles = await import('./vectorTiles');
  }

  /** Replaces the layers with those of a map document (first entry at the bottom); prepare() it first. */
  show(doc: MapDocument): Promise<void> {
    for (const l of this.current) this.map.removeLayer(l.layer);
    this.current = doc.layers.map((entry, i) => this.build(entry, i));
    for (const l of this.current) this.map.addLayer(l.layer);
    this.changed();
    const kinds = this.current.filter((l) => l.source).map((l) => l.kind);
    // features go on the map together once every layer has arrived (or after a while), so the
    // first picture is drawn once instead of once per arriving layer
    let waiting = kinds.length;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve)).then(() => mark('items'));
    const timer = setTimeout(release, GATE_MS);
    const arrived = (): void => {
      if (--waiting <= 0) {
        clearTimeout(timer);
        release();
      }
    };
    if (!waiting) release();
    return Promise.all(kinds.map((k) => this.load(k, false, { gate, arrived }))).then(() => undefined);
  }

  private build(entry: MapLayer, index: number): KindLayer {
    // the layer's opacity goes into the style's colours, the layer itself stays opaque (styles.ts)
    const style = layerStyleFunction(entry.kind, entry.style, entry.opacity ?? 1);
    const common = { visible: entry.visible !== false, zIndex: 10 + index, properties: { kind: entry.kind } };
    if (useVectorTiles(this.collections.get(entry.kind))) {
      if (!this.vectorTiles) throw new Error(`vector tiles for ${entry.kind}: LayerManager.prepare() was not awaited`);
      this.states.set(entry.kind, 'ready');
      const layer = this.vectorTiles.vectorTileLayer(entry.kind, style, common);
      return { kind: entry.kind, entry, layer, source: null, readOnly: true };
    }
    const source = this.sourceFor(entry.kind);
    const layer = new VectorLayer({ ...common, style, source, updateWhileInteracting: false });
    return { kind: entry.kind, entry, layer, source, readOnly: false };
  }

  private sourceFor(kind: string): VectorSource<Feature<OlGeometry>> {
    let s = this.sources.get(kind);
    if (!s) {
      s = new VectorSource<Feature<OlGeometry>>();
      this.sources.set(kind, s);
    }
    return s;
  }

  /** Loads a kind once (all pages); `force` reloads it. With a gate, adds the features only when it opens. */
  load(kind: string, force = false, batch?: { gate: Promise<void>; arrived: () => void }): Promise<void> {
    const existing = this.loads.get(kind);
    if (existing && !force) {
      batch?.arrived();
      return existing;
    }
    const source = this.sourceFor(kind);
    this.states.set(kind, 'loading');
    const p = fetchAllItems(kind)
      .finally(() => batch?.arrived())
      .then(async (features) => {
        if (batch) await batch.gate;
        const byId = new Map<string, GeoFeature>();
        const ol = features.filter((f) => f.geometry).map((f) => {
          byId.set(String(f.id), f);
          return readFeature(f, kind);
        });
        this.stored.set(kind, byId);
        source.clear(true);
        source.addFeatures(ol);
        this.states.set(kind, 'ready');
      })
      .catch((e) => {
        this.states.set(kind, 'error');
        this.loads.delete(kind);
        throw e;
      })
      .finally(() => this.changed());
    this.loads.set(kind, p);
    return p;
  }

  /** After an import: vector layers are fetched again, vector tiles redrawn; kinds not shown are left alone. */
  reload(kind: string): Promise<void> {
    const l = this.layer(kind);
    if (!l) {
      this.loads.delete(kind);
      return Promise.resolve();
    }
    if (l.readOnly) {
      (l.layer as VectorTileLayer).getSource()?.refresh();
      return Promise.resolve();
    }
    return this.load(kind, true);
  }

  setVisible(kind: string, visible: boolean): void {
    this.layer(kind)?.layer.setVisible(visible);
    this.changed();
  }

  /** Visible editable sources, for snapping. */
  visibleSources(): VectorSource<Feature<OlGeometry>>[] {
    return this.current.filter((l) => l.source && l.layer.getVisible()).map((l) => l.source!);
  }

  /** The layer's extent in the view projection: the collection's bbox, else the loaded features'. */
  extent(kind: string): Extent | null {
    const bbox = this.collections.get(kind)?.extent?.spatial?.bbox?.[0];
    if (bbox && bbox.length >= 4 && bbox.every(Number.isFinite)) {
      const [minx, miny] = bbox;
      const [maxx, maxy] = bbox.length === 6 ? [bbox[3], bbox[4]] : [bbox[2], bbox[3]];
      return transformExtent([minx, miny, maxx, maxy], DATA_PROJECTION, VIEW_PROJECTION);
    }
    const s = this.sources.get(kind);
    if (!s) return null;
    const e = extend(createEmpty(), s.getExtent() ?? createEmpty());
    return isEmpty(e) ? null : e;
  }

  // --- the page's copy of the stored data (LocalFeatures of the sync executor) ---

  storedFeature(kind: string, id: string): GeoFeature | undefined {
    return this.stored.get(kind)?.get(id);
  }

  version(kind: string, id: string): number | null {
    return versionOf(this.storedFeature(kind, id));
  }

  /** Puts the server's state of a feature into the map (null: it is gone). */
  setStored(kind: string, id: string, feature: GeoFeature | null): Feature<OlGeometry> | null {
    let byId = this.stored.get(kind);
    if (!byId) this.stored.set(kind, (byId = new Map()));
    const source = this.sources.get(kind);
    const old = source?.getFeatureById(id);
    if (!feature) {
      byId.delete(id);
      if (old && source) source.removeFeature(old);
      this.changed();
      return null;
    }
    const normalized: GeoFeature = { ...feature, id };
    byId.set(id, normalized);
    const fresh = readFeature(normalized, kind);
    if (source) {
      if (old) {
        old.setGeometry(fresh.getGeometry());
        old.setProperties(fresh.getProperties(), false);
        for (const k of Object.keys(old.getProperties())) {
          if (k !== old.getGeometryName() && !(k in (normalized.properties ?? {}))) old.unset(k);
        }
      } else source.addFeature(fresh);
    }
    this.changed();
    return source?.getFeatureById(id) ?? fresh;
  }

  count(kind: string): number {
    return this.stored.get(kind)?.size ?? 0;
  }
}
