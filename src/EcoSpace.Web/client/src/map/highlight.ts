// A layer on top for what the user should look at: a conflict's geometry, or both sides of a
// stale edit being compared.
import type OlMap from 'ol/Map';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import type { Geometry as OlGeometry } from 'ol/geom';
import type { Extent } from 'ol/extent';
import { highlightStyle } from './styles';

export class Highlight {
  private readonly source = new VectorSource<Feature<OlGeometry>>();
  readonly layer = new VectorLayer({ source: this.source, zIndex: 1000, properties: { kind: '__highlight' } });

  constructor(private readonly map: OlMap) {
    map.addLayer(this.layer);
  }

  show(geometries: Array<{ geometry: OlGeometry; color: string; dash?: number[] }>): void {
    this.source.clear();
    for (const g of geometries) {
      const f = new Feature(g.geometry);
      f.setStyle(highlightStyle(g.color, g.dash));
      this.source.addFeature(f);
    }
  }

  clear(): void {
    this.source.clear();
  }

  /** Fits the view to an extent with room for the panels. */
  zoomTo(extent: Extent, maxZoom = 16): void {
    this.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom, duration: 300 });
  }
}
