// Which simple style a feature gets, from its map-document layer entry (maps/README.md), plus the
// client's one addition: artificial shoreline is dashed so natural vs artificial reads at a glance
// even for colour-blind readers (a `dash` member in the document wins).
import type { CategorizedStyle, LayerStyle, SimpleStyle } from '../api/types';

export const NATURAL_SHORELINE = ['bedrock', 'sandy', 'muddy', 'biological', 'restored'];
/** Shoreline classes drawn dashed unless the document says otherwise. */
export const DASHED_SHORELINE: Record<string, number[]> = { artificial: [8, 5] };
/** Development boundaries without fill are dashed outlines (urban development boundary). */
const OUTLINE_DASH = [6, 4];

export function isCategorized(style: LayerStyle): style is CategorizedStyle {
  return typeof (style as CategorizedStyle).by === 'string' && typeof (style as CategorizedStyle).classes === 'object';
}

export interface ResolvedStyle extends SimpleStyle {
  /** the class key the style came from ('' = default / simple) */
  key: string;
}

function withDefaults(kind: string, key: string, s: SimpleStyle): ResolvedStyle {
  const out: ResolvedStyle = { ...s, key };
  if (!out.dash) {
    if (kind === 'shoreline' && DASHED_SHORELINE[key]) out.dash = DASHED_SHORELINE[key];
    else if (kind === 'development' && key === 'urban_boundary' && !s.fill) out.dash = OUTLINE_DASH;
  }
  return out;
}

/** The simple style of one feature given its properties. */
export function resolveStyle(kind: string, style: LayerStyle, properties: Record<string, unknown>): ResolvedStyle {
  return resolveClass(kind, style, isCategorized(style) ? properties[style.by] : undefined);
}

/** The simple style for a value of the layer's `by` property (ignored by a simple style). */
export function resolveClass(kind: string, style: LayerStyle, value: unknown): ResolvedStyle {
  if (!isCategorized(style)) return withDefaults(kind, '', style);
  const key = value === null || value === undefined ? '' : String(value);
  const entry = key !== '' && Object.hasOwn(style.classes, key) ? style.classes[key] : undefined;
  return entry ? withDefaults(kind, key, entry) : withDefaults(kind, '', style.default);
}

/**
 * A layer's drawing styles, made once per class and geometry family and then shared by every
 * feature: `get(value, line)` costs a map lookup, allocates nothing after the first call for a
 * value, and values without a class of their own share the default's entry. `make` turns a resolved
 * style into whatever the renderer draws (OpenLayers styles in the app).
 */
export class StyleCache<T> {
  private readonly byValue = [new Map<unknown, T>(), new Map<unknown, T>()];
  private readonly byClass = new Map<string, T>();
  /** the property the classes are keyed by, or null for a simple style */
  readonly by: string | null;

  constructor(
    private readonly kind: string,
    private readonly style: LayerStyle,
    private readonly make: (resolved: ResolvedStyle, line: boolean) => T,
  ) {
    this.by = isCategorized(style) ? style.by : null;
  }

  get(value: unknown, line: boolean): T {
    const cache = this.byValue[line ? 1 : 0];
    const v = this.by === null ? undefined : value;
    let hit = cache.get(v);
    if (hit === undefined) {
      const resolved = resolveClass(this.kind, this.style, v);
      const classKey = `${line ? 'l' : 'p'}|${resolved.key}`;
      hit = this.byClass.get(classKey);
      if (hit === undefined) {
        hit = this.make(resolved, line);
        this.byClass.set(classKey, hit);
      }
      cache.set(v, hit);
    }
    return hit;
  }

  /** how many distinct styles were made (for tests) */
  get size(): number {
    return this.byClass.size;
  }
}

/** Every style a layer can draw, for the legend: classes in document order, then the default. */
export function legendEntries(kind: string, style: LayerStyle): ResolvedStyle[] {
  if (!isCategorized(style)) return [withDefaults(kind, '', style)];
  return [
    ...Object.entries(style.classes).map(([key, s]) => withDefaults(kind, key, s)),
    withDefaults(kind, '', style.default),
  ];
}

/** `#rgb`, `#rrggbb` or `#rrggbbaa` to [r, g, b, a] (a in 0..1); unknown strings give grey. */
export function parseColor(hex: string | undefined, alphaFactor = 1): [number, number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec((hex ?? '').trim());
  if (!m) return [128, 128, 128, alphaFactor];
  let h = m[1];
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  const a = h.length === 8 ? parseInt(h.slice(6, 8), 16) / 255 : 1;
  return [r, g, b, Math.round(a * alphaFactor * 1000) / 1000];
}

export function cssColor(hex: string | undefined, alphaFactor = 1): string {
  const [r, g, b, a] = parseColor(hex, alphaFactor);
  return `rgba(${r},${g},${b},${a})`;
}
