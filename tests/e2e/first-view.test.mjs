// Issue 12: the chart at first paint. For the default address the page arrives with the story
// and its chart (an SVG drawn at build time from the same option), before the wasm, the data and
// ECharts; the live app then takes over without a visible seam. Any other address shows no
// first view, not even for a frame, and starts the app at once.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { EXPECT_CSP } from './hosts.mjs';

export default function register({ test, open, addressShows, newContext, figuresShown, live, chartDrawn, animationFrames, noErrors, base, out }) {
  const APP_FILES = /\.wasm$|nk-asylum\.json$|echarts\.min-|start-[0-9a-f]+\.js$/;

  /** Holds every response whose URL matches `pattern` until `release()` is called. */
  async function hold(page, pattern) {
    let release;
    const gate = new Promise(done => { release = done; });
    await page.route(pattern, async route => { await gate; await route.continue().catch(() => {}); });
    return () => release();
  }

  /** In the page: records its layout shifts and when the live story took over (`nk:live`). */
  function watcher() {
    window.__shifts = [];
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        const what = (e.sources || []).map(s => {
          const n = s.node;
          const name = !n ? '?' : n.nodeType === 1 ? `${n.tagName}.${n.className}#${n.id}` : `#text ${n.textContent.slice(0, 30)}`;
          return `${name} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`;
        });
        window.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${what.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    addEventListener('nk:live', () => { window.__live = true; });
  }

  /** A watched page whose responses matching `holdPattern` wait for `release()`. */
  async function openWatched(query, { width, height }, holdPattern) {
    let release = () => {};
    const route = async page => { if (holdPattern) release = await hold(page, holdPattern); };
    const page = await open(query, { width, height, route, init: watcher });
    return { page, release };
  }

  const firstView = page => page.locator('.story-root[data-first-view]');

  /** The first view's chart picture has loaded and is drawn at its own size. */
  async function pictureAtSize(page) {
    await page.waitForFunction(() => {
      const img = document.querySelector('.chart-first-paint img');
      return img && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 10000 });
    return page.evaluate(() => {
      const img = document.querySelector('.chart-first-paint img');
      const box = img.getBoundingClientRect();
      return { natural: [img.naturalWidth, img.naturalHeight], box: [box.width, box.height], src: img.currentSrc, alt: img.alt };
    });
  }

  /** Pixels that differ visibly between two PNG screenshots (decoded by the browser): by more
   *  than 2/255 in a channel. (A control painted anew can come out with its anti-aliased edge
   *  1/255 off.) */
  async function pixelsDiffering(page, a, b) {
    return page.evaluate(async ([a, b]) => {
      const load = async data => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width; c.height = img.height;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height);
      };
      const [x, y] = [await load(a), await load(b)];
      if (x.width !== y.width || x.height !== y.height) return -1;
      let n = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(...[0, 1, 2].map(k => Math.abs(x.data[i + k] - y.data[i + k])));
        if (d > 2) n++;
      }
      return n;
    }, [a.toString('base64'), b.toString('base64')]);
  }

  for (const [query, width, layout] of [['', 375, 'page'], ['', 1280, 'page'], ['?embed=1', 320, 'embed']]) {
    test(`first view ${layout} at ${width}px: story and chart before any app file, figures as the app computes them`, async () => {
      const { page, release } = await openWatched(query, { width, height: 900 }, /start-[0-9a-f]+\.js$/);
      await page.waitForLoadState('load');
      assert.equal(await page.getAttribute('html', 'data-first-view'), layout);
      assert.equal(await firstView(page).count(), 1);
      const pic = await pictureAtSize(page);
      assert.deepEqual(pic.box, pic.natural, `the picture is drawn at its own size (${pic.src})`);
      assert.match(pic.alt, /^Chart of UNHCR asylum applications per year/);
      // The head script preloads the very picture the <picture> picks: one download, no other.
      const svgs = [...new Set(page.requests.filter(u => /first-view\/.*\.svg$/.test(u)))];
      assert.deepEqual(svgs, [pic.src], 'pictures fetched');
      const before = await page.locator('[data-figure] .figure-value').allInnerTexts();
      const lede = await page.locator('.lede').first().innerText();
      assert.ok(before.includes('1,328'), before.join(' | '));
      // None of the app's files (preloads included) was asked for before the chart's picture had
      // arrived and the page had painted: they never share the network with the first view.
      const timing = await page.evaluate(pattern => new Promise(done => {
        new PerformanceObserver((list, observer) => {
          if (!list.getEntries().some(e => e.identifier === 'chart')) return;
          observer.disconnect();
          const app = new RegExp(pattern);
          const resources = performance.getEntriesByType('resource');
          const picture = resources.find(r => /first-view\/.*\.svg$/.test(r.name));
          done({
            picture: picture.responseEnd,
            fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
            app: resources.filter(r => app.test(r.name)).map(r => [r.name, r.startTime]),
          });
        }).observe({ type: 'element', buffered: true });
      }), APP_FILES.source);
      for (const [name, start] of timing.app) {
        assert.ok(start >= timing.picture && start >= timing.fcp,
          `${name} asked for at ${start} ms, before the picture arrived (${timing.picture} ms) or the first paint (${timing.fcp} ms)`);
      }
      await page.screenshot({ path: `${out}/first-view-${layout}-${width}.png`, fullPage: true });
      release();
      await figuresShown(page);
      await chartDrawn(page);
      assert.deepEqual(await page.locator('[data-figure] .figure-value').allInnerTexts(), before);
      assert.equal(await page.locator('.lede').first().innerText(), lede);
      await page.waitForFunction(() => !document.querySelector('.chart-first-paint img'), null, { timeout: 10000 });
      noErrors(page);
    });

    test(`first view ${layout} at ${width}px: the live app takes over without a seam (same pixels, CLS 0)`, async () => {
      const { page, release } = await openWatched(query, { width, height: 900 }, /start-[0-9a-f]+\.js$/);
      await page.waitForLoadState('load');
      await pictureAtSize(page);
      const releaseCharts = await hold(page, /echarts\.min-/);
      const shot = () => page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
      const a = await shot();
      release();
      await page.waitForFunction(() => window.__live === true, null, { timeout: 20000 });
      await live(page);
      // The live story, with the build-time picture still in its chart (ECharts is held back).
      assert.equal(await page.locator('.chart-first-paint img').count(), 1, 'the picture moved into the live chart');
      const b = await shot();
      const differing = await pixelsDiffering(page, a, b);
      if (differing) {
        await writeFile(`${out}/seam-${layout}-${width}-before.png`, a);
        await writeFile(`${out}/seam-${layout}-${width}-after.png`, b);
      }
      assert.equal(differing, 0, 'the page looks the same before and after the swap');
      releaseCharts();
      await chartDrawn(page);
      await page.waitForFunction(() => !document.querySelector('.chart-first-paint img'), null, { timeout: 10000 });
      const shifts = await page.evaluate(() => window.__shifts);
      assert.deepEqual(shifts, [], 'layout shifts');
      // Drawn over the picture without animation; later changes animate as usual.
      const animation = () => page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#chart-yearly')).getOption().animation);
      assert.equal(await animation(), false);
      await page.click('#source-homeoffice');
      await page.waitForFunction(() => /902/.test(document.querySelector('[data-figure="applications"] .figure-value').textContent));
      assert.equal(await animation(), true);
      noErrors(page);
    });
  }

  // With nobody at the page when the app starts (at idle), ECharts' bytes only go into the cache;
  // its script runs when the reader reaches for the chart, and until then the picture is the chart.
  test('first view: ECharts runs only once the reader reaches for the chart; a download asked for before is still made', async () => {
    const page = await open('', { width: 375, height: 812 });
    await live(page);
    await page.waitForFunction(() => document.querySelector('link[rel="prefetch"][href*="echarts.min-"]'), null, { timeout: 20000 });
    const idle = await page.evaluate(() => ({
      start: document.documentElement.getAttribute('data-nk-start'),
      later: document.documentElement.getAttribute('data-nk-echarts'),
      script: Boolean(document.getElementById('nk-echarts')),
      echarts: 'echarts' in window,
      picture: document.querySelectorAll('#chart-yearly ~ .chart-first-paint img, .chart-first-paint img').length,
    }));
    assert.deepEqual(idle, { start: 'idle', later: 'later', script: false, echarts: false, picture: 1 });
    assert.equal(await page.locator('.chart-error').count(), 0, 'waiting is not a failure');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.click('#panel-chart [data-action="download-image"]')]);
    assert.match(download.suggestedFilename(), /\.png$/);
    await chartDrawn(page);
    await page.waitForFunction(() => !document.querySelector('.chart-first-paint img'), null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-nk-echarts')), false);
    // With the caching headers of dist/_headers (the second run), the script's bytes are the
    // prefetch's: it waited for it and took them from the cache.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter(r => /echarts\.min-/.test(r.name)).map(r => [r.initiatorType, r.transferSize]));
    assert.deepEqual(fetched.map(([kind]) => kind), ['link', 'script'], 'prefetched, then run');
    if (EXPECT_CSP) assert.equal(fetched[1][1], 0, 'the script came from the cache');
    noErrors(page);
  });

  // Asked for while its prefetch is still on the way (held here), the script waits for it. The
  // app checking the library meanwhile (its own event, sent by hand) must not take that for a
  // library that is not coming. (Routing turns the browser's cache off: the bytes come twice.)
  test('first view: ECharts wanted while its prefetch is on the way is still coming, not missing', async () => {
    let release;
    const gate = new Promise(done => { release = done; });
    const page = await open('', { width: 375, height: 812, route: p => p.route(/echarts\.min-/, async r => { await gate; await r.continue().catch(() => {}); }) });
    await live(page);
    await page.waitForFunction(() => document.querySelector('link[rel="prefetch"][href*="echarts.min-"]'), null, { timeout: 20000 });
    await page.locator('#chart-yearly').hover();
    await page.evaluate(() => dispatchEvent(new Event('nk:echarts')));
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.chart-error').count(), 0, 'still coming, not missing');
    release();
    await chartDrawn(page);
    assert.equal(await page.locator('.chart-error').count(), 0);
    noErrors(page);
  });

  test('first view: a reader on the chart gets its tooltip, and a change of source draws the live chart', async () => {
    for (const reach of ['hover', 'toggle']) {
      const page = await open('', { width: 375, height: 812 });
      await live(page);
      if (reach === 'hover') {
        await page.locator('#chart-yearly').scrollIntoViewIfNeeded();
        const box = await page.locator('#chart-yearly').boundingBox();
        await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
        // The pointer keeps moving, as a reader's does, until the live chart answers it.
        let text = '';
        for (let i = 0; i < 100 && !/^\d{4}/.test(text); i++) {
          await page.mouse.move(box.x + box.width * 0.5 + (i % 2) * 4, box.y + box.height * 0.6);
          await page.waitForTimeout(100);
          text = await page.evaluate(() => {
            const tip = [...document.querySelectorAll('#chart-yearly div')].find(d => d.style.zIndex === '9999999');
            return tip && tip.style.display !== 'none' ? tip.innerText : '';
          });
        }
        assert.match(text, /^\d{4}[\s\S]*Applications: \d/, 'a tooltip with the year\'s figures');
      } else {
        await page.click('#source-homeoffice');
        await page.waitForSelector('#chart-yearly canvas', { timeout: 20000 });
        assert.equal(await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#chart-yearly')).getOption().series[0].data.length), 13);
      }
      noErrors(page);
      await page.context().close();
    }
  });

  test('first view: a tap before the app runs is kept and done once it has taken over', async () => {
    const { page, release } = await openWatched('', { width: 375, height: 812 }, /start-[0-9a-f]+\.js$/);
    await page.waitForLoadState('load');
    await page.click('#source-homeoffice');
    assert.equal(await page.getAttribute('#source-homeoffice', 'aria-pressed'), 'false', 'nothing changes before the app runs');
    release();
    await page.waitForFunction(() => document.querySelector('#source-homeoffice').getAttribute('aria-pressed') === 'true' &&
      !document.querySelector('.story-root[data-first-view]'), null, { timeout: 20000 });
    await page.waitForFunction(() => document.querySelector('[data-figure="applications"] .figure-value').textContent === '902');
    await addressShows(page, /source=homeoffice/);
    noErrors(page);
  });

  test('first view: keyboard focus stays on the same control through the swap', async () => {
    const { page, release } = await openWatched('', { width: 1280, height: 900 }, /start-[0-9a-f]+\.js$/);
    await page.waitForLoadState('load');
    await page.focus('#tab-chart');
    release();
    await page.waitForFunction(() => window.__live === true, null, { timeout: 20000 });
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'tab-chart');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.story-root').id), 'story-live');
    noErrors(page);
  });

  test('first view: in dark mode the picture is the dark drawing', async () => {
    const context = await newContext({ viewport: { width: 375, height: 812 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.route(/start-[0-9a-f]+\.js$/, () => {}); // never answered: the first view stays
    await page.goto(base);
    const dark = await pictureAtSize(page);
    const lightContext = await newContext({ viewport: { width: 375, height: 812 } });
    const light = await lightContext.newPage();
    await light.route(/start-[0-9a-f]+\.js$/, () => {});
    await light.goto(base);
    const day = await pictureAtSize(light);
    assert.notEqual(dark.src, day.src);
    const svg = await (await page.request.get(dark.src)).text();
    assert.match(svg, /#f2f2f2/i, 'the dark drawing uses the dark palette (applications line)');
  });

  // Each state the default prerender does not show: no first view, the app's files preloaded
  // at once, and the app's own figures for that state.
  for (const [query, expected] of [
    ['?source=homeoffice&from=2007&to=2008', '597'],
    ['?view=compare', '1,328'],
    ['?theme=dark', '1,328'],
    ['?title=0&embed=1', '1,328'],
    ['?count=persons&source=homeoffice', '1,331'],
    ['?nonsense=1', '1,328'],
    ['?source=unhcr&source=homeoffice', '902'],
  ]) {
    test(`no first view for ${query}: the default's figures never show, and the app starts at once`, async () => {
      const { page, release } = await openWatched(query, { width: 375, height: 812 }, /start-[0-9a-f]+\.js$/);
      await page.waitForLoadState('domcontentloaded');
      assert.equal(await page.getAttribute('html', 'data-first-view'), null);
      assert.equal(await page.locator('.story-root[data-first-view], [data-figure]').count(), 0);
      // index.html holds both editions' loading lines; the English one is this page's.
      assert.equal(await page.locator('.status-loading[data-edition="en"]').count(), 1);
      assert.ok(await page.locator('head link[rel="preload"][href$=".wasm"]').count() === 1, 'the wasm is preloaded at once');
      release();
      await figuresShown(page);
      assert.equal(await page.locator('[data-figure="applications"] .figure-value').innerText(), expected);
      await animationFrames(page, 3);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'the story replaces "Loading…" without moving the page');
    });
  }

  // While the app loads on such an address, the figures for readers without JavaScript are on
  // screen, painted as the parser reaches them: a row parsed in a later chunk must not move what
  // is already painted (a CI run saw 0.0028 from a table that widened as its rows came), nor
  // widen the page past a phone's screen.
  test('no first view: the figures shown while the app loads keep their place as their rows arrive', async () => {
    const { page } = await openWatched('?theme=dark', { width: 320, height: 812 }, /start-[0-9a-f]+\.js$/);
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'no sideways scroll at 320px');
    const rects = () => page.evaluate(() => [...document.querySelectorAll('.fallback h2, .fallback caption, .fallback thead, .fallback tbody tr:first-child')]
      .map(e => JSON.stringify(e.getBoundingClientRect())));
    const whole = await rects();
    assert.equal(whole.length, 8, 'two headings, and two tables\' captions, heads and first rows');
    // The tables as they were when the parser had reached their first row.
    await page.evaluate(() => document.querySelectorAll('.fallback tbody tr:not(:first-child)').forEach(tr => tr.remove()));
    const firstRows = await rects();
    assert.deepEqual(firstRows.slice(0, 4), whole.slice(0, 4), 'the heading, the first table\'s caption, head and first row');
  });

  test('without JavaScript: no first view, the figures for readers without it', async () => {
    const context = await newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base);
    assert.equal(await page.locator('.story-root[data-first-view]').count(), 0);
    assert.match(await page.locator('.fallback').innerText(), /1,328/);
  });

  test('first view sizes: the picture is drawn at its own size at every listed width', async () => {
    for (const [query, widths] of [['', [320, 360, 390, 412, 430, 640, 768, 1024]], ['?embed=1', [300, 375, 600, 700, 960]]]) {
      for (const width of widths) {
        const context = await newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.route(/start-[0-9a-f]+\.js$/, () => {});
        await page.goto(base + query);
        const pic = await pictureAtSize(page);
        assert.deepEqual(pic.box, pic.natural, `${query || 'page'} at ${width}px`);
        await context.close();
      }
    }
  });
}
