// Read-only vector-tile layers for big collections (MVT from the server), a chunk of its own: only
// maps with such a layer load it (LayerManager.prepare).
import VectorTileLayer from 'ol/layer/VectorTile';
import VectorTileSource from 'ol/source/VectorTile';
import MVT from 'ol/format/MVT';
import type { StyleFunction } from 'ol/style/Style';
import { tileUrlTemplate } from '../api/collections';

export function vectorTileLayer(kind: string, style: StyleFunction, options: { visible: boolean; zIndex: number; properties: Record<string, unknown> }): VectorTileLayer {
  return new VectorTileLayer({
    ...options,
    style,
    source: new VectorTileSource({ format: new MVT({ idProperty: 'id' }), url: tileUrlTemplate(kind) }),
  });
}
