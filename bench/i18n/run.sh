#!/usr/bin/env bash
# What a translation catalogue costs in shipped wasm bytes (the Korean edition): the same 12
# app-like messages (bench/i18n/*/src/lib.rs) built three ways, only the catalogue differing:
#   baseline  English only, format! strings, no catalogue (the app today)
#   typed     trait Catalogue, one method per message, En + Ko impls, &'static dyn at run time
#   fluent    fluent-bundle, en.ftl + ko.ftl by include_str!, FluentBundle built at run time
# Each is built with the app's release profile, then wasm-bindgen --target web and wasm-opt -Oz
# as trunk does for the app; prints brotli (q11) bytes of the wasm and of the glue, and the
# increase over baseline. Also checks that the three print the same English and that typed and
# fluent print the same Korean.
#   bash bench/i18n/run.sh        (about 1 minute from cold; needs scripts/setup.sh's tools)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/env.sh
. scripts/env.sh
OUT=target/i18n
VARIANTS=(baseline typed fluent)
mkdir -p "$OUT"
echo '{"type":"module"}' > "$OUT/package.json"   # the glue is an ES module; spares Node a warning
nice -n 10 cargo build --manifest-path bench/i18n/Cargo.toml --release --target wasm32-unknown-unknown \
  --target-dir "$OUT/cargo" --locked --quiet
for v in "${VARIANTS[@]}"; do
  wasm-bindgen --target web --no-typescript --out-dir "$OUT/$v" \
    "$OUT/cargo/wasm32-unknown-unknown/release/nk_i18n_$v.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals "$OUT/$v/nk_i18n_${v}_bg.wasm" -o "$OUT/$v/nk_i18n_${v}_bg.wasm"
done
node --input-type=module - "$OUT" "${VARIANTS[@]}" <<'JS'
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
const [out, ...variants] = process.argv.slice(2);
const br = buf => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const rendered = {};
const rows = [];
for (const v of variants) {
  const wasm = `${out}/${v}/nk_i18n_${v}_bg.wasm`, glue = `${out}/${v}/nk_i18n_${v}.js`;
  const m = await import(pathToFileURL(resolve(glue)).href);
  m.initSync({ module: readFileSync(wasm) });
  // Two sets of figures, so that both sides of every English plural are printed.
  rendered[v] = [0, 1].map(lang => [[1328, 902, 2003, 2015], [1329, 901, 2010, 2011]]
    .map(([a, b, from, to]) => m.render(lang, a, b, from, to)).join('\n\n'));
  rows.push([v, readFileSync(wasm).length, br(readFileSync(wasm)), br(readFileSync(glue))]);
}
const [, , bw, bg] = rows[0];
const pad = (s, n) => String(s).padStart(n);
console.log(`${'variant'.padEnd(10)} ${pad('wasm raw', 9)} ${pad('wasm br', 8)} ${pad('glue br', 8)} ${pad('delta br', 9)}`);
for (const [v, raw, w, g] of rows) {
  const d = w + g - bw - bg;
  console.log(`${v.padEnd(10)} ${pad(raw, 9)} ${pad(w, 8)} ${pad(g, 8)} ${pad((d > 0 ? '+' : '') + d, 9)}`);
}
const ko = readFileSync('bench/i18n/fluent/ko.ftl');
console.log(`(the Korean text itself, ko.ftl: ${ko.length} B raw, ${br(ko)} B brotli)`);
const same = (a, b, what) => { if (a !== b) { console.error(`MISMATCH ${what}:\n${a}\n---\n${b}`); process.exitCode = 1; } };
for (const v of variants.slice(1)) same(rendered.baseline[0], rendered[v][0], `English, baseline vs ${v}`);
same(rendered.typed[1], rendered.fluent[1], 'Korean, typed vs fluent');
if (process.env.NK_I18N_SHOW) console.log(`\n${rendered.typed[0]}\n\n${rendered.typed[1]}`);
JS
