#!/usr/bin/env bash
# The floor under issue 5's byte budget, measured: the first view of the smallest app this stack
# can make (bench/floor/src/main.rs: Leptos CSR + serde_json + gloo-net + charming, one number and
# one bar chart), with the smallest ECharts that draws a bar chart (core, BarChart, the grid
# without axis pointers, canvas), against 0.8 x the baseline. Prints brotli bytes.
#   bash bench/floor/run.sh        (about 3 minutes; needs scripts/setup.sh's tools)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/env.sh
. scripts/env.sh
OUT=target/floor
mkdir -p "$OUT"
cargo build --manifest-path bench/floor/Cargo.toml --release --target wasm32-unknown-unknown \
  --target-dir "$OUT/cargo" --offline --quiet
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$OUT/cargo/wasm32-unknown-unknown/release/nk-floor.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals "$OUT/nk-floor_bg.wasm" -o "$OUT/nk-floor_bg.wasm"
cat > "$OUT/echarts-entry.js" <<'JS'
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([BarChart, GridSimpleComponent, CanvasRenderer]);
window.echarts = echarts;
JS
esbuild "$OUT/echarts-entry.js" --bundle --minify --format=iife --target=es2017 --log-level=warning \
  --outfile="$OUT/echarts.min.js"
node --input-type=module - "$OUT" <<'JS'
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
const out = process.argv[2];
const br = p => zlib.brotliCompressSync(readFileSync(p), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const base = ['bench/baseline/index.html', 'bench/baseline/app.js', 'node_modules/echarts/dist/echarts.min.js',
  'public/data/nk-asylum.json'].map(br).reduce((a, b) => a + b);
const parts = [['wasm', `${out}/nk-floor_bg.wasm`], ['wasm-bindgen glue', `${out}/nk-floor.js`],
  ['ECharts: core, bar, grid, canvas', `${out}/echarts.min.js`], ['data', 'public/data/nk-asylum.json']];
let total = 0;
for (const [name, path] of parts) {
  const n = br(path);
  total += n;
  console.log(`${name.padEnd(34)} ${String(n).padStart(8)} B`);
}
console.log(`${'floor (no HTML, CSS or loader)'.padEnd(34)} ${String(total).padStart(8)} B`);
console.log(`${'issue 5 budget: 0.8 x baseline'.padEnd(34)} ${String(Math.floor(0.8 * base)).padStart(8)} B  (baseline ${base} B)`);
JS
