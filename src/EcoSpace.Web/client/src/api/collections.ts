// OGC API – Features (Part 1 read, Part 4 write) for the layer kinds.
import { getJson, request, url } from './http';
import type { Collection, FeatureCollection, GeoFeature, Geometry, Properties } from './types';

export const PAGE_LIMIT = 10000;

/** Collections with more vertices than this are drawn as vector tiles, read-only. */
export const VECTOR_TILE_THRESHOLD = 200_000;

export function useVectorTiles(c: Collection | undefined): boolean {
  return (c?.vertex_count ?? 0) > VECTOR_TILE_THRESHOLD;
}

/** The first page of a kind's items (fetchAllItems follows its `next` links). */
export function firstPageUrl(kind: string): string {
  return url(`collections/${encodeURIComponent(kind)}/items?limit=${PAGE_LIMIT}`);
}

export async function listCollections(): Promise<Collection[]> {
  const body = await getJson<{ collections: Collection[] }>('collections');
  return body.collections ?? [];
}

/**
 * The `next` link of a page, resolved against the page's own URL; null on the last page. A link to
 * another origin (a server that names itself by another host, e.g. localhost vs 127.0.0.1) is read
 * on this page's origin, which the browser may fetch without CORS.
 */
export function nextLink(page: FeatureCollection, pageUrl: string): string | null {
  const next = page.links?.find((l) => l.rel === 'next');
  if (!next) return null;
  const u = new URL(next.href, pageUrl);
  const here = new URL(pageUrl);
  return u.origin === here.origin ? u.href : `${here.origin}${u.pathname}${u.search}`;
}

/** Every feature of a kind, following `next` links until the last page. */
export async function fetchAllItems(kind: string, signal?: AbortSignal): Promise<GeoFeature[]> {
  const features: GeoFeature[] = [];
  let pageUrl: string | null = firstPageUrl(kind);
  const seen = new Set<string>();
  while (pageUrl && !seen.has(pageUrl)) {
    seen.add(pageUrl);
    const page: FeatureCollection = await getJson<FeatureCollection>(pageUrl, signal);
    features.push(...(page.features ?? []));
    if (!page.features?.length) break;
    pageUrl = nextLink(page, pageUrl);
  }
  return features;
}

function itemPath(kind: string, id: string): string {
  return `collections/${encodeURIComponent(kind)}/items/${encodeURIComponent(id)}`;
}

/** The strong ETag the server gives a feature version. */
export function etagOf(version: number | string | null | undefined): string | null {
  return version === null || version === undefined ? null : `"${version}"`;
}

export function versionOf(feature: GeoFeature | null | undefined): number | null {
  const v = feature?.properties?.version;
  return typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : null;
}

export interface Stored {
  feature: GeoFeature;
  etag: string | null;
}

function stored(body: GeoFeature, etag: string | null): Stored {
  return { feature: body, etag: etag ?? etagOf(versionOf(body)) };
}

export async function getItem(kind: string, id: string): Promise<Stored> {
  const r = await request<GeoFeature>(itemPath(kind, id));
  return stored(r.body, r.etag);
}

/** POST a new feature (its id kept when given); the stored feature comes back. */
export async function createItem(kind: string, feature: GeoFeature): Promise<Stored> {
  const r = await request<GeoFeature>(`collections/${encodeURIComponent(kind)}/items`, {
    method: 'POST',
    body: feature,
    contentType: 'application/geo+json',
  });
  let body = r.body;
  if ((!body || body.id === undefined) && r.location) {
    const id = decodeURIComponent(r.location.split('/').pop() ?? '');
    body = (await getItem(kind, id)).feature;
  }
  return stored(body, r.etag);
}

export async function replaceItem(kind: string, id: string, feature: GeoFeature, ifMatch: string | null): Promise<Stored> {
  const r = await request<GeoFeature>(itemPath(kind, id), {
    method: 'PUT',
    body: feature,
    contentType: 'application/geo+json',
    ifMatch,
  });
  return stored(r.body, r.etag);
}

export interface MergePatch {
  properties?: Properties;
  geometry?: Geometry;
}

export async function patchItem(kind: string, id: string, patch: MergePatch, ifMatch: string | null): Promise<Stored> {
  const r = await request<GeoFeature>(itemPath(kind, id), {
    method: 'PATCH',
    body: patch,
    contentType: 'application/merge-patch+json',
    ifMatch,
  });
  return stored(r.body, r.etag);
}

export async function deleteItem(kind: string, id: string, ifMatch: string | null): Promise<void> {
  await request<void>(itemPath(kind, id), { method: 'DELETE', ifMatch });
}

export function tileUrlTemplate(kind: string): string {
  return url(`collections/${encodeURIComponent(kind)}/tiles/`) + '{z}/{x}/{y}.pbf';
}
