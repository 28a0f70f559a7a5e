// The benchmark (issues 5 and 12): the built app against the plain-JavaScript baseline, side by
// side, in Debian's headless Chromium driven by playwright-core. Run through bench/run.sh, which
// builds and stages both; see bench/README.md for what each number means and how it is measured.
// The app is loaded at three addresses: the default one and `?embed=1`, which show the
// build-time first view (issue 12), and a state with no first view, where the app starts at once.
//
//   node bench/bench.mjs --app <dist> --baseline <dir> [--runs 5] [--toggles 50]
//                        [--lighthouse 3] [--out target/bench]
//
// Times are reported, never asserted: the exit status is 0 unless something failed to run.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './server.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const APP_DIR = args.app;
const BASE_DIR = args.baseline;
const RUNS = Number(args.runs || 5);
const TOGGLES = Number(args.toggles || 50);
const LH_RUNS = Number(args.lighthouse ?? 3);
const OUT = args.out || 'target/bench';
if (!APP_DIR || !BASE_DIR) {
  console.error('usage: node bench/bench.mjs --app <dist> --baseline <dir> [--runs N] [--toggles N] [--lighthouse N]');
  process.exit(2);
}

import { CHROMIUM, FLAGS, MOBILE, SLOW_4G, CPU_SLOWDOWN, median } from './emulation.mjs';
const range = xs => {
  const v = xs.filter(x => typeof x === 'number' && Number.isFinite(x));
  return v.length ? [Math.min(...v), Math.max(...v)] : null;
};

// ---------------------------------------------------------------------------------------------
// One cold load, throttled: bytes per resource and when each arrived, marks, paint metrics, heap.

// The addresses measured. The baseline page has no state in its address: it is loaded once, at
// its default, and the app's `state` row is compared with that load.
const APP_PAGES = [
  { key: 'app', path: '/', label: 'Default URL' },
  { key: 'embed', path: '/?embed=1', label: '`?embed=1`' },
  { key: 'state', path: '/?source=homeoffice&from=2007&to=2008', label: '`?source=homeoffice&from=2007&to=2008`' },
];
const BASELINE_PAGE = { key: 'baseline', path: '/', label: 'Baseline (plain page, default load)' };
// The app's own files, which the first view holds back until it has painted (issue 12): any of
// them requested before the chart and figures are on screen is worth a look.
const APP_FILE = /(?:nk-asylum-[0-9a-f]+(?:_bg\.wasm|\.js)|start-[0-9a-f]+\.js|echarts\.min[^/]*\.js|data\/nk-asylum\.json)$/;

// Runs in the page before any of its scripts.
function pageProbe() {
  const nk = (window.__nk = {
    lcp: null,
    cls: 0,
    shiftsAll: 0, // every layout shift, also those flagged hadRecentInput (these loads have no input)
    shifts: [],
    wasmMemory: null,
    firstView: null, // the root's data-first-view when the document was parsed: 'page', 'embed' or null
    chartPainted: null, // Element Timing renderTime of the first view's chart image (identifier `chart`)
    figuresPainted: [], // Element Timing renderTimes of the first view's `.figure-value`s (tagged below)
    figuresTagged: 0, // how many were tagged (the live app replaces them later)
    live: null, // when the live app announced it had swapped in (window event `nk:live`)
    firstTap: null,
    tooltip: null, // when an ECharts tooltip was first visible (watchTooltip)
  });
  try {
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) nk.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        // Chromium has been seen to flag a shift hadRecentInput in a load with no input at all
        // (?embed=1, unthrottled); Lighthouse counted it. So the sum of all is kept as well.
        nk.shiftsAll += e.value;
        nk.shifts.push({ at: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
        if (!e.hadRecentInput) nk.cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Element Timing: the app's first view marks its chart image `elementtiming="chart"`; the
    // figures' values are tagged `nk-figure` by the observer below, to check that they paint
    // with the first contentful paint (they are in the HTML, so they should).
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        const t = e.renderTime || e.loadTime; // renderTime is 0 only for cross-origin images
        if (e.identifier === 'chart' && nk.chartPainted === null) nk.chartPainted = t;
        if (e.identifier === 'nk-figure') nk.figuresPainted.push(t);
      }
    }).observe({ type: 'element', buffered: true });
  } catch {}
  // Tag the first view's headline figures as the parser (and the inline script that stamps the
  // first view) inserts them: mutation callbacks run before the next rendering step, so the
  // attribute is there when they are first painted. Only until the document is parsed, so that
  // the live app's figures, which replace them later, are not counted.
  const tagger = new MutationObserver(() => {
    for (const el of document.querySelectorAll('.story-root[data-first-view] [data-figure] .figure-value:not([elementtiming])')) {
      el.setAttribute('elementtiming', 'nk-figure');
      nk.figuresTagged++;
    }
  });
  tagger.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    tagger.takeRecords();
    tagger.disconnect();
    nk.firstView = document.documentElement.getAttribute('data-first-view');
  });
  addEventListener('nk:live', () => {
    if (nk.live === null) nk.live = performance.now();
  });
  for (const type of ['touchstart', 'pointerdown']) {
    addEventListener(type, e => nk.firstTap === null && (nk.firstTap = e.timeStamp), { capture: true, passive: true });
  }
  // Trunk's loader announces the instantiated wasm (its exports include the linear memory).
  addEventListener('TrunkApplicationStarted', e => {
    const wasm = e.detail && e.detail.wasm;
    if (wasm && wasm.memory) window.__nk.wasmMemory = wasm.memory;
  });
  // An ECharts tooltip on screen: ECharts' HTML tooltip is a `div` inside the chart's container
  // (the element with `_echarts_instance_`), absolutely positioned with `pointer-events: none`;
  // hidden, it has visibility hidden and opacity 0. Started by the tooltip benchmark just before
  // its first tap; a mutation callback notes the time the tooltip's DOM first shows text (the
  // browser paints it with the next frame).
  nk.watchTooltip = () => {
    const visible = () => {
      for (const root of document.querySelectorAll('[_echarts_instance_]')) {
        for (const d of root.querySelectorAll('div')) {
          if (d.style.position !== 'absolute' || d.style.pointerEvents !== 'none') continue;
          const cs = getComputedStyle(d);
          if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
          if (d.textContent.trim()) return true;
        }
      }
      return false;
    };
    const watcher = new MutationObserver(() => {
      if (nk.tooltip === null && visible()) {
        nk.tooltip = performance.now();
        watcher.disconnect();
      }
    });
    watcher.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  };
}

// "Chart and figures on screen" for one load (see bench/README.md): for a first view, the latest
// of the chart image's Element Timing, the first contentful paint (the figures are in the HTML)
// and the figures' own Element Timing (the first paint can come before the parser has reached
// them, so FCP alone may be too early); for the live app or the baseline, the later of their
// two marks.
function chartAndFigures(t) {
  if (t.firstView) {
    return t.chartPainted === null || t.fcp === null ? null : Math.max(t.chartPainted, t.fcp, t.figuresPainted ?? 0);
  }
  return t.figuresVisible === null || t.chartDrawn === null ? null : Math.max(t.figuresVisible, t.chartDrawn);
}

// A new browser context for a cold load: mobile emulation, the probe, throttling, and the
// DevTools protocol's record of every response's bytes (`encodedDataLength`: body as sent plus
// headers).
async function throttledPage(browser) {
  const context = await browser.newContext(MOBILE);
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    requests.set(requestId, {
      url: response.url,
      status: response.status,
      encoding: (response.headers['Content-Encoding'] || response.headers['content-encoding'] || '-'),
      bytes: null,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = requests.get(requestId);
    if (r) r.bytes = encodedDataLength;
  });
  await cdp.send('Network.enable');
  // The new context's cache is empty: the load is cold. Within it the page may reuse what it
  // has fetched (its prefetch of ECharts), as a reader's browser does.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp, requests, errors };
}

// The page's own clock for each response: Resource Timing (`startTime`, `responseEnd`, the same
// time origin as the paint and element timings), joined to the protocol's byte counts by URL (in
// order, where a URL was fetched more than once). The document is the navigation entry.
async function timedResources(page, requests, url) {
  const entries = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return [
      { name: nav.name, start: 0, end: nav.responseEnd, document: true },
      ...performance.getEntriesByType('resource').map(e => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
    ];
  });
  const origin = new URL(url).origin;
  const byUrl = new Map();
  for (const e of entries) byUrl.set(e.name, [...(byUrl.get(e.name) || []), e]);
  const resources = [...requests.values()]
    .filter(r => r.url.startsWith(origin))
    .map(r => {
      const timing = (byUrl.get(r.url) || []).shift() || null;
      return { ...r, path: r.url.slice(origin.length), start: timing?.start ?? null, end: timing?.end ?? null, document: !!timing?.document };
    });
  const foreign = [...requests.values()].filter(r => !r.url.startsWith(origin) && !r.url.startsWith('data:'));
  return { resources, foreign };
}

const PAGE_TIMINGS = () => {
  const mark = n => (performance.getEntriesByName(n)[0] || {}).startTime ?? null;
  const paint = n => (performance.getEntriesByName(n, 'paint')[0] || {}).startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0] || {};
  const nk = window.__nk;
  return {
    firstView: nk.firstView,
    chartPainted: nk.chartPainted,
    figuresPainted: nk.figuresPainted.length ? Math.max(...nk.figuresPainted) : null,
    figuresTagged: nk.figuresTagged,
    live: nk.live,
    figuresVisible: mark('nk:figures-visible'),
    chartDrawn: mark('nk:chart-drawn'),
    fcp: paint('first-contentful-paint'),
    lcp: nk.lcp,
    cls: nk.cls,
    shiftsAll: nk.shiftsAll,
    shifts: nk.shifts,
    domContentLoaded: nav.domContentLoadedEventEnd ?? null,
    load: nav.loadEventEnd ?? null,
    wasmMemory: nk.wasmMemory ? nk.wasmMemory.buffer.byteLength : 0,
  };
};

// Whether a load is over: the live app (or the baseline) has drawn its chart, that is both
// marks, and for a first view its picture gone (`.chart-first-paint` emptied) and ECharts'
// canvas in its place. With `onDemand`, a load with no input may also be over sooner: behind a
// first view the app starts at idle and runs ECharts only when the reader reaches for the chart
// (data-nk-echarts="later" until then; src/ui/echart/library.rs), so such a load is over once
// the app has taken over and ECharts' bytes are in the cache. (One function with an argument:
// the page's policy allows no string evaluated as a script.)
const LOAD_OVER = onDemand => {
  if (onDemand && document.documentElement.getAttribute('data-nk-echarts') === 'later') {
    return !document.querySelector('.story-root[data-first-view]') &&
      performance.getEntriesByType('resource').some(r => /echarts\.min-/.test(r.name) && r.responseEnd > 0);
  }
  const firstView = document.documentElement.getAttribute('data-first-view') || (window.__nk && window.__nk.firstView);
  return (
    performance.getEntriesByName('nk:chart-drawn').length > 0 &&
    performance.getEntriesByName('nk:figures-visible').length > 0 &&
    (!firstView || (!document.querySelector('.chart-first-paint img') && !!document.querySelector('#chart-yearly canvas')))
  );
};

// The reader's pointer arriving on the app's chart (nothing on the baseline's).
const REACH = () => document.querySelector('#chart-yearly')?.closest('.chart-frame')?.dispatchEvent(new PointerEvent('pointerenter'));

// A load with no input at all (so that every layout shift counts): the first view, the app
// taking over at idle, until the load is over (LOAD_OVER, on demand).
async function coldLoad(browser, url) {
  const { context, page, cdp, requests, errors } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.waitForFunction(LOAD_OVER, true, { polling: 250, timeout: 180_000 });
    await page.waitForTimeout(500); // let late layout shifts and LCP candidates arrive
    const timings = await page.evaluate(PAGE_TIMINGS);
    const { resources, foreign } = await timedResources(page, requests, url);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const onScreen = chartAndFigures(timings);
    // Bytes arrived by then: every response whose last byte came by that time, and the document.
    const arrived = resources.filter(r => r.document || (r.end !== null && onScreen !== null && r.end <= onScreen));
    return {
      ...timings,
      chartAndFigures: onScreen,
      bytesByChartAndFigures: onScreen === null ? null : arrived.reduce((n, r) => n + (r.bytes || 0), 0),
      // The app's own files requested before the first view was on screen (should be none).
      appFilesBeforePaint: timings.firstView ? resources.filter(r => APP_FILE.test(r.path) && r.start !== null && onScreen !== null && r.start < onScreen).map(r => r.path) : [],
      untimed: resources.filter(r => r.start === null).map(r => r.path),
      jsHeapUsed: heap.usedSize,
      resources,
      bytes: resources.reduce((n, r) => n + (r.bytes || 0), 0),
      foreign: foreign.map(r => r.url),
      errors,
    };
  } finally {
    await context.close();
  }
}

// The first tooltip: a new cold load (its taps would hide layout shifts from the CLS above),
// tapped in the middle of the chart area every 100 ms from the moment the chart is on screen
// (the first view's picture painted, or the chart drawn) until an ECharts tooltip shows. On a
// first view the first tap also starts the app, by design: the tooltip needs the live chart.
async function tooltipLoad(browser, url) {
  const { context, page, errors } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
    await page.waitForFunction(
      () =>
        (window.__nk.chartPainted !== null && performance.getEntriesByName('first-contentful-paint', 'paint').length > 0) ||
        (performance.getEntriesByName('nk:chart-drawn').length > 0 && performance.getEntriesByName('nk:figures-visible').length > 0),
      null,
      { polling: 50, timeout: 180_000 },
    );
    await page.evaluate(() => window.__nk.watchTooltip());
    const deadline = Date.now() + 60_000;
    let taps = 0;
    while (Date.now() < deadline) {
      // The chart area as it is now: the live chart's container, else the first view's picture,
      // else the baseline's chart (the first that has a box).
      // On the page layout the chart starts below the fold of the 823 px viewport: it is first
      // scrolled into view (a script scroll, which is not input and does not start the app).
      const centre = await page.evaluate(() => {
        for (const sel of ['#chart-yearly', '.chart-first-paint img', '#chart']) {
          const el = document.querySelector(sel);
          let r = el && el.getBoundingClientRect();
          if (!r || r.width === 0 || r.height === 0) continue;
          if (r.top < 0 || r.bottom > innerHeight) {
            el.scrollIntoView({ block: 'center' });
            r = el.getBoundingClientRect();
          }
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      });
      if (centre) {
        await page.touchscreen.tap(centre.x, centre.y);
        taps++;
      }
      if (await page.evaluate(() => window.__nk.tooltip !== null)) break;
      await page.waitForTimeout(100);
    }
    const t = await page.evaluate(() => ({ tooltip: window.__nk.tooltip, firstTap: window.__nk.firstTap, firstView: window.__nk.firstView }));
    return { ...t, taps, errors };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Source toggles, unthrottled. Both pages are measured the same way, from outside: the ECharts
// instance comes from the public `echarts.getInstanceByDom` (the app does not expose it, and
// needs not), and the clicks are real (trusted) input through the DevTools protocol.

// Runs in the page: arms the measurement of the next click.
function armToggle() {
  const el = document.querySelector('[_echarts_instance_]');
  const chart = el && window.echarts.getInstanceByDom(el);
  if (!chart) throw new Error('no ECharts instance on the page');
  if (!chart.__nkWrapped) {
    // Note when setOption returns: everything up to here is input handling, the page's own
    // update (Leptos effects and charming serialisation for the app) and ECharts' model update;
    // the drawing of the frame comes after.
    const original = chart.setOption;
    chart.setOption = function () {
      const result = original.apply(this, arguments);
      window.__nkSetOption = performance.now();
      return result;
    };
    chart.__nkWrapped = true;
  }
  window.__nkSetOption = null;
  window.__nkToggle = new Promise((resolve, reject) => {
    let t0 = null;
    let dom = null;
    let rendered = null;
    const observer = new MutationObserver(() => {
      if (dom === null && t0 !== null) dom = performance.now();
    });
    // The headline figures (`.figures` on both pages); mutation callbacks run as microtasks, so
    // this is a little after the DOM changed.
    observer.observe(document.querySelector('.figures') || document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    const onClick = e => {
      t0 = e.timeStamp; // when the browser created the (trusted) click event
    };
    addEventListener('click', onClick, { capture: true, once: true });
    // ECharts paints the canvas synchronously inside setOption ('rendered'); the browser shows
    // it with its next frame. A message posted from the next animation frame callback runs just
    // after that frame's rendering steps: an approximation of "on screen" (no GPU in headless).
    const afterNextFrame = () =>
      new Promise(ok =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => ok(performance.now());
          channel.port2.postMessage(null);
        }),
      );
    let painted = null;
    const onRendered = () => {
      if (t0 !== null && rendered === null) {
        rendered = performance.now();
        painted = afterNextFrame();
      }
    };
    const onFinished = async () => {
      if (t0 === null || rendered === null) return;
      const finished = performance.now();
      chart.off('rendered', onRendered);
      chart.off('finished', onFinished);
      observer.disconnect();
      clearTimeout(timer);
      resolve({
        setOption: window.__nkSetOption === null ? null : window.__nkSetOption - t0,
        dom: dom === null ? null : dom - t0,
        rendered: rendered - t0,
        nextFrame: (await painted) - t0,
        finished: finished - t0,
      });
    };
    chart.on('rendered', onRendered);
    chart.on('finished', onFinished);
    const timer = setTimeout(() => reject(new Error('no ECharts finished event within 10 s of the click')), 10_000);
  });
}

// The toggles of both pages, open side by side, in alternating blocks of a few: a machine whose
// load drifts during the run then weighs on both alike (as the cold loads rotate their order).
async function toggles(browser, urls, count, block = 5) {
  const contexts = [];
  try {
    const pages = {};
    for (const [key, url] of Object.entries(urls)) {
      const context = await browser.newContext(MOBILE);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      // On a first view: once the live app has taken over (it starts when the page is idle) and
      // the reader has reached for the chart, which ECharts has then drawn.
      await page.waitForFunction(LOAD_OVER, true, { polling: 100, timeout: 60_000 });
      await page.evaluate(REACH);
      await page.waitForFunction(LOAD_OVER, false, { polling: 100, timeout: 60_000 });
      await page.waitForTimeout(300);
      pages[key] = { page, samples: [], failures: 0 };
    }
    for (let done = 0; done < count; done += block) {
      for (const p of Object.values(pages)) {
        if (p.failures >= 5) continue;
        await p.page.bringToFront();
        for (let i = done; i < Math.min(done + block, count); i++) {
          try {
            await p.page.evaluate(armToggle);
            await p.page.click(i % 2 === 0 ? '#source-homeoffice' : '#source-unhcr');
            p.samples.push(await p.page.evaluate(() => window.__nkToggle));
          } catch (error) {
            // A failed update is reported (and counted), not fatal: the other numbers still stand.
            p.samples.push({ error: String(error.message).split('\n')[0] });
            if (++p.failures >= 5) break;
          }
          await p.page.waitForTimeout(30);
        }
      }
    }
    return Object.fromEntries(Object.entries(pages).map(([key, p]) => [key, p.samples]));
  } finally {
    for (const context of contexts) await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse 12.2.3 (bench/node_modules), default config = mobile preset, simulated throttling.

async function lighthouseRun(url, reportPath) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const profile = await mkdtemp(join(tmpdir(), 'nk-bench-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', ...FLAGS],
    userDataDir: profile,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result.lhr;
    await writeFile(reportPath, result.report);
    const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null;
    const audit = id => lhr.audits[id]?.numericValue ?? null;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
      bestPractices: Math.round((lhr.categories['best-practices']?.score ?? NaN) * 100),
      seo: Math.round((lhr.categories.seo?.score ?? NaN) * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      speedIndex: audit('speed-index'),
      lcpElement,
      runtimeError: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
    await rm(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const c = cpus();
  let chromiumVersion = '?';
  try {
    chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  return {
    cpus: c.length,
    cpuModel: c[0]?.model ?? '?',
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    lighthouse: JSON.parse(readFileSync(new URL('./node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version,
  };
}

const fmtMs = v => (v === null || v === undefined ? 'n/a' : `${Math.round(v)} ms`);
const fmtMs1 = v => (v === null || v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
const fmtB = v => (v === null || v === undefined ? 'n/a' : `${Math.round(v).toLocaleString('en-GB')} B`);
const fmtMiB = v => (v === null || v === undefined ? 'n/a' : `${(v / 2 ** 20).toFixed(2)} MiB`);
const ratio = (a, b) => (a === null || b === null || !b ? 'n/a' : (a / b).toFixed(2));

async function main() {
  const started = new Date();
  const load = { before: loadavg().map(x => x.toFixed(2)) };
  const servers = { app: await serve(APP_DIR), baseline: await serve(BASE_DIR) };
  console.log(`app      ${servers.app.url}  (${APP_DIR})`);
  console.log(`baseline ${servers.baseline.url}  (${BASE_DIR})`);
  const PAGES = [
    ...APP_PAGES.map(p => ({ ...p, url: new URL(p.path, servers.app.url).href })),
    { ...BASELINE_PAGE, url: servers.baseline.url },
  ];
  const KEYS = PAGES.map(p => p.key);
  // playwright-core starts Chromium with a fresh temporary profile; each load gets a new context.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const results = Object.fromEntries(KEYS.map(k => [k, { url: PAGES.find(p => p.key === k).url, loads: [], tooltips: [], toggles: [] }]));
  try {
    for (let i = 0; i < RUNS; i++) {
      // Rotating which page goes first, so that drifting machine load hits all of them alike.
      const order = PAGES.map((_, j) => PAGES[(i + j) % PAGES.length]);
      for (const p of order) {
        const r = await coldLoad(browser, p.url);
        results[p.key].loads.push(r);
        console.log(
          `run ${i + 1}/${RUNS} ${p.key.padEnd(8)} first view ${r.firstView ?? 'none'}: chart+figures ${fmtMs(r.chartAndFigures)} ` +
            `(${fmtB(r.bytesByChartAndFigures)}), FCP ${fmtMs(r.fcp)}, CLS ${r.cls.toFixed(3)}; live: figures ${fmtMs(r.figuresVisible)}, ` +
            `chart ${fmtMs(r.chartDrawn)}, ${fmtB(r.bytes)}` +
            (r.appFilesBeforePaint.length ? `; APP FILES BEFORE PAINT: ${r.appFilesBeforePaint.join(' ')}` : '') +
            (r.errors.length ? `, ERRORS: ${r.errors.join(' | ')}` : ''),
        );
      }
      for (const p of order) {
        const r = await tooltipLoad(browser, p.url);
        results[p.key].tooltips.push(r);
        console.log(
          `run ${i + 1}/${RUNS} ${p.key.padEnd(8)} first tooltip ${fmtMs(r.tooltip)} (first tap ${fmtMs(r.firstTap)}, ${r.taps} taps)` +
            (r.errors.length ? `, ERRORS: ${r.errors.join(' | ')}` : ''),
        );
      }
    }
    // Toggles: the default address (for the app, once the live app has taken over) on both.
    const toggled = await toggles(browser, { app: results.app.url, baseline: results.baseline.url }, TOGGLES);
    for (const key of ['app', 'baseline']) {
      results[key].toggles = toggled[key];
      const failed = results[key].toggles.filter(t => t.error);
      console.log(
        `toggles ${key}: ${results[key].toggles.length - failed.length} measured` + (failed.length ? `, ${failed.length} FAILED (${failed[0].error})` : ''),
      );
    }
  } finally {
    await browser.close();
  }
  for (const key of KEYS) {
    results[key].lighthouse = [];
    for (let i = 0; i < LH_RUNS; i++) {
      try {
        await mkdir(OUT, { recursive: true });
        const r = await lighthouseRun(results[key].url, join(OUT, `lighthouse-${key}-${i + 1}.json`));
        results[key].lighthouse.push(r);
        console.log(
          `lighthouse ${key}: perf ${r.performance}, FCP ${fmtMs(r.fcp)}, LCP ${fmtMs(r.lcp)}, TBT ${fmtMs(r.tbt)}, CLS ${r.cls?.toFixed(3)}; LCP element ${r.lcpElement}` +
            (r.runtimeError ? `; RUNTIME ERROR ${r.runtimeError}` : ''),
        );
      } catch (error) {
        console.log(`lighthouse ${key}: FAILED: ${error.message}`);
        results[key].lighthouseError = String(error.message);
      }
    }
  }
  await servers.app.close();
  await servers.baseline.close();
  load.after = loadavg().map(x => x.toFixed(2));

  // Summaries: medians over the runs.
  const pick = (xs, k) => xs.map(x => x[k]);
  const summary = {};
  for (const key of KEYS) {
    const L = results[key].loads;
    const P = results[key].tooltips;
    const T = results[key].toggles.filter(t => !t.error);
    const H = results[key].lighthouse;
    const paths = [...new Set(L.flatMap(l => l.resources.map(r => r.path)))];
    summary[key] = {
      firstView: L[0]?.firstView ?? null,
      chartAndFigures: median(pick(L, 'chartAndFigures')),
      chartAndFiguresRange: range(pick(L, 'chartAndFigures')),
      bytesByChartAndFigures: median(pick(L, 'bytesByChartAndFigures')),
      bytes: median(pick(L, 'bytes')),
      resources: paths.map(p => {
        const rs = L.map(l => l.resources.find(r => r.path === p)).filter(Boolean);
        return { path: p, encoding: rs[0].encoding, bytes: median(rs.map(r => r.bytes)), start: median(rs.map(r => r.start)), end: median(rs.map(r => r.end)), loads: rs.length };
      }),
      chartPainted: median(pick(L, 'chartPainted')),
      figuresPainted: median(pick(L, 'figuresPainted')),
      figuresTagged: median(pick(L, 'figuresTagged')),
      live: median(pick(L, 'live')),
      figuresVisible: median(pick(L, 'figuresVisible')),
      chartDrawn: median(pick(L, 'chartDrawn')),
      fcp: median(pick(L, 'fcp')),
      lcp: median(pick(L, 'lcp')),
      cls: median(pick(L, 'cls')),
      clsMax: Math.max(...pick(L, 'cls')),
      shiftsAllMax: Math.max(...pick(L, 'shiftsAll')),
      jsHeapUsed: median(pick(L, 'jsHeapUsed')),
      wasmMemory: median(pick(L, 'wasmMemory')),
      appFilesBeforePaint: [...new Set(L.flatMap(l => l.appFilesBeforePaint))],
      untimed: [...new Set(L.flatMap(l => l.untimed))],
      tooltip: median(pick(P, 'tooltip')),
      tooltipRange: range(pick(P, 'tooltip')),
      tooltipMissing: P.filter(p => p.tooltip === null).length,
      firstTap: median(pick(P, 'firstTap')),
      taps: median(pick(P, 'taps')),
      toggleSetOption: median(pick(T, 'setOption')),
      toggleDom: median(pick(T, 'dom')),
      toggleRendered: median(pick(T, 'rendered')),
      toggleNextFrame: median(pick(T, 'nextFrame')),
      toggleFinished: median(pick(T, 'finished')),
      lighthouse: H.length
        ? Object.fromEntries(
            ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls', 'speedIndex'].map(k => [k, median(pick(H, k))]),
          )
        : null,
      toggleCount: T.length,
      toggleFailures: results[key].toggles.length - T.length,
      errors: [...new Set([...L, ...P].flatMap(l => l.errors))],
      foreign: [...new Set(L.flatMap(l => l.foreign))],
    };
  }
  const S = summary;
  const b = S.baseline;
  const m = machine();
  const cols = KEYS.map(k => S[k]);
  const row = (label, f) => [label, ...cols.map(s => f(s))];
  const vsBase = (v, base) => (v === null || base === null ? 'n/a' : `${fmtMs(v)} (${ratio(v, base)} ×)`);
  const loadRows = [
    row('First view in the HTML (`data-first-view`)', s => (s === b ? '–' : s.firstView ?? 'none')),
    row('**Chart and figures on screen** (× baseline chart)', s => `**${vsBase(s.chartAndFigures, b.chartAndFigures)}**`),
    row('↳ measured as', s =>
      s === b ? 'marks: max(figures, chart)' : s.firstView ? 'max(chart image ET, FCP, figures ET)' : 'marks: max(figures, chart)',
    ),
    row('Bytes arrived by then (× baseline)', s => `${fmtB(s.bytesByChartAndFigures)} (${ratio(s.bytesByChartAndFigures, b.bytesByChartAndFigures)} ×)`),
    row('First contentful paint', s => fmtMs(s.fcp)),
    row('**First tooltip** (tap every 100 ms from chart on screen; × baseline chart)', s => `**${vsBase(s.tooltip, b.chartAndFigures)}**`),
    row('↳ first tap at / taps until the tooltip', s => `${fmtMs(s.firstTap)} / ${s.taps ?? 'n/a'}`),
    row('Largest contentful paint', s => fmtMs(s.lcp)),
    row('Cumulative layout shift, no input (median / max)', s => `${s.cls?.toFixed(3)} / ${s.clsMax.toFixed(3)}`),
    row('↳ all layout shifts, also those flagged hadRecentInput (max)', s => s.shiftsAllMax.toFixed(3)),
    row('First view: chart image painted (Element Timing `chart`)', s => (s.firstView ? fmtMs(s.chartPainted) : '–')),
    row('First view: figures painted (Element Timing on the `.figure-value`s, the last of them)', s =>
      s.firstView ? `${fmtMs(s.figuresPainted)} (${s.figuresTagged})` : '–',
    ),
    row('Live app swapped in (`nk:live`)', s => (s.firstView ? fmtMs(s.live) : '–')),
    row('Live: headline figures (`nk:figures-visible`)', s => fmtMs(s.figuresVisible)),
    row('Live: chart drawn (`nk:chart-drawn`, ECharts `finished`)', s => fmtMs(s.chartDrawn)),
    row('Bytes over the wire, whole load (to the live chart, or to ECharts prefetched)', s => fmtB(s.bytes)),
    row('JS heap after load (after GC)', s => fmtMiB(s.jsHeapUsed)),
    row('wasm linear memory after load', s => (s.wasmMemory ? fmtMiB(s.wasmMemory) : '–')),
  ];
  const mdTable = (head, rows) =>
    [`| ${head.join(' | ')} |`, `|---|${head.slice(1).map(() => '---:').join('|')}|`, ...rows.map(r => `| ${r.join(' | ')} |`)].join('\n');
  const loadTable = mdTable(['Measure (throttled cold loads, medians)', ...PAGES.map(p => p.label)], loadRows);
  const a = S.app;
  const toggleTable = mdTable(
    ['Toggle, unthrottled (default URL, live app)', 'App', 'Baseline', 'App / baseline'],
    [
      [`click → \`setOption\` returned (median of ${a.toggleCount} / ${b.toggleCount})`, fmtMs1(a.toggleSetOption), fmtMs1(b.toggleSetOption), ratio(a.toggleSetOption, b.toggleSetOption)],
      ['click → canvas redrawn (ECharts `rendered`)', fmtMs1(a.toggleRendered), fmtMs1(b.toggleRendered), ratio(a.toggleRendered, b.toggleRendered)],
      ['click → after the next frame (rAF + message)', fmtMs1(a.toggleNextFrame), fmtMs1(b.toggleNextFrame), ratio(a.toggleNextFrame, b.toggleNextFrame)],
      ['click → headline figures changed (MutationObserver)', fmtMs1(a.toggleDom), fmtMs1(b.toggleDom), ratio(a.toggleDom, b.toggleDom)],
      ['click → animation done (`finished`, 300 ms anim.)', fmtMs1(a.toggleFinished), fmtMs1(b.toggleFinished), ratio(a.toggleFinished, b.toggleFinished)],
    ],
  );
  const lh = s => s.lighthouse;
  const lighthouseTable = cols.every(lh)
    ? mdTable(
        [`Lighthouse mobile (median of ${LH_RUNS})`, ...PAGES.map(p => p.label)],
        [
          row('performance / accessibility / best practices / SEO', s => `${lh(s).performance} / ${lh(s).accessibility} / ${lh(s).bestPractices} / ${lh(s).seo}`),
          row('FCP (simulated slow 4G, 4× CPU)', s => fmtMs(lh(s).fcp)),
          row('LCP', s => fmtMs(lh(s).lcp)),
          row('TBT', s => fmtMs(lh(s).tbt)),
          row('CLS', s => lh(s).cls?.toFixed(3)),
        ],
      )
    : `Lighthouse: not measured (${LH_RUNS ? KEYS.filter(k => !lh(S[k])).map(k => `${k}: ${results[k].lighthouseError ?? 'no run'}`).join('; ') : 'BENCH_LIGHTHOUSE=0'}).`;
  // Issue 12's budgets, reported next to the results and never asserted.
  const check = (ok, text) => `${ok === null ? 'n/a' : ok ? 'met' : 'NOT met'}: ${text}`;
  const le = (v, limit) => (v === null || limit === null ? null : v <= limit);
  const budgets = [];
  for (const key of ['app', 'embed']) {
    const s = S[key];
    const name = PAGES.find(p => p.key === key).label;
    budgets.push(
      check(le(s.chartAndFigures, 0.3 * b.chartAndFigures), `${name}: chart + figures ≤ 0.3 × plain page's chart (${ratio(s.chartAndFigures, b.chartAndFigures)} ×)`),
      check(le(s.bytesByChartAndFigures, 0.15 * b.bytesByChartAndFigures), `${name}: bytes before that paint ≤ 0.15 × plain page's (${ratio(s.bytesByChartAndFigures, b.bytesByChartAndFigures)} ×)`),
      check(le(s.fcp, b.fcp), `${name}: FCP ≤ plain page's (${fmtMs(s.fcp)} vs ${fmtMs(b.fcp)})`),
      check(le(s.tooltip, b.chartAndFigures), `${name}: first tooltip ≤ 1.0 × plain page's chart (${ratio(s.tooltip, b.chartAndFigures)} ×)`),
      check(s.lighthouse ? s.lighthouse.performance >= 98 : null, `${name}: Lighthouse performance ≥ 98 (${s.lighthouse?.performance ?? 'n/a'})`),
    );
  }
  budgets.push(
    check(le(S.state.chartAndFigures, b.chartAndFigures), `${PAGES.find(p => p.key === 'state').label}: chart + figures ≤ 1.0 × plain page's chart, its default load (${ratio(S.state.chartAndFigures, b.chartAndFigures)} ×)`),
    check(le(a.toggleRendered, b.toggleRendered), `toggle no slower than the plain page's (click → canvas redrawn ${fmtMs1(a.toggleRendered)} vs ${fmtMs1(b.toggleRendered)}; after the next frame ${fmtMs1(a.toggleNextFrame)} vs ${fmtMs1(b.toggleNextFrame)})`),
    ...APP_PAGES.map(p =>
      check(
        S[p.key].clsMax === 0 && (!S[p.key].lighthouse || S[p.key].lighthouse.cls === 0),
        `${p.label}: CLS 0 (bench, max over loads, ${S[p.key].clsMax.toFixed(3)}; all shifts ${S[p.key].shiftsAllMax.toFixed(3)}` +
          `${S[p.key].lighthouse ? `; Lighthouse ${S[p.key].lighthouse.cls?.toFixed(3)}` : ''})`,
      ),
    ),
  );
  const fmtAt = v => (v === null ? '–' : Math.round(v).toLocaleString('en-GB'));
  const resourceTable = key =>
    [
      `| ${PAGES.find(p => p.key === key).label}: resource | encoding | bytes | requested at (ms) | arrived at (ms) |`,
      '|---|---|---:|---:|---:|',
      ...S[key].resources.map(r => `| \`${r.path}\` | ${r.encoding} | ${fmtB(r.bytes)} | ${fmtAt(r.start)} | ${fmtAt(r.end)} |`),
      `| total | | ${fmtB(S[key].bytes)} | | |`,
    ].join('\n');
  const spread = key => `${key} ${S[key].chartAndFiguresRange?.map(Math.round).join('–')} ms (tooltip ${S[key].tooltipRange?.map(Math.round).join('–') ?? 'n/a'} ms)`;
  const header = [
    `Run ${started.toISOString()}: ${RUNS} cold loads + ${RUNS} tooltip loads per page (medians), ${TOGGLES} toggles, ${LH_RUNS} Lighthouse run(s) per page.`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memGiB} GiB; load average (1/5/15 min) ${load.before.join(' ')} before, ${load.after.join(' ')} after.`,
    `${m.chromium}, Node ${m.node}, Lighthouse ${m.lighthouse}.`,
  ];
  const notes = [
    ...KEYS.flatMap(k => [
      ...(S[k].appFilesBeforePaint.length ? [`- ${k}: app files requested before the chart and figures were on screen: ${S[k].appFilesBeforePaint.map(p => `\`${p}\``).join(', ')}`] : []),
      ...(S[k].firstView && !S[k].figuresTagged ? [`- ${k}: no first-view figure values found to tag for Element Timing`] : []),
      ...(S[k].untimed.length ? [`- ${k}: responses without a Resource Timing entry (counted as not arrived): ${S[k].untimed.join(' ')}`] : []),
      ...(S[k].tooltipMissing ? [`- ${k}: ${S[k].tooltipMissing} tooltip load(s) showed no tooltip within 60 s of taps`] : []),
      ...(S[k].errors.length ? [`- ${k}: console errors: ${S[k].errors.map(e => e.split('\n')[0]).join(' | ')}`] : []),
      ...(S[k].toggleFailures ? [`- ${k}: ${S[k].toggleFailures} toggle(s) failed`] : []),
      ...(S[k].foreign.length ? [`- ${k}: requests to other origins: ${S[k].foreign.join(' ')}`] : []),
    ]),
  ];
  const md = [
    ...header,
    '',
    loadTable,
    '',
    `The \`state\` address has no counterpart on the baseline page, which has no state in its address: its ratios are against the baseline's default load.`,
    `Spread of chart + figures over ${RUNS} runs: ${KEYS.map(spread).join('; ')}.`,
    '',
    toggleTable,
    '',
    lighthouseTable,
    ...(cols.every(lh)
      ? ['', `Lighthouse runs (performance score / LCP ms / TBT ms): ${KEYS.map(k => `${k} ${results[k].lighthouse.map(r => `${r.performance}/${Math.round(r.lcp)}/${Math.round(r.tbt)}`).join(', ')}`).join('; ')}.`]
      : []),
    '',
    "Issue 12's budgets (reported, not asserted):",
    ...budgets.map(t => `- ${t}`),
    ...(notes.length ? ['', 'Noticed during the run:', ...notes] : []),
    ...KEYS.flatMap(k => ['', resourceTable(k)]),
  ].join('\n');
  console.log('\n' + md);
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'results.json'), JSON.stringify({ started, machine: m, load, runs: RUNS, toggles: TOGGLES, summary, results }, null, 2));
  await writeFile(join(OUT, 'results.md'), md + '\n');
  console.log(`\nwrote ${join(OUT, 'results.md')} and ${join(OUT, 'results.json')}`);
}

await main();
