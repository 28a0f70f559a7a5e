// The story: figures, toggle, deep links, years, failures, layout. Registered by run.mjs.
import assert from 'node:assert/strict';

export default function register({ test, open, addressShows, figure, figuresShown, chartDrawn, chartSettled, noErrors, hoSum, fmt, out }) {
  test('loads with UNHCR figures for 2003-2015 (the article window)', async () => {
    const page = await open();
    await figuresShown(page);
    assert.equal(await figure(page, 'applications'), '1,328');
    assert.equal(await figure(page, 'refused'), '504');
    assert.equal(await figure(page, 'granted'), '537–553*');
    assert.equal(await page.getAttribute('#source-unhcr', 'aria-pressed'), 'true');
    await chartDrawn(page);
    noErrors(page);
  });

  test('the source toggle is a pair of labelled buttons and switches the figures', async () => {
    const page = await open();
    await figuresShown(page);
    await chartDrawn(page);
    // Mark the canvas: an update in place keeps the same element (no re-initialisation).
    await page.evaluate(() => { document.querySelector('#chart-yearly canvas').dataset.marker = 'first'; });
    const homeOffice = page.getByRole('button', { name: /Home Office/ });
    await homeOffice.click();
    await page.waitForFunction(() => document.querySelector('#source-homeoffice').getAttribute('aria-pressed') === 'true');
    assert.equal(await figure(page, 'applications'), '902');
    assert.equal(await figure(page, 'granted'), '408');
    assert.equal(await figure(page, 'refused'), '413');
    assert.equal(await figure(page, 'closed'), '77');
    assert.equal(await page.getAttribute('#source-unhcr', 'aria-pressed'), 'false');
    await addressShows(page, /source=homeoffice/);
    assert.equal(await page.evaluate(() => document.querySelector('#chart-yearly canvas').dataset.marker), 'first');
    // Keyboard: focus the UNHCR button and press Space.
    await page.getByRole('button', { name: /UNHCR/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('#source-unhcr').getAttribute('aria-pressed') === 'true');
    assert.equal(await figure(page, 'applications'), '1,328');
    noErrors(page);
  });

  test('a toggle changes the chart and the figures in the same frame, and the address after it', async () => {
    const page = await open();
    await figuresShown(page);
    await chartDrawn(page);
    // Each frame, before it is drawn: the chart's axis name (the unit: persons for UNHCR, main
    // applicants for the Home Office), the applications figure and the address.
    await page.evaluate(() => {
      const chart = window.echarts.getInstanceByDom(document.getElementById('chart-yearly'));
      window.frames_seen = [];
      const look = () => {
        window.frames_seen.push([chart.getOption().yAxis[0].name,
          document.querySelector('[data-figure="applications"] .figure-value').textContent, location.search]);
        if (window.frames_seen.length < 60) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.click('#source-homeoffice');
    await page.waitForFunction(() => window.frames_seen.length >= 60, null, { timeout: 10000 });
    const seen = await page.evaluate(() => window.frames_seen);
    const states = [...new Set(seen.map(([unit, apps]) => `${unit} ${apps}`))];
    assert.deepEqual(states, ['persons 1,328', 'main applicants 902'], 'never one source\'s chart with the other\'s figures');
    const first = seen.findIndex(([unit]) => unit === 'main applicants');
    assert.ok(!/source=homeoffice/.test(seen[first][2]), 'the address is written after the frame that shows the change');
    assert.ok(/source=homeoffice/.test(seen.at(-1)[2]), 'and then it is');
    noErrors(page);
  });

  test('a deep link chooses source and years; figures match the dataset', async () => {
    const page = await open('?source=homeoffice&from=2007&to=2008');
    await figuresShown(page);
    const apps = hoSum(2007, 2008, y => y.main_applicants.applications);
    const refusedKeys = ['other_refusals', 'certified_refusal', 'non_compliance_refusal', 'third_country_refusal'];
    const refused = hoSum(2007, 2008, y => refusedKeys.reduce((s, k) => s + y.main_applicants.decisions[k], 0));
    assert.equal(await figure(page, 'applications'), fmt(apps));
    assert.equal(await figure(page, 'refused'), fmt(refused));
    assert.equal(await page.inputValue('#year-from'), '2007');
    assert.equal(await page.inputValue('#year-to'), '2008');
    await chartDrawn(page);
    noErrors(page);
  });

  test('changing the years updates every figure', async () => {
    const page = await open('?source=homeoffice');
    await figuresShown(page);
    await page.selectOption('#year-from', '2010');
    await page.waitForFunction(() => /2010/.test(document.querySelector('.caption').textContent));
    const apps = hoSum(2010, 2015, y => y.main_applicants.applications);
    assert.equal(await figure(page, 'applications'), fmt(apps));
    await addressShows(page, /from=2010/);
    noErrors(page);
  });

  test('invalid URL settings fall back to defaults with a notice', async () => {
    const page = await open('?source=bbc&from=abc&view=%3Cscript%3E');
    await figuresShown(page);
    const notice = await page.locator('.notices').innerText();
    assert.match(notice, /a source that this page does not have; showing UNHCR/);
    assert.doesNotMatch(notice, /bbc|abc|script/, 'the address is not repeated');
    assert.equal(await figure(page, 'applications'), '1,328');
    assert.equal(await page.locator('script:not([src])').evaluateAll(s => s.filter(x => x.textContent.includes('<script>')).length), 0);
    noErrors(page);
  });

  test('a missing data file shows a message, and Try again recovers', async () => {
    let fail = true;
    const page = await open('', {
      route: p => p.route('**/data/nk-asylum.json', r => (fail ? r.fulfill({ status: 404, body: 'Not found' }) : r.continue())),
    });
    await page.waitForSelector('.status-error', { timeout: 20000 });
    assert.match(await page.locator('.status-error').innerText(), /404/);
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await figuresShown(page);
    assert.equal(await figure(page, 'applications'), '1,328');
    await chartDrawn(page);
    assert.deepEqual(page.errors.filter(e => !/404/.test(e)), []);
  });

  test('a corrupt data file is refused with a reason, not drawn', async () => {
    const page = await open('', {
      route: p => p.route('**/data/nk-asylum.json', r => r.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "title": ' })),
    });
    await page.waitForSelector('.status-error', { timeout: 20000 });
    assert.match(await page.locator('.status-error').innerText(), /damaged or out of date/);
    assert.equal(await page.locator('[data-figure]').count(), 0);
  });

  for (const [width, height] of [[320, 640], [375, 812], [1280, 800]]) {
    test(`no horizontal scroll at ${width}px; screenshot`, async () => {
      const page = await open('', { width, height });
      await figuresShown(page);
      await chartSettled(page); // the bar animation has finished before the screenshot
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'horizontal overflow in px');
      const chartWidth = await page.locator('#chart-yearly canvas').evaluate(c => c.getBoundingClientRect().width);
      const frameWidth = await page.locator('#chart-yearly').evaluate(c => c.getBoundingClientRect().width);
      assert.ok(Math.abs(chartWidth - frameWidth) < 2, `chart ${chartWidth}px fills its container ${frameWidth}px`);
      await page.screenshot({ path: `${out}/story-${width}.png`, fullPage: true });
      noErrors(page);
    });
  }

  test('the chart follows its container when the window is resized', async () => {
    const page = await open('', { width: 1280, height: 800 });
    await chartDrawn(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction(() => {
      const c = document.querySelector('#chart-yearly canvas');
      return Math.abs(c.getBoundingClientRect().width - document.querySelector('#chart-yearly').getBoundingClientRect().width) < 2
        && c.getBoundingClientRect().width < 400;
    }, null, { timeout: 5000 });
    noErrors(page);
  });
}
