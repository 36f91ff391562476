// POST /api/import/{kind} (the CLI importer) and the export link.
import { request } from './http';
import type { ImportResult } from './types';

export async function importGeoJson(kind: string, text: string, replace: boolean): Promise<ImportResult> {
  const q = `replace=${replace ? 'true' : 'false'}&allow_invalid=false`;
  const r = await request<ImportResult>(`api/import/${encodeURIComponent(kind)}?${q}`, {
    method: 'POST',
    rawBody: text,
    contentType: 'application/geo+json',
  });
  return r.body ?? {};
}
