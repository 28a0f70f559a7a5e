// Post-build step (first, before csp.mjs): the first view. The default state's story, standalone
// and embedded, rendered from the app's own components by `cargo run --example prerender`, with
// its chart drawn by ECharts' server-side SVG renderer (the npm ECharts the app ships) from the
// option the Rust domain builds: one option, two renderers. Into the staged index.html it writes
//
// - `<template id="first-view-page">` and `<template id="first-view-embed">`: the story's markup,
//   whose chart slot holds a <picture> of SVG drawings at the widths in
//   src/domain/first_view.rs, light and dark, picked by media queries (an <img>, so the SVG's
//   own styles stay out of the page's CSP), with the chart's text alternative as its alt;
// - (start-links.mjs, after csp.mjs) `<template id="start-links">`: the preloads of the app's
//   files, which would otherwise share the network with the first paint;
// - the addresses that show the default state (a JSON data block) and a small inline script,
//   allowed by its hash in the policy (index.html's meta and public/_headers; the build fails,
//   giving the hash, when they lack it). For a default address it stamps the right template
//   into #app before the first paint; for any other it stamps nothing and adds the preloads at
//   once, and the app starts as soon as it can (boot-<hash>.js, csp.mjs).
//
// The SVG files are named by a hash of their content, under first-view/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(import.meta.url);

// Runs in the reader's browser, inline (its hash is in the policy): keep it free of build data.
export const STAMP = `(function () {
  var root = document.documentElement, app = document.getElementById('app');
  var a = JSON.parse(document.getElementById('first-view-addresses').textContent);
  var layout = 'page', seen = {}, pairs = location.search.slice(1).split('&');
  for (var i = 0; i < pairs.length && layout; i++) {
    var pair = pairs[i], key = pair.split('=')[0];
    if (!pair || a.foreign.indexOf(key) >= 0 || key.indexOf(a.foreign_prefix) === 0) continue;
    if (seen[key]) layout = null;
    else if (a.embed.indexOf(pair) >= 0) layout = 'embed';
    else if (a.neutral.indexOf(pair) < 0) layout = null;
    seen[key] = 1;
  }
  if (layout === 'embed' || /(?:^|[?&])embed=(?:1|true)(?:&|$)/.test(location.search)) root.setAttribute('data-embed', '1');
  var view = layout && document.getElementById('first-view-' + layout);
  var loading = app && app.querySelector('.status-loading');
  if (view && loading) {
    root.setAttribute('data-first-view', layout);
    app.replaceChild(view.content.cloneNode(true), loading);
    var fallback = app.querySelector('.fallback'); // for readers without JavaScript
    if (fallback) fallback.parentNode.removeChild(fallback);
  } else {
    var links = document.getElementById('start-links');
    if (links) document.head.appendChild(links.content.cloneNode(true));
    if (links) links.remove();
  }
})();`;

/** The last run's prerender output and SVG renderer, for the steps after this one (share-card). */
export const rendered = { views: null, echarts: null, drawSvg };

const hash = text => createHash('sha256').update(text).digest('hex').slice(0, 16);
export const cspHash = text => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const escapeAttr = text => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// Inside a <script type="application/json">: only "</" could end it early.
const jsonBlock = value => JSON.stringify(value).replace(/<\//g, '<\\/');

/** The Rust side's output: the views, their charts and the default addresses. */
function prerender() {
  const out = execFileSync('cargo', ['run', '--offline', '--quiet', '--example', 'prerender', '--',
    path.join(root, 'public/data/nk-asylum.json')], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out);
}

/** The chart, drawn by ECharts' server-side renderer at one size: an SVG document. */
function drawSvg(echarts, option, { width, height }) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...JSON.parse(option), animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The <picture> for one chart; writes its SVG files into `dir`. */
async function picture(echarts, chart, stagingDir) {
  const dir = path.join(stagingDir, 'first-view');
  await mkdir(dir, { recursive: true });
  const sources = [];
  let fallback = null;
  for (const size of chart.sizes) { // widest first: the first matching <source> wins
    const files = {};
    for (const theme of ['dark', 'light']) {
      const svg = drawSvg(echarts, chart[theme], size);
      const name = `first-view/${chart.id}-${hash(svg)}.svg`;
      await writeFile(path.join(stagingDir, name), svg);
      files[theme] = name;
    }
    const wide = size === chart.sizes.at(-1) ? '' : ` and (min-width: ${size.viewport}px)`;
    sources.push(`<source media="(prefers-color-scheme: dark)${wide}" srcset="${files.dark}">`);
    if (wide) sources.push(`<source media="(min-width: ${size.viewport}px)" srcset="${files.light}">`);
    fallback = { ...size, src: files.light };
  }
  // `elementtiming`: the benchmark's "chart on screen" (bench/bench.mjs).
  return `<picture>${sources.join('')}<img src="${fallback.src}" width="${fallback.width}" elementtiming="chart" ` +
    `height="${fallback.height}" alt="${escapeAttr(chart.alt)}"></picture>`;
}

export async function run(stagingDir) {
  const indexFile = path.join(stagingDir, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  const marker = html.match(/<!-- first-view\b[\s\S]*?-->/)?.[0];
  if (!marker) throw new Error('first-view: index.html has no <!-- first-view --> comment in #app');

  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
  const allowed = cspHash(STAMP);
  if (!policy.includes(allowed)) {
    throw new Error(`first-view: the policy (index.html's meta, public/_headers, docs/deploy.md) must allow the inline script: add ${allowed} to script-src`);
  }

  const { views, addresses } = prerender();
  const echarts = require(path.join(root, 'node_modules/echarts'));
  rendered.views = views;
  rendered.echarts = echarts;
  const templates = [];
  for (const view of views) {
    const slot = new RegExp(`(<div\\b[^>]*\\bdata-first-paint="${view.chart.id}"[^>]*>)(</div>)`);
    if (!slot.test(view.html)) throw new Error(`first-view: no slot for chart ${view.chart.id} in the ${view.id} view`);
    const story = view.html.replace(slot, `$1${await picture(echarts, view.chart, stagingDir)}$2`);
    templates.push(`<template id="first-view-${view.id}"><div class="story-root" data-first-view="${view.id}">${story}</div></template>`);
  }

  html = html.replace(marker, [
    ...templates,
    `<script type="application/json" id="first-view-addresses">${jsonBlock(addresses)}</script>`,
    `<script>${STAMP}</script>`,
  ].join('\n'));
  await writeFile(indexFile, html);
  console.log(`first-view: ${views.map(v => v.id).join(', ')}, ${views.reduce((n, v) => n + 2 * v.chart.sizes.length, 0)} chart drawings`);
}
