// The optional XYZ basemap (a layer the user switches on), a chunk of its own: most projects have none.
import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';
import type { Config } from '../api/types';

/** The configured XYZ basemap as a layer (not visible until switched on), or null. */
export function basemapLayer(config: Config): TileLayer<XYZ> | null {
  if (!config.basemap?.url) return null;
  return new TileLayer({
    visible: false,
    zIndex: 0,
    source: new XYZ({ url: config.basemap.url, attributions: config.basemap.attribution, crossOrigin: 'anonymous' }),
    properties: { kind: '__basemap' },
  });
}
