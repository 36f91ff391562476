#!/usr/bin/python3
"""Build the EcoSpace Lianyungang sample dataset (layers/*.geojson).

Run from the repository root with Debian's interpreter:
    /usr/bin/python3 layers/tools/make_sample.py [--coast PATH] [--rivers PATH]

Needs python3-pyproj and python3-shapely (apt-get install -y python3-shapely; written for 1.8).
Real geometry: GSHHG 2.3.7 full (mainland + island coast) and GSHHG WDBII river centre lines,
LGPL-3+, (c) Wessel & Smith / The GMT Team, read from ../shared/data/.  Everything else (classes,
zones, red lines, protected areas, development, farmland, bays, restoration, district boundaries) is
ILLUSTRATIVE, placed at approximately right named places; it is not official data.

Construction is done in CGCS2000 / Gauss-Krueger CM 120E (EPSG:4549) metres; output is lon/lat
(EPSG:4490 = RFC 7946 lon/lat), 7 decimals, CCW shells / CW holes.  All figures written to
layers/tools/sample_figures.json are measured on the written files with pyproj (Karney geodesics,
GRS80) and shapely; nothing is typed in by hand.
"""
import argparse, json, os
from pyproj import Geod, Transformer
from shapely.geometry import LineString, MultiLineString, Point, Polygon, MultiPolygon, mapping
from shapely.geometry.polygon import orient
from shapely.ops import transform, unary_union, polygonize, substring, linemerge

GEOD = Geod(a=6378137.0, f=1 / 298.257222101)                     # GRS80 = CGCS2000 ellipsoid
TO_M = Transformer.from_crs('EPSG:4490', 'EPSG:4549', always_xy=True).transform
TO_LL = Transformer.from_crs('EPSG:4549', 'EPSG:4490', always_xy=True).transform
ILLUS = '示意数据 illustrative, EcoSpace sample'
GSHHG = 'GSHHG 2.3.7 full, LGPL-3+'
WDBII = 'GSHHG 2.3.7 WDBII rivers, LGPL-3+'
NATURAL = ('bedrock', 'sandy', 'muddy', 'biological', 'restored')
REG = {'海州区': '320706', '连云区': '320703', '赣榆区': '320707',
       '东海县': '320722', '灌云县': '320723', '灌南县': '320724'}
GY, LY, HZ, DH, GYUN, GN = (REG[k] for k in ('赣榆区', '连云区', '海州区', '东海县', '灌云县', '灌南县'))
TARGET_NATURAL, TARGET_BANK = 0.354, 0.4764
FIRST, LAST = 67, 1118                 # mainland vertices: 灌河口 (south) .. 绣针河口 (north)

# ---------------------------------------------------------------- shoreline plan
# (end of segment, class, use, name, region); segments run along the GSHHG line from 灌河口 (v67)
# northwards.  An end is ('v', vertex) or a km position along the line from v67 (a cut vertex is
# interpolated).  'TUNE' is moved so the natural retention ratio hits 35.4 %.
SHORE_PLAN = [
    (1.30, 'estuary', None, '灌河口', GN),
    (('v', 152), 'artificial', 'dike', '灌河口堤防', GN),
    ('TUNE', 'muddy', None, '新沂河口滩涂', GYUN),
    (28.0, 'artificial', 'aquaculture', '灌云沿海养殖', GYUN),
    (('v', 267), 'artificial', 'salt_pan', '灌西盐场', GYUN),
    (('v', 271), 'estuary', None, '埒子河口', GYUN),
    (41.0, 'artificial', 'reclamation', '徐圩围填海', LY),
    (48.5, 'artificial', 'port', '徐圩港区', LY),
    (('v', 400), 'artificial', 'dike', '徐圩-烧香河海堤', LY),
    (('v', 500), 'bedrock', None, '云台山东麓 高公岛-连云', LY),
    (78.9, 'artificial', 'port', '连云港区 庙岭作业区', LY),
    (79.5, 'artificial', 'dike', '西大堤', LY),
    (81.5, 'artificial', 'port', '连云港区 墟沟作业区', LY),
    (88.0, 'bedrock', None, '墟沟-北固山', LY),
    (89.4, 'sandy', None, '大沙湾海滨浴场', LY),
    (104.89, 'bedrock', None, '北崮山-西墅', LY),
    (('v', 690), 'artificial', 'reclamation', '连云新城围填海', LY),
    (115.5, 'artificial', 'aquaculture', '临洪河口东岸养殖', HZ),
    (('v', 750), 'restored', None, '临洪河口东岸生态修复', HZ),
    (('v', 760), 'estuary', None, '临洪河口', GY),
    (122.5, 'biological', None, '临洪河口北岸芦苇盐沼', GY),
    (124.0, 'muddy', None, '赣榆南部滩涂', GY),
    (('v', 830), 'artificial', 'aquaculture', '临洪河口北岸养殖', GY),
    (139.5, 'artificial', 'aquaculture', '赣榆沿海养殖', GY),
    (('v', 891), 'muddy', None, '青口河口南侧滩涂', GY),
    (('v', 900), 'estuary', None, '青口河口', GY),
    (152.5, 'artificial', 'salt_pan', '青口盐场', GY),
    (('v', 953), 'muddy', None, '兴庄河口南侧滩涂', GY),
    (('v', 964), 'estuary', None, '兴庄河口', GY),
    (159.5, 'artificial', 'aquaculture', '兴庄河口北侧养殖', GY),
    (('v', 1001), 'sandy', None, '海头海滨沙滩', GY),
    (('v', 1009), 'estuary', None, '龙王河口', GY),
    (171.0, 'sandy', None, '海头北沙滩', GY),
    (177.0, 'artificial', 'port', '赣榆港区', GY),
    (178.5, 'sandy', None, '柘汪沙滩', GY),
    (('v', 1093), 'artificial', 'aquaculture', '柘汪养殖', GY),
    (('v', 1108), 'artificial', 'dike', '绣针河口内侧堤防', GY),
    (('v', LAST), 'estuary', None, '绣针河口', GY),
]
TUNE_START_GUESS = 17.8
RESTORED_ON = '2021-11-30'
HAIZHOUWAN_FROM_V = 400               # segments from 高公岛 northwards carry bay = 海州湾

# island rings of the coast file: index -> (slug, name, class, region, bay)
ISLANDS = {1: ('liandao', '连岛', 'bedrock', LY, '海州湾'),
           2: ('qinshandao', '秦山岛', 'bedrock', GY, '海州湾'),
           3: ('gaogong-islet', '高公岛外岛礁', 'bedrock', LY, '海州湾'),
           4: ('qiansandao', '前三岛（平山岛）', 'bedrock', LY, None),
           5: ('zhewang-bar', '柘汪近岸沙洲', 'sandy', GY, '海州湾'),
           6: ('xiuzhen-bar', '绣针河口沙洲', 'sandy', GY, '海州湾')}

# ---------------------------------------------------------------- rivers and banks
# WDBII index -> (slug, name, half width m, reverse?, remarks).  Left/right face downstream.
RIVERS = {0: ('linhong', '临洪河', 100, False, 'WDBII level 2; upstream reach is the 新沭河 outlet of 石梁河水库; corridor 蔷薇河-临洪河 (identification plausible, illustrative)'),
          1: ('xinyi', '新沂河', 150, False, 'WDBII level 3; enters the sea at 燕尾港 beside 灌河口 (identification plausible)'),
          2: ('tongyu', '通榆河', 60, True, 'WDBII level 4; the 盐河 line used by the 通榆河北延 water transfer, 灌云-新浦 (identification plausible)')}
# zone schedule per (river, side): [(end fraction, zone)]; 'TUNE' is moved to hit 47.64 %.
# ('lat', y) ends are resolved where the bank crosses latitude y.
BANK_PLAN = {
    ('linhong', 'left'): [(0.45, 'protection'), (0.75, 'reserve'), (1.0, 'controlled')],
    ('linhong', 'right'): [(0.30, 'protection'), (0.70, 'controlled'), (1.0, 'development')],
    ('xinyi', 'left'): [('TUNE', 'protection'), (0.75, 'controlled'), (1.0, 'development')],
    ('xinyi', 'right'): [(0.35, 'protection'), (0.55, 'reserve'), (0.85, 'controlled'), (1.0, 'development')],
    ('tongyu', 'left'): [(('lat', 34.45), 'protection'), (('lat', 34.53), 'controlled'), (1.0, 'development')],
    ('tongyu', 'right'): [(0.12, 'reserve'), (('lat', 34.45), 'protection'), (('lat', 34.53), 'controlled'),
                          (1.0, 'development')],
}
LAKE = ('shilianghe', '石梁河水库', (118.832, 34.762), 3600, 2700)   # centre, semi-axes m (illustrative)
LAKE_PLAN = [(0.70, 'protection'), (1.0, 'controlled')]           # fractions of the ring
XINYI_CROSSING_FRAC = 0.22            # where the deliberate road corridor crosses 新沂河

# ---------------------------------------------------------------- illustrative polygons (lon/lat)
YUNTAI_RL = [(119.300, 34.700), (119.335, 34.655), (119.400, 34.628), (119.455, 34.638), (119.478, 34.672),
             (119.482, 34.722), (119.470, 34.745), (119.400, 34.775), (119.330, 34.775), (119.300, 34.745)]
RED_LINES = [  # slug, name, domain, function, outline
    ('yuntaishan', '云台山生物多样性维护红线', 'land', 'biodiversity', YUNTAI_RL),
    ('shilianghe', '石梁河水库水源涵养红线', 'land', 'water_conservation',
     [(118.770, 34.720), (118.880, 34.712), (118.905, 34.760), (118.885, 34.808), (118.790, 34.812), (118.762, 34.765)]),
    ('xiaotashan', '小塔山水库水源涵养红线', 'land', 'water_conservation',
     [(118.955, 34.905), (119.045, 34.900), (119.055, 34.950), (119.000, 34.968), (118.950, 34.950)]),
    ('linhonghekou', '临洪河口湿地生物多样性维护红线', 'land', 'biodiversity',
     [(119.140, 34.715), (119.186, 34.700), (119.196, 34.760), (119.200, 34.795), (119.150, 34.800)]),
    ('xibu-qiuling', '东海西部丘陵水土保持红线', 'land', 'soil_conservation',
     [(118.640, 34.450), (118.750, 34.445), (118.780, 34.520), (118.750, 34.580), (118.650, 34.575)]),
    ('guanhekou', '灌河口滨海湿地红线', 'land', 'other',
     [(119.700, 34.380), (119.780, 34.400), (119.782, 34.440), (119.720, 34.445)]),
    ('haizhouwan', '海州湾海洋生物多样性维护红线', 'marine', 'biodiversity',
     [(119.300, 34.800), (119.420, 34.790), (119.560, 34.795), (119.660, 34.850), (119.680, 35.020),
      (119.600, 35.060), (119.420, 35.050), (119.320, 35.000), (119.275, 34.920), (119.270, 34.840)]),
    ('qiansandao', '前三岛海域生物多样性维护红线', 'marine', 'biodiversity',
     [(119.800, 35.060), (119.980, 35.070), (119.990, 35.190), (119.810, 35.190)]),
    ('guanyun-coast', '灌云海岸生态稳定红线', 'marine', 'coastal_stability',
     [(119.660, 34.560), (119.760, 34.520), (119.850, 34.540), (119.780, 34.600), (119.700, 34.610)]),
    ('ganyu-coast', '赣榆海岸生态稳定红线', 'marine', 'coastal_stability',
     [(119.200, 34.880), (119.245, 34.880), (119.245, 34.990), (119.205, 34.990)]),
]
PROTECTED = [  # slug, name, pa_type, level, zone, outline, domain (land/marine/any)
    ('yuntaishan-core', '云台山省级自然保护区', 'nature_reserve', 'provincial', 'core',
     [(119.385, 34.692), (119.430, 34.690), (119.445, 34.715), (119.400, 34.722)], 'land'),
    ('yuntaishan-general', '云台山省级自然保护区', 'nature_reserve', 'provincial', 'general',
     [(119.345, 34.665), (119.455, 34.655), (119.468, 34.700), (119.455, 34.722), (119.350, 34.728)], 'land'),
    ('huaguoshan', '花果山国家地质公园', 'geopark', 'national', 'undivided',
     [(119.300, 34.640), (119.338, 34.625), (119.345, 34.660), (119.336, 34.700), (119.305, 34.690)], 'land'),
    ('haizhouwan-core', '海州湾国家级海洋公园', 'marine_park', 'national', 'core',
     [(119.245, 34.850), (119.320, 34.845), (119.325, 34.895), (119.250, 34.900)], 'marine'),
    ('haizhouwan-general', '海州湾国家级海洋公园', 'marine_park', 'national', 'general',
     [(119.230, 34.800), (119.440, 34.795), (119.580, 34.800), (119.580, 34.960), (119.235, 34.965)], 'marine'),
    ('linhonghekou', '临洪河口省级湿地公园', 'wetland_park', 'provincial', 'undivided',
     [(119.160, 34.725), (119.212, 34.700), (119.225, 34.775), (119.200, 34.800), (119.165, 34.790)], 'any'),
]
ECO_SPACE = [  # slug, name, category, outline, domain
    ('xiaotashan-water', '小塔山水库饮用水水源保护区', '饮用水水源保护区',
     [(118.970, 34.915), (119.035, 34.912), (119.040, 34.945), (118.975, 34.950)], 'land'),
    ('xinyi-flood', '新沂河洪水调蓄区', '洪水调蓄区',
     [(119.150, 34.175), (119.280, 34.175), (119.280, 34.270), (119.150, 34.250)], 'land'),
    ('tongyu-clean', '通榆河（盐河）清水通道维护区', '清水通道维护区',
     [(119.200, 34.300), (119.270, 34.300), (119.250, 34.440), (119.190, 34.440)], 'land'),
    ('guanhekou-wetland', '灌河口重要湿地', '重要湿地',
     [(119.600, 34.330), (119.690, 34.330), (119.690, 34.400), (119.600, 34.400)], 'land'),
    ('haizhouwan-fishery', '海州湾重要渔业水域', '重要渔业水域',
     [(119.800, 34.620), (119.960, 34.620), (119.960, 34.800), (119.800, 34.800)], 'marine'),
]
# coastal development built on its own shoreline segment: slug, name, dev_type, status, segment names,
# seaward reach m, extra metres into the next segment (deliberate conflict), approval
COASTAL_DEV = [
    ('port-lianyungang', '连云港区', 'port', 'built', ['连云港区 庙岭作业区', '西大堤', '连云港区 墟沟作业区'], 600, 0, None),
    ('port-xuwei', '徐圩港区', 'port', 'approved', ['徐圩港区'], 4000, 0, 'EXAMPLE-2015-XW'),
    ('port-ganyu', '赣榆港区', 'port', 'approved', ['赣榆港区'], 2000, 800, 'EXAMPLE-2012-GY'),
    ('reclamation-xuwei', '徐圩围填海区', 'reclamation', 'built', ['徐圩围填海'], 1500, 0, None),
    ('reclamation-lianyun-newcity', '连云新城围填海区', 'reclamation', 'built', ['连云新城围填海'], 900, 0, None),
    ('aquaculture-guanyun', '灌云沿海养殖区', 'aquaculture', 'built', ['灌云沿海养殖'], 1500, 0, None),
    ('aquaculture-ganyu', '赣榆沿海养殖区', 'aquaculture', 'built', ['赣榆沿海养殖'], 1200, 0, None),
]
LAND_DEV = [  # slug, name, dev_type, status, outline, deliberate partners (ids it may overlap)
    ('urban-center', '连云港中心城区城镇开发边界', 'urban_boundary', 'approved',
     [(119.120, 34.555), (119.255, 34.555), (119.262, 34.640), (119.215, 34.662), (119.120, 34.655)], ()),
    ('industrial-kaifaqu', '连云港经济技术开发区', 'industrial', 'built',
     [(119.268, 34.676), (119.318, 34.672), (119.322, 34.712), (119.272, 34.716)], ('red_line-yuntaishan',)),
    ('industrial-xuwei', '徐圩新区（连云港石化产业基地）', 'industrial', 'approved',
     [(119.500, 34.545), (119.600, 34.525), (119.615, 34.560), (119.530, 34.615), (119.495, 34.600)], ()),
    ('mining-yuntaishan', '云台山历史遗留采石场', 'mining', 'built',
     [(119.405, 34.700), (119.415, 34.699), (119.416, 34.707), (119.406, 34.708)],
     ('protected_area-yuntaishan-core', 'red_line-yuntaishan')),
    ('infrastructure-xinyi-crossing', '新沂河跨河通道工程', 'infrastructure', 'planned', None, ()),
]
FARMLAND = [  # slug, name, outline, deliberate partner
    ('donghai-01', '东海县永久基本农田片区一', [(118.820, 34.460), (119.100, 34.455), (119.120, 34.640), (118.840, 34.650)], None),
    ('ganyu-01', '赣榆区永久基本农田片区一', [(119.000, 34.780), (119.140, 34.775), (119.150, 34.880), (119.010, 34.885)], None),
    ('ganyu-shilianghe', '石梁河水库东南永久基本农田', [(118.895, 34.735), (118.960, 34.738), (118.958, 34.790), (118.900, 34.786)], 'red_line-shilianghe'),
    ('guanyun-01', '灌云县永久基本农田片区一', [(119.300, 34.300), (119.550, 34.300), (119.560, 34.430), (119.310, 34.450)], None),
    ('guannan-01', '灌南县永久基本农田片区一', [(119.350, 34.150), (119.600, 34.150), (119.600, 34.260), (119.380, 34.240)], None),
]
BAYS = [('haizhouwan-ganyu', '海州湾赣榆段', 'candidate', 2021, GY, (119.10, 34.69, 119.60, 35.11)),
        ('haizhouwan-lianyun', '海州湾连云段', 'demonstration', 2021, (LY, HZ), (119.15, 34.66, 119.52, 34.80))]
WETLAND_RESTORATION = [(119.160, 34.735), (119.170, 34.735), (119.170, 34.7467), (119.160, 34.7467)]  # ~120 ha

# ---------------------------------------------------------------- district partition (illustrative)
OUTLINE = [(118.50, 34.10), (119.40, 34.10), (119.7975, 34.415), (119.7975, 34.470), (119.830, 34.475),
           (120.05, 34.475), (120.05, 35.19), (119.86, 35.19), (119.86, 35.10), (119.45, 35.075),
           (119.3035, 35.0795), (119.3035, 35.105), (118.50, 35.105)]
GANYU_SEA = [(119.235, 34.792), (119.320, 34.835), (119.86, 35.10)]   # 赣榆 / 连云 sea boundary
TIP_APPROACH = [(119.1835, 34.6885)]                      # reach the 临洪河口 tip from the south
HAIZHOU_LIANYUN = [(119.245, 34.700), (119.270, 34.620), (119.330, 34.500)]
LIANYUN_GUANYUN_SEA = [(119.660, 34.535), (119.750, 34.580), (120.10, 34.620)]
LIANYUN_GUANYUN = [(119.640, 34.526), (119.600, 34.490), (119.450, 34.470), (119.330, 34.500)]
HAIZHOU_GUANYUN = [(119.100, 34.500), (119.330, 34.500)]
DONGHAI_SOUTH = [(118.45, 34.40), (119.32, 34.40)]
REGION_SEEDS = {GY: [(119.0, 34.9)], DH: [(118.8, 34.55)], HZ: [(119.23, 34.60)], LY: [(119.5, 34.65)],
                GYUN: [(119.5, 34.40), (119.1, 34.30)], GN: [(119.5, 34.20)]}
REGION_NAMES = {v: k for k, v in REG.items()}


# ================================================================ helpers
def r7(x):
    return round(x, 7)


def rnd(g):
    return transform(lambda x, y, z=None: (tuple(map(r7, x)), tuple(map(r7, y))) if hasattr(x, '__len__')
                     else (r7(x), r7(y)), g)


def to_m(g):
    return transform(TO_M, g)


def to_ll(g):
    return rnd(transform(TO_LL, g))


def polym(coords):
    return to_m(Polygon(coords))


def parts(g):
    return list(getattr(g, 'geoms', [g])) if not g.is_empty else []


def biggest(g):
    return max(parts(g), key=lambda p: p.area)


def densify(g, step=0.005):
    """Extra vertices every <= 0.005 deg (~500 m) so planar-lon/lat and geodesic edges agree to mm.
    Points are computed in a canonical direction so an edge shared by two polygons stays identical."""
    def ring(cs):
        out = []
        for a, b in zip(cs, cs[1:]):
            out.append(a)
            n = int(max(abs(b[0] - a[0]), abs(b[1] - a[1])) / step)
            p, q = (a, b) if a < b else (b, a)
            pts = [(r7(p[0] + (q[0] - p[0]) * i / (n + 1)), r7(p[1] + (q[1] - p[1]) * i / (n + 1))) for i in range(1, n + 1)]
            out.extend(pts if a < b else pts[::-1])
        return out + [cs[-1]]
    ps = [orient(Polygon(ring(list(p.exterior.coords)), [ring(list(h.coords)) for h in p.interiors]), 1.0)
          for p in parts(g)]
    out = MultiPolygon(ps) if len(ps) > 1 else ps[0]
    assert out.is_valid
    return out


def clean_poly(g_m, min_area=2000.0):
    """Metres -> rounded lon/lat, tiny parts dropped, oriented, validated."""
    ps = [p for p in parts(g_m) if p.area >= min_area]
    ll = to_ll(MultiPolygon(ps) if len(ps) > 1 else ps[0])
    if not ll.is_valid:
        ll = ll.buffer(0)
    assert ll.is_valid and not ll.is_empty, 'invalid polygon'
    return densify(ll)


def geod_len(line):
    return sum(GEOD.line_length(*zip(*l.coords)) for l in parts(line) if not l.is_empty)


def geod_area(g):
    a = 0.0
    for p in parts(g):
        if p.geom_type != 'Polygon':
            continue
        a += abs(GEOD.polygon_area_perimeter(*zip(*p.exterior.coords))[0])
        a -= sum(abs(GEOD.polygon_area_perimeter(*zip(*h.coords))[0]) for h in p.interiors)
    return a


def cut_line(coords, fracs):
    """Cut a lon/lat coordinate list at planar fractions; pieces share their cut vertices exactly."""
    line = LineString(coords)
    fr = sorted(set([0.0] + [f for f in fracs if 0 < f < 1] + [1.0]))
    pts = [tuple(map(r7, line.interpolate(f, normalized=True).coords[0])) for f in fr]
    out = []
    for i in range(len(fr) - 1):
        mid = [tuple(c) for c in substring(line, fr[i], fr[i + 1], normalized=True).coords][1:-1]
        seg = [pts[i]] + [c for c in mid if c != pts[i] and c != pts[i + 1]] + [pts[i + 1]]
        out.append(seg)
    return out


def feature(fid, geom, props):
    return {'type': 'Feature', 'id': fid, 'properties': props, 'geometry': mapping(geom)}


# ================================================================ inputs
def load(args):
    coast = json.load(open(args.coast, encoding='utf-8'))['features']
    rivers = json.load(open(args.rivers, encoding='utf-8'))['features']
    rc = lambda cs: [(r7(x), r7(y)) for x, y in cs]
    main = rc(coast[0]['geometry']['coordinates'])
    islands = {i: rc(coast[i]['geometry']['coordinates']) for i in ISLANDS}
    rivs = {i: rc(f['geometry']['coordinates']) for i, f in enumerate(rivers)}
    land = Polygon(main + [(117.5, 35.2), (117.5, 33.9), (119.95, 33.9)])   # mainland side of the line
    assert land.is_valid
    return main, islands, rivs, land


# ================================================================ shoreline
def shoreline_segments(main, tune_km):
    line = main[FIRST:LAST + 1]
    cum = [0.0]
    for a, b in zip(line, line[1:]):
        cum.append(cum[-1] + GEOD.inv(a[0], a[1], b[0], b[1])[2])

    def pos(end):                      # -> (index of the vertex at or before the cut, cut point)
        if end == 'TUNE':
            end = tune_km
        if isinstance(end, tuple):
            i = end[1] - FIRST
            return i, line[i]
        d = end * 1000.0
        i = max(k for k in range(len(cum)) if cum[k] <= d)
        t = (d - cum[i]) / (cum[i + 1] - cum[i])
        a, b = line[i], line[i + 1]
        return i, (r7(a[0] + t * (b[0] - a[0])), r7(a[1] + t * (b[1] - a[1])))

    segs, start_i, start_pt = [], 0, line[0]
    for end, cls, use, name, region in SHORE_PLAN:
        i, pt = pos(end)
        coords = [start_pt] + [c for c in line[start_i + 1:i + 1] if c != start_pt]
        if coords[-1] != pt:
            coords.append(pt)
        segs.append(dict(coords=coords, cls=cls, use=use, name=name, region=region, v0=start_i + FIRST))
        start_i, start_pt = (i, pt)
    assert start_pt == line[-1]
    return segs


def natural_ratio(segs):
    tot = sum(geod_len(LineString(s['coords'])) for s in segs)
    nat = sum(geod_len(LineString(s['coords'])) for s in segs if s['cls'] in NATURAL)
    return nat / tot


def tune_shoreline(main):
    lo, hi = 16.2, 27.5                 # bisection on the end of the tuned muddy segment
    for _ in range(60):
        mid = (lo + hi) / 2
        if natural_ratio(shoreline_segments(main, mid)) < TARGET_NATURAL:
            lo = mid
        else:
            hi = mid
    return shoreline_segments(main, (lo + hi) / 2)


def shoreline_features(segs, islands):
    feats = []
    for n, s in enumerate(segs, 1):
        p = {'name': s['name'], 'class': s['cls'], 'mainland': True, 'region': s['region']}
        if s['use']:
            p['use'] = s['use']
        if s['v0'] >= HAIZHOUWAN_FROM_V:
            p['bay'] = '海州湾'
        if s['cls'] == 'restored':
            p['restored_on'] = RESTORED_ON
        p['source'] = GSHHG
        p['remarks'] = '岸线类型、用途、分区为示意 (class/use/region illustrative); geometry GSHHG mainland line'
        feats.append(feature(f'shoreline-{n:03d}', LineString(s['coords']), p))
    for i, (slug, name, cls, region, bay) in ISLANDS.items():
        p = {'name': name, 'class': cls, 'mainland': False, 'region': region}
        if bay:
            p['bay'] = bay
        p['source'] = GSHHG
        p['remarks'] = '海岛岸线，类型为示意 (island ring, class illustrative)'
        feats.append(feature(f'shoreline-island-{slug}', LineString(islands[i]), p))
    return feats


# ================================================================ districts (illustrative partition)
def admin_regions(main, rivs):
    """Cut the outline with straight lines and the river centre lines; every coast cut is a vertex."""
    tip, v690, v271, v152 = main[750], main[690], main[271], main[152]
    west = LineString(main[750:831])                  # 临洪河口 channel: west strand v750..v830
    channel = Polygon(main[690:831]).buffer(1e-9)    # the water between the strands (east strand v690..v750)
    q = west.interpolate(west.project(Point(v690)))
    mouth = (r7((v690[0] + q.x) / 2), r7((v690[1] + q.y) / 2))
    mids = [tip]                                      # greedy path of mid-channel points, tip -> mouth
    for k in range(748, 690, -1):
        p = Point(main[k])
        q = west.interpolate(west.project(p))
        m = (r7((p.x + q.x) / 2), r7((p.y + q.y) / 2))
        if channel.contains(LineString([mids[-1], m])):
            mids.append(m)
    assert channel.contains(LineString(mids + [mouth]))
    mids = mids[1:]
    r0, r1, r2 = rivs[0], rivs[1], rivs[2]
    s = Point(r2[0])
    n = LineString(r0).interpolate(LineString(r0).project(s))
    r2_start = (s.x + 2 * (n.x - s.x), s.y + 2 * (n.y - s.y))           # overshoot across 临洪河
    near = min(range(len(r0)), key=lambda k: Point(r0[k]).distance(Point(tip)))   # leave 临洪河 at the tip
    lines = [LineString([(118.45, r0[0][1])] + r0[:near + 1] + TIP_APPROACH + [tip] + mids + [mouth] + GANYU_SEA),
             LineString([mouth, v690] + HAIZHOU_LIANYUN),
             LineString(LIANYUN_GUANYUN_SEA[::-1] + [v271] + LIANYUN_GUANYUN), LineString(HAIZHOU_GUANYUN),
             LineString(DONGHAI_SOUTH), LineString([r2_start] + r2),
             LineString([(118.45, r1[0][1])] + r1 + [v152, (120.10, v152[1])]),
             Polygon(OUTLINE).exterior]
    faces = list(polygonize(unary_union(lines)))
    regions = {}
    for f in faces:
        owner = [c for c, seeds in REGION_SEEDS.items() if any(f.contains(Point(p)) for p in seeds)]
        assert len(owner) == 1, f'district face without exactly one seed: {f.representative_point()}'
        regions.setdefault(owner[0], []).append(f)
    out = {}
    for code, fs in regions.items():
        u = rnd(unary_union(fs))
        assert u.geom_type == 'Polygon' and u.is_valid, code
        out[code] = densify(u)
    return out


def region_of(g, admin):
    return max(admin, key=lambda c: admin[c].intersection(g).area)


# ================================================================ rivers and banks
def longest(g):
    return max(parts(g), key=lambda l: l.length)


def same_dir(line, start):
    a, b = Point(line.coords[0]), Point(line.coords[-1])
    return line if a.distance(start) <= b.distance(start) else LineString(line.coords[::-1])


def offset(center_m, d, side):
    off = center_m.parallel_offset(d, side, join_style=1, resolution=8)
    if off.geom_type == 'MultiLineString':
        off = longest(linemerge(off))
    return same_dir(off, Point(center_m.coords[0]))    # shapely 1.x reverses right-hand offsets


def river_banks(rivs, land):
    """Left/right bank lines (lon/lat) offset from the trimmed centre lines."""
    land_m = to_m(land)
    cent = {}
    for i, (slug, name, w, rev, _) in RIVERS.items():
        cm = to_m(LineString(rivs[i][::-1] if rev else rivs[i]))
        cent[slug] = same_dir(longest(cm.intersection(land_m.buffer(-(w + 80)))), Point(cm.coords[0]))
    t = cent['tongyu']                 # 通榆河 meets 临洪河 and crosses 新沂河: stop short of their banks
    width = {v[0]: v[2] for v in RIVERS.values()}
    for other in ('linhong', 'xinyi'):
        t = same_dir(longest(t.difference(cent[other].buffer(width[other] + width['tongyu'] + 80))), Point(t.coords[0]))
    cent['tongyu'] = t
    banks = {}
    for i, (slug, name, w, rev, remarks) in RIVERS.items():
        c = cent[slug].simplify(5)
        for side in ('left', 'right'):
            ll = to_ll(offset(c, w, side))
            assert ll.is_simple, (slug, side)
            banks[(slug, side)] = (name, remarks, list(ll.coords))
    return cent, banks


def lake_ring():
    from shapely.affinity import scale
    slug, name, (x, y), a, b = LAKE
    c = to_m(Point(x, y))
    ring = orient(scale(c.buffer(1.0, resolution=24), a, b), 1.0).exterior
    return list(to_ll(LineString(ring.coords)).coords)


def frac_at_lat(coords, lat):
    line = LineString(coords)
    hit = line.intersection(LineString([(118.0, lat), (121.0, lat)]))
    return line.project(parts(hit)[0], normalized=True)


def bank_segments(banks, lake, admin, tune):
    bounds = unary_union([p.exterior for p in admin.values()])
    segs = []
    plans = dict(BANK_PLAN)
    plans[('shilianghe', 'lake')] = LAKE_PLAN
    allb = dict(banks)
    allb[('shilianghe', 'lake')] = (LAKE[1], None, lake)
    for (slug, side), (name, remarks, coords) in allb.items():
        plan = [((tune if e == 'TUNE' else frac_at_lat(coords, e[1]) if isinstance(e, tuple) else e), z)
                for e, z in plans[(slug, side)]]
        line = LineString(coords)
        cross = [line.project(p, normalized=True) for p in parts(line.intersection(bounds))]
        pieces = cut_line(coords, [f for f, _ in plan] + cross)
        for k, pc in enumerate(pieces, 1):
            pl = LineString(pc)
            mid = line.project(pl.interpolate(0.5, normalized=True), normalized=True)
            zone = next(z for f, z in plan if mid <= f)
            reg = [c for c, a in admin.items() if a.contains(pl.interpolate(0.5, normalized=True))]
            segs.append(dict(slug=slug, side=side, name=name, remarks=remarks, zone=zone, region=reg[0], coords=pc))
    return segs


def bank_ratio(segs):
    tot = sum(geod_len(LineString(s['coords'])) for s in segs)
    num = sum(geod_len(LineString(s['coords'])) for s in segs if s['zone'] in ('protection', 'reserve'))
    return num / tot


def tune_banks(banks, lake, admin):
    lo, hi = 0.25, 0.74
    for _ in range(50):
        mid = (lo + hi) / 2
        if bank_ratio(bank_segments(banks, lake, admin, mid)) < TARGET_BANK:
            lo = mid
        else:
            hi = mid
    return bank_segments(banks, lake, admin, (lo + hi) / 2)


def bank_features(segs):
    feats, count = [], {}
    side_cn = {'left': '左岸', 'right': '右岸', 'lake': '湖岸'}
    for s in segs:
        key = (s['slug'], s['side'])
        count[key] = count.get(key, 0) + 1
        p = {'name': s['name'] + side_cn[s['side']], 'river': s['name'], 'side': s['side'], 'zone': s['zone'],
             'region': s['region']}
        if s['side'] == 'lake':
            p['source'] = ILLUS
            p['remarks'] = '湖岸为示意椭圆 (illustrative ring), 功能分区为示意'
        else:
            p['source'] = WDBII
            p['remarks'] = f'岸线由中心线偏移生成，功能分区为示意 (bank offset from centre line, zone illustrative); {s["remarks"]}'
        side = {'left': 'l', 'right': 'r', 'lake': 'lake'}[s['side']]
        feats.append(feature(f'river_bank-{s["slug"]}-{side}-{count[key]:02d}', LineString(s['coords']), p))
    return feats


# ================================================================ illustrative polygons
def fit(outline, domain, land_m, setback):
    g = polym(outline)
    if domain == 'land':
        return g.intersection(land_m.buffer(-setback))
    if domain == 'marine':
        return g.difference(land_m.buffer(setback))
    return g


def disjoint_within_kind(items, gap=20.0):
    """items: [(id, geom_m, ...)] -> same order, each clipped away from the earlier ones."""
    out, done = [], []
    for it in items:
        g = it[1]
        if done:
            g = g.difference(unary_union(done).buffer(gap))
        done.append(g)
        out.append((it[0], g) + tuple(it[2:]))
    return out


def coastal_development(shore_segs, island_lines_m, land_m):
    by_name = {s['name']: i for i, s in enumerate(shore_segs)}
    natural = {i: to_m(LineString(s['coords'])) for i, s in enumerate(shore_segs) if s['cls'] in NATURAL}
    out = []
    for slug, name, typ, status, names, reach, extra, appr in COASTAL_DEV:
        idx = [by_name[n] for n in names]
        line = to_m(LineString([c for i in idx for c in shore_segs[i]['coords']]))
        core = substring(line, 200, line.length - (0 if extra else 200))
        if extra:                                    # deliberate: reach into the next (natural) segment
            core = linemerge([core, substring(natural[idx[-1] + 1], 0, extra)])
        avoid = unary_union([g for i, g in natural.items() if not (extra and i == idx[-1] + 1)] + island_lines_m)
        g = core.buffer(reach, cap_style=2).difference(land_m.difference(core.buffer(300, cap_style=2)))
        g = g.difference(avoid.buffer(150))
        g = max((p for p in parts(g) if p.intersects(core)), key=lambda p: p.area)
        out.append((f'development-{slug}', g, name, typ, status, appr))
    return out


def land_development(protect_m, coastal_m, land_m, cent):
    out = []
    for slug, name, typ, status, outline, partners in LAND_DEV:
        if outline is None:                          # road corridor across 新沂河
            c = cent['xinyi']
            p = c.interpolate(XINYI_CROSSING_FRAC, normalized=True)
            q = c.interpolate(XINYI_CROSSING_FRAC + 0.002, normalized=True)
            dx, dy = q.x - p.x, q.y - p.y
            L = (dx * dx + dy * dy) ** 0.5
            nx, ny = -dy / L, dx / L
            g = LineString([(p.x - 700 * nx, p.y - 700 * ny), (p.x + 700 * nx, p.y + 700 * ny)]).buffer(60, cap_style=2)
        else:
            g = polym(outline).intersection(land_m.buffer(-100))
        avoid = [v for k, v in protect_m.items() if k not in partners] + [c[1] for c in coastal_m]
        g = g.difference(unary_union(avoid).buffer(200))
        assert not g.is_empty, slug
        g = biggest(g)
        out.append((f'development-{slug}', g, name, typ, status, None))
    return out


def main_build(args):
    main, islands, rivs, land = load(args)
    land_m = to_m(land)
    shore = tune_shoreline(main)
    admin = admin_regions(main, rivs)
    for s in shore:
        assert admin[s['region']].buffer(1e-7).contains(LineString(s['coords'])), s['name']
    for i, (slug, name, cls, reg, bay) in ISLANDS.items():
        assert admin[reg].contains(LineString(islands[i])), name
    cent, banks = river_banks(rivs, land)
    bsegs = tune_banks(banks, lake_ring(), admin)
    layers = {'shoreline': shoreline_features(shore, islands), 'river_bank': bank_features(bsegs)}

    island_m = [to_m(LineString(islands[i])) for i in ISLANDS if ISLANDS[i][2] in NATURAL]
    coastal = coastal_development(shore, island_m, land_m)
    # raw protected shapes, used to keep land development out of them (except the deliberate partners)
    protect_m = {f'red_line-{s}': fit(o, d, land_m, 150) for s, _, d, _, o in RED_LINES}
    for s, n, _, _, z, o, d in PROTECTED:          # a general zone surrounds the core zone of its area
        g = fit(o, d, land_m, 200)
        cores = [protect_m[f'protected_area-{c[0]}'] for c in PROTECTED if c[1] == n and c[4] == 'core' and c[0] != s]
        protect_m[f'protected_area-{s}'] = g.difference(unary_union(cores)) if z == 'general' and cores else g
    protect_m.update({f'eco_space-{s}': fit(o, d, land_m, 150) for s, _, _, o, d in ECO_SPACE})
    devs = coastal + land_development(protect_m, coastal, land_m, cent)
    partners = {f'development-{s}': set(p) for s, _, _, _, _, p in LAND_DEV}

    def carve(fid, g):                              # keep out of development unless deliberate
        avoid = [d[1] for d in devs if fid not in partners.get(d[0], ())]
        return g.difference(unary_union(avoid).buffer(200))

    rl = disjoint_within_kind([(f'red_line-{s}', carve(f'red_line-{s}', protect_m[f'red_line-{s}']), n, d, fn)
                               for s, n, d, fn, _ in RED_LINES])
    pa = disjoint_within_kind([(f'protected_area-{s}', carve(f'protected_area-{s}', protect_m[f'protected_area-{s}']),
                                n, t, lv, z) for s, n, t, lv, z, _, _ in PROTECTED])
    eco = disjoint_within_kind([(f'eco_space-{s}', carve(f'eco_space-{s}', protect_m[f'eco_space-{s}']), n, c)
                                for s, n, c, _, _ in ECO_SPACE])
    farm_avoid = {f'farmland-{s}': unary_union([g for i, g, *_ in rl if i != p] + [g for _, g, *_ in pa + eco + devs])
                  for s, _, _, p in FARMLAND}
    farm = disjoint_within_kind([(f'farmland-{s}', biggest(polym(o).intersection(land_m.buffer(-100))
                                 .difference(farm_avoid[f'farmland-{s}'].buffer(100))), n) for s, n, o, _ in FARMLAND])

    def poly_feats(items, props_fn):
        fs = []
        for it in items:
            g = clean_poly(it[1])
            p = props_fn(*it[2:])
            p['region'] = region_of(g, admin)
            p['source'] = ILLUS
            p.setdefault('remarks', '示意位置与范围，非官方数据 (illustrative position and extent, not official)')
            fs.append(feature(it[0], g, p))
        return fs

    layers['red_line'] = poly_feats(rl, lambda n, d, fn: {'name': n, 'domain': d, 'function': fn})
    layers['protected_area'] = poly_feats(pa, lambda n, t, lv, z: {'name': n, 'pa_type': t, 'level': lv, 'zone': z})
    layers['eco_space'] = poly_feats(eco, lambda n, c: {'name': n, 'category': c})

    def dev_props(n, t, st, ap):
        p = {'name': n, 'dev_type': t, 'status': st}
        if ap:
            p['approval'] = ap + ' (示意编号 illustrative number)'
        return p
    layers['development'] = poly_feats(disjoint_within_kind(devs), dev_props)
    layers['farmland'] = poly_feats(farm, lambda n: {'name': n})
    layers['bay'] = bay_features(shore, admin, land_m)
    layers['restoration'] = restoration_features(shore, admin)
    layers['admin_region'] = [feature(f'admin_region-{c}', g, {
        'name': REGION_NAMES[c], 'level': 'county', 'code': c, 'source': ILLUS,
        'remarks': '示意行政区范围（直线切分），非官方界线 (illustrative partition, not the official boundary)'})
        for c, g in sorted(admin.items())]
    return layers, admin


def bay_features(shore, admin, land_m):
    fs = []
    for slug, name, status, year, regs, bbox in BAYS:
        regs = regs if isinstance(regs, tuple) else (regs,)
        area_m = to_m(unary_union([admin[r] for r in regs])).buffer(-5)
        coast = to_m(unary_union([LineString(s['coords']) for s in shore if s['region'] in regs]))
        x0, y0, x1, y1 = bbox
        boxm = polym([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
        g = boxm.difference(land_m).union(coast.buffer(300).intersection(boxm)).intersection(area_m)
        g = clean_poly(g, min_area=1e6)
        fs.append(feature(f'bay-{slug}', g, {'name': name, 'status': status, 'year': year,
                                             'region': region_of(g, admin), 'source': ILLUS,
                                             'remarks': '示意美丽海湾范围；2021年尚无建成海湾 (no bay built in 2021)'}))
    return fs


def restoration_features(shore, admin):
    seg = next(s for s in shore if s['cls'] == 'restored')
    line = LineString(seg['coords'])
    wet = densify(Polygon(WETLAND_RESTORATION + WETLAND_RESTORATION[:1]), 0.001)
    return [feature('restoration-linhong-shoreline', line, {
                'name': seg['name'] + '工程', 'target': 'shoreline', 'completed': RESTORED_ON,
                'region': seg['region'], 'source': ILLUS,
                'remarks': '沿 restored 岸线段 (follows the restored shoreline segment); project illustrative'}),
            feature('restoration-linhong-wetland', wet, {
                'name': '临洪河口滨海湿地修复（退养还湿）', 'target': 'wetland', 'completed': '2021-10-31',
                'region': region_of(wet, admin), 'source': ILLUS,
                'remarks': '约120公顷，对应指标表第13行 (about 120 ha, cf. table 2.6-1 row 13); illustrative'})]


# ================================================================ checks and figures (on the written geometry)
def geoms(layer):
    from shapely.geometry import shape
    return [(f['id'], shape(f['geometry']), f['properties']) for f in layer]


def check_topology(layers):
    for kind, layer in layers.items():
        gs = geoms(layer)
        for fid, g, p in gs:
            assert g.is_valid, (kind, fid)
            if g.geom_type == 'LineString':
                assert g.is_simple, (kind, fid)
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                a, b = gs[i][1], gs[j][1]
                if not a.intersects(b):
                    continue
                x = a.intersection(b)
                bad = x.area > 0 if a.geom_type.endswith('Polygon') and b.geom_type.endswith('Polygon') else x.length > 0
                assert not bad, f'{kind}: {gs[i][0]} overlaps {gs[j][0]}'


def conflicts(layers):
    """Every pair the DOMAIN.md section 4 rules would flag, measured geodesically."""
    g = {k: geoms(v) for k, v in layers.items()}
    out = []

    def area_rule(rule, A, B, sev=lambda p: 'high'):
        for ia, a, pa in A:
            for ib, b, pb in B:
                if a.intersects(b):
                    ar = geod_area(a.intersection(b))
                    if ar > 1.0:
                        out.append({'rule': rule, 'a': ia, 'b': ib, 'area_m2': ar, 'severity': sev(pb)})
    dev = g['development']
    area_rule('development_in_red_line', dev, g['red_line'])
    area_rule('development_in_protected_area', dev, g['protected_area'],
              lambda p: 'critical' if p['zone'] in ('core', 'core_area') else 'high')
    area_rule('development_in_eco_space', dev, g['eco_space'], lambda p: 'medium')
    area_rule('control_lines_overlap', g['farmland'], g['red_line'])
    for ia, a, pa in dev:
        for ib, b, pb in g['shoreline']:
            if pa['dev_type'] in ('reclamation', 'port', 'aquaculture') and pb['class'] in NATURAL and a.distance(b) < 0.5 / 111000:
                out.append({'rule': 'shoreline_occupied', 'a': ia, 'b': ib, 'length_m': geod_len(a.intersection(b)),
                            'severity': 'high'})
        for ib, b, pb in g['river_bank']:
            if pb['zone'] in ('protection', 'reserve') and a.intersects(b):
                out.append({'rule': 'bank_zone_violated', 'a': ia, 'b': ib, 'length_m': geod_len(a.intersection(b)),
                            'severity': 'high'})
    return out


def figures(layers, confl):
    shore = geoms(layers['shoreline'])
    L = lambda g: GEOD.line_length(*zip(*g.coords))
    mainland = [(g, p) for _, g, p in shore if p['mainland']]
    islands = [(g, p) for _, g, p in shore if not p['mainland']]
    by_class, by_region, isl_class = {}, {}, {}
    for g, p in mainland:
        by_class[p['class']] = by_class.get(p['class'], 0.0) + L(g)
        by_region[p['region']] = by_region.get(p['region'], 0.0) + L(g)
    for g, p in islands:
        isl_class[p['class']] = isl_class.get(p['class'], 0.0) + L(g)
    tot = sum(L(g) for g, _ in mainland)
    nat = sum(L(g) for g, p in mainland if p['class'] in NATURAL)
    banks = geoms(layers['river_bank'])
    bden = sum(L(g) for _, g, _ in banks)
    bnum = sum(L(g) for _, g, p in banks if p['zone'] in ('protection', 'reserve'))
    by_zone, by_river = {}, {}
    for _, g, p in banks:
        by_zone[p['zone']] = by_zone.get(p['zone'], 0.0) + L(g)
        by_river[p['river']] = by_river.get(p['river'], 0.0) + L(g)
    areas = lambda kind: {i: geod_area(g) for i, g, _ in geoms(layers[kind])}
    rl, pa = areas('red_line'), areas('protected_area')
    built = [g for _, g, p in geoms(layers['bay']) if p['status'] == 'built']
    inbay = sum(geod_len(g.intersection(b)) for g, _ in mainland for b in built)
    return {
        'generated_by': 'layers/tools/make_sample.py',
        'inputs': {'coast': 'lianyungang-coast-gshhg-full.geojson (GSHHG 2.3.7 full), mainland vertices 67..1118',
                   'rivers': 'lianyungang-rivers-gshhg-wdbii.geojson (GSHHG 2.3.7 WDBII)'},
        'ellipsoid': {'name': 'GRS80 / CGCS2000', 'a': 6378137.0, 'f': '1/298.257222101'},
        'engine': 'pyproj Geod.line_length / polygon_area_perimeter (|shell| - |holes|); overlaps by shapely',
        'shoreline': {'mainland_length_m': tot, 'natural_numerator_m': nat, 'natural_ratio': nat / tot,
                      'natural_classes': list(NATURAL), 'denominator_only_classes': ['estuary', 'artificial'],
                      'by_class_m': by_class, 'by_region_m': by_region, 'bedrock_km': by_class['bedrock'] / 1000,
                      'mainland_segments': len(mainland), 'island_length_m': sum(L(g) for g, _ in islands),
                      'island_by_class_m': isl_class, 'island_rings': len(islands),
                      'beautiful_bay_share': inbay / tot},
        'river_bank': {'numerator_m': bnum, 'denominator_m': bden, 'ratio': bnum / bden, 'by_zone_m': by_zone,
                       'by_river_m': by_river, 'segments': len(banks)},
        'red_line': {'total_area_m2': sum(rl.values()), 'total_ha': sum(rl.values()) / 1e4, 'by_feature_m2': rl},
        'protected_area': {'total_area_m2': sum(pa.values()), 'total_ha': sum(pa.values()) / 1e4, 'by_feature_m2': pa},
        'restoration_wetland_area_m2': {i: geod_area(g) for i, g, _ in geoms(layers['restoration'])
                                        if g.geom_type == 'Polygon'},
        'conflicts': confl,
    }


EXPECTED_CONFLICTS = {
    ('shoreline_occupied', 'development-port-ganyu', '柘汪沙滩'),
    ('development_in_red_line', 'development-industrial-kaifaqu', 'red_line-yuntaishan'),
    ('development_in_protected_area', 'development-mining-yuntaishan', 'protected_area-yuntaishan-core'),
    ('development_in_red_line', 'development-mining-yuntaishan', 'red_line-yuntaishan'),
    ('control_lines_overlap', 'farmland-ganyu-shilianghe', 'red_line-shilianghe'),
    ('bank_zone_violated', 'development-infrastructure-xinyi-crossing', '新沂河左岸'),
    ('bank_zone_violated', 'development-infrastructure-xinyi-crossing', '新沂河右岸'),
}


def write(layers, figs, root):
    for kind, feats in layers.items():
        fc = {'type': 'FeatureCollection', 'name': kind, 'features': feats}
        with open(os.path.join(root, 'layers', kind + '.geojson'), 'w', encoding='utf-8') as f:
            json.dump(fc, f, ensure_ascii=False, separators=(',', ':'))
            f.write('\n')
    with open(os.path.join(root, 'layers', 'tools', 'sample_figures.json'), 'w', encoding='utf-8') as f:
        json.dump(figs, f, ensure_ascii=False, indent=1)
        f.write('\n')


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--coast', default='../shared/data/coast/lianyungang-coast-gshhg-full.geojson')
    ap.add_argument('--rivers', default='../shared/data/rivers/lianyungang-rivers-gshhg-wdbii.geojson')
    args = ap.parse_args()
    args.coast, args.rivers = (os.path.join(root, p) for p in (args.coast, args.rivers))
    layers, admin = main_build(args)
    # round-trip through JSON so checks and figures see exactly what is written
    layers = json.loads(json.dumps(layers))
    check_topology(layers)
    confl = conflicts(layers)
    names = {f['id']: f['properties'].get('name') for l in layers.values() for f in l}
    got = {(c['rule'], c['a'], names[c['b']] if c['rule'] in ('shoreline_occupied', 'bank_zone_violated') else c['b'])
           for c in confl}
    assert got == EXPECTED_CONFLICTS, f'unexpected conflicts: {got ^ EXPECTED_CONFLICTS}'
    figs = figures(layers, confl)
    assert abs(figs['shoreline']['natural_ratio'] - TARGET_NATURAL) < 5e-5
    assert abs(figs['river_bank']['ratio'] - TARGET_BANK) < 5e-5
    write(layers, figs, root)
    s, b = figs['shoreline'], figs['river_bank']
    print(f"mainland shoreline  {s['mainland_length_m']:.3f} m in {s['mainland_segments']} segments")
    print(f"natural numerator   {s['natural_numerator_m']:.3f} m  ratio {100 * s['natural_ratio']:.4f} %")
    print(f"bedrock             {s['bedrock_km']:.3f} km; island coast {s['island_length_m']:.3f} m")
    print(f"bank ratio          {b['numerator_m']:.3f} / {b['denominator_m']:.3f} m = {100 * b['ratio']:.4f} %")
    print(f"red line            {figs['red_line']['total_ha']:.1f} ha; protected areas {figs['protected_area']['total_ha']:.1f} ha")
    for c in confl:
        v = f"{c['area_m2']:.1f} m2" if 'area_m2' in c else f"{c['length_m']:.3f} m"
        print(f"conflict {c['rule']:30s} {c['a']} x {c['b']}: {v}")
    for k, v in layers.items():
        print(f'{k + ".geojson":26s} {len(v)} features')


if __name__ == '__main__':
    main()
