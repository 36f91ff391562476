// Data are lon/lat on CGCS2000 (EPSG:4490), treated as EPSG:4326 (they differ by centimetres);
// the view is Web Mercator. 4490 (and its URN/URL spellings) become aliases of 4326.
import { Projection, addEquivalentProjections, addEquivalentTransforms, get as getProjection } from 'ol/proj';
import { PROJECTIONS as EPSG3857, fromEPSG4326, toEPSG4326 } from 'ol/proj/epsg3857';

export const DATA_PROJECTION = 'EPSG:4326';
export const VIEW_PROJECTION = 'EPSG:3857';

const CGCS2000_CODES = [
  'EPSG:4490',
  'urn:ogc:def:crs:EPSG::4490',
  'http://www.opengis.net/def/crs/EPSG/0/4490',
];

let registered = false;

export function registerProjections(): void {
  if (registered) return;
  registered = true;
  const wgs84 = getProjection('EPSG:4326')!;
  const aliases = CGCS2000_CODES.map(
    (code) =>
      new Projection({
        code,
        units: 'degrees',
        extent: wgs84.getExtent()!,
        worldExtent: wgs84.getWorldExtent() ?? undefined,
        global: true,
        axisOrientation: 'neu',
        metersPerUnit: wgs84.getMetersPerUnit(),
      }),
  );
  addEquivalentProjections([wgs84, ...aliases]);
  addEquivalentTransforms(aliases, EPSG3857, fromEPSG4326, toEPSG4326);
}
