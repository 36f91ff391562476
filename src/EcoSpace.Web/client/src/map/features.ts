// Between OpenLayers features (view projection) and GeoJSON (lon/lat), and which kind a feature is.
import GeoJSON from 'ol/format/GeoJSON';
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry } from 'ol/geom';
import type { GeoFeature, Geometry, Properties } from '../api/types';
import { DATA_PROJECTION, VIEW_PROJECTION } from './projection';

export const geojson = new GeoJSON({ dataProjection: DATA_PROJECTION, featureProjection: VIEW_PROJECTION });

const kinds = new WeakMap<object, string>();

export function setKind(feature: object, kind: string): void {
  kinds.set(feature, kind);
}
export function kindOf(feature: object): string | undefined {
  return kinds.get(feature);
}

export function readFeature(f: GeoFeature, kind: string): Feature<OlGeometry> {
  const feature = geojson.readFeature(f) as Feature<OlGeometry>;
  setKind(feature, kind);
  return feature;
}

export function readGeometry(g: Geometry): OlGeometry {
  return geojson.readGeometry(g) as OlGeometry;
}

/** The feature's properties without the geometry. */
export function propertiesOf(feature: Feature<OlGeometry>): Properties {
  const p = { ...feature.getProperties() };
  delete p[feature.getGeometryName()];
  return p;
}

/** The geometry as GeoJSON lon/lat, rounded to 1e-9° (0.1 mm) so unchanged vertices stay exact. */
export function geometryOf(feature: Feature<OlGeometry>): Geometry | null {
  const g = feature.getGeometry();
  return g ? (geojson.writeGeometryObject(g, { decimals: 9 }) as unknown as Geometry) : null;
}

export function writeGeometry(g: OlGeometry): Geometry {
  return geojson.writeGeometryObject(g, { decimals: 9 }) as unknown as Geometry;
}

export function idOf(feature: Feature<OlGeometry>): string | null {
  const id = feature.getId();
  return id === undefined ? null : String(id);
}
