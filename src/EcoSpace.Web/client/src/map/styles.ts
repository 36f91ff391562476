// OpenLayers styles from map-document layer entries.
import Style, { type StyleFunction } from 'ol/style/Style';
import Stroke from 'ol/style/Stroke';
import Fill from 'ol/style/Fill';
import CircleStyle from 'ol/style/Circle';
import type { FeatureLike } from 'ol/Feature';
import type { LayerStyle } from '../api/types';
import { cssColor, resolveStyle, type ResolvedStyle } from './styleSpec';
import { hatchPattern } from './hatch';

function isLine(feature: FeatureLike): boolean {
  const t = feature.getGeometry()?.getType();
  return t === 'LineString' || t === 'MultiLineString';
}

/** The OL styles of a resolved style for lines or polygons. */
export function olStyles(s: ResolvedStyle, line: boolean): Style[] {
  const stroke = new Stroke({ color: cssColor(s.stroke), width: s.width, lineDash: s.dash, lineCap: s.dash ? 'butt' : 'round' });
  if (line) return [new Style({ stroke })];
  const styles = [new Style({ stroke, fill: s.fill ? new Fill({ color: cssColor(s.fill) }) : undefined })];
  if (s.hatch) styles.push(new Style({ fill: new Fill({ color: hatchPattern(s.stroke) }) }));
  return styles;
}

/** The style function of a kind's layer; styles are cached per class and geometry family. */
export function layerStyleFunction(kind: string, style: LayerStyle): StyleFunction {
  const cache = new Map<string, Style[]>();
  return (feature: FeatureLike) => {
    const resolved = resolveStyle(kind, style, feature.getProperties());
    const line = isLine(feature);
    const key = `${resolved.key}|${line}`;
    let styles = cache.get(key);
    if (!styles) {
      styles = olStyles(resolved, line);
      cache.set(key, styles);
    }
    return styles;
  };
}

/** Selected features: a bright halo under the layer style, and vertices. */
export const selectedStyle: StyleFunction = (feature) => {
  const line = isLine(feature);
  // [0] a halo under the layer's own style, [1] a thin outline over it (the class colour stays visible)
  return [
    new Style({ stroke: new Stroke({ color: 'rgba(255,215,0,0.9)', width: line ? 11 : 6 }) }),
    new Style({ stroke: new Stroke({ color: '#0050b3', width: 1.25, lineDash: [4, 3] }) }),
  ];
};


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
