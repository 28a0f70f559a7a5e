// Issue 7: broken data files and network failures each get their own message and a working
// Try again; crafted URLs never break the page; without JavaScript the figures are still there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const corpusDir = new URL('../corpus/', import.meta.url);
const expected = readFileSync(new URL('expected.tsv', corpusDir), 'utf8')
  .split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));

export default function register({ test, open, newContext, figure, figuresShown, chartDrawn, animationFrames, noErrors, base, dataset, fmt }) {
  // Serves `first` for the data file until Try again is pressed, then the real file.
  async function failThenRecover(first, message) {
    let failing = true;
    const page = await open('', {
      route: p => p.route('**/data/nk-asylum.json', r => (failing ? first(r) : r.continue())),
    });
    await page.waitForSelector('.status-error', { timeout: 25000 });
    const text = await page.locator('.status-error').innerText();
    assert.ok(text.includes(message), `expected ${JSON.stringify(message)} in ${JSON.stringify(text)}`);
    assert.equal(await page.locator('[data-figure]').count(), 0, 'nothing from a bad file is drawn');
    assert.equal(await page.locator('canvas').count(), 0);
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await figuresShown(page);
    assert.equal(await figure(page, 'applications'), '1,328');
    return page;
  }

  test(`each of the ${expected.length} broken datasets gets its own message, and Try again recovers`, async () => {
    for (const [name, message] of expected) {
      const body = readFileSync(new URL(`${name}.json`, corpusDir));
      const page = await failThenRecover(r => r.fulfill({ status: 200, contentType: 'application/json', body }), message);
      assert.deepEqual(page.errors, [], `${name}: console errors`);
      await page.context().close();
    }
  });

  const failures = [
    ['HTTP 404', r => r.fulfill({ status: 404, body: 'Not found' }), 'the server answered 404'],
    ['HTTP 500', r => r.fulfill({ status: 500, body: 'Oops' }), 'the server answered 500'],
    ['an HTML page instead of JSON', r => r.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><p>Sign in</p>' }), 'damaged or out of date'],
    ['a truncated body', r => r.fulfill({ status: 200, contentType: 'application/json', body: readFileSync('public/data/nk-asylum.json', 'utf8').slice(0, 5000) }), 'EOF while parsing'],
    ['a network error', r => r.abort('connectionreset'), 'could not be downloaded'],
    ['no answer (timeout)', () => {}, 'took too long'],
  ];
  for (const [what, respond, message] of failures) {
    test(`${what}: a clear message, and Try again recovers`, async () => {
      const page = await failThenRecover(respond, message);
      // The browser itself logs failed loads; nothing else may be logged.
      assert.deepEqual(page.errors.filter(e => !/Failed to load resource|net::ERR/.test(e)), []);
    });
  }

  test('a slow response shows a steady loading message, then the figures', async () => {
    // The data file is held until the test lets it go: slow for as long as the test needs.
    let asked, release;
    const requested = new Promise(res => { asked = res; });
    const held = new Promise(res => { release = res; });
    // (Not the default address, whose build-time first view shows the figures meanwhile.)
    const page = await open('?source=homeoffice', {
      route: p => p.route('**/data/nk-asylum.json', async r => { asked(); await held; await r.continue(); }),
    });
    await page.waitForSelector('.status-loading[aria-busy="true"]', { timeout: 20000 });
    const before = await page.locator('.status-loading').boundingBox();
    // Everything but the data has arrived (the app waits on its request; ECharts has loaded) and
    // the page has been painted since: whatever could move the box while it waits has happened.
    await requested;
    await page.waitForFunction(() => document.querySelector('#nk-echarts')?.getAttribute('data-state') === 'loaded', null, { timeout: 20000 });
    await animationFrames(page);
    assert.equal(await page.locator('[data-figure]').count(), 0, 'still loading');
    assert.deepEqual(await page.locator('.status-loading').boundingBox(), before, 'the loading box does not move');
    release();
    await figuresShown(page);
    noErrors(page);
  });

  test('200 random and crafted URLs: no panic, no console error, no injected markup', async () => {
    let seed = 7;
    const rand = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const keys = ['source', 'view', 'from', 'to', 'count', 'theme', 'embed', 'childId', 'x', '', 'SOURCE', 'from[]'];
    const values = ['unhcr', 'homeoffice', 'chart', 'why', 'compare', 'table', '2003', '2015', '1850', '99999', '-1', '',
      'dark', 'light', '1', '0', 'persons', 'main', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '%E2%80%AE%F0%9F%98%80', '%00%01', '%ZZ', '%', '"onmouseover=alert(1)', 'x'.repeat(3000), 'é', '2010&to=2001'];
    const crafted = ['?source=unhcr&source=homeoffice&source=bbc', '?from=2015&to=2003', '?' + 'a=1&'.repeat(400),
      '?view=%3Csvg%20onload%3Dalert(1)%3E', '?embed=1&embed=0&theme=dark&theme=x', '?%3D%3D%3D', '?&&&=&', '#?source=homeoffice'];
    const urls = [...crafted];
    while (urls.length < 200) {
      const n = 1 + rand(6);
      urls.push('?' + Array.from({ length: n }, () => `${keys[rand(keys.length)]}=${values[rand(values.length)]}`).join('&'));
    }
    const page = await open();
    await page.exposeFunction('nkAlert', () => page.errors.push('alert() ran'));
    await page.addInitScript(() => { window.alert = () => window.nkAlert(); });
    for (const url of urls) {
      await page.goto(base + url);
      await figuresShown(page);
      // (The chart's build-time picture may still be there until ECharts has drawn: it is ours.)
      const injected = await page.evaluate(() => document.querySelectorAll('#app script, #app img:not(.chart-first-paint > picture > img), #app svg[onload], #app [onerror], #app [onmouseover]').length);
      assert.equal(injected, 0, `markup injected by ${url.slice(0, 80)}`);
      assert.deepEqual(page.errors, [], `console errors for ${url.slice(0, 80)}`);
    }
  });

  test('without JavaScript the page still shows both sources\' figures, matching the app', async () => {
    const context = await newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(base);
    const rows = await page.locator('.fallback table').first().locator('tbody tr').evaluateAll(trs =>
      trs.map(tr => [...tr.querySelectorAll('th, td')].map(c => c.textContent)));
    assert.deepEqual(rows[0], ['Applications', '1,328', '902', '1,331']);
    const y2014 = dataset.homeoffice.find(y => y.year === 2014);
    const perYear = await page.locator('.fallback table').nth(1).locator('tbody tr').nth(11).locator('th, td').allInnerTexts();
    assert.deepEqual(perYear, ['2014', '38', fmt(y2014.main_applicants.applications), fmt(y2014.main_applicants.applications + y2014.dependants.applications)]);
    assert.equal(await page.locator('.status-loading[data-edition="en"]').isVisible(), false, 'no endless loading message');
    assert.match(await page.locator('.fallback-sources').innerText(), /UNHCR[\s\S]*Home Office/);
    // The app computes the same figures.
    const app = await open('?source=homeoffice');
    await figuresShown(app);
    assert.equal(await figure(app, 'applications'), rows[0][2]);
    assert.equal(await figure(app, 'refused'), rows[2][2]);
  });

  for (const [what, setup] of [
    ['a browser without WebAssembly', p => p.addInitScript(() => { delete window.WebAssembly; })],
    ['a wasm file that fails to load', p => p.route('**/*.wasm', r => r.fulfill({ status: 404, body: 'gone' }))],
  ]) {
    test(`${what}: a message, and the figures for readers without JavaScript stay`, async () => {
      const page = await open('', { route: setup });
      await page.waitForSelector('.status-error', { timeout: 20000 });
      assert.match(await page.locator('.status-error').innerText(), /could not start|needs a browser/);
      assert.equal(await page.locator('.status-loading').count(), 0, 'no endless loading message');
      const first = await page.locator('.fallback tbody tr').first().locator('td').allInnerTexts();
      assert.deepEqual(first, ['1,328', '902', '1,331']);
    });
  }

  // Issue 5: ECharts is fetched towards the end of the wasm's download, not with the page, so the
  // headline figures never wait for it, and the chart box keeps its size while it comes.
  test('ECharts is fetched after the wasm has begun to arrive; the figures do not wait for it and the chart box keeps its size', async () => {
    let release;
    const held = new Promise(res => { release = res; });
    const order = [];
    const page = await open('', {
      route: async p => {
        p.on('request', r => order.push(`start ${r.url().split('/').pop()}`));
        p.on('response', r => order.push(`response ${r.url().split('/').pop()}`));
        await p.route('**/echarts.min-*.js', async r => { await held; await r.continue(); });
      },
    });
    await figuresShown(page);
    assert.equal(await figure(page, 'applications'), '1,328');
    const wasmArriving = order.findIndex(e => /^response .*_bg\.wasm$/.test(e));
    const echartsStart = order.findIndex(e => /^start echarts\.min-/.test(e));
    assert.ok(wasmArriving >= 0 && echartsStart > wasmArriving, `ECharts must wait for the wasm: ${order.join(', ')}`);
    assert.equal(await page.locator('#chart-yearly canvas').count(), 0, 'no chart before ECharts');
    const before = await page.locator('#chart-yearly').boundingBox();
    assert.ok(before.height > 200, `the chart box is reserved while ECharts loads: ${before.height}px`);
    release();
    await chartDrawn(page);
    const after = await page.locator('#chart-yearly').boundingBox();
    assert.equal(after.height, before.height, 'the chart box does not jump when the chart arrives');
    noErrors(page);
  });

  test('ECharts that fails to load: a message in place of the chart; the figures stay', async () => {
    const page = await open('', { route: p => p.route('**/echarts.min-*.js', r => r.fulfill({ status: 404, body: 'gone' })) });
    await figuresShown(page);
    await page.hover('#chart-yearly'); // behind the first view's picture, ECharts comes when wanted
    await page.waitForSelector('.chart-error', { timeout: 20000 });
    assert.match(await page.locator('.chart-error').innerText(), /charting library did not load/);
    assert.equal(await figure(page, 'applications'), '1,328');
    assert.equal(await page.locator('.status-error').count(), 0, 'the rest of the story works');
    assert.deepEqual(page.errors.filter(e => !/Failed to load resource|net::ERR/.test(e)), []);
  });
}
