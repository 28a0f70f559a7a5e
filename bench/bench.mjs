// The benchmark (issue 5): the built app against the plain-JavaScript baseline, side by side, in
// Debian's headless Chromium driven by playwright-core. Run through bench/run.sh, which builds
// and stages both; see bench/README.md for what each number means and how it is measured.
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

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

// Lighthouse 12's mobile preset (core/config/constants.js): Moto G Power screen and user agent,
// and its "slow 4G" profile as DevTools applies it (lantern Constants.js, mobileSlow4G with the
// DevTools adjustment factors): 150 ms RTT x 3.75 = 562.5 ms added to every request,
// 1.6 Mbit/s x 0.9 down, 750 kbit/s x 0.9 up; CPU slowed down 4x.
const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
};
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: Math.floor((1.6 * 1024 * 0.9 * 1024) / 8), // bytes/s, as Lighthouse computes it
  uploadThroughput: Math.floor((750 * 0.9 * 1024) / 8),
};
const CPU_SLOWDOWN = 4;

const median = xs => {
  const v = xs.filter(x => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const range = xs => {
  const v = xs.filter(x => typeof x === 'number' && Number.isFinite(x));
  return v.length ? [Math.min(...v), Math.max(...v)] : null;
};

// ---------------------------------------------------------------------------------------------
// One cold load, throttled: bytes per resource, marks, paint metrics, heap.

// Runs in the page before any of its scripts.
function pageProbe() {
  window.__nk = { lcp: null, cls: 0, wasmMemory: null };
  try {
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) window.__nk.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__nk.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  // Trunk's loader announces the instantiated wasm (its exports include the linear memory).
  addEventListener('TrunkApplicationStarted', e => {
    const wasm = e.detail && e.detail.wasm;
    if (wasm && wasm.memory) window.__nk.wasmMemory = wasm.memory;
  });
}

async function coldLoad(browser, url) {
  const context = await browser.newContext(MOBILE);
  try {
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
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.waitForFunction(
      () => performance.getEntriesByName('nk:chart-drawn').length > 0 && performance.getEntriesByName('nk:figures-visible').length > 0,
      null,
      { polling: 250, timeout: 180_000 },
    );
    await page.waitForTimeout(500); // let late layout shifts and LCP candidates arrive
    const timings = await page.evaluate(() => {
      const mark = n => (performance.getEntriesByName(n)[0] || {}).startTime ?? null;
      const paint = n => (performance.getEntriesByName(n, 'paint')[0] || {}).startTime ?? null;
      const nav = performance.getEntriesByType('navigation')[0] || {};
      return {
        figuresVisible: mark('nk:figures-visible'),
        chartDrawn: mark('nk:chart-drawn'),
        fcp: paint('first-contentful-paint'),
        lcp: window.__nk.lcp,
        cls: window.__nk.cls,
        domContentLoaded: nav.domContentLoadedEventEnd ?? null,
        load: nav.loadEventEnd ?? null,
        wasmMemory: window.__nk.wasmMemory ? window.__nk.wasmMemory.buffer.byteLength : 0,
      };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const origin = new URL(url).origin;
    const resources = [...requests.values()]
      .filter(r => r.url.startsWith(origin))
      .map(r => ({ ...r, path: r.url.slice(origin.length) }));
    const foreign = [...requests.values()].filter(r => !r.url.startsWith(origin) && !r.url.startsWith('data:'));
    return {
      ...timings,
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

async function toggles(browser, url, count) {
  const context = await browser.newContext(MOBILE);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('nk:chart-drawn').length > 0, null, {
      polling: 100,
      timeout: 60_000,
    });
    await page.waitForTimeout(300);
    const samples = [];
    let failures = 0;
    for (let i = 0; i < count; i++) {
      try {
        await page.evaluate(armToggle);
        await page.click(i % 2 === 0 ? '#source-homeoffice' : '#source-unhcr');
        samples.push(await page.evaluate(() => window.__nkToggle));
      } catch (error) {
        // A failed update is reported (and counted), not fatal: the other numbers still stand.
        samples.push({ error: String(error.message).split('\n')[0] });
        if (++failures >= 5) break;
      }
      await page.waitForTimeout(30);
    }
    return samples;
  } finally {
    await context.close();
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
  // playwright-core starts Chromium with a fresh temporary profile; each load gets a new context.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const results = { app: { loads: [] }, baseline: { loads: [] } };
  try {
    // Cold loads, alternating which page goes first so that drifting machine load hits both.
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const which of order) {
        const r = await coldLoad(browser, servers[which].url);
        results[which].loads.push(r);
        console.log(
          `run ${i + 1}/${RUNS} ${which.padEnd(8)} figures ${fmtMs(r.figuresVisible)}, chart ${fmtMs(r.chartDrawn)}, ` +
            `${fmtB(r.bytes)}, heap ${fmtMiB(r.jsHeapUsed)}${r.errors.length ? `, ERRORS: ${r.errors.join(' | ')}` : ''}`,
        );
      }
    }
    for (const which of ['app', 'baseline']) {
      results[which].toggles = await toggles(browser, servers[which].url, TOGGLES);
      const failed = results[which].toggles.filter(t => t.error);
      console.log(
        `toggles ${which}: ${results[which].toggles.length - failed.length} measured` +
          (failed.length ? `, ${failed.length} FAILED (${failed[0].error})` : ''),
      );
    }
  } finally {
    await browser.close();
  }
  for (const which of ['app', 'baseline']) {
    results[which].lighthouse = [];
    for (let i = 0; i < LH_RUNS; i++) {
      try {
        await mkdir(OUT, { recursive: true });
        const r = await lighthouseRun(servers[which].url, join(OUT, `lighthouse-${which}-${i + 1}.json`));
        results[which].lighthouse.push(r);
        console.log(
          `lighthouse ${which}: perf ${r.performance}, LCP ${fmtMs(r.lcp)}, TBT ${fmtMs(r.tbt)}, CLS ${r.cls?.toFixed(3)}; LCP element ${r.lcpElement}`,
        );
      } catch (error) {
        console.log(`lighthouse ${which}: FAILED: ${error.message}`);
        results[which].lighthouseError = String(error.message);
      }
    }
  }
  await servers.app.close();
  await servers.baseline.close();
  load.after = loadavg().map(x => x.toFixed(2));

  // Summaries.
  const summary = {};
  for (const which of ['app', 'baseline']) {
    const L = results[which].loads;
    const T = results[which].toggles.filter(t => !t.error);
    const H = results[which].lighthouse;
    const pick = (xs, k) => xs.map(x => x[k]);
    const paths = [...new Set(L.flatMap(l => l.resources.map(r => r.path)))];
    summary[which] = {
      bytes: median(pick(L, 'bytes')),
      resources: paths.map(p => {
        const rs = L.map(l => l.resources.find(r => r.path === p)).filter(Boolean);
        return { path: p, encoding: rs[0].encoding, bytes: median(rs.map(r => r.bytes)) };
      }),
      figuresVisible: median(pick(L, 'figuresVisible')),
      chartDrawn: median(pick(L, 'chartDrawn')),
      fcp: median(pick(L, 'fcp')),
      lcp: median(pick(L, 'lcp')),
      cls: median(pick(L, 'cls')),
      jsHeapUsed: median(pick(L, 'jsHeapUsed')),
      wasmMemory: median(pick(L, 'wasmMemory')),
      figuresRange: range(pick(L, 'figuresVisible')),
      chartRange: range(pick(L, 'chartDrawn')),
      toggleSetOption: median(pick(T, 'setOption')),
      toggleDom: median(pick(T, 'dom')),
      toggleRendered: median(pick(T, 'rendered')),
      toggleNextFrame: median(pick(T, 'nextFrame')),
      toggleFinished: median(pick(T, 'finished')),
      toggleRenderedP90: (() => {
        const v = pick(T, 'rendered').sort((a, b) => a - b);
        return v[Math.min(v.length - 1, Math.floor(v.length * 0.9))];
      })(),
      lighthouse: H.length
        ? Object.fromEntries(
            ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls', 'speedIndex'].map(k => [k, median(pick(H, k))]),
          )
        : null,
      toggleCount: T.length,
      toggleFailures: results[which].toggles.length - T.length,
      errors: [...new Set(L.flatMap(l => l.errors))],
      foreign: [...new Set(L.flatMap(l => l.foreign))],
    };
  }
  const a = summary.app;
  const b = summary.baseline;
  const m = machine();
  const rows = [
    ['Bytes over the wire, first view (brotli)', fmtB(a.bytes), fmtB(b.bytes), ratio(a.bytes, b.bytes)],
    ['Headline figures visible (`nk:figures-visible`)', fmtMs(a.figuresVisible), fmtMs(b.figuresVisible), ratio(a.figuresVisible, b.figuresVisible)],
    ['First chart drawn (`nk:chart-drawn`, ECharts `finished`)', fmtMs(a.chartDrawn), fmtMs(b.chartDrawn), ratio(a.chartDrawn, b.chartDrawn)],
    ['First contentful paint', fmtMs(a.fcp), fmtMs(b.fcp), ratio(a.fcp, b.fcp)],
    ['Largest contentful paint', fmtMs(a.lcp), fmtMs(b.lcp), ratio(a.lcp, b.lcp)],
    ['Cumulative layout shift', a.cls?.toFixed(3), b.cls?.toFixed(3), ''],
    ['JS heap after load (after GC)', fmtMiB(a.jsHeapUsed), fmtMiB(b.jsHeapUsed), ratio(a.jsHeapUsed, b.jsHeapUsed)],
    ['wasm linear memory after load', fmtMiB(a.wasmMemory), b.wasmMemory ? fmtMiB(b.wasmMemory) : '–', ''],
    [
      `Toggle: click → \`setOption\` returned (median of ${a.toggleCount} / ${b.toggleCount})`,
      fmtMs1(a.toggleSetOption),
      fmtMs1(b.toggleSetOption),
      ratio(a.toggleSetOption, b.toggleSetOption),
    ],
    ['Toggle: click → canvas redrawn (ECharts `rendered`)', fmtMs1(a.toggleRendered), fmtMs1(b.toggleRendered), ratio(a.toggleRendered, b.toggleRendered)],
    ['Toggle: click → after the next frame (rAF + message)', fmtMs1(a.toggleNextFrame), fmtMs1(b.toggleNextFrame), ratio(a.toggleNextFrame, b.toggleNextFrame)],
    ['Toggle: click → headline figures changed (MutationObserver)', fmtMs1(a.toggleDom), fmtMs1(b.toggleDom), ratio(a.toggleDom, b.toggleDom)],
    ['Toggle: click → animation done (`finished`, 300 ms anim.)', fmtMs1(a.toggleFinished), fmtMs1(b.toggleFinished), ratio(a.toggleFinished, b.toggleFinished)],
  ];
  if (a.lighthouse && b.lighthouse) {
    const la = a.lighthouse;
    const lb = b.lighthouse;
    rows.push(
      ['Lighthouse performance / accessibility / best practices / SEO', `${la.performance} / ${la.accessibility} / ${la.bestPractices} / ${la.seo}`, `${lb.performance} / ${lb.accessibility} / ${lb.bestPractices} / ${lb.seo}`, ''],
      ['Lighthouse LCP (simulated slow 4G, 4× CPU)', fmtMs(la.lcp), fmtMs(lb.lcp), ratio(la.lcp, lb.lcp)],
      ['Lighthouse TBT', fmtMs(la.tbt), fmtMs(lb.tbt), ''],
      ['Lighthouse CLS', la.cls?.toFixed(3), lb.cls?.toFixed(3), ''],
    );
  }
  const table = [
    '| Measure | App | Baseline | App / baseline |',
    '|---|---:|---:|---:|',
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n');
  const resourceTable = which =>
    [
      `| ${which} resource | encoding | bytes |`,
      '|---|---|---:|',
      ...summary[which].resources.map(r => `| \`${r.path}\` | ${r.encoding} | ${fmtB(r.bytes)} |`),
      `| total | | ${fmtB(summary[which].bytes)} |`,
    ].join('\n');
  const spread = which =>
    `${which}: figures ${summary[which].figuresRange?.map(Math.round).join('–')} ms, chart ${summary[which].chartRange?.map(Math.round).join('–')} ms over ${RUNS} runs`;
  const targets = [
    `figures visible ≤ 0.5 × baseline chart drawn: ${a.figuresVisible !== null && b.chartDrawn !== null ? (a.figuresVisible <= 0.5 * b.chartDrawn ? 'met' : 'NOT met') : 'n/a'} (${ratio(a.figuresVisible, b.chartDrawn)} ×)`,
    `first chart no slower than baseline's: ${a.chartDrawn <= b.chartDrawn ? 'met' : 'NOT met'} (${ratio(a.chartDrawn, b.chartDrawn)} ×)`,
    `toggle-to-update median ≤ 16 ms (click → canvas redrawn): ${a.toggleRendered <= 16 ? 'met' : 'NOT met'} (${fmtMs1(a.toggleRendered)}; to after the next frame ${fmtMs1(a.toggleNextFrame)})`,
    a.lighthouse ? `Lighthouse mobile performance ≥ 95: ${a.lighthouse.performance >= 95 ? 'met' : 'NOT met'} (${a.lighthouse.performance})` : 'Lighthouse: n/a',
    `CLS 0: ${a.cls === 0 && (!a.lighthouse || a.lighthouse.cls === 0) ? 'met' : 'NOT met'} (bench ${a.cls?.toFixed(3)}${a.lighthouse ? `, Lighthouse ${a.lighthouse.cls?.toFixed(3)}` : ''})`,
  ];
  const header = [
    `Run ${started.toISOString()}: ${RUNS} cold loads per page (medians), ${TOGGLES} toggles, ${LH_RUNS} Lighthouse run(s) per page.`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memGiB} GiB; load average (1/5/15 min) ${load.before.join(' ')} before, ${load.after.join(' ')} after.`,
    `${m.chromium}, Node ${m.node}, Lighthouse ${m.lighthouse}.`,
  ];
  const md = [
    ...header,
    '',
    table,
    '',
    'Spread of the cold-load times: ' + spread('app') + '; ' + spread('baseline') + '.',
    ...(results.app.lighthouse?.[0]?.lcpElement && results.baseline.lighthouse?.[0]?.lcpElement
      ? ['', `Lighthouse LCP element: app \`${results.app.lighthouse[0].lcpElement}\`; baseline \`${results.baseline.lighthouse[0].lcpElement}\`.`]
      : []),
    ...(a.lighthouse
      ? [`Lighthouse runs (performance score, LCP, TBT): app ${results.app.lighthouse.map(r => `${r.performance}/${Math.round(r.lcp)}/${Math.round(r.tbt)}`).join(', ')}; baseline ${results.baseline.lighthouse.map(r => `${r.performance}/${Math.round(r.lcp)}/${Math.round(r.tbt)}`).join(', ')}.`]
      : []),
    '',
    "Issue 5's targets (reported, not asserted):",
    ...targets.map(t => `- ${t}`),
    ...['app', 'baseline'].flatMap(w => [
      ...(summary[w].errors.length ? [`- ${w}: console errors during load: ${summary[w].errors.map(e => e.split('\n')[0]).join(' | ')}`] : []),
      ...(summary[w].toggleFailures ? [`- ${w}: ${summary[w].toggleFailures} toggle(s) failed`] : []),
    ]),
    '',
    resourceTable('app'),
    '',
    resourceTable('baseline'),
  ].join('\n');
  console.log('\n' + md);
  for (const which of ['app', 'baseline']) {
    if (summary[which].toggleFailures) console.log(`\n${which}: ${summary[which].toggleFailures} toggle(s) FAILED (see results.json)`);
    if (summary[which].errors.length) console.log(`\n${which} console errors: ${summary[which].errors.join(' | ')}`);
    if (summary[which].foreign.length) console.log(`\n${which} requests to other origins: ${summary[which].foreign.join(' ')}`);
  }
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'results.json'), JSON.stringify({ started, machine: m, load, runs: RUNS, toggles: TOGGLES, summary, results }, null, 2));
  await writeFile(join(OUT, 'results.md'), md + '\n');
  console.log(`\nwrote ${join(OUT, 'results.md')} and ${join(OUT, 'results.json')}`);
}

await main();
