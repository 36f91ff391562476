// Diagonal hatching as a canvas pattern (red lines are "hatched red" in the map documents).
import { cssColor } from './styleSpec';

const cache = new Map<string, CanvasPattern | string>();

/** A repeating pattern of 45° lines in `color` (alpha × `opacity`); falls back to the colour where canvas is missing. */
export function hatchPattern(color: string, spacing = 8, lineWidth = 1.25, opacity = 1): CanvasPattern | string {
  const key = `${color}|${spacing}|${lineWidth}|${opacity}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ratio = globalThis.devicePixelRatio || 1;
  const size = Math.round(spacing * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  let result: CanvasPattern | string = cssColor(color, 0.5 * opacity);
  if (ctx) {
    ctx.strokeStyle = cssColor(color, 0.85 * opacity);
    ctx.lineWidth = lineWidth * ratio;
    ctx.lineCap = 'square';
    ctx.beginPath();
    // one diagonal plus the two corner pieces so the tiles join seamlessly
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.moveTo(-size / 2, size / 2);
    ctx.lineTo(size / 2, -size / 2);
    ctx.moveTo(size / 2, size * 1.5);
    ctx.lineTo(size * 1.5, size / 2);
    ctx.stroke();
    result = ctx.createPattern(canvas, 'repeat') ?? result;
  }
  cache.set(key, result);
  return result;
}
