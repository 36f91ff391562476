// The EcoSpace extras under /api: indicators, conflicts, history, maps, schema, measure, config.
import { getJson, request, url } from './http';
import type {
  Config, ConflictCollection, Geometry, HistoryEntry, Indicators, KindSchema, MapDocument, MapListEntry, Measure,
} from './types';
import { normalizeSchema } from './schema';

export const getIndicators = (): Promise<Indicators> => getJson<Indicators>('api/indicators');

export const getConflicts = (): Promise<ConflictCollection> => getJson<ConflictCollection>('api/conflicts');

/** History newest first; accepts a bare array or `{versions: [...]}`. */
export async function getHistory(kind: string, id: string): Promise<HistoryEntry[]> {
  const body = await getJson<HistoryEntry[] | { versions: HistoryEntry[] }>(
    `api/history/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`,
  );
  return Array.isArray(body) ? body : body.versions ?? [];
}

export const listMaps = (): Promise<MapListEntry[]> => getJson<MapListEntry[]>('api/maps');

export const getMap = (id: string): Promise<MapDocument> => getJson<MapDocument>(`api/maps/${encodeURIComponent(id)}`);

export async function getSchema(): Promise<KindSchema[]> {
  return normalizeSchema(await getJson<unknown>('api/schema'));
}

export async function measure(geometry: Geometry, signal?: AbortSignal): Promise<Measure> {
  return (await request<Measure>('api/measure', { method: 'POST', body: { geometry }, signal })).body;
}

export async function getConfig(): Promise<Config> {
  try {
    return await getJson<Config>('api/config');
  } catch {
    return { basemap: null, language_default: 'auto' };
  }
}

export function exportUrl(kind: string): string {
  return url(`api/export/${encodeURIComponent(kind)}`);
}
