// Issue 3: every view from a deep link, tabs by keyboard, Back/Forward, the count switch, CSV and
// image downloads, tooltips, copy link, dark mode, and layouts of every view.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export default function register({ test, open, addressShows, figure, figuresShown, chartDrawn, chartSettled, animationFrames, noErrors, fmt, out, dataset }) {
  const selected = page => page.locator('[role="tab"][aria-selected="true"]').getAttribute('id');
  const drawn = (page, id) => chartDrawn(page, id);

  test('compare view: both sources per year, difference, totals and the count switch', async () => {
    const page = await open('?view=compare');
    await figuresShown(page);
    assert.equal(await selected(page), 'tab-compare');
    await drawn(page, 'chart-compare');
    await drawn(page, 'chart-difference');
    const row = page.locator('.compare-totals tr[data-measure="applications"] td');
    assert.deepEqual(await row.allInnerTexts(), ['1,328', '902']);
    await page.click('#count-persons');
    await page.waitForFunction(() => document.querySelectorAll('.compare-totals tr[data-measure="applications"] td')[1].textContent === '1,331');
    await addressShows(page, /count=persons/);
    assert.equal(await page.getAttribute('#count-persons', 'aria-pressed'), 'true');
    noErrors(page);
  });

  test('why view: each reason states the figures for the selected years', async () => {
    const page = await open('?view=why');
    await figuresShown(page);
    const persons = await page.locator('[data-reason="persons"]').innerText();
    assert.match(persons, /902 main applicants and 429 dependants: 1,331 people, against UNHCR's 1,328/);
    const refused = await page.locator('[data-reason="refused"]').innerText();
    assert.match(refused, /505/);
    assert.match(refused, /413/);
    await page.selectOption('#year-to', '2008');
    await page.waitForFunction(() => /2003–2008/.test(document.querySelector('[data-reason="persons"]').textContent));
    noErrors(page);
  });

  test('table view: a real table whose cells match the dataset', async () => {
    const page = await open('?view=table&source=unhcr');
    await figuresShown(page);
    const table = page.locator('table.data-table');
    assert.match(await table.locator('caption').innerText(), /UNHCR/);
    assert.equal(await table.locator('tbody tr').count(), 13);
    const y2007 = dataset.unhcr.find(y => y.year === 2007);
    const cells = await table.locator('tbody tr').nth(4).locator('th, td').allInnerTexts();
    assert.deepEqual(cells.slice(0, 3), ['2007', fmt(y2007.applied), fmt(y2007.decisions.recognized)]);
    const y2003 = await table.locator('tbody tr').nth(0).locator('td').allInnerTexts();
    assert.equal(y2003[1], 'no data');
    const y2004 = await table.locator('tbody tr').nth(1).locator('td').allInnerTexts();
    assert.equal(y2004[1], '1–5', 'a masked cell is a range');
    noErrors(page);
  });

  test('tabs work by keyboard: arrows move the selection and the focus', async () => {
    const page = await open();
    await figuresShown(page);
    await page.focus('#tab-chart');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement.id === 'tab-compare');
    assert.equal(await selected(page), 'tab-compare');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement.id === 'tab-table');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement.id === 'tab-chart');
    assert.equal(await page.getAttribute('[role="tabpanel"]', 'aria-labelledby'), 'tab-chart');
    noErrors(page);
  });

  test('Back and Forward step through the reader\'s choices', async () => {
    const page = await open();
    await figuresShown(page);
    await page.click('#source-homeoffice');
    await page.waitForFunction(() => /source=homeoffice/.test(location.search));
    await page.click('#tab-why');
    await page.waitForFunction(() => /view=why/.test(location.search));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#tab-chart').getAttribute('aria-selected') === 'true');
    assert.equal(await page.getAttribute('#source-homeoffice', 'aria-pressed'), 'true');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#source-unhcr').getAttribute('aria-pressed') === 'true');
    assert.equal(await figure(page, 'applications'), '1,328');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#source-homeoffice').getAttribute('aria-pressed') === 'true');
    assert.equal(await figure(page, 'applications'), '902');
    noErrors(page);
  });

  test('every URL parameter is honoured: source, view, from, to, count, theme', async () => {
    const page = await open('?source=homeoffice&view=table&from=2005&to=2009&count=persons&theme=dark');
    await figuresShown(page);
    const persons = dataset.homeoffice.filter(y => y.year >= 2005 && y.year <= 2009)
      .reduce((s, y) => s + y.main_applicants.applications + y.dependants.applications, 0);
    assert.equal(await figure(page, 'applications'), fmt(persons));
    assert.equal(await selected(page), 'tab-table');
    assert.equal(await page.locator('table.data-table tbody tr').count(), 5);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(21, 21, 21)');
    const h1 = '.masthead[data-edition="en"] h1'; // index.html also holds the Korean edition's, hidden
    assert.ok((await page.locator(h1).boundingBox()).height > 10, 'the title shows by default');
    noErrors(page);
    const untitled = await open('?embed=1&title=0');
    await figuresShown(untitled);
    assert.ok((await untitled.locator(h1).boundingBox()).height <= 1, 'title=0 hides the headline (a host has its own)');
    assert.equal(await untitled.locator('.masthead:not([hidden]) h1').count(), 1, 'it stays in the page for screen readers');
    noErrors(untitled);
  });

  test('Download CSV saves the current view\'s figures with their provenance', async () => {
    const page = await open('?source=unhcr&view=chart');
    await figuresShown(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-csv"]')]);
    assert.equal(download.suggestedFilename(), 'nk-asylum-unhcr-chart-2003-2015.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.split('\r\n').filter(Boolean);
    assert.ok(lines.some(l => l.startsWith('# Source: UNHCR') && l.includes('CC BY 4.0')), 'UNHCR source and licence line');
    assert.ok(lines.some(l => l.startsWith('# Source: UK Home Office') && l.includes('Open Government Licence')), 'Home Office line');
    const rows = lines.filter(l => !l.startsWith('#')).map(l => l.split(','));
    assert.deepEqual(rows[0], ['Year', 'Applications', 'Recognised as refugees', 'Complementary protection', 'Rejected', 'Otherwise closed']);
    assert.equal(rows.length, 14);
    const cell = c => (c === undefined || c === null ? '' : typeof c === 'number' ? String(c) : `${c.low}-${c.high}`);
    for (const row of rows.slice(1)) {
      const y = dataset.unhcr.find(d => d.year === Number(row[0]));
      const d = y.decisions || {};
      assert.deepEqual(row, [String(y.year), cell(y.applied), cell(d.recognized), cell(d.complementary), cell(d.rejected), cell(d.otherwise_closed)]);
    }
    noErrors(page);
  });

  test('Download image saves a PNG of the chart with title and source', async () => {
    const page = await open('?source=homeoffice', { width: 1280, height: 800 });
    await drawn(page, 'chart-yearly');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#panel-chart [data-action="download-image"]')]);
    assert.match(download.suggestedFilename(), /^nk-asylum-homeoffice-chart-2003-2015\.png$/);
    const png = readFileSync(await download.path());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
    const chart = await page.locator('#chart-yearly').boundingBox();
    assert.ok(width >= chart.width * 2 - 2, `image ${width}px wide at 2x`);
    assert.ok(height > chart.height * 2 + 40, `image ${height}px tall leaves room for title and source`);
    noErrors(page);
  });

  test('Download image (SVG) saves the chart on screen as SVG, with title and source', async () => {
    const page = await open('?source=homeoffice&from=2007&to=2008', { width: 1280, height: 800 });
    await drawn(page, 'chart-yearly');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#panel-chart [data-action="download-svg"]')]);
    assert.match(download.suggestedFilename(), /^nk-asylum-homeoffice-chart-2007-2008\.svg$/);
    const svg = readFileSync(await download.path(), 'utf8');
    const chart = await page.locator('#chart-yearly').boundingBox();
    assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(chart.width)}"`));
    assert.match(svg, /<svg x="0" y="\d+" width="\d+" height="\d+"/, 'the chart, nested');
    assert.match(svg, /Home Office/, 'the title names the source');
    assert.match(svg, /Open Government Licence/, 'the source line');
    // The state on screen: its years on the axis, and no year outside them.
    assert.match(svg, />2007</);
    assert.match(svg, />2008</);
    assert.doesNotMatch(svg, />2009</);
    noErrors(page);
    // A well-formed document that a browser draws (after noErrors: this blob is the test's own).
    const drawnOk = await page.evaluate(async text => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await img.decode();
      return img.naturalWidth > 0;
    }, svg);
    assert.ok(drawnOk);
  });

  test('tooltips give exact figures and "1–5" for a masked cell', async () => {
    const page = await open('?source=unhcr', { width: 1280, height: 800 });
    await drawn(page, 'chart-yearly');
    await page.locator('#chart-yearly').scrollIntoViewIfNeeded();
    const box = await page.locator('#chart-yearly').boundingBox();
    // Sweep across the plot until the tooltip shows 2004 (a year with a masked "recognised").
    let text = '';
    for (let x = box.x + 40; x < box.x + box.width && !/^2004/.test(text); x += 8) {
      await page.mouse.move(x, box.y + box.height * 0.8);
      text = await page.evaluate(() => {
        const tips = [...document.querySelectorAll('#chart-yearly div')].filter(d => d.style.zIndex === '9999999' && d.style.display !== 'none');
        return tips.length ? tips[0].innerText : '';
      });
    }
    assert.match(text, /^2004/);
    assert.match(text, /Recognised as refugees: 1–5/);
    assert.match(text, /Applications: 27/);
    noErrors(page);
  });

  test('Copy link puts the current view\'s address on the clipboard', async () => {
    const page = await open('?source=homeoffice&view=why');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await figuresShown(page);
    await page.click('[data-action="copy-link"]');
    await page.waitForFunction(() => /Link copied/.test(document.querySelector('.toolbar-status').textContent));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    assert.match(copied, /view=why/);
    noErrors(page);
  });

  test('dark mode follows the system unless theme=light says otherwise', async () => {
    const page = await open();
    await page.emulateMedia({ colorScheme: 'dark' });
    await figuresShown(page);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await bg(), 'rgb(21, 21, 21)');
    const light = await open('?theme=light');
    await light.emulateMedia({ colorScheme: 'dark' });
    await figuresShown(light);
    assert.equal(await light.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    noErrors(page);
    noErrors(light);
  });

  for (const view of ['chart', 'compare', 'why', 'table']) {
    for (const [width, height] of [[320, 700], [375, 812], [1280, 800]]) {
      test(`${view} view at ${width}px: no horizontal scroll`, async () => {
        const page = await open(`?view=${view}&source=homeoffice`, { width, height });
        await figuresShown(page);
        await page.waitForSelector(`#panel-${view}`);
        // The view's charts have finished animating, and the page has been laid out and painted.
        if (view === 'chart') await chartSettled(page, 'chart-yearly');
        if (view === 'compare') for (const id of ['chart-compare', 'chart-difference']) await chartSettled(page, id);
        await animationFrames(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'horizontal overflow in px');
        if (width !== 320) await page.screenshot({ path: `${out}/view-${view}-${width}.png`, fullPage: true });
        noErrors(page);
      });
    }
  }
}
