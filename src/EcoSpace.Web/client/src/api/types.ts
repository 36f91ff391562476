// Types of the HTTP API (CONTRACT.md of issue 5). Lon/lat everywhere (EPSG:4490 ≈ 4326).

export type Position = number[];

export interface Geometry {
  type: string;
  coordinates?: unknown;
  geometries?: Geometry[];
}

export type Properties = Record<string, unknown>;

/** A GeoJSON Feature as the server sends it: `id` is the EcoSpace id, `properties.version` is read-only. */
export interface GeoFeature {
  type: 'Feature';
  id?: string | number;
  geometry: Geometry | null;
  properties: Properties | null;
}

export interface Link {
  href: string;
  rel: string;
  type?: string;
  title?: string;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
  numberMatched?: number;
  numberReturned?: number;
  timeStamp?: string;
  links?: Link[];
}

export interface Collection {
  id: string;
  title?: string;
  title_zh?: string;
  itemType?: string;
  extent?: { spatial?: { bbox?: number[][]; crs?: string } };
  geometry_type?: 'polygon' | 'line' | string;
  feature_count?: number;
  vertex_count?: number;
  links?: Link[];
}

/** One issue of a refused save or import (the CLI's validation issue). */
export interface Issue {
  code?: string;
  message: string;
  property?: string | null;
  location?: Position | null;
  severity?: string;
  /** import only: the feature's index in the file, its id, and where (line) when known */
  index?: number;
  feature?: number | string;
  id?: string | null;
  line?: number;
  where?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  issues?: Issue[];
  errors?: Issue[];
  current?: GeoFeature;
}

export interface RatioResult {
  indicator?: string;
  ratio: number | null;
  numerator_m: number;
  denominator_m: number;
  classes?: { property?: string; numerator?: string[]; denominator?: string[] };
  data_version?: number;
  computed_at?: string;
  ellipsoid?: string;
  warnings?: unknown[];
}

export interface Indicators {
  data_version?: number;
  shoreline: RatioResult | null;
  banks: RatioResult | null;
  areas: {
    red_line_m2: number;
    protected_area_m2: number;
    red_line_count?: number;
    protected_area_count?: number;
  } | null;
}

export interface ConflictProps {
  rule: string;
  severity: string;
  ids?: string[];
  kinds?: string[];
  a_id?: string;
  b_id?: string;
  a_kind?: string;
  b_kind?: string;
  area_m2?: number | null;
  length_m?: number | null;
  label_zh?: string;
  label_en?: string;
  rule_zh?: string;
}

export interface ConflictCollection {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; id?: string | number; geometry: Geometry | null; properties: ConflictProps }>;
  summary?: unknown;
}

export interface HistoryEntry {
  version: number;
  operation: string;
  user?: string;
  at?: string;
  geometry_changed?: boolean;
  /** names of the properties this version changed (when the server says) */
  changed_properties?: string[];
  properties?: Properties | null;
}

export interface MapListEntry {
  id: string;
  title: { zh: string; en: string };
}

export interface SimpleStyle {
  stroke: string;
  width: number;
  fill?: string;
  hatch?: boolean;
  /** client extension (ignored by v1 readers): line dash in pixels */
  dash?: number[];
}

export interface CategorizedStyle {
  by: string;
  classes: Record<string, SimpleStyle>;
  default: SimpleStyle;
}

export type LayerStyle = SimpleStyle | CategorizedStyle;

export interface MapLayer {
  kind: string;
  visible: boolean;
  opacity: number;
  style: LayerStyle;
}

export interface MapDocument {
  format: string;
  id: string;
  title: { zh: string; en: string };
  description?: { zh: string; en: string };
  view: { center: [number, number]; zoom: number };
  basemap: unknown;
  layers: MapLayer[];
}

export interface CodeValue {
  code: string;
  zh: string;
  en: string;
}

export interface PropertySchema {
  name: string;
  /** text | code | boolean | date | integer | region_code (case-insensitive) */
  type: string;
  required?: boolean;
  /** accepted when missing, with a warning, but the ratios need it (shoreline class/mainland, bank zone) */
  recommended?: boolean;
  zh?: string;
  en?: string;
  codes?: CodeValue[];
}

export interface KindSchema {
  kind: string;
  /** "line" | "polygon" | "line_or_polygon" (also accepts Line/Area/LineOrArea) */
  geometry: string;
  title: { zh: string; en: string };
  properties: PropertySchema[];
}

export interface Measure {
  length_m?: number | null;
  area_m2?: number | null;
  perimeter_m?: number | null;
}

export interface ImportResult {
  imported?: number;
  replaced?: number;
  inserted?: number;
  warnings?: Issue[];
}

export interface Config {
  basemap: null | { url: string; attribution?: string };
  language_default?: string;
}
