// Geodesic measurement: the user draws, the server measures (POST /api/measure, CGCS2000 ellipsoid,
// Karney) — the client never computes a length or an area itself.
import type OlMap from 'ol/Map';
import Draw, { type DrawEvent } from 'ol/interaction/Draw';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Style from 'ol/style/Style';
import Stroke from 'ol/style/Stroke';
import Fill from 'ol/style/Fill';
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry, LineString, Polygon } from 'ol/geom';
import { measure } from '../api/extras';
import type { Measure } from '../api/types';
import { writeGeometry } from './features';
import { t, onLangChange } from '../i18n';
import { h, byId, clear, add } from '../util/dom';
import { area, length } from '../util/format';

const style = [
  new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 5 }) }),
  new Style({ stroke: new Stroke({ color: '#e6550d', width: 2, lineDash: [6, 4] }), fill: new Fill({ color: 'rgba(230,85,13,0.12)' }) }),
];

export class MeasureTool {
  private readonly source = new VectorSource<Feature<OlGeometry>>();
  private readonly layer = new VectorLayer({ source: this.source, style, zIndex: 900, properties: { kind: '__measure' } });
  private draw: Draw | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private abort: AbortController | null = null;
  private result: { type: 'line' | 'area'; m: Measure | null; error?: string } | null = null;

  constructor(private readonly map: OlMap) {
    map.addLayer(this.layer);
    onLangChange(() => this.render());
  }

  start(type: 'line' | 'area'): void {
    this.stop();
    this.source.clear();
    this.result = { type, m: null };
    this.draw = new Draw({ type: type === 'line' ? 'LineString' : 'Polygon', source: this.source, style: undefined });
    this.draw.on('drawstart', (e: DrawEvent) => {
      this.source.clear();
      e.feature.getGeometry()?.on('change', (ev) => this.schedule(type, ev.target as OlGeometry));
    });
    this.draw.on('drawend', (e: DrawEvent) => this.schedule(type, e.feature.getGeometry()!, 0));
    this.map.addInteraction(this.draw);
    this.render();
  }

  stop(): void {
    if (this.draw) this.map.removeInteraction(this.draw);
    this.draw = null;
  }

  clear(): void {
    this.stop();
    this.source.clear();
    this.result = null;
    this.render();
  }

  private schedule(type: 'line' | 'area', geometry: OlGeometry, delay = 250): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.measure(type, geometry), delay);
  }

  private async measure(type: 'line' | 'area', geometry: OlGeometry): Promise<void> {
    const coords = type === 'line' ? (geometry as LineString).getCoordinates() : (geometry as Polygon).getCoordinates()[0] ?? [];
    if (coords.length < (type === 'line' ? 2 : 4)) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const m = await measure(writeGeometry(geometry), abort.signal);
      if (!abort.signal.aborted) this.result = { type, m };
    } catch (e) {
      if (abort.signal.aborted) return;
      this.result = { type, m: null, error: (e as Error).message };
    }
    this.render();
  }

  private render(): void {
    const el = byId('measure-result');
    clear(el);
    const r = this.result;
    el.hidden = !r;
    if (!r) return;
    let text = '';
    if (r.error) text = t('measure.failed', { message: r.error });
    else if (r.m && r.type === 'line') text = t('measure.length', { value: length(r.m.length_m) });
    else if (r.m) text = t('measure.area', { area: area(r.m.area_m2), perimeter: length(r.m.perimeter_m ?? r.m.length_m) });
    el.dataset.lengthM = String(r.m?.length_m ?? '');
    el.dataset.areaM2 = String(r.m?.area_m2 ?? '');
    add(el,
      text ? h('div', { testid: 'measure-value' }, text) : null,
      h('div', { class: 'hint' }, t('measure.hint')),
      h('button', { type: 'button', testid: 'measure-clear', onclick: () => this.clear() }, t('measure.clear')),
    );
  }
}
