// The map: Web Mercator view, scale bar, cursor lon/lat, zoom buttons; a plain background unless
// the server configures an XYZ basemap (basemap.ts: then it is a layer the user switches on).
import OlMap from 'ol/Map';
import View from 'ol/View';
import ScaleLine from 'ol/control/ScaleLine';
import MousePosition from 'ol/control/MousePosition';
import Zoom from 'ol/control/Zoom';
import Attribution from 'ol/control/Attribution';
import { fromLonLat } from 'ol/proj';
import { DATA_PROJECTION, VIEW_PROJECTION } from './projection';
import { lonLat } from '../util/format';
import { t, onLangChange } from '../i18n';

export function createMap(target: HTMLElement, cursorTarget: HTMLElement): OlMap {
  const map = new OlMap({
    target,
    controls: [
      new Zoom(),
      new ScaleLine({ units: 'metric', bar: false, minWidth: 80 }),
      new MousePosition({
        projection: DATA_PROJECTION,
        coordinateFormat: (c) => lonLat(c),
        target: cursorTarget,
        placeholder: '&nbsp;',
      }),
      new Attribution({ collapsible: true, collapsed: true }),
    ],
    view: new View({ projection: VIEW_PROJECTION, center: fromLonLat([119.35, 34.65]), zoom: 9, maxZoom: 22 }),
  });
  // OpenLayers' own tooltips follow the language too
  const tips = (): void => {
    target.querySelector('.ol-zoom-in')?.setAttribute('title', t('map.zoomIn'));
    target.querySelector('.ol-zoom-out')?.setAttribute('title', t('map.zoomOut'));
    target.querySelector('.ol-attribution button')?.setAttribute('title', t('map.attribution'));
  };
  tips();
  onLangChange(tips);
  return map;
}

export function setView(map: OlMap, center: [number, number], zoom: number): void {
  map.getView().setCenter(fromLonLat(center));
  map.getView().setZoom(zoom);
}
