// End-to-end test runner: the built app (dist/) served on 127.0.0.1, in Debian's headless
// Chromium, driven by playwright-core. Every tests/e2e/*.test.mjs registers its tests through
// the helpers below. Usage: node tests/e2e/run.mjs http://127.0.0.1:PORT/ [outdir] [filter]
// Prints one line per test and a closing "E2E: N passed, M failed"; exits non-zero on failure.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const base = process.argv[2];
const out = process.argv[3] || 'target/e2e';
const only = process.argv[4] || '';
mkdirSync(out, { recursive: true });
const origin = new URL(base).origin;
const dataset = JSON.parse(readFileSync(new URL('../../public/data/nk-asylum.json', import.meta.url)));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// The browser contexts the running test has opened. The runner closes them all after the test,
// whether it passed or failed, so tests open contexts only through newContext() (or open()).
const contexts = new Set();
async function newContext(options = {}) {
  const context = await browser.newContext(options);
  contexts.add(context);
  return context;
}

// Closes every context of the test that just ran; returns how many it found that newContext()
// had not made (the runner closes those too, and fails the test).
async function closeContexts() {
  const stray = browser.contexts().filter(c => !contexts.has(c)).length;
  const all = [...new Set([...contexts, ...browser.contexts()])];
  contexts.clear();
  await Promise.all(all.map(c => c.close().catch(() => {})));
  return stray;
}

// Opens a fresh page (in a context of its own) that records console errors and every request it makes.
// `init` runs in the page before its own scripts (as a Playwright init script); `route(page)`
// before it navigates.
async function open(query = '', { width = 375, height = 812, route, init } = {}) {
  const context = await newContext({ viewport: { width, height } });
  // A strict CSP (test.sh's second run) must block nothing: each violation is a console error.
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.errors = [];
  page.requests = [];
  page.on('console', m => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', e => page.errors.push(String(e)));
  page.on('request', r => page.requests.push(r.url()));
  if (route) await route(page);
  await page.goto(base + query);
  return page;
}

const figure = (page, id) => page.locator(`[data-figure="${id}"] .figure-value`).innerText();

async function figuresShown(page) {
  await page.waitForSelector('[data-figure="applications"] .figure-value', { timeout: 20000 });
  await live(page);
}

// Resolves once the live app runs the story: the build-time first view, where the page had one,
// has been replaced (src/ui/first_view.rs). Any address but the default one has none.
async function live(page) {
  await page.waitForFunction(() => !document.querySelector('.story-root[data-first-view]') &&
    !document.querySelector('#story-live[hidden]'), null, { timeout: 20000 });
}

// Behind the first view's picture, an app that started with nobody at the page loads ECharts
// when a reader reaches for the chart (src/ui/echart): this helper is that reader's pointer.
async function chartDrawn(page, id = 'chart-yearly') {
  await page.waitForFunction(id => {
    document.getElementById(id)?.closest('.chart-frame')?.dispatchEvent(new PointerEvent('pointerenter'));
    return document.querySelector(`#${id} canvas`);
  }, id, { timeout: 20000, polling: 100 });
  // The canvas must hold drawn pixels, not just exist.
  await page.waitForFunction(sel => {
    const c = document.querySelector(sel);
    if (!c || c.width === 0) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) painted++;
    return painted > 1000;
  }, `#${id} canvas`, { timeout: 20000 });
}

// Resolves once the chart's animations have finished: zrender, which draws ECharts' canvas, has
// no animation clip left to play (ECharts' own test before its "finished" event), so the bars are
// at their final size.
async function chartSettled(page, id = 'chart-yearly') {
  await chartDrawn(page, id);
  await page.waitForFunction(id => {
    const chart = window.echarts && window.echarts.getInstanceByDom(document.getElementById(id));
    return Boolean(chart) && chart.getZr().animation.isFinished();
  }, id, { timeout: 20000 });
}

// Resolves after `n` animation frames of the page (or frame): every ResizeObserver callback,
// layout and paint due by then has run. Also after 2 s, in case the document is hidden and the
// browser does not run its frames; it answers whether the frames ran.
function animationFrames(target, n = 2) {
  return target.evaluate(n => new Promise(done => {
    const tick = () => (--n > 0 ? requestAnimationFrame(tick) : done(true));
    requestAnimationFrame(tick);
    setTimeout(() => done(false), 2000);
  }), n);
}

// Resolves once the address bar matches `pattern`: the app writes a change's history entry just
// after the frame that shows it (src/ui/url_state.rs).
async function addressShows(page, pattern) {
  await page.waitForFunction(source => new RegExp(source).test(location.href), pattern.source, { timeout: 5000 });
}

function noErrors(page) {
  assert.deepEqual(page.errors, [], 'console errors');
  const foreign = page.requests.filter(u => !u.startsWith(origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to another origin');
}

// Sums a Home Office field over a year range, straight from the shipped JSON (an independent
// computation to check the app's Rust against).
function hoSum(from, to, pick) {
  return dataset.homeoffice.filter(y => y.year >= from && y.year <= to).reduce((s, y) => s + pick(y), 0);
}
const fmt = n => n.toLocaleString('en-GB');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
// No `browser`: a test opens contexts through newContext() or open(), which the runner closes.
const helpers = { test, open, newContext, figure, figuresShown, live, chartDrawn, chartSettled, animationFrames, addressShows, noErrors,
  hoSum, fmt, base, origin, out, dataset };
const dir = new URL('.', import.meta.url);
for (const file of readdirSync(dir).filter(f => f.endsWith('.test.mjs')).sort()) {
  (await import(new URL(file, dir))).default(helpers);
}

let passed = 0;
let failed = 0;
for (const { name, fn } of tests.filter(t => t.name.includes(only))) {
  let error;
  try {
    await fn();
  } catch (e) {
    error = e || new Error('failed');
  } finally {
    const stray = await closeContexts();
    if (stray && !error) error = new Error(`${stray} browser context(s) not opened through newContext() or open()`);
  }
  if (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(error.stack || error).split('\n').slice(0, 6).join('\n  ')}`);
  } else {
    passed++;
    console.log(`ok - ${name}`);
  }
}
await browser.close();
console.log(`E2E: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
