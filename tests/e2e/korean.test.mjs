// Issue 13: the Korean edition (lang=ko). Every view, standalone and embedded, at 320 and 1280 px:
// the page says it is Korean, what a reader sees and hears is Korean apart from names, numbers
// and file types, the figures are the English edition's, nothing overflows, axe finds nothing.
// The switch changes language in place both ways and keeps the rest of the state; the static
// page is Korean before the app has started; the embed code keeps the edition.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { alternates } from '../../scripts/post-build/share-card.mjs';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VIEWS = ['chart', 'compare', 'why', 'table'];

export default function register({ test, open, addressShows, figuresShown, chartDrawn, noErrors, out, dataset }) {
  // Names, as published (the sources' own names, publishers, editions and licences), the other
  // edition's name on its switch, file types and code: what may stay in Latin letters.
  const published = [dataset.sources.unhcr, dataset.sources.homeoffice]
    .flatMap(s => [s.name, s.publisher, s.edition, s.licence, s.short_name]);
  // Code quoted in the embed panel's help (a sandbox token, an HTTP header, a path) stays code.
  const CODE = ['allow-same-origin', 'same-origin', 'Access-Control-Allow-Origin', '/graphics/', 'Asy_D01', 'Asy_D02'];
  const ALLOWED = [...[...published, ...CODE].sort((a, b) => b.length - a.length),
    'English', 'CSV', 'PNG', 'SVG', 'JSON', 'HTML', 'Ctrl', 'Mac', 'px'];

  // Latin words left once the allowed names are taken out of `text`.
  const foreignWords = text => {
    let rest = text;
    for (const name of ALLOWED) rest = rest.split(name).join(' ');
    return [...new Set(rest.match(/[A-Za-z]{2,}/g) ?? [])];
  };
  const hangul = text => /[가-힣]/.test(text);

  // What a reader sees, and what assistive technology says: rendered text, labels, alternatives.
  const readable = page => page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], img[alt], [title]')]
      .filter(el => el.getClientRects().length > 0 || el.matches('.sr-only *, .sr-only'))
      .flatMap(el => [el.getAttribute('aria-label'), el.getAttribute('alt'), el.getAttribute('title')])
      .filter(Boolean);
    return { text: document.body.innerText, labels, title: document.title, lang: document.documentElement.lang };
  });

  // The figures on screen, element by element: headline cards, totals, table cells and each
  // reason's figures, each as its numbers (a range or a signed figure is one number), sorted,
  // since word order differs ("4 of 12 years", "12년 중 4년").
  const figures = page => page.evaluate(() => [...document.querySelectorAll(
    '[data-figure] .figure-value, .compare-totals td, .data-table td, .data-table tbody th, .reason-figures dd')]
    .map(el => (el.textContent.match(/[+−-]?\d[\d,]*(?:–[+−-]?\d[\d,]*)?\*?/g) ?? []).sort().join(' ')));

  async function axe(page) {
    await page.evaluate(axeSource);
    const result = await page.evaluate(tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
  }

  async function showView(page, view) {
    await page.click(`#tab-${view}`);
    await page.waitForSelector(`#panel-${view}`);
    if (view === 'chart') await chartDrawn(page, 'chart-yearly');
    if (view === 'compare') await chartDrawn(page, 'chart-difference');
  }

  for (const embed of [false, true]) {
    for (const width of [320, 1280]) {
      test(`Korean: every view, ${width}px${embed ? ', embedded' : ''}: Korean, the same figures, no overflow, no axe violation`, async () => {
        // The embed with its default source (UNHCR), the page with the Home Office's.
        const query = embed ? 'embed=1' : 'source=homeoffice';
        const english = await open(`?${query}`, { width, height: 900 });
        const page = await open(`?lang=ko&${query}`, { width, height: 900 });
        await Promise.all([figuresShown(english), figuresShown(page)]);
        const problems = [];
        for (const view of VIEWS) {
          await Promise.all([showView(english, view), showView(page, view)]);
          if (!embed) {
            // Closed disclosures hide nothing from this check: open the embed panel too.
            if (view === 'chart') await page.click('#embed-open');
          } else {
            await page.evaluate(() => document.querySelectorAll('details').forEach(d => { d.open = true; }));
          }
          const seen = await readable(page);
          if (seen.lang !== 'ko') problems.push(`${view}: <html lang="${seen.lang}">`);
          if (!hangul(seen.title)) problems.push(`${view}: title ${seen.title}`);
          const words = foreignWords([seen.text, ...seen.labels].join('\n'));
          if (words.length) problems.push(`${view}: English words ${words.join(', ')}`);
          const [ko, en] = await Promise.all([figures(page), figures(english)]);
          if (JSON.stringify(ko) !== JSON.stringify(en)) problems.push(`${view}: figures ${ko} against English ${en}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow) problems.push(`${view}: ${overflow} px of horizontal overflow`);
          for (const v of await axe(page)) problems.push(`${view}: axe ${v}`);
          if (width === 320 || width === 1280) {
            await page.screenshot({ path: `${out}/ko-${embed ? 'embed' : 'view'}-${view}-${width}.png`, fullPage: true });
          }
        }
        assert.deepEqual(problems, []);
        noErrors(page);
        noErrors(english);
      });
    }
  }

  test('Korean: README screenshots of every view at 375 px', async () => {
    const page = await open('?lang=ko', { width: 375, height: 812 });
    await figuresShown(page);
    for (const view of VIEWS) {
      await showView(page, view);
      await page.screenshot({ path: `${out}/ko-view-${view}-375.png`, fullPage: true });
    }
    noErrors(page);
  });

  test('Korean: the switch changes language in place, both ways, and keeps the rest of the state', async () => {
    const page = await open('?source=homeoffice&view=compare&from=2007&to=2010&count=persons');
    await figuresShown(page);
    await page.evaluate(() => { window.sameDocument = true; });
    const before = await figures(page);
    assert.equal(await page.locator('.lang-switch').innerText(), '한국어');
    await page.click('.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'ko' &&
      /[가-힣]/.test(document.getElementById('tab-compare').textContent));
    await addressShows(page, /lang=ko/);
    for (const key of ['source=homeoffice', 'view=compare', 'from=2007', 'to=2010', 'count=persons']) assert.ok(page.url().includes(key), page.url());
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no reload');
    assert.equal(await page.getAttribute('#tab-compare', 'aria-selected'), 'true');
    assert.ok(hangul(await page.locator('#tab-compare').innerText()));
    assert.ok(hangul(await page.locator('.masthead:visible h1').innerText()), 'the masthead follows');
    assert.deepEqual(await figures(page), before, 'the same figures');
    assert.equal(await page.locator('.lang-switch').innerText(), 'English');
    await page.click('.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en-GB' &&
      document.getElementById('tab-compare').textContent === 'Compare');
    await page.waitForFunction(() => !/lang=/.test(location.search));
    assert.equal(await page.locator('#tab-compare').innerText(), 'Compare');
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no reload');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    noErrors(page);
  });

  test('Korean: before the app starts, and when it cannot, the static page is Korean too', async () => {
    // The app never arrives: what shows is the build's page and the loader's message alone.
    const page = await open('?lang=ko', { route: p => p.route(/\.wasm$/, r => r.abort()) });
    await page.waitForSelector('.status-error');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    assert.ok(hangul(await page.title()));
    // The no-JavaScript figures stay English (the figures are the same in both editions), and
    // say so first, in Korean; everything else on screen is Korean.
    const { outside, fallback } = await page.evaluate(() => {
      const fallback = document.querySelector('.fallback').innerText;
      return { outside: document.body.innerText.replace(fallback, ''), fallback };
    });
    assert.ok(hangul(outside), outside);
    assert.deepEqual(foreignWords(outside.replace(/\(Failed to fetch[^)]*\)/, '')), [], outside);
    const note = fallback.split('\n')[0];
    assert.ok(hangul(note) && /영어판/.test(note), note);
    const english = await open('', { route: p => p.route(/\.wasm$/, r => r.abort()) });
    await english.waitForSelector('.status-error');
    const shown = await english.evaluate(() => document.body.innerText);
    assert.ok(!hangul(shown.replace(/^.*한국어.*$/gm, '')), 'the English page shows no Korean');
  });

  test('Korean: both editions are named in the head at the published address; an unknown language falls back with a notice', async () => {
    // What the build writes for a published address (NK_PUBLIC_URL), and nothing without one:
    // a relative hreflang is an error to search engines.
    const published = new URL('https://news.example/graphics/nk-asylum/');
    const links = alternates(published).map(l => [l.match(/hreflang="([^"]+)"/)[1], l.match(/href="([^"]+)"/)[1]]);
    assert.deepEqual(links, [['en', published.href], ['ko', `${published.href}?lang=ko`], ['x-default', published.href]]);
    assert.deepEqual(alternates(null), []);
    const page = await open('?lang=fr');
    await figuresShown(page);
    const inPage = await page.evaluate(() => [...document.querySelectorAll('link[rel="alternate"][hreflang]')]
      .map(l => l.getAttribute('href')));
    assert.ok(inPage.every(href => /^https?:\/\//.test(href)), `only absolute alternates: ${inPage}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB');
    assert.match(await page.locator('.notices').innerText(), /lang=en or lang=ko/);
    noErrors(page);
  });

  test('Korean: the embed code keeps the edition and titles its frame in Korean', async () => {
    const page = await open('?lang=ko&view=why');
    await figuresShown(page);
    await page.click('#embed-open');
    const code = await page.inputValue('#embed-code');
    assert.match(code, /lang=ko/);
    const title = code.match(/title="([^"]*)"/)?.[1] ?? '';
    assert.ok(hangul(title), code);
    noErrors(page);
  });
}
