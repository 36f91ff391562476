// Legend swatches as CSS (no canvas): a line is a strip of its colour (dashes as a repeating
// gradient with the style's own dash lengths), an area a box with its fill, outline and hatching.
// Drawing each swatch on a canvas and encoding it as a PNG cost ~100 ms of the page's start-up.
import { cssColor, type ResolvedStyle } from '../map/styleSpec';

export const SWATCH_WIDTH = 28;
export const SWATCH_HEIGHT = 14;

/** CSS properties (camelCase, for `element.style`) of a legend swatch. */
export function swatchCss(s: ResolvedStyle, line: boolean): Record<string, string> {
  const stroke = cssColor(s.stroke);
  const width = Math.max(1, Math.min(s.width, 4));
  if (line) {
    const dash = s.dash && s.dash.length >= 2 ? s.dash : null;
    return {
      width: `${SWATCH_WIDTH - 2}px`,
      height: `${width}px`,
      margin: `${(SWATCH_HEIGHT - width) / 2}px 1px`,
      background: dash ? `repeating-linear-gradient(90deg, ${stroke} 0 ${dash[0]}px, transparent ${dash[0]}px ${dash[0] + dash[1]}px)` : stroke,
    };
  }
  const layers: string[] = [];
  if (s.hatch) {
    // 45° lines 5 px apart, as the map's pattern (hatch.ts) in small
    const c = cssColor(s.stroke, 0.85);
    layers.push(`repeating-linear-gradient(-45deg, ${c} 0 1px, transparent 1px 3.5px)`);
  }
  // the outline centred on a 24×10 box, as a canvas strokeRect draws it
  return {
    width: `${SWATCH_WIDTH - 4 + width}px`,
    height: `${SWATCH_HEIGHT - 4 + width}px`,
    margin: `${2 - width / 2}px`,
    boxSizing: 'border-box',
    border: `${width}px ${s.dash ? 'dashed' : 'solid'} ${stroke}`,
    backgroundColor: s.fill ? cssColor(s.fill) : 'transparent',
    backgroundImage: layers.length ? layers.join(', ') : 'none',
  };
}
