// Numbers for display only (the API keeps full precision; ratios are 0..1 in code).
import { t } from '../i18n';

/**
 * Fixed decimals with thousands separators. Hand-made rather than Intl.NumberFormat: the first
 * zh-CN formatter costs tens of milliseconds at start-up, and both languages write 1,234.56.
 */
export function fixed(value: number, digits: number): string {
  const [int, frac] = Math.abs(value).toFixed(digits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(`${int}.${frac ?? 0}`) !== 0 ? '-' : '';
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

const nf = (digits: number): { format(v: number): string } => ({ format: (v: number) => fixed(v, digits) });

export function percent(ratio: number | null | undefined, digits = 2): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? '—' : `${nf(digits).format(ratio * 100)} %`;
}

export function km(meters: number | null | undefined, digits = 2): string {
  return meters === null || meters === undefined ? '—' : nf(digits).format(meters / 1000);
}

/** A length with a unit that suits its size. */
export function length(meters: number | null | undefined): string {
  if (meters === null || meters === undefined || !Number.isFinite(meters)) return '—';
  return Math.abs(meters) >= 1000 ? `${nf(3).format(meters / 1000)} ${t('unit.km')}` : `${nf(2).format(meters)} ${t('unit.m')}`;
}

/** An area with a unit that suits its size (m², ha, km²). */
export function area(squareMeters: number | null | undefined): string {
  if (squareMeters === null || squareMeters === undefined || !Number.isFinite(squareMeters)) return '—';
  const a = Math.abs(squareMeters);
  if (a >= 1e6) return `${nf(3).format(squareMeters / 1e6)} ${t('unit.km2')}`;
  if (a >= 1e4) return `${nf(2).format(squareMeters / 1e4)} ${t('unit.ha')}`;
  return `${nf(1).format(squareMeters)} ${t('unit.m2')}`;
}

export function km2(squareMeters: number | null | undefined, digits = 2): string {
  return squareMeters === null || squareMeters === undefined ? '—' : `${nf(digits).format(squareMeters / 1e6)} ${t('unit.km2')}`;
}

export function lonLat(c: number[] | undefined): string {
  if (!c) return '';
  return `${c[0].toFixed(6)}, ${c[1].toFixed(6)}`;
}
