// Issue 6: zero axe-core violations on every view (320 and 1280 px, light and dark, standalone and
// embedded); the whole page by keyboard; target sizes; chart tooltips by keyboard; live
// announcements; reduced motion; 200 % text at 320 px.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export default function register({ test, open, figure, figuresShown, chartDrawn, animationFrames, noErrors }) {
  // page.evaluate runs outside the page's CSP, so axe can be injected under the strict policy too.
  async function axe(page) {
    await page.evaluate(axeSource);
    const result = await page.evaluate(tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
  }

  for (const embed of [false, true]) {
    for (const theme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        test(`axe: every view, ${width}px, ${theme}${embed ? ', embedded' : ''}: no violations`, async () => {
          const page = await open(`?theme=${theme}${embed ? '&embed=1' : ''}`, { width, height: 900 });
          await figuresShown(page);
          const found = [];
          for (const view of ['chart', 'compare', 'why', 'table']) {
            await page.click(`#tab-${view}`);
            await page.waitForSelector(`#panel-${view}`);
            if (view === 'chart') await chartDrawn(page, 'chart-yearly');
            if (view === 'compare') await chartDrawn(page, 'chart-difference');
            for (const v of await axe(page)) found.push(`${view}: ${v}`);
          }
          assert.deepEqual(found, []);
          noErrors(page);
        });
      }
    }
  }

  test('keyboard: Tab reaches every control in order, Shift+Tab comes back, nothing traps focus', async () => {
    const page = await open('?source=homeoffice', { width: 1280, height: 900 });
    await figuresShown(page);
    await chartDrawn(page);
    const describe = () => page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return 'body';
      return el.id || el.getAttribute('data-action') || `${el.tagName.toLowerCase()}.${el.className}:${el.textContent.trim().slice(0, 40)}`;
    });
    const order = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const d = await describe();
      if (d === 'body' || order.includes(d)) break;
      order.push(d);
    }
    for (const id of ['skip-link', 'source-unhcr', 'source-homeoffice', 'year-from', 'year-to', 'count-main', 'count-persons',
      'tab-chart', 'download-image', 'copy-link', 'download-csv', 'download-json']) {
      assert.ok(order.includes(id), `${id} reachable by Tab; order: ${order.join(', ')}`);
    }
    assert.ok(order.some(d => d.startsWith('div.chart-a11y')), `the chart is focusable for its keyboard tooltips: ${order.join(', ')}`);
    assert.ok(!order.includes('tab-compare'), 'only the selected tab is in the Tab order (arrows move between tabs)');
    const index = id => order.indexOf(id);
    assert.ok(index('skip-link') < index('source-unhcr') && index('source-unhcr') < index('tab-chart') && index('tab-chart') < index('copy-link'), order.join(', '));
    // Shift+Tab walks back through the same order.
    await page.focus('[data-action="download-csv"]');
    const back = [];
    for (let i = 0; i < 4; i++) { await page.keyboard.press('Shift+Tab'); back.push(await describe()); }
    const at = index('download-csv');
    assert.deepEqual(back, order.slice(at - 4, at).reverse());
    // Every view by keyboard: arrows on the tab list, then Enter/Space on buttons.
    await page.focus('#tab-chart');
    for (const view of ['compare', 'why', 'table']) {
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`#panel-${view}`);
    }
    await page.focus('#source-unhcr');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#source-unhcr').getAttribute('aria-pressed') === 'true');
    await page.focus('#year-from');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => /2004–2015/.test(document.querySelector('.caption').textContent));
    noErrors(page);
  });

  test('targets are at least 24 by 24 CSS px', async () => {
    for (const width of [320, 1280]) {
      const page = await open('?source=homeoffice', { width, height: 900 });
      await figuresShown(page);
      const small = await page.evaluate(() => [...document.querySelectorAll('button, select, input, a, [tabindex="0"]')]
        .filter(el => el.offsetParent !== null && !el.closest('p, li, .sr-only'))
        .map(el => [el.id || el.getAttribute('data-action') || el.textContent.trim().slice(0, 20), el.getBoundingClientRect()])
        .filter(([, r]) => r.width < 24 || r.height < 24)
        .map(([n, r]) => `${n} ${Math.round(r.width)}x${Math.round(r.height)}`));
      assert.deepEqual(small, [], `at ${width}px`);
    }
  });

  test('chart tooltips by keyboard: arrows show each year, Escape hides', async () => {
    const page = await open('?source=unhcr', { width: 1280, height: 900 });
    await chartDrawn(page);
    await page.focus('#panel-chart .chart-a11y');
    const tip = () => page.evaluate(() => {
      const t = [...document.querySelectorAll('#chart-yearly div')].find(d => d.style.zIndex === '9999999');
      return t && t.style.display !== 'none' && t.style.opacity !== '0' ? t.innerText : '';
    });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /2003/.test(document.querySelector('#panel-chart [aria-live]').textContent));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^2004/.test(document.querySelector('#panel-chart [aria-live]').textContent));
    assert.match(await page.locator('#panel-chart [aria-live]').innerText(), /Recognised as refugees: 1–5/);
    assert.match(await tip(), /^2004/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => {
      const t = [...document.querySelectorAll('#chart-yearly div')].find(d => d.style.zIndex === '9999999');
      return !t || t.style.display === 'none' || t.style.opacity === '0' || t.style.visibility === 'hidden';
    });
    noErrors(page);
  });

  test('a polite live region announces the new headline figures', async () => {
    const page = await open();
    await figuresShown(page);
    const live = page.locator('.summary [aria-live="polite"]');
    assert.match(await live.innerText(), /applications 1,328; recognised as refugees from 537 to 553/);
    await page.click('#source-homeoffice');
    await page.waitForFunction(() => /applications 902; granted 408; refused 413; withdrawn 77/.test(document.querySelector('.summary [aria-live="polite"]').textContent));
    noErrors(page);
  });

  test('prefers-reduced-motion turns chart animation off', async () => {
    const page = await open('', { width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await chartDrawn(page);
    const animation = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#chart-yearly')).getOption().animation);
    assert.equal(animation, false);
    // (An address without the build-time first view, whose first drawing is never animated.)
    const normal = await open('?source=homeoffice', { width: 1280, height: 900 });
    await chartDrawn(normal);
    assert.notEqual(await normal.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#chart-yearly')).getOption().animation), false);
  });

  test('200% text at 320px loses nothing: no horizontal scroll, every figure visible', async () => {
    const page = await open('?source=homeoffice', { width: 320, height: 700 });
    await figuresShown(page);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    for (const view of ['chart', 'compare', 'why', 'table']) {
      await page.click(`#tab-${view}`);
      await page.waitForSelector(`#panel-${view}`);
      // The view's charts are drawn at the width of their boxes (a resize has followed the larger
      // text), and the page has been laid out and painted.
      const charts = { chart: ['chart-yearly'], compare: ['chart-compare', 'chart-difference'] }[view] || [];
      for (const id of charts) {
        await chartDrawn(page, id);
        await page.waitForFunction(id => {
          const box = document.getElementById(id);
          return Math.abs(box.querySelector('canvas').getBoundingClientRect().width - box.getBoundingClientRect().width) < 2;
        }, id, { timeout: 5000 });
      }
      await animationFrames(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${view}: horizontal overflow`);
    }
    const clipped = await page.evaluate(() => [...document.querySelectorAll('.figure-value')]
      .filter(el => el.scrollWidth > el.clientWidth + 1).map(el => el.textContent));
    assert.deepEqual(clipped, [], 'headline figures clipped');
    assert.equal(await figure(page, 'applications'), '902');
  });
}
