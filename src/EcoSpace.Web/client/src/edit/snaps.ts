import type OlMap from 'ol/Map';
import type Feature from 'ol/Feature';
import type { Geometry as OlGeometry } from 'ol/geom';
import Snap from 'ol/interaction/Snap';
import type VectorSource from 'ol/source/Vector';

type Source = VectorSource<Feature<OlGeometry>>;

/**
 * One Snap per visible vector source, always after Select, Modify and Draw in the map's interactions.
 * Building a Snap indexes every segment of its source (~0.15 s for the sample on a slow machine), so
 * new ones are queued and built one per idle moment, or all at once when editing is about to start.
 */
export class Snaps {
  private readonly snaps = new Map<Source, Snap>();
  private queue: Source[] = [];
  private timer: number | null = null;
  private active = true;

  constructor(private readonly map: OlMap) {}

  /** Keeps snaps for exactly these sources (active or not); builds the missing ones now when `urgent`, else in idle time. */
  update(wanted: Set<Source>, active: boolean, urgent: boolean): void {
    for (const [source, snap] of this.snaps) {
      if (!wanted.has(source)) {
        this.map.removeInteraction(snap);
        this.snaps.delete(source);
      }
    }
    this.queue = [...wanted].filter((s) => !this.snaps.has(s));
    this.active = active;
    for (const snap of this.snaps.values()) snap.setActive(active);
    if (urgent && active) this.buildNow();
    else this.schedule();
  }

  /** Builds every queued snap now (editing is about to start). */
  buildNow(): void {
    for (let source = this.queue.shift(); source; source = this.queue.shift()) this.build(source);
  }

  private build(source: Source): void {
    const snap = new Snap({ source, pixelTolerance: 8 });
    snap.setActive(this.active);
    this.snaps.set(source, snap);
    this.map.addInteraction(snap); // last: indexes the source's segments
  }

  /** Builds the queued snaps one per idle moment. */
  private schedule(): void {
    if (this.timer !== null || !this.queue.length) return;
    const next = (): void => {
      this.timer = null;
      const source = this.queue.shift();
      if (source) this.build(source);
      this.schedule();
    };
    this.timer = typeof requestIdleCallback === 'function' ? requestIdleCallback(next, { timeout: 500 }) : window.setTimeout(next, 0);
  }
}
