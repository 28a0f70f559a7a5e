#!/usr/bin/env bash
# The benchmark (issues 5 and 12): builds the release, stages the plain-JavaScript baseline, serves
# both on 127.0.0.1 with their precompressed files, and measures them side by side in headless
# Chromium (bench/bench.mjs: the app's default URL, ?embed=1 and a state without first view) plus
# Lighthouse, then ECharts' SVG renderer against its canvas one (bench/renderers.mjs). Not part of
# scripts/test.sh: times are reported, not asserted.
#
#   bash bench/run.sh
#
# Environment (all optional):
#   BENCH_RUNS=5        cold loads (and tooltip loads, and renderer draws) per page, medians
#   BENCH_TOGGLES=50    source toggles per page
#   BENCH_LIGHTHOUSE=3  Lighthouse runs per page, median reported (0: skip)
#   BENCH_DIST=dir      measure this already-built dist/ instead of building
# Output: the tables on stdout, and target/bench/results.md + results.json, renderers.md + .json.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh >/dev/null          # idempotent: seconds when everything is installed
# shellcheck source=scripts/env.sh
. scripts/env.sh
echo "==== bench: npm ci in bench/ (lighthouse) ===="
(cd bench && npm ci --no-audit --no-fund --loglevel=error)

OUT=target/bench
mkdir -p "$OUT"
if [ -n "${BENCH_DIST:-}" ]; then
  DIST=$BENCH_DIST
else
  # Its own dist directory, so that a dist/ someone is serving or testing is left alone.
  DIST=$OUT/dist
  echo "==== bench: trunk build --release --dist $DIST ===="
  nice -n 10 trunk build --release --dist "$DIST"
fi

echo "==== bench: staging the baseline in $OUT/baseline ===="
rm -rf "$OUT/baseline"
mkdir -p "$OUT/baseline/data"
cp bench/baseline/index.html bench/baseline/app.js node_modules/echarts/dist/echarts.min.js "$OUT/baseline/"
cp "$DIST/data/nk-asylum.json" "$OUT/baseline/data/"   # the very file the app serves
node --input-type=module -e "
  const { run } = await import('$ROOT/scripts/post-build/precompress.mjs');
  await run('$OUT/baseline');
"

echo "==== bench: size budget (informative here; scripts/test.sh enforces it) ===="
node tests/size_budget.mjs "$DIST" || true

# Other jobs may share the 2 cores: the load average goes with the results.
echo "==== bench: measuring (/proc/loadavg: $(cat /proc/loadavg)) ===="
node bench/bench.mjs --app "$DIST" --baseline "$OUT/baseline" --out "$OUT" \
  --runs "${BENCH_RUNS:-5}" --toggles "${BENCH_TOGGLES:-50}" --lighthouse "${BENCH_LIGHTHOUSE:-3}"

echo "==== bench: ECharts renderers, SVG against canvas (/proc/loadavg: $(cat /proc/loadavg)) ===="
node bench/renderers.mjs --runs "${BENCH_RUNS:-5}" --out "$OUT"
