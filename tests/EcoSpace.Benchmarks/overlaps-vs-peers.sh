#!/usr/bin/env bash
# Overlap benchmark (issue 4): the same-kind overlap check of the 34 DCW provinces
# (../shared/data/perf/china-provinces-dcw.geojson, 904 275 vertices, 70 overlapping pairs), whole
# commands side by side in one run: `ecospace check topology --kind admin_region --json` on a store
# the file was imported into (import not timed), SpatiaLite's self-join (ST_Intersects +
# ST_Area(ST_Intersection(a, b), 1)) through `ogrinfo -dialect INDIRECT_SQLITE` on the same
# GeoPackage, and shapely STRtree + pyproj (peers/overlaps_shapely.py) on the GeoJSON file. Prints the
# median wall time over RUNS runs, the ratios and peak RSS, and each tool's pair count; then the
# in-process split (`EcoSpace.Benchmarks province-overlaps`: validity vs overlaps, every pair against
# data/expected). Goal of issue 4: at least 5x faster than shapely + pyproj.
#   tests/EcoSpace.Benchmarks/overlaps-vs-peers.sh [RUNS]     (default 3; SpatiaLite takes ~30 s a run)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
data=${ECOSPACE_SHARED_DATA:-../shared/data}
[[ -d $data/expected ]] || data=/work/shared/data
file=$data/perf/china-provinces-dcw.geojson
python=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

command -v ogrinfo >/dev/null || { echo "needs ogrinfo (apt-get install gdal-bin)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time" >&2; exit 1; }
"$python" -c 'import shapely, pyproj' 2>/dev/null || { echo "needs $python with shapely and pyproj (python3-shapely, python3-pyproj)" >&2; exit 1; }

dotnet build src/EcoSpace.Cli -c Release -nologo -v quiet >/dev/null
dotnet build tests/EcoSpace.Benchmarks -c Release -nologo -v quiet >/dev/null
ecospace=src/EcoSpace.Cli/bin/Release/net10.0/ecospace
db=$tmp/provinces.gpkg
"$ecospace" --db "$db" init >/dev/null
"$ecospace" --db "$db" import "$file" --kind admin_region --allow-invalid >/dev/null 2>"$tmp/import.err" || { cat "$tmp/import.err" >&2; exit 1; }
echo "load at start: $(uptime | sed 's/.*load average: //'), $(nproc) cores"

time_cmd() { local out=$1; shift 2; /usr/bin/time -o "$tmp/t" -f "%e %M" "$@" >"$tmp/out" 2>"$tmp/err" || true; cat "$tmp/t" >>"$out"; }
median() { sort -g -k1,1 "$1" | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }
sql='SELECT a.name, b.name, ST_Area(ST_Intersection(a.geom, b.geom), 1) AS overlap_m2 FROM admin_region a, admin_region b
     WHERE a.ROWID < b.ROWID AND ST_Intersects(a.geom, b.geom)'

: >"$tmp/eco"; : >"$tmp/spl"; : >"$tmp/py"
for _ in $(seq "$runs"); do
  time_cmd "$tmp/eco" -- "$ecospace" --db "$db" check topology --kind admin_region --json
  eco_pairs=$("$python" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["kinds"]["admin_region"]["overlaps"]))' "$tmp/out")
  time_cmd "$tmp/spl" -- ogrinfo "$db" -q -dialect INDIRECT_SQLITE -sql "$sql"
  spl_pairs=$(grep -c 'overlap_m2 (Real)' "$tmp/out" || true)
  time_cmd "$tmp/py" -- "$python" tests/EcoSpace.Benchmarks/peers/overlaps_shapely.py "$file"
  py_pairs=$(tail -n 1 "$tmp/out" | "$python" -c 'import json,sys; print(json.load(sys.stdin)["pairs"])')
done
read -r es em < <(median "$tmp/eco")
read -r ss sm < <(median "$tmp/spl")
read -r ps pm < <(median "$tmp/py")
printf '\n%-12s %10s %10s %10s\n' tool seconds MiB pairs
printf '%-12s %10s %10s %10s\n' ecospace "$es" $((em / 1024)) "$eco_pairs"
printf '%-12s %10s %10s %10s\n' spatialite "$ss" $((sm / 1024)) "$spl_pairs"
printf '%-12s %10s %10s %10s\n' shapely "$ps" $((pm / 1024)) "$py_pairs"
echo "ecospace / spatialite = $(awk -v e="$es" -v o="$ss" 'BEGIN {printf "%.2f", e / o}'), ecospace / shapely = $(awk -v e="$es" -v o="$ps" 'BEGIN {printf "%.2f", e / o}') (goal: <= 0.20)"
echo
dotnet tests/EcoSpace.Benchmarks/bin/Release/net10.0/EcoSpace.Benchmarks.dll province-overlaps
echo "load at end: $(uptime | sed 's/.*load average: //')"
