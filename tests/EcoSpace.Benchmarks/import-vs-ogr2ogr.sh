#!/usr/bin/env bash
# Import benchmark (issue 2): the same GeoJSON files into a fresh GeoPackage, EcoSpace's
# `ecospace import` side by side with GDAL's `ogr2ogr -f GPKG`, whole commands, same run.
# Prints the median wall time of each over RUNS runs, the ratio, and both peak RSS; then, for
# context, EcoSpace's baseline (a one-feature import: startup and runtime) and a read command.
#   tests/EcoSpace.Benchmarks/import-vs-ogr2ogr.sh [RUNS]     (see README.md beside this script)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
perf=../shared/data/perf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dotnet build src/EcoSpace.Cli -c Release -nologo -v quiet >/dev/null
ecospace=src/EcoSpace.Cli/bin/Release/net10.0/ecospace
gunzip -c "$perf/asia-coast-gshhg-full.geojson.gz" >"$tmp/asia-coast-gshhg-full.geojson"

# time_cmd OUT -- command...: appends "seconds max_rss_kb" of one run to OUT.
time_cmd() { local out=$1; shift 2; /usr/bin/time -o "$tmp/t" -f "%e %M" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }; cat "$tmp/t" >>"$out"; }
median() { sort -n -k1,1 "$1" | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

printf '%-34s %10s %10s %8s %14s %14s\n' file ecospace_s ogr2ogr_s ratio ecospace_MiB ogr2ogr_MiB
for file in "$perf/east-china-coast-gshhg-full.geojson" "$tmp/asia-coast-gshhg-full.geojson"; do
  : >"$tmp/eco"; : >"$tmp/ogr"
  for _ in $(seq "$runs"); do
    rm -f "$tmp"/e.gpkg* "$tmp"/o.gpkg*
    "$ecospace" --db "$tmp/e.gpkg" init >/dev/null
    time_cmd "$tmp/eco" -- "$ecospace" --db "$tmp/e.gpkg" import "$file" --kind shoreline
    time_cmd "$tmp/ogr" -- ogr2ogr -f GPKG "$tmp/o.gpkg" "$file" -nln shoreline
  done
  read -r es em < <(median "$tmp/eco")
  read -r os om < <(median "$tmp/ogr")
  size_mib=$(( $(stat -c %s "$file") / 1048576 ))
  printf '%-34s %10s %10s %8s %14s %14s   (file %s MiB)\n' "$(basename "$file")" "$es" "$os" \
    "$(awk -v e="$es" -v o="$os" 'BEGIN {printf "%.2f", e / o}')" $((em / 1024)) $((om / 1024)) "$size_mib"
done
echo "ratio = ecospace time / ogr2ogr time (below 1 means EcoSpace is faster); MiB = peak resident memory"

# Context: what any EcoSpace command pays (runtime start, assemblies, SQLite), so that an import's
# memory can be read as growth above it; and a read command (EF Core) on the store just filled.
printf '{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[119.3,34.7],[119.4,34.8]]}}\n' >"$tmp/tiny.geojson"
: >"$tmp/tiny"; : >"$tmp/layers"
for _ in $(seq "$runs"); do
  rm -f "$tmp"/t.gpkg*
  "$ecospace" --db "$tmp/t.gpkg" init >/dev/null
  time_cmd "$tmp/tiny" -- "$ecospace" --db "$tmp/t.gpkg" import "$tmp/tiny.geojson" --kind shoreline
  time_cmd "$tmp/layers" -- "$ecospace" --db "$tmp/e.gpkg" layers
done
read -r ts tm < <(median "$tmp/tiny")
read -r ls lm < <(median "$tmp/layers")
printf 'baseline: one-feature import %s s, %s MiB; ecospace layers (after the last import) %s s, %s MiB\n' "$ts" $((tm / 1024)) "$ls" $((lm / 1024))
