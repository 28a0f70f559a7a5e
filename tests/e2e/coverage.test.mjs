// Issue 11: a year a source does not cover is never shown as a zero. For UNHCR's 2021–2024 (no
// application rows) every view says "no data" or "publishes no … figures"; a Home Office range
// reaching 2025 says 2025 is not covered, and Compare offers the years both cover.
import assert from 'node:assert/strict';

export default function register({ test, open, figuresShown, chartDrawn, noErrors }) {
  // UNHCR figures that would be a zero standing for a missing row, in any sentence or cell.
  const unhcrZero = /UNHCR counts 0|UNHCR's 0\b|UNHCR's "rejected" is 0\b|\(0 people|is 0 as published/;

  for (const view of ['chart', 'compare', 'why', 'table']) {
    test(`unhcr 2021–2024, ${view} view: no data, never a UNHCR zero`, async () => {
      const page = await open(`?source=unhcr&from=2021&to=2024&view=${view}`);
      await figuresShown(page);
      await page.waitForSelector(`#panel-${view}`);
      if (view === 'chart') await chartDrawn(page, 'chart-yearly');
      if (view === 'compare') await chartDrawn(page, 'chart-compare');
      const apps = page.locator('[data-figure="applications"]');
      assert.equal(await apps.locator('.figure-value').innerText(), 'no data');
      assert.match(await apps.locator('.figure-detail').innerText(), /UNHCR publishes no application figures for 2021–2024/);
      const text = await page.locator('#app').innerText();
      assert.doesNotMatch(text, unhcrZero);
      assert.match(await page.locator('.lede').innerText(), /UNHCR publishes no figures/);
      const live = await page.locator('.summary [aria-live="polite"]').textContent();
      assert.match(live, /applications no data/);
      if (view === 'table') {
        const first = await page.locator('table.data-table tbody tr').first().locator('td').allInnerTexts();
        assert.equal(first[0], 'no data', '2021 applications');
      }
      if (view === 'why') {
        assert.match(await page.locator('[data-reason="persons"]').innerText(), /No year in 2021–2024 has application figures from both/);
      }
      noErrors(page);
    });
  }

  test('homeoffice 2016–2025: 2025 is not covered, and Compare offers 2016–2020', async () => {
    const page = await open('?source=homeoffice&from=2016&to=2025');
    await figuresShown(page);
    assert.match(await page.locator('.figure-notes').innerText(), /The Home Office publishes no figures for 2025, so the totals leave that year out/);
    assert.match(await page.locator('.lede').innerText(), /none yet for 2025/);
    await page.click('#tab-compare');
    const note = page.locator('.coverage-note');
    await note.waitFor();
    assert.match(await note.innerText(), /The Home Office publishes no figures for 2025/);
    await page.click('[data-action="common-years"]');
    await page.waitForFunction(() => /from=2016&to=2020/.test(location.search));
    await page.waitForFunction(() => !document.querySelector('.coverage-note') || !/2025/.test(document.querySelector('.coverage-note').textContent));
    assert.equal(await page.locator('#year-to').inputValue(), '2020');
    noErrors(page);
  });
}
