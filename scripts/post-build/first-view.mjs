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
// - the addresses that show the default state (a JSON data block) and two small inline scripts,
//   allowed by their hashes in the policy (index.html's meta and public/_headers; the build
//   fails, giving the hashes, when they lack them): one at the end of the head decides, before
//   anything is painted; one at the end of #app stamps the right template in place of
//   "Loading…". For any other address nothing is stamped, the preloads are added at once, and
//   the app starts as soon as it can (boot-<hash>.js, csp.mjs).
//
// It also writes the Korean edition's masthead, skip link and loading line beside the English
// ones (`editions` below), from the catalogue, for `lang=ko` (issue 13).
//
// The SVG files are named by a hash of their content, under first-view/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(import.meta.url);

// Both run in the reader's browser, inline (their hashes are in the policy): keep them free of
// build data (that is in the JSON block before them). The first, early in the head: decides from
// the address which first view the page shows, if any, and says so on the root element before
// anything is painted (the theme, the headline and the embed too), and preloads its
// chart picture; for any other address it adds the app's preloads at once.
export const HEAD_SCRIPT = `(function () {
  var root = document.documentElement;
  // A policy without this build's style hash (one written by hand) refuses the inline
  // stylesheet: take its file instead, before the first paint (inline-style.mjs).
  var style = document.getElementById('nk-style');
  if (style && !style.sheet) {
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = style.getAttribute('data-href');
    css.integrity = style.getAttribute('data-integrity');
    css.crossOrigin = 'anonymous';
    css.setAttribute('blocking', 'render');
    document.head.appendChild(css);
  }
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
  if (/(?:^|[?&])lang=ko(?:&|$)/.test(location.search)) {
    root.setAttribute('lang', 'ko');
    document.title = a.title_ko;
  }
  // The theme, the headline and the embed, as the app will mark them (ViewState::root_marks).
  for (var k = 0; k < a.root.length; k++) {
    if (pairs.indexOf(a.root[k][0]) >= 0) root.setAttribute(a.root[k][1], a.root[k][2]);
  }
  if (layout) {
    root.setAttribute('data-first-view', layout);
    // The chart's picture sits in a <template>, where the browser's preload scanner does not
    // look: fetch the one its <picture> will pick now.
    var sources = a.pictures[layout] || [];
    for (var j = 0; j < sources.length; j++) {
      if (sources[j][0] && !matchMedia(sources[j][0]).matches) continue;
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'image';
      link.href = sources[j][1];
      document.head.appendChild(link);
      break;
    }
  } else {
    preload();
  }
  function preload() {
    var links = document.getElementById('start-links');
    if (!links) return;
    document.head.appendChild(links.content.cloneNode(true));
    links.parentNode.removeChild(links);
  }
  window.nkPreload = preload;
})();`;

// The second, first in #app (right after the templates, before "Loading…" and the figures for
// readers without JavaScript, which style.css hides on a page with a first view): puts the
// chosen first view at the top of #app, so that nothing else there is ever painted.
export const BODY_SCRIPT = `(function () {
  var layout = document.documentElement.getAttribute('data-first-view');
  var view = layout && document.getElementById('first-view-' + layout);
  var app = document.getElementById('app');
  if (!view || !app) {
    document.documentElement.removeAttribute('data-first-view');
    if (layout && window.nkPreload) window.nkPreload();
    return;
  }
  app.insertBefore(view.content.cloneNode(true), app.firstChild);
})();`;

/** The last run's prerender output and SVG renderer, for the steps after this one (share-card). */
export const rendered = { views: null, shells: null, echarts: null, drawSvg };

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
  const candidates = []; // [media, file] in the <picture>'s order, for the head script's preload
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
    candidates.push([`(prefers-color-scheme: dark)${wide}`, files.dark]);
    if (wide) {
      sources.push(`<source media="(min-width: ${size.viewport}px)" srcset="${files.light}">`);
      candidates.push([`(min-width: ${size.viewport}px)`, files.light]);
    }
    fallback = { ...size, src: files.light };
  }
  // `elementtiming`: the benchmark's "chart on screen" (bench/bench.mjs).
  const html = `<picture>${sources.join('')}<img src="${fallback.src}" width="${fallback.width}" elementtiming="chart" ` +
    `height="${fallback.height}" alt="${escapeAttr(chart.alt)}"></picture>`;
  return { html, candidates: [...candidates, ['', fallback.src]] };
}

const escapeText = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const plain = text => text.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/**
 * The static page in both editions: index.html holds the English masthead, skip link and
 * loading line (marked data-edition="en"); the Korean ones, from the catalogue
 * (`domain::i18n::shell`), are written after them, `hidden` (so that a page without its
 * stylesheet, as in an opaque-origin frame, shows one edition), and style.css shows the ones
 * the root's `lang` asks for (the head script sets it for `lang=ko` before any paint). The build fails if
 * index.html's English no longer says what the catalogue's English says.
 */
function editions(html, shells) {
  const en = shells.find(s => s.lang === 'en-GB');
  const ko = shells.find(s => s.lang === 'ko');
  if (!en || !ko) throw new Error('first-view: the prerender printed no English or Korean shell');
  const parts = [
    [/<a id="skip-link"[^>]*data-edition="en"[^>]*>[\s\S]*?<\/a>/, [en.skip_to_figures],
      s => `<a id="skip-link-ko" class="skip-link" href="#app" lang="${s.lang}" data-edition="ko" hidden>${escapeText(s.skip_to_figures)}</a>`],
    [/<header class="masthead" data-edition="en">[\s\S]*?<\/header>/, [en.kicker, en.headline, en.standfirst],
      s => `<header class="masthead" lang="${s.lang}" data-edition="ko" hidden><p class="kicker">${escapeText(s.kicker)}</p>` +
        `<h1>${escapeText(s.headline)}</h1><p class="standfirst">${escapeText(s.standfirst)}</p></header>`],
    [/<div class="status status-loading" role="status" data-edition="en">[\s\S]*?<\/div>/, [en.loading],
      s => `<div class="status status-loading" role="status" lang="${s.lang}" data-edition="ko" hidden><p>${escapeText(s.loading)}</p></div>`],
  ];
  for (const [pattern, english, korean] of parts) {
    const found = html.match(pattern)?.[0];
    if (!found) throw new Error(`first-view: index.html has no ${pattern}`);
    const said = plain(found);
    if (said !== english.map(plain).join(' ')) {
      throw new Error(`first-view: index.html's English (${said}) differs from the catalogue's (${english.join(' ')}): change both`);
    }
    html = html.replace(found, `${found}\n${korean(ko)}`);
  }
  const title = plain(html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '');
  if (title !== en.title) throw new Error(`first-view: index.html's <title> (${title}) differs from the catalogue's (${en.title})`);
  return html;
}

export async function run(stagingDir) {
  const indexFile = path.join(stagingDir, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  const marker = html.match(/<!-- first-view\b[\s\S]*?-->/)?.[0];
  if (!marker) throw new Error('first-view: index.html has no <!-- first-view --> comment in #app');

  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
  for (const script of [HEAD_SCRIPT, BODY_SCRIPT]) {
    const allowed = cspHash(script);
    if (!policy.includes(allowed)) {
      throw new Error(`first-view: the policy (index.html's meta, public/_headers, docs/deploy.md) must allow the inline scripts: script-src needs ${[HEAD_SCRIPT, BODY_SCRIPT].map(cspHash).join(' ')}`);
    }
  }

  const { views, addresses, shells } = prerender();
  html = editions(html, shells);
  const korean = shells.find(s => s.lang === 'ko');
  const echarts = require(path.join(root, 'node_modules/echarts'));
  rendered.views = views;
  rendered.shells = shells;
  rendered.echarts = echarts;
  const templates = [];
  const pictures = {};
  for (const view of views) {
    const slot = new RegExp(`(<div\\b[^>]*\\bdata-first-paint="${view.chart.id}"[^>]*>)(</div>)`);
    if (!slot.test(view.html)) throw new Error(`first-view: no slot for chart ${view.chart.id} in the ${view.id} view`);
    const drawn = await picture(echarts, view.chart, stagingDir);
    pictures[view.id] = drawn.candidates;
    const story = view.html.replace(slot, `$1${drawn.html}$2`);
    templates.push(`<template id="first-view-${view.id}"><div class="story-root" data-first-view="${view.id}">${story}</div></template>`);
  }

  // After the viewport's meta (until it is parsed, a phone's media queries see a 980 px
  // viewport) and before the stylesheet's link (a script after a stylesheet that is still
  // loading waits for it, and this one should start the picture's download at once).
  // inline-style.mjs then puts the stylesheet itself between the two, for the head script's check.
  const meta = html.match(/<meta\b[^>]*name="viewport"[^>]*>/)?.[0];
  if (!meta) throw new Error('first-view: index.html has no viewport meta');
  if (html.indexOf(meta) > html.search(/<link\b[^>]*rel="stylesheet"/)) {
    throw new Error('first-view: the viewport meta must come before the stylesheet');
  }
  html = html.replace(meta, [
    meta,
    `<script type="application/json" id="first-view-addresses">${jsonBlock({ ...addresses, pictures, title_ko: korean.title })}</script>`,
    `<script>${HEAD_SCRIPT}</script>`,
  ].join('\n'));
  html = html.replace(marker, [...templates, `<script>${BODY_SCRIPT}</script>`].join('\n'));
  await writeFile(indexFile, html);
  console.log(`first-view: ${views.map(v => v.id).join(', ')}, ${views.reduce((n, v) => n + 2 * v.chart.sizes.length, 0)} chart drawings`);
}
