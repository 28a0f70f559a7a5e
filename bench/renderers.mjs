// ECharts' SVG renderer against its canvas renderer, for the app's own default chart (issue 12):
// 13 years of decisions stacked by outcome plus applications as a line. Run by bench/run.sh after
// bench/bench.mjs; see bench/README.md.
//
//   node bench/renderers.mjs [--runs 5] [--out target/bench]
//
// 1. Drawing, in the same throttled Chromium as bench.mjs (its mobile emulation, 4x slower CPU
//    and slow 4G): a page with the stock `echarts/dist/echarts.min.js` (5.6.0, which has both
//    renderers) and a chart box of the size the app's chart has in that viewport (380 x 352 CSS
//    px at 412 px wide: the prerender's `sizes`). Per renderer, RUNS fresh contexts, alternating:
//    echarts.init + setOption of the option in bench/chart-option.json, timed to setOption's
//    return, to the first `rendered` event and to the first `finished` event (which comes after
//    ECharts' 1 s intro animation, as in the app); the JS heap after a GC before and after.
// 2. Bytes: the app's own ECharts build (js/echarts-entry.js, bundled as Trunk's pre_build hook
//    does) built from copies under target/, as it is, with SVGRenderer added, and with SVGRenderer
//    instead of CanvasRenderer; brotli quality 11 as scripts/post-build/precompress.mjs does.
//
// The option is the app's default chart option, light theme, as the first view's prerender
// builds it, taken from the Rust domain at every run (never a saved copy):
//   cargo run --offline --quiet --example prerender -- public/data/nk-asylum.json   (JSON on stdout)
// `.views[0].chart.light`.
//
// Times are reported, never asserted.
import { chromium } from 'playwright-core';
import { mkdir, writeFile, readFile, copyFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { loadavg } from 'node:os';
import { serve } from './server.mjs';
import { brotliOptions } from '../scripts/post-build/precompress.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const RUNS = Number(args.runs || 5);
const OUT = resolve(ROOT, args.out || 'target/bench');
const WORK = join(OUT, 'renderers');

import { CHROMIUM, FLAGS, MOBILE, SLOW_4G, CPU_SLOWDOWN, median } from './emulation.mjs';
const CHART = { width: 380, height: 352 }; // the app's chart box at 412 px (prerender `sizes`)
const fmtMs = v => (v === null ? 'n/a' : `${v.toFixed(0)} ms`);
const fmtB = v => (v === null ? 'n/a' : `${Math.round(v).toLocaleString('en-GB')} B`);
const fmtMiB = v => (v === null ? 'n/a' : `${(v / 2 ** 20).toFixed(2)} MiB`);

// The drawing page: the chart box and the stock ECharts build, nothing else.
async function stage() {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  await copyFile(join(ROOT, 'node_modules/echarts/dist/echarts.min.js'), join(WORK, 'echarts.min.js'));
  await writeFile(
    join(WORK, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>renderers</title></head>
<body style="margin:16px"><div id="chart" style="width:${CHART.width}px;height:${CHART.height}px"></div>
<script src="echarts.min.js"></script></body></html>\n`,
  );
}

// Runs in the page: one first draw with the given renderer; resolves at the first `finished`.
function draw({ option, renderer }) {
  return new Promise((ok, fail) => {
    const el = document.getElementById('chart');
    const t0 = performance.now();
    const chart = window.echarts.init(el, null, { renderer });
    let rendered = null;
    chart.on('rendered', () => {
      if (rendered === null) rendered = performance.now() - t0;
    });
    chart.on('finished', () =>
      ok({
        setOption,
        rendered,
        finished: performance.now() - t0,
        // What the renderer leaves in the DOM: one canvas, or one element per shape.
        elements: el.querySelectorAll('*').length,
      }),
    );
    chart.setOption(option);
    const setOption = performance.now() - t0;
    setTimeout(() => fail(new Error('no finished event within 20 s')), 20_000);
  });
}

async function drawRun(browser, url, option, renderer) {
  const context = await browser.newContext(MOBILE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(300); // let the script's own start-up work settle
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const t = await page.evaluate(draw, { option, renderer });
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { ...t, heapBefore: before, heapAfter: after, heapDelta: after - before };
  } finally {
    await context.close();
  }
}

// The app's ECharts build, from a copy of js/echarts-entry.js (which stays as it is) with its
// renderer import and registration changed; bundled with the hook's esbuild flags (Trunk.toml).
async function bundleSizes() {
  const entry = await readFile(join(ROOT, 'js/echarts-entry.js'), 'utf8');
  // The app registers both renderers (canvas on screen, SVG for "Download image (SVG)").
  const IMPORT = "import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';";
  const USE = 'AriaComponent, CanvasRenderer, SVGRenderer]);';
  if (!entry.includes(IMPORT) || !entry.includes(USE)) throw new Error('js/echarts-entry.js no longer has the lines this edits');
  const variants = [
    {
      name: 'canvas only',
      source: entry.replace(IMPORT, "import { CanvasRenderer } from 'echarts/renderers';").replace(USE, 'AriaComponent, CanvasRenderer]);'),
    },
    { name: 'app build as it is (canvas + SVG)', source: entry },
    {
      name: 'SVG only',
      source: entry.replace(IMPORT, "import { SVGRenderer } from 'echarts/renderers';").replace(USE, 'AriaComponent, SVGRenderer]);'),
    },
  ];
  const rows = [];
  for (const [i, v] of variants.entries()) {
    const input = join(WORK, `echarts-entry-${i}.js`);
    const output = join(WORK, `echarts-${i}.min.js`);
    await writeFile(input, v.source);
    execFileSync(
      join(ROOT, 'node_modules/.bin/esbuild'),
      [input, '--bundle', '--minify', '--format=iife', '--target=es2017', '--log-level=warning', `--outfile=${output}`],
      { cwd: ROOT, stdio: 'inherit' },
    );
    const raw = await readFile(output);
    const br = zlib.brotliCompressSync(raw, brotliOptions(output, raw.length));
    rows.push({ name: v.name, raw: raw.length, brotli: br.length });
  }
  return rows;
}

async function main() {
  const load = { before: loadavg().map(x => x.toFixed(2)) };
  const prerender = execFileSync('cargo', ['run', '--offline', '--quiet', '--example', 'prerender', '--',
    join(ROOT, 'public/data/nk-asylum.json')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const option = JSON.parse(JSON.parse(prerender).views[0].chart.light);
  const bars = option.series.filter(s => s.type === 'bar');
  console.log(
    `option: ${option.series.length} series (${bars.length} bars stacked, ${option.series.length - bars.length} line), ${bars[0]?.data.length} categories`,
  );
  await stage();
  const sizes = await bundleSizes();
  const server = await serve(WORK);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const samples = { canvas: [], svg: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const renderer of i % 2 === 0 ? ['canvas', 'svg'] : ['svg', 'canvas']) {
        const r = await drawRun(browser, server.url, option, renderer);
        samples[renderer].push(r);
        console.log(
          `run ${i + 1}/${RUNS} ${renderer.padEnd(6)} setOption ${fmtMs(r.setOption)}, rendered ${fmtMs(r.rendered)}, finished ${fmtMs(r.finished)}, ` +
            `heap ${fmtMiB(r.heapBefore)} -> ${fmtMiB(r.heapAfter)}, ${r.elements} elements`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  load.after = loadavg().map(x => x.toFixed(2));
  const m = Object.fromEntries(
    Object.entries(samples).map(([k, xs]) => [
      k,
      Object.fromEntries(['setOption', 'rendered', 'finished', 'heapBefore', 'heapAfter', 'heapDelta', 'elements'].map(f => [f, median(xs.map(x => x[f]))])),
    ]),
  );
  const c = m.canvas;
  const s = m.svg;
  const base = sizes[0];
  const md = [
    `Renderers: ${RUNS} first draws each (medians), stock ECharts 5.6.0, chart ${CHART.width}×${CHART.height} CSS px, mobile emulation, CPU ${CPU_SLOWDOWN}× slower; ` +
      `load average ${load.before.join(' ')} before, ${load.after.join(' ')} after.`,
    '',
    '| First draw of the default chart | canvas | SVG | SVG / canvas |',
    '|---|---:|---:|---:|',
    `| init + setOption returned | ${fmtMs(c.setOption)} | ${fmtMs(s.setOption)} | ${(s.setOption / c.setOption).toFixed(2)} |`,
    `| to the first \`rendered\` | ${fmtMs(c.rendered)} | ${fmtMs(s.rendered)} | ${(s.rendered / c.rendered).toFixed(2)} |`,
    `| to the first \`finished\` (after the 1 s intro animation) | ${fmtMs(c.finished)} | ${fmtMs(s.finished)} | ${(s.finished / c.finished).toFixed(2)} |`,
    `| JS heap after the draw (after GC) | ${fmtMiB(c.heapAfter)} | ${fmtMiB(s.heapAfter)} | ${(s.heapAfter / c.heapAfter).toFixed(2)} |`,
    `| ↳ of which the chart (after − before init) | ${fmtMiB(c.heapDelta)} | ${fmtMiB(s.heapDelta)} | ${(s.heapDelta / c.heapDelta).toFixed(2)} |`,
    `| DOM elements in the chart box | ${c.elements} | ${s.elements} | |`,
    '',
    "| The app's ECharts build (`js/echarts-entry.js`) | raw | brotli -q11 | brotli change |",
    '|---|---:|---:|---:|',
    ...sizes.map((r, i) => `| ${r.name} | ${fmtB(r.raw)} | ${fmtB(r.brotli)} | ${i === 0 ? '' : `${r.brotli >= base.brotli ? '+' : ''}${(r.brotli - base.brotli).toLocaleString('en-GB')} B`} |`),
  ].join('\n');
  console.log('\n' + md);
  await writeFile(join(OUT, 'renderers.md'), md + '\n');
  await writeFile(join(OUT, 'renderers.json'), JSON.stringify({ load, runs: RUNS, chart: CHART, sizes, medians: m, samples }, null, 2));
  console.log(`\nwrote ${join(OUT, 'renderers.md')} and ${join(OUT, 'renderers.json')}`);
}

await main();
