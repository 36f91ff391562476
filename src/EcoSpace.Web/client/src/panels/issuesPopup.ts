// A refused save (422): the server's issues in a popup at the issue's location, else at the feature.
import Overlay from 'ol/Overlay';
import type OlMap from 'ol/Map';
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry, Polygon, MultiPolygon } from 'ol/geom';
import { fromLonLat } from 'ol/proj';
import { getCenter } from 'ol/extent';
import type { Issue } from '../api/types';
import { t } from '../i18n';
import { h } from '../util/dom';

/** Where on the map to point at a feature: an interior point of an area, the middle vertex of a line. */
export function anchorOf(geometry: OlGeometry | undefined): number[] | null {
  if (!geometry) return null;
  const type = geometry.getType();
  if (type === 'Polygon') return (geometry as Polygon).getInteriorPoint().getCoordinates().slice(0, 2);
  if (type === 'MultiPolygon') return (geometry as MultiPolygon).getInteriorPoints().getCoordinates()[0]?.slice(0, 2) ?? null;
  if (type === 'LineString') {
    const c = (geometry as unknown as { getCoordinates(): number[][] }).getCoordinates();
    return c[Math.floor(c.length / 2)] ?? null;
  }
  return getCenter(geometry.getExtent());
}

export class IssuesPopup {
  private readonly overlays: Overlay[] = [];

  constructor(private readonly map: OlMap) {}

  clear(): void {
    this.overlays.forEach((o) => this.map.removeOverlay(o));
    this.overlays.length = 0;
  }

  /** One popup per distinct location; issues without a location gather at the feature. */
  show(issues: Issue[], feature: Feature<OlGeometry> | null, fallbackMessage: string): void {
    this.clear();
    const list = issues.length ? issues : [{ message: fallbackMessage }];
    const groups = new Map<string, { at: number[] | null; issues: Issue[] }>();
    for (const i of list) {
      const loc = Array.isArray(i.location) && i.location.length >= 2 ? fromLonLat([Number(i.location[0]), Number(i.location[1])]) : null;
      const key = loc ? loc.join(',') : 'feature';
      const g = groups.get(key) ?? { at: loc ?? anchorOf(feature?.getGeometry()), issues: [] };
      g.issues.push(i);
      groups.set(key, g);
    }
    let first = true;
    for (const g of groups.values()) {
      if (!g.at) continue;
      const el = h(
        'div',
        { class: 'issues-popup', testid: 'issues-popup' },
        h('button', { type: 'button', class: 'close', title: t('issues.close'), onclick: () => this.clear() }, '×'),
        h('h4', {}, t('issues.title', { count: g.issues.length })),
        h('ul', {}, g.issues.map((i) => h('li', { testid: 'issue', dataset: { code: i.code ?? '', property: i.property ?? '' } }, i.message, i.property ? ` [${i.property}]` : ''))),
      );
      const overlay = new Overlay({ element: el, position: g.at, positioning: 'bottom-left', offset: [-14, -12], stopEvent: true });
      this.map.addOverlay(overlay);
      this.overlays.push(overlay);
      if (first) {
        const view = this.map.getView();
        const size = this.map.getSize();
        const px = this.map.getPixelFromCoordinate(g.at);
        if (size && px && (px[0] < 0 || px[1] < 0 || px[0] > size[0] || px[1] > size[1])) view.animate({ center: g.at, duration: 250 });
        first = false;
      }
    }
  }
}
