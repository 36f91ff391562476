#!/usr/bin/python3
"""Peer for the overlap benchmark: same-kind polygon overlaps with shapely's STRtree and pyproj.

For every pair of features of a GeoJSON file whose geometries intersect, the geodesic area of the
intersection (pyproj.Geod on GRS80, |shell| - |holes|), pairs above 1 m^2 printed as JSON lines
{"a", "b", "overlap_m2"} by the features' `name`, then a totals line. Invalid inputs are repaired
with shapely.make_valid (as EcoSpace repairs them with NTS GeometryFixer) so that GEOS can overlay them.
Run with Debian's /usr/bin/python3 (python3-shapely, python3-pyproj).
"""
import json
import sys

import pyproj
from shapely.geometry import shape
from shapely.strtree import STRtree

try:
    from shapely.validation import make_valid
except ImportError:  # shapely < 1.8
    make_valid = lambda g: g.buffer(0)

GEOD = pyproj.Geod(a=6378137.0, f=1 / 298.257222101)


def area(geom):
    total = 0.0
    for part in getattr(geom, 'geoms', [geom]):
        if part.geom_type == 'Polygon':
            total += abs(GEOD.polygon_area_perimeter(*part.exterior.xy)[0])
            for hole in part.interiors:
                total -= abs(GEOD.polygon_area_perimeter(*hole.xy)[0])
        elif part.geom_type in ('MultiPolygon', 'GeometryCollection'):
            total += area(part)
    return total


def main(path):
    with open(path, encoding='utf-8') as f:
        features = json.load(f)['features']
    names = [f['properties'].get('name') or str(i) for i, f in enumerate(features)]
    geoms = [shape(f['geometry']) for f in features]
    geoms = [g if g.is_valid else make_valid(g) for g in geoms]
    tree = STRtree(geoms)
    index = {id(g): i for i, g in enumerate(geoms)}
    pairs = 0
    for i, g in enumerate(geoms):
        for hit in tree.query(g):
            j = int(hit) if not hasattr(hit, 'geom_type') else index[id(hit)]
            if j <= i or not g.intersects(geoms[j]):
                continue
            a = area(g.intersection(geoms[j]))
            if a > 1.0:
                pairs += 1
                print(json.dumps({'a': names[i], 'b': names[j], 'overlap_m2': a}))
    print(json.dumps({'pairs': pairs}))


if __name__ == '__main__':
    main(sys.argv[1])
