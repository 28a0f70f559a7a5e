// Size budget (issue 5), part of scripts/test.sh:  node tests/size_budget.mjs dist
//
// Compares the brotli bytes (quality 11, as scripts/post-build/precompress.mjs writes them) of
// the first view of the built app with those of the plain-JavaScript baseline.
//
// Issue 5's target is first view <= 0.8 x baseline. It is NOT met (about 1.3 x), and cannot be
// with this stack: `bash bench/floor/run.sh` measures the smallest Leptos + charming app with the
// smallest ECharts that draws a bar chart, and that floor is already over the target (README,
// "Performance"). So the target is reported, not enforced. What fails the test command is a
// regression ceiling just above today's first view (CEILING_BYTES): nothing may make the page
// heavier unnoticed. Lower the ceiling whenever the first view shrinks.
//
// First view = index.html (with its stylesheet inside) and every same-origin file it loads before
// the first chart: the scripts (boot/start loaders, wasm-bindgen glue, ECharts bundle), the wasm, and
// data/nk-asylum.json, which the app fetches. They are found by following src/href attributes in
// index.html and './name.ext' string literals in the scripts it loads (how Trunk's and csp.mjs's
// loaders name the next file); only names that exist in dist/ count.
// Baseline = bench/baseline/index.html and bench/baseline/app.js (the page the benchmark
// measures), the stock node_modules/echarts/dist/echarts.min.js and the same JSON.
//
// Bytes only: deterministic, no timing. Prints a table and `size budget: N passed, M failed`.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname, extname, normalize, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = 0.8;
/**
 * The first view was 365,714 B brotli on 2026-11-29 and 387,584 B on 2026-12-02, after the
 * story model with coverage (+7.4 KB of wasm), the hardening (+3.1 KB), the embed layout
 * (+3.2 KB) and the embed generator's live preview (+5 KB), each measured alone (README,
 * "Sizes"); 405,839 B after issue 12 (the take-over from the first view and Download SVG,
 * +5 KB of wasm; ECharts' SVG renderer for Download SVG, +7 KB; the two prerendered views in
 * index.html, +2.5 KB), which moved all of it off the first paint. The ceiling leaves about 2 %.
 */
const CEILING_BYTES = 445_000;
/**
 * Issue 12: the first paint of the default address (its story and chart, from the HTML: the
 * build-time first view) may take at most this share of the baseline's bytes. First paint =
 * index.html (the stylesheet is inside it), the loader it starts (boot-<hash>.js, deferred, but fetched with
 * the page) and the largest of the chart's pictures (first-view/*.svg; the browser fetches one).
 */
const FIRST_PAINT_SHARE = 0.15;
const DATA = 'data/nk-asylum.json';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node tests/size_budget.mjs <dist-dir>');
  process.exit(2);
}

function sizes(path) {
  const raw = readFileSync(path);
  const br = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [zlib.constants.BROTLI_PARAM_MODE]:
        extname(path) === '.wasm' ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
    },
  });
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length, brotli: br.length };
}

/**
 * Local file names referenced by `text`, resolved in `dir`: `src`/`href` attributes (not
 * `data-href`: the stylesheet's file, which the page only takes where the policy refuses its
 * inline copy), and in scripts also './x.js' literals.
 */
function references(text, dir, base, script) {
  const found = new Set();
  const patterns = [
    /\s(?:src|href)\s*=\s*["']([^"'#?]+)/g,
    ...(script ? [/["'`]((?:\.{1,2}\/)?[\w./-]+\.(?:m?js|wasm|css|json))["'`]/g] : []),
  ];
  for (const re of patterns) {
    for (const [, url] of text.matchAll(re)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue; // data:, https:, …
      const rel = normalize(join(base, url.startsWith('/') ? url.slice(1) : url));
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      const path = join(dir, rel);
      if (existsSync(path) && statSync(path).isFile()) found.add(rel);
    }
  }
  return found;
}

/** index.html plus everything reachable from it through HTML and scripts. */
function firstView(dir) {
  const files = new Set(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    const file = queue.shift();
    if (!/\.(html|m?js)$/.test(file)) continue;
    for (const ref of references(readFileSync(join(dir, file), 'utf8'), dir, dirname(file), /\.m?js$/.test(file))) {
      if (!files.has(ref)) {
        files.add(ref);
        queue.push(ref);
      }
    }
  }
  if (existsSync(join(dir, DATA))) files.add(DATA); // fetched by src/load.rs, not named in markup
  return [...files];
}

function kind(file) {
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.svg')) return 'picture';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.wasm')) return 'wasm';
  if (file.endsWith('.json')) return 'data';
  if (/echarts/i.test(file)) return 'echarts';
  return 'js';
}

function table(title, rows) {
  const w = Math.max(28, ...rows.map(r => r.name.length));
  const line = (name, k, s) =>
    `  ${name.padEnd(w)} ${k.padEnd(8)} ${String(s.raw).padStart(10)} ${String(s.gzip).padStart(10)} ${String(s.brotli).padStart(10)}`;
  console.log(`\n${title}`);
  console.log(`  ${'file'.padEnd(w)} ${'kind'.padEnd(8)} ${'raw B'.padStart(10)} ${'gzip-9 B'.padStart(10)} ${'brotli-11 B'.padStart(10)}`);
  for (const r of rows) console.log(line(r.name, r.kind, r));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k in total) total[k] += r[k];
  console.log(line('total', '', total));
  return total;
}

const problems = [];
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`size budget: no ${join(dist, 'index.html')} (build first: trunk build --release)`);
  console.log('size budget: 0 passed, 1 failed');
  process.exit(1);
}

// The chart's pictures are the first paint's (below), not the interactive app's.
const appRows = firstView(dist).filter(f => kind(f) !== 'picture')
  .map(f => ({ name: f, kind: kind(f), ...sizes(join(dist, f)) }));
// A first view without one of these would make the check meaningless (e.g. a loader rename that
// this script no longer follows): fail rather than pass on a partial count.
for (const k of ['html', 'js', 'wasm', 'echarts', 'data']) {
  if (!appRows.some(r => r.kind === k)) problems.push(`no ${k} file found in the first view of ${dist}`);
}

const stock = join(ROOT, 'node_modules/echarts/dist/echarts.min.js');
const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/echarts/package.json'), 'utf8')).version;
const dataFile = existsSync(join(dist, DATA)) ? join(dist, DATA) : join(ROOT, 'public', DATA);
const baselineFiles = [
  ['bench/baseline/index.html', join(ROOT, 'bench/baseline/index.html'), 'html'],
  ['bench/baseline/app.js', join(ROOT, 'bench/baseline/app.js'), 'js'],
  [`echarts.min.js (stock ${version})`, stock, 'echarts'],
  [DATA, dataFile, 'data'],
];
const baseRows = baselineFiles.map(([name, path, k]) => ({ name, kind: k, ...sizes(path) }));

const app = table(`First view of the app (${relative(process.cwd(), dist) || '.'})`, appRows);
const base = table('Baseline: plain page + stock ECharts + same JSON', baseRows);
const ratio = app.brotli / base.brotli;
const allowed = Math.floor(TARGET * base.brotli);
console.log(
  `\nbrotli: first view ${app.brotli} B, baseline ${base.brotli} B, ratio ${ratio.toFixed(3)} ` +
    `(issue 5 target <= ${TARGET} x baseline = ${allowed} B: ${app.brotli <= allowed ? `met, ${allowed - app.brotli} B to spare` : `NOT MET, ${app.brotli - allowed} B over`})`,
);
console.log(`regression ceiling: first view <= ${CEILING_BYTES} B (${CEILING_BYTES - app.brotli} B to spare)`);
const byKind = {};
for (const r of appRows) byKind[r.kind] = (byKind[r.kind] || 0) + r.brotli;
console.log(
  'first view by kind (brotli B): ' +
    Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', '),
);
if (app.brotli > CEILING_BYTES) problems.push(`first view is ${app.brotli} B brotli, over the regression ceiling of ${CEILING_BYTES} B`);

// First paint: the page, what its head loads, and the largest picture any width would fetch.
const page = readFileSync(join(dist, 'index.html'), 'utf8');
const head = page.slice(0, page.indexOf('</head>'));
if (!/<style id="nk-style"/.test(head)) problems.push('the stylesheet is not in the page (scripts/post-build/inline-style.mjs)');
const headFiles = [...references(head.replace(/<template\b[\s\S]*?<\/template>/g, ''), dist, '.', false)]
  .filter(f => /\.(css|m?js)$/.test(f));
const pictures = [...new Set([...page.matchAll(/\b(?:srcset|src)="(first-view\/[^"]+\.svg)"/g)].map(m => m[1]))];
if (!pictures.length) problems.push('no first-view picture in index.html (scripts/post-build/first-view.mjs)');
const pictureRows = pictures.map(f => ({ name: f, kind: 'picture', ...sizes(join(dist, f)) }));
const largest = pictureRows.reduce((a, b) => (b.brotli > (a?.brotli ?? -1) ? b : a), null);
const paintRows = ['index.html', ...headFiles].map(f => ({ name: f, kind: kind(f), ...sizes(join(dist, f)) }));
if (largest) paintRows.push({ ...largest, name: `${largest.name} (largest of ${pictures.length})` });
const paint = table('First paint of the default address (issue 12)', paintRows);
const paintAllowed = Math.floor(FIRST_PAINT_SHARE * base.brotli);
console.log(`first paint: ${paint.brotli} B brotli, ${(paint.brotli / base.brotli).toFixed(3)} x baseline ` +
  `(budget <= ${FIRST_PAINT_SHARE} x = ${paintAllowed} B)`);
if (paint.brotli > paintAllowed) problems.push(`first paint is ${paint.brotli} B brotli, over its budget of ${paintAllowed} B`);

for (const p of problems) console.log(`FAIL: ${p}`);
const failed = problems.length;
console.log(`size budget: ${Math.max(0, 2 - failed)} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
