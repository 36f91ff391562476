// OpenLayers styles from map-document layer entries.
import Style, { type StyleFunction } from 'ol/style/Style';
import Stroke from 'ol/style/Stroke';
import Fill from 'ol/style/Fill';
import CircleStyle from 'ol/style/Circle';
import type { FeatureLike } from 'ol/Feature';
import type { LayerStyle } from '../api/types';
import { cssColor, StyleCache, type ResolvedStyle } from './styleSpec';
import { hatchPattern } from './hatch';

function isLine(feature: FeatureLike): boolean {
  const t = feature.getGeometry()?.getType();
  return t === 'LineString' || t === 'MultiLineString';
}

/**
 * The OL styles of a resolved style for lines or polygons. `opacity` (the map document's layer
 * opacity) is folded into the colours: a layer drawn with its own opacity costs OpenLayers a
 * full-size offscreen canvas per frame, which in software rendering was most of a frame.
 */
export function olStyles(s: ResolvedStyle, line: boolean, opacity = 1): Style[] {
  const stroke = new Stroke({ color: cssColor(s.stroke, opacity), width: s.width, lineDash: s.dash, lineCap: s.dash ? 'butt' : 'round' });
  if (line) return [new Style({ stroke })];
  const styles = [new Style({ stroke, fill: s.fill ? new Fill({ color: cssColor(s.fill, opacity) }) : undefined })];
  if (s.hatch) styles.push(new Style({ fill: new Fill({ color: hatchPattern(s.stroke, 8, 1.25, opacity) }) }));
  return styles;
}

/** The style function of a kind's layer: one cached Style[] per class and geometry family. */
export function layerStyleFunction(kind: string, style: LayerStyle, opacity = 1): StyleFunction {
  const cache = new StyleCache<Style[]>(kind, style, (resolved, line) => olStyles(resolved, line, opacity));
  const by = cache.by;
  return (feature: FeatureLike) => cache.get(by === null ? undefined : feature.get(by), isLine(feature));
}

/** Selected features: a bright halo under the layer style, and vertices. */
const selected = [false, true].map((line) => [
  // [0] a halo under the layer's own style, [1] a thin outline over it (the class colour stays visible)
  new Style({ stroke: new Stroke({ color: 'rgba(255,215,0,0.9)', width: line ? 11 : 6 }) }),
  new Style({ stroke: new Stroke({ color: '#0050b3', width: 1.25, lineDash: [4, 3] }) }),
]);
export const selectedStyle: StyleFunction = (feature) => selected[isLine(feature) ? 1 : 0];

/** Conflicts and compare geometries. */
export function highlightStyle(color: string, dash?: number[]): Style[] {
  return [
    new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 7 }) }),
    new Style({
      stroke: new Stroke({ color, width: 3.5, lineDash: dash }),
      fill: new Fill({ color: cssColor(color.length === 7 ? color : '#ff00ff', 0.25) }),
      image: new CircleStyle({ radius: 7, fill: new Fill({ color }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
    }),
  ];
}
