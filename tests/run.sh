#!/usr/bin/env bash
# The one test command: installs what the tests need (only what is missing), builds, runs every
# test project, and ends with one line "N passed, N failed, N skipped" totalled over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
/usr/bin/python3 -c "import pyproj, geographiclib" >/dev/null 2>&1 || need+=(python3-pyproj python3-geographiclib)
# The build runs npm for the map client (src/EcoSpace.Web/Client.targets) once the client exists.
if [ -f src/EcoSpace.Web/client/package.json ] && ! command -v npm >/dev/null 2>&1; then need+=(nodejs npm); fi
# Browser tests: Debian's chromium driven by Playwright (never `playwright install`), CJK glyphs for the screenshots.
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build EcoSpace.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

passed=0; failed=0; skipped=0
for project in tests/*.Tests/*.csproj; do
  out=$(dotnet test "$project" -c Release --no-build -nologo 2>&1)
  rc=$?
  echo "$out" | grep -Ev '^\s*$' | tail -n 40
  line=$(echo "$out" | grep -E '(Passed|Failed)!\s+- Failed:' | tail -n 1)
  if [ -z "$line" ]; then
    echo "no test summary from $project (exit $rc): counted as one failure"
    failed=$((failed + 1)); continue
  fi
  f=$(echo "$line" | sed -E 's/.*Failed:\s*([0-9]+).*/\1/')
  p=$(echo "$line" | sed -E 's/.*Passed:\s*([0-9]+).*/\1/')
  s=$(echo "$line" | sed -E 's/.*Skipped:\s*([0-9]+).*/\1/')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
