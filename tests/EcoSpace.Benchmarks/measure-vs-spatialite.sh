#!/usr/bin/env bash
# Measure benchmark (issue 3): the shoreline ratio of the GSHHG coast files imported as shoreline
# layers, EcoSpace's `ecospace measure shoreline` side by side with SpatiaLite's
# SUM(ST_Length(geom, 1)) through GDAL on the very same GeoPackage and with the pyproj oracle on the
# GeoJSON file, whole commands, same run. Prints the median wall time of each over RUNS runs, the
# ratios and peak RSS; the three totals against the reference total of ../shared/data/expected
# (differences in mm); then the in-process kernel rate (vertices/s, cold and warm, on all cores and
# pinned to one) from `EcoSpace.Benchmarks measure-kernel`.
#   tests/EcoSpace.Benchmarks/measure-vs-spatialite.sh [RUNS]     (see README.md beside this script)
# SPATIALITE_NATIVE=1 also times GDAL's native `-dialect SQLite` on the GeoPackage once per file
# (minutes: SpatiaLite then looks every feature's SRID up the slow way, see the README).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
data=${ECOSPACE_SHARED_DATA:-../shared/data}
[[ -d $data/expected ]] || data=/work/shared/data # where the project's machines keep it (worktrees elsewhere)
perf=$data/perf
oracle=$data/../tools/oracle/measure.py
python=/usr/bin/python3 # Debian's, with python3-pyproj; the python3 first on PATH may lack it
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

command -v ogrinfo >/dev/null || { echo "needs ogrinfo (apt-get install gdal-bin)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
"$python" -c 'import pyproj' 2>/dev/null || { echo "needs $python with pyproj (apt-get install python3-pyproj)" >&2; exit 1; }

dotnet build src/EcoSpace.Cli -c Release -nologo -v quiet >/dev/null
dotnet build tests/EcoSpace.Benchmarks -c Release -nologo -v quiet >/dev/null
ecospace=src/EcoSpace.Cli/bin/Release/net10.0/ecospace
kernel=tests/EcoSpace.Benchmarks/bin/Release/net10.0/EcoSpace.Benchmarks.dll
gunzip -c "$perf/asia-coast-gshhg-full.geojson.gz" >"$tmp/asia-coast-gshhg-full.geojson"
echo "load at start: $(uptime | sed 's/.*load average: //'), $(nproc) cores"

# time_cmd OUT -- command...: appends "seconds max_rss_kb" of one run to OUT; the run's stdout is in
# $tmp/out, its stderr in $tmp/err.
time_cmd() { local out=$1; shift 2; /usr/bin/time -o "$tmp/t" -f "%e %M" "$@" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }; cat "$tmp/t" >>"$out"; }
median() { sort -g -k1,1 "$1" | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }
# json KEY...: the value at KEY... of the JSON document on stdin, floats in full (repr) precision.
json() { "$python" -c 'import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1:]: v = v[k]
print(repr(v))' "$@"; }
# spatialite_sum: the "total_m (Real) = ..." value of an ogrinfo run in $tmp/out.
spatialite_sum() { sed -n 's/^ *total_m (Real) = //p' "$tmp/out"; }
mm() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.3f", (a - b) * 1000}'; }

: >"$tmp/times"; : >"$tmp/totals"; : >"$tmp/native"
for file in "$perf/east-china-coast-gshhg-full.geojson" "$tmp/asia-coast-gshhg-full.geojson"; do
  name=$(basename "$file" .geojson)
  db=$tmp/$name.gpkg
  "$ecospace" --db "$db" init >/dev/null
  "$ecospace" --db "$db" import "$file" --kind shoreline >/dev/null 2>"$tmp/import.err" || { cat "$tmp/import.err" >&2; exit 1; }
  geom=$(ogrinfo -so "$db" shoreline | sed -n 's/^Geometry Column = //p')
  # INDIRECT_SQLITE: GDAL's SQLite dialect over its own in-memory SpatiaLite database (virtual
  # tables on the GeoPackage's layer), where SpatiaLite finds the layer's SRID; see the README.
  sql="SELECT SUM(ST_Length($geom, 1)) AS total_m FROM shoreline"

  : >"$tmp/eco"; : >"$tmp/spl"; : >"$tmp/py"
  for _ in $(seq "$runs"); do
    time_cmd "$tmp/eco" -- "$ecospace" --db "$db" measure shoreline --json
    cp "$tmp/out" "$tmp/eco.json"
    time_cmd "$tmp/spl" -- ogrinfo "$db" -q -dialect INDIRECT_SQLITE -sql "$sql"
    spl_total=$(spatialite_sum)
    [[ -n $spl_total ]] || { echo "no SpatiaLite total from ogrinfo (has GDAL's SQLite dialect SpatiaLite?):" >&2; cat "$tmp/out" "$tmp/err" >&2; exit 1; }
    time_cmd "$tmp/py" -- "$python" "$oracle" "$file" --ellps GRS80 --json
    py_total=$(tail -n 1 "$tmp/out" | json total_length_m)
  done
  if [[ ${SPATIALITE_NATIVE:-0} == 1 ]]; then
    time_cmd "$tmp/native_t" -- ogrinfo "$db" -q -dialect SQLite -sql "$sql"
    echo "$name $(tail -n 1 "$tmp/native_t") $(spatialite_sum)" >>"$tmp/native"
  fi

  read -r es em < <(median "$tmp/eco")
  read -r ss sm < <(median "$tmp/spl")
  read -r ps pm < <(median "$tmp/py")
  vertices=$(json statistics vertices <"$tmp/eco.json")
  segments=$(json statistics segments <"$tmp/eco.json")
  eco_total=$(json denominator_m <"$tmp/eco.json")
  expected=$data/expected/$name.grs80.jsonl
  if [[ -f $expected ]]; then ref=$(tail -n 1 "$expected" | json total_length_m); ref_from=expected/$name.grs80.jsonl
  else ref=$py_total; ref_from="pyproj oracle, this run (no expected/$name.grs80.jsonl)"; fi
  echo "$name $es $ss $ps $em $sm $pm $segments $vertices" >>"$tmp/times"
  echo "$name $ref $eco_total $spl_total $py_total $ref_from" >>"$tmp/totals"
done

echo
printf '%-30s %10s %12s %9s %7s %9s %13s %15s %11s\n' file ecospace_s spatialite_s pyproj_s vs_spl vs_pyproj \
  ecospace_MiB spatialite_MiB pyproj_MiB
while read -r name es ss ps em sm pm segments vertices; do
  printf '%-30s %10s %12s %9s %7s %9s %13s %15s %11s   (%s segments, %s vertices)\n' "$name" "$es" "$ss" "$ps" \
    "$(awk -v e="$es" -v o="$ss" 'BEGIN {printf "%.2f", e / o}')" "$(awk -v e="$es" -v o="$ps" 'BEGIN {printf "%.2f", e / o}')" \
    $((em / 1024)) $((sm / 1024)) $((pm / 1024)) "$segments" "$vertices"
done <"$tmp/times"
echo "vs = ecospace time / peer time (below 1 means EcoSpace is faster); MiB = peak resident memory"

echo
printf '%-30s %18s %18s %9s %18s %9s %18s %9s\n' file reference_m ecospace_m d_mm spatialite_m d_mm pyproj_m d_mm
while read -r name ref eco spl py ref_from; do
  printf '%-30s %18.3f %18.3f %9s %18.3f %9s %18.3f %9s   (reference: %s)\n' "$name" "$ref" "$eco" "$(mm "$eco" "$ref")" \
    "$spl" "$(mm "$spl" "$ref")" "$py" "$(mm "$py" "$ref")" "$ref_from"
done <"$tmp/totals"
echo "GRS80 totals in m; d_mm = total - reference in mm (ecospace = denominator_m, all segments count)"

echo
echo "in-process kernel, the shoreline ratio over each file (measure-kernel): all cores, then pinned to one"
dotnet "$kernel" measure-kernel "$perf/east-china-coast-gshhg-full.geojson" "$tmp/asia-coast-gshhg-full.geojson"
taskset -c 0 dotnet "$kernel" measure-kernel "$perf/east-china-coast-gshhg-full.geojson" "$tmp/asia-coast-gshhg-full.geojson"

if [[ -s $tmp/native ]]; then
  echo
  while read -r name s kb total; do
    echo "$name: ogrinfo -dialect SQLite (native, on the GeoPackage's own connection) ${s} s, $((kb / 1024)) MiB, total $total m"
  done <"$tmp/native"
fi
echo "load at end: $(uptime | sed 's/.*load average: //')"
