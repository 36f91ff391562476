// GET /api/schema, read leniently: the canonical shape is
//   { "kinds": [ { "kind", "geometry": "line"|"polygon"|"line_or_polygon", "title": {zh, en},
//                  "properties": [ { "name", "type", "required", "title": {zh, en}, "codes": [{code, zh, en}] } ] } ] }
// and a bare array, an object keyed by kind, `value` for `code`, `zh`/`en` beside `title` are accepted too.
import type { CodeValue, KindSchema, PropertySchema } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function titleOf(o: Json, fallback: string): { zh: string; en: string } {
  const t = o.title;
  if (isObject(t)) return { zh: str(t.zh) ?? str(t.en) ?? fallback, en: str(t.en) ?? str(t.zh) ?? fallback };
  const en = str(o.title_en) ?? str(o.en) ?? str(t) ?? fallback;
  const zh = str(o.title_zh) ?? str(o.zh) ?? en;
  return { zh, en };
}

function codeOf(v: unknown): CodeValue | null {
  if (typeof v === 'string') return { code: v, zh: v, en: v };
  if (!isObject(v)) return null;
  const code = str(v.code) ?? str(v.value);
  if (code === undefined) return null;
  const t = titleOf(v, code);
  return { code, zh: str(v.zh) ?? t.zh, en: str(v.en) ?? t.en };
}

function propertyOf(v: unknown, key?: string): PropertySchema | null {
  if (!isObject(v)) return null;
  const name = str(v.name) ?? key;
  if (!name) return null;
  const rawCodes = v.codes ?? v.code_list ?? v.values ?? v.enum;
  const codes = Array.isArray(rawCodes) ? rawCodes.map(codeOf).filter((c): c is CodeValue => c !== null) : [];
  const t = titleOf(v, name);
  let type = (str(v.type) ?? (codes.length ? 'code' : 'text')).toLowerCase();
  if (type === 'regioncode') type = 'region_code';
  if (codes.length && type === 'text') type = 'code';
  return { name, type, required: v.required === true, recommended: v.recommended === true, zh: t.zh, en: t.en, codes };
}

function geometryOf(v: unknown): string {
  const g = (str(v) ?? 'polygon').toLowerCase().replace(/[\s-]/g, '_');
  if (g.includes('or') || g === 'any' || g === 'mixed') return 'line_or_polygon';
  if (g.includes('line')) return 'line';
  return 'polygon';
}

function kindOf(v: unknown, key?: string): KindSchema | null {
  if (!isObject(v)) return null;
  const kind = str(v.kind) ?? str(v.id) ?? str(v.name) ?? key;
  if (!kind) return null;
  const rawProps = v.properties;
  let properties: PropertySchema[] = [];
  if (Array.isArray(rawProps)) properties = rawProps.map((p) => propertyOf(p)).filter((p): p is PropertySchema => p !== null);
  else if (isObject(rawProps))
    properties = Object.entries(rawProps).map(([k, p]) => propertyOf(p, k)).filter((p): p is PropertySchema => p !== null);
  return { kind, geometry: geometryOf(v.geometry ?? v.geometry_type), title: titleOf(v, kind), properties };
}

export function normalizeSchema(body: unknown): KindSchema[] {
  let entries: Array<[string | undefined, unknown]> = [];
  if (Array.isArray(body)) entries = body.map((v) => [undefined, v]);
  else if (isObject(body) && Array.isArray(body.kinds)) entries = body.kinds.map((v) => [undefined, v]);
  else if (isObject(body) && isObject(body.kinds)) entries = Object.entries(body.kinds);
  else if (isObject(body)) entries = Object.entries(body).filter(([, v]) => isObject(v));
  return entries.map(([k, v]) => kindOf(v, k)).filter((k): k is KindSchema => k !== null);
}

/** Lookup helpers over the normalized schema. */
export class SchemaIndex {
  private readonly byKind = new Map<string, KindSchema>();
  constructor(readonly kinds: KindSchema[]) {
    for (const k of kinds) this.byKind.set(k.kind, k);
  }
  kind(kind: string): KindSchema | undefined {
    return this.byKind.get(kind);
  }
  property(kind: string, name: string): PropertySchema | undefined {
    return this.byKind.get(kind)?.properties.find((p) => p.name === name);
  }
  /** The label of a code in a language, or the code itself when the list lacks it. */
  codeLabel(kind: string, property: string, code: unknown, lang: 'zh' | 'en'): string {
    const text = code === null || code === undefined ? '' : String(code);
    const c = this.property(kind, property)?.codes?.find((x) => x.code === text);
    return c ? c[lang] : text;
  }
  propertyLabel(kind: string, name: string, lang: 'zh' | 'en'): string {
    const p = this.property(kind, name);
    return (p && p[lang]) || name;
  }
  kindTitle(kind: string, lang: 'zh' | 'en'): string {
    return this.byKind.get(kind)?.title[lang] ?? kind;
  }
  /** Can a kind take this geometry family? */
  accepts(kind: string, family: 'line' | 'polygon'): boolean {
    const g = this.byKind.get(kind)?.geometry;
    return g === family || g === 'line_or_polygon';
  }
}
