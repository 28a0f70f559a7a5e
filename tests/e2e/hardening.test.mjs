// Issue 14: hostile hosts, frames and addresses, and the faults left unhandled. embed.js under a
// flood of heights and an absurd one; notices that never repeat the address; the meta CSP; both
// embed codes (the story on its own origin, and on the article's without allow-same-origin); the
// explanation in an opaque-origin frame without the stylesheet; a data response that stalls
// halfway; a WebAssembly trap after start. Registered by run.mjs.
//
// Environment as in embed.test.mjs: E2E_DIST (default dist/) for the app servers started here,
// E2E_EXPECT_CSP=1 when the suite's app is served with the headers of dist/_headers.
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, shippedPolicy, STRICT_CSP } from './serve.mjs';
import { createHash } from 'node:crypto';
import { HOSTS, PYM, DIST, EXPECT_CSP, OWN_TYPE, watch, fillTemplate } from './hosts.mjs';

const MOUNT = '/graphics/nk-asylum/';
const MAX_HEIGHT = 20000;

/** The directives of a policy, normalised and sorted. */
const directives = policy => policy.split(';').map(d => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();

/** Resolves after `n` animation frames of the page. */
const frames = (page, n = 2) => page.evaluate(n => new Promise(resolve => {
  const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
  requestAnimationFrame(step);
}), n);

export default function register({ test, open, figure, figuresShown, chartDrawn, noErrors, base, newContext }) {
  const pages = new Map();
  let hostServer;
  const host = () => (hostServer ||= serve({ root: HOSTS, files: { '/vendor/pym.v1.min.js': PYM }, pages }));
  let pageCount = 0;

  /** A host page from a template in hosts/ in `pageMap` (the host server's by default). */
  async function hostPage(template, values, at = `/h14-${++pageCount}-${template}`, pageMap = pages) {
    pageMap.set(at, await fillTemplate(template, values));
    return at;
  }

  /** A fresh context and page at `url` that records errors (every frame's) and requests. */
  async function openAt(url, { width = 375, height = 800 } = {}) {
    const context = await newContext({ viewport: { width, height } });
    await context.addInitScript(watch);
    const page = await context.newPage();
    page.errors = [];
    page.requests = [];
    page.on('console', m => { if (m.type() === 'error') page.errors.push(m.text()); });
    page.on('pageerror', e => page.errors.push(String(e)));
    page.on('request', r => page.requests.push(r.url()));
    page.response = await page.goto(url);
    return page;
  }

  /** Runs `fn(server)` against dist/ served by a server of its own; always closes it. */
  async function ownApp(options, fn) {
    const app = await serve({ root: DIST, mount: MOUNT, csp: EXPECT_CSP, ...options });
    try { return await fn(app); } finally { await app.close(); }
  }

  async function appFrame(page, appBase = base) {
    const find = () => page.frames().find(f => f !== page.mainFrame() && f.url().startsWith(appBase));
    await page.waitForFunction(() => document.querySelector('iframe') !== null);
    for (let i = 0; i < 200 && !find(); i++) await page.waitForTimeout(50);
    const frame = find();
    assert.ok(frame, `no frame from ${appBase} on the host page`);
    return frame;
  }

  /** Waits until the iframe is as tall as its content (within 2 px), twice 300 ms apart. */
  async function fits(page, frame, what, selector = 'iframe') {
    const measure = async () => ({
      content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
      iframe: await page.locator(selector).evaluate(f => f.getBoundingClientRect().height),
    });
    let last;
    for (let i = 0; i < 150; i++) {
      last = await measure();
      if (Math.abs(last.content - last.iframe) <= 2) {
        await page.waitForTimeout(300);
        last = await measure();
        if (Math.abs(last.content - last.iframe) <= 2) return last;
      }
      await page.waitForTimeout(100);
    }
    assert.fail(`${what}: the iframe is ${last.iframe}px tall, its content ${last.content}px`);
  }

  let codes;
  /** The Embed panel's two codes for the default view: [own origin, article's origin]. */
  async function embedCodes() {
    if (codes) return codes;
    const page = await open('');
    try {
      await figuresShown(page);
      await page.click('#embed-open');
      codes = [await page.inputValue('#embed-code'), await page.inputValue('#embed-code-same-origin')];
      noErrors(page);
    } finally {
      await page.context().close();
    }
    return codes;
  }

  /** The story frame on a host page: loaded, drawn and as tall as its content. */
  async function embedded(url, appBase = base, options) {
    const page = await openAt(url, options);
    const frame = await appFrame(page, appBase);
    await figuresShown(frame);
    await chartDrawn(frame);
    await fits(page, frame, 'after load');
    return { page, frame };
  }

  /** The frame stays in its box: inside the article column, the article going on right after
   * it, no sideways scrolling, and no way from the frame into the host page. */
  async function staysInItsBox(page, frame) {
    const box = await page.evaluate(() => {
      const iframe = document.querySelector('iframe').getBoundingClientRect();
      const column = document.querySelector('.column').getBoundingClientRect();
      const after = document.querySelector('#after').getBoundingClientRect();
      return { iframe: [iframe.left, iframe.right, iframe.bottom], column: [column.left, column.right], after: after.top,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    });
    assert.ok(box.iframe[0] >= box.column[0] - 0.5 && box.iframe[1] <= box.column[1] + 0.5, `frame outside the column: ${JSON.stringify(box)}`);
    assert.ok(box.after - box.iframe[2] >= 0 && box.after - box.iframe[2] < 40, `the article goes on after the frame: ${JSON.stringify(box)}`);
    assert.equal(box.overflow, 0, 'the host page scrolls sideways');
    const reach = await frame.evaluate(() => {
      try { return String(window.parent.document.title); } catch { return 'blocked'; }
    });
    assert.equal(reach, 'blocked', 'the frame can read the host page');
  }

  test('hardening: embed.js applies at most one height per frame to a burst of 2,000 messages', async () => {
    const [ownOrigin] = await embedCodes();
    const url = (await host()).origin + await hostPage('article.html', { EMBED: ownOrigin });
    const { page, frame } = await embedded(url);
    const before = await page.locator('iframe').evaluate(f => f.getBoundingClientRect().height);
    await page.evaluate(() => {
      window.__updates = 0;
      window.__frames = 0;
      new MutationObserver(records => { window.__updates += records.length; })
        .observe(document.querySelector('iframe'), { attributes: true, attributeFilter: ['style'] });
      const tick = () => { window.__frames++; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    // From the frame's own window and origin: exactly what embed.js obeys. Alternating heights,
    // the last one the real height.
    const received = await page.evaluate(() => window.__messages.length);
    await frame.evaluate(type => {
      const real = Math.ceil(document.documentElement.getBoundingClientRect().height);
      for (let i = 0; i < 2000; i++) parent.postMessage({ type, height: i === 1999 ? real : 600 + (i % 2) * 300 }, '*');
    }, OWN_TYPE);
    await page.waitForFunction(n => window.__messages.length >= n + 2000, received);
    await frames(page, 3);
    const { updates, ticks } = await page.evaluate(() => ({ updates: window.__updates, ticks: window.__frames }));
    assert.ok(ticks < 1000, `the burst took ${ticks} frames: too slow to tell`);
    assert.ok(updates <= ticks + 1, `${updates} height updates in ${ticks} frames`);
    const after = await fits(page, frame, 'after the burst');
    assert.ok(Math.abs(after.iframe - before) <= 2, `${before}px before the burst, ${after.iframe}px after`);
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });

  test('hardening: embed.js refuses a 99,999 px height (and anything over 20,000)', async () => {
    const [ownOrigin] = await embedCodes();
    const url = (await host()).origin + await hostPage('article.html', { EMBED: ownOrigin });
    const { page, frame } = await embedded(url);
    const before = await page.locator('iframe').evaluate(f => f.getBoundingClientRect().height);
    // The app itself never asked for more.
    const asked = (await page.evaluate(() => window.__messages)).filter(m => m.data && m.data.type === OWN_TYPE);
    assert.ok(asked.length > 0 && asked.every(m => m.data.height <= MAX_HEIGHT), JSON.stringify(asked));
    await frame.evaluate(type => {
      for (const height of [99999, 20001, 1e9]) parent.postMessage({ type, height }, '*');
    }, OWN_TYPE);
    await page.waitForFunction(() => window.__messages.some(m => m.data && m.data.height === 1e9));
    await frames(page, 3);
    const height = await page.locator('iframe').evaluate(f => f.getBoundingClientRect().height);
    assert.ok(height <= MAX_HEIGHT, `the frame is ${height}px tall`);
    assert.equal(height, before, 'a refused height changes nothing');
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });

  test('hardening: pym width messages are answered once per change, not once per message', async () => {
    const url = (await host()).origin + await hostPage('pym.html', { APP: JSON.stringify(base + '?embed=1') });
    const page = await openAt(url);
    const frame = await appFrame(page);
    await figuresShown(frame);
    await fits(page, frame, 'pym, after load', '#graphic iframe');
    const answers = () => page.evaluate(() => window.__messages.filter(m => typeof m.data === 'string' &&
      m.data.startsWith('pymxPYMxgraphicxPYMxheightxPYMx')).length);
    const send = widths => page.evaluate(widths => {
      const child = document.querySelector('#graphic iframe').contentWindow;
      for (const w of widths) child.postMessage(`pymxPYMxgraphicxPYMxwidthxPYMx${w}`, '*');
      // A marker the frame answers to nothing, to know the burst has been delivered.
      window.postMessage('burst-done', '*');
    }, widths);
    const delivered = async () => {
      await page.waitForFunction(() => window.__messages.some(m => m.data === 'burst-done'));
      await page.evaluate(() => { window.__messages = window.__messages.filter(m => m.data !== 'burst-done'); });
      await frames(page, 3);
      await frame.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
      await frames(page, 2);
    };
    const start = await answers();
    await send(Array(200).fill(375));
    await delivered();
    const afterSame = await answers();
    assert.ok(afterSame - start <= 1, `200 identical widths were answered ${afterSame - start} times`);
    await send(Array(200).fill(375));
    await delivered();
    assert.equal(await answers(), afterSame, 'an unchanged width was answered again');
    await send(Array.from({ length: 200 }, (_, i) => 300 + i));
    await delivered();
    const afterMany = await answers();
    assert.ok(afterMany > afterSame, 'a changed width is answered');
    assert.ok(afterMany - afterSame <= 20, `200 widths in one burst were answered ${afterMany - afterSame} times`);
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });

  test('hardening: 300 unknown keys give at most three notice lines and no text from the address', async () => {
    const query = '?' + Array.from({ length: 300 }, (_, i) => `zqkey${i}=zqvalue${i}`).join('&');
    const page = await open(query);
    await figuresShown(page);
    const lines = await page.locator('.notices p').allInnerTexts();
    assert.ok(lines.length >= 1 && lines.length <= 3, JSON.stringify(lines));
    assert.deepEqual(lines, ['300 settings in the address were not recognised and were ignored.']);
    assert.ok((await page.locator('.notices').innerText()).split('\n').filter(Boolean).length <= 3);
    assert.equal(await page.evaluate(() => document.body.innerText.includes('zq')), false, 'address text on the page');
    assert.equal(await figure(page, 'applications'), '1,328');
    noErrors(page);
    await page.context().close();
  });

  test('hardening: a crafted value is never echoed, on the page or in an embed', async () => {
    const crafted = encodeURIComponent('<b>Call 0800 000 0000</b>');
    for (const query of [`?source=${crafted}&view=${crafted}&theme=zqx`, `?embed=1&source=${crafted}&${crafted}=1`]) {
      const page = await open(query);
      await figuresShown(page);
      const notices = await page.locator('.notices').innerText();
      assert.match(notices, /asked for a source that this page does not have; showing UNHCR\. Accepted: source=unhcr or source=homeoffice/);
      const text = await page.evaluate(() => document.body.innerText);
      for (const echo of ['0800', 'Call', 'zqx', '<b>']) assert.ok(!text.includes(echo), `${echo} echoed for ${query}`);
      assert.equal(await page.locator('#app b').count(), 0, 'markup from the address');
      assert.ok((await page.locator('.notices p').count()) <= 3);
      noErrors(page);
      await page.context().close();
    }
  });

  test('hardening: the page carries the meta CSP and runs clean under it alone and with the header', async () => {
    const html = await (await fetch(base)).text();
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
    assert.equal(metas.length, 1, 'one meta policy');
    const meta = metas[0][1].replaceAll('&#39;', "'").replaceAll('&apos;', "'");
    // The policy written by hand, with the hash of exactly the stylesheet that is in the page.
    const css = html.match(/<style id="nk-style"[^>]*>([\s\S]*?)<\/style>/)?.[1];
    assert.ok(css && css.length > 1000, 'the stylesheet is in the page');
    const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    const shipped = directives(STRICT_CSP).map(d => d === "style-src 'self'" ? `style-src 'self' ${styleHash}` : d).sort();
    assert.deepEqual(directives(meta), shipped, 'the meta policy is the hand-written one with the stylesheet\'s hash');
    assert.deepEqual(directives(shippedPolicy(DIST)), shipped, 'the header policy of dist/_headers is the meta policy');
    assert.ok(!/frame-ancestors/i.test(meta), 'a meta policy cannot carry frame-ancestors');
    for (const d of ["object-src 'none'", "base-uri 'none'", "form-action 'none'"]) assert.ok(directives(meta).includes(d), d);
    assert.ok(metas[0].index < html.search(/<(script|link)\b/i), 'the meta comes before every script and link');
    // A server policy written by hand (STRICT_CSP) refuses the inline stylesheet: the page must
    // take the stylesheet's file instead, and that refusal must be the only complaint.
    for (const csp of [false, shippedPolicy(DIST), STRICT_CSP]) {
      await ownApp({ csp }, async app => {
        const page = await openAt(app.url + '?source=homeoffice');
        try {
          assert.equal(page.response.headers()['content-security-policy'], csp || undefined);
          await figuresShown(page);
          await chartDrawn(page);
          const box = await page.locator('#chart-yearly').boundingBox();
          await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
          for (const tab of ['#tab-compare', '#tab-why', '#tab-table', '#tab-chart']) {
            if (await page.locator(tab).count()) await page.click(tab);
          }
          await page.click('#embed-open');
          await page.waitForSelector('#embed-code-same-origin');
          await frames(page, 3);
          const handWritten = csp === STRICT_CSP;
          const look = await page.evaluate(() => ({
            inline: document.getElementById('nk-style').sheet !== null,
            kicker: getComputedStyle(document.querySelector('.masthead .kicker')).textTransform,
          }));
          assert.equal(look.kicker, 'uppercase', 'the page is styled');
          assert.equal(look.inline, !handWritten, 'the inline stylesheet applies unless the policy lacks its hash');
          const files = page.requests.filter(u => /\/style-[0-9a-f]+\.css$/.test(u));
          // (The embed panel's previews are pages too: each takes the file under that policy.)
          assert.equal(files.length > 0, handWritten, `requests for the stylesheet's file: ${files}`);
          const errors = handWritten ? page.errors.filter(e => !e.includes(styleHash) && !/^CSP violation: style-src-elem inline$/.test(e)) : page.errors;
          if (handWritten) assert.ok(page.errors.some(e => e.includes(styleHash)), 'the browser names the hash the policy lacks');
          assert.deepEqual(errors, [], `console errors (CSP ${csp ? (handWritten ? 'written by hand' : 'header and meta') : 'meta only'})`);
          const foreign = page.requests.filter(u => !u.startsWith(app.origin) && !u.startsWith('data:'));
          assert.deepEqual(foreign, []);
        } finally {
          await page.context().close();
        }
      });
    }
  });

  test('hardening: both embed codes resize the frame and keep it in its box', async () => {
    const [ownOrigin, articleOrigin] = await embedCodes();
    assert.match(ownOrigin, /sandbox="[^"]*allow-same-origin/);
    assert.doesNotMatch(articleOrigin, /allow-same-origin/);
    assert.match(articleOrigin, /sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"/);
    // The story on its own origin (the host page is on another port: another origin).
    {
      const url = (await host()).origin + await hostPage('article.html', { EMBED: ownOrigin });
      const { page, frame } = await embedded(url, base, { width: 375 });
      await staysInItsBox(page, frame);
      if (await frame.locator('#tab-table').count()) {
        await frame.click('#tab-table');
        await fits(page, frame, 'own origin, after switching to the table');
      }
      assert.deepEqual(page.errors, [], 'console errors');
      await page.context().close();
    }
    // The story on the article's own origin, without allow-same-origin: the app's server
    // allows CORS, and the frame has an opaque origin.
    const appPages = new Map();
    await ownApp({ cors: true, pages: appPages, files: { '/article.css': path.join(HOSTS, 'article.css') } }, async app => {
      const at = await hostPage('article.html', { EMBED: articleOrigin.replaceAll(base, app.url) }, '/news/article.html', appPages);
      const { page, frame } = await embedded(app.origin + at, app.url, { width: 768 });
      assert.equal(await frame.evaluate(() => self.origin), 'null', 'an opaque origin');
      await staysInItsBox(page, frame);
      if (await frame.locator('#tab-table').count()) {
        await frame.click('#tab-table');
        await fits(page, frame, 'article origin, after switching to the table');
      }
      assert.deepEqual(page.requests.filter(u => !u.startsWith(app.origin) && !u.startsWith('data:')), []);
      assert.deepEqual(page.errors, [], 'console errors');
      await page.context().close();
    });
  });

  // The stylesheet is in the page, so the frame is styled without a request. Under a policy
  // written by hand without its hash, the page falls back to the stylesheet's file, which this
  // frame cannot load either: the boot script styles its message through the CSSOM.
  for (const [policy, styled] of [[undefined, true], [STRICT_CSP, false]]) test(`hardening: sandboxed without allow-same-origin and without CORS, the explanation is readable ${styled ? 'and styled by the page\'s stylesheet' : 'unstyled (a hand-written policy refuses the inline stylesheet)'}`, async () => {
    const [, articleOrigin] = await embedCodes();
    await ownApp({ cors: false, ...(policy ? { csp: policy } : {}) }, async app => {
      const url = (await host()).origin + await hostPage('article.html', { EMBED: articleOrigin.replaceAll(base, app.url) });
      const page = await openAt(url);
      const frame = await appFrame(page, app.url);
      await frame.waitForSelector('.status-error', { timeout: 20000 });
      assert.match(await frame.locator('.status-error').innerText(), /allow-same-origin/);
      const look = await frame.evaluate(() => {
        const box = document.querySelector('.status-error');
        const s = getComputedStyle(box);
        const body = getComputedStyle(document.body);
        const masthead = getComputedStyle(document.querySelector('.masthead .kicker'));
        return { padding: parseFloat(s.paddingLeft), border: s.borderLeftStyle, font: s.fontFamily,
          lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), bodyFont: body.fontFamily,
          kicker: masthead.textTransform, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
      assert.equal(look.kicker, styled ? 'uppercase' : 'none', styled ? 'the stylesheet in the page applies' : 'no stylesheet applies');
      assert.ok(look.padding >= 8, `padding ${look.padding}px`);
      assert.equal(look.border, 'solid');
      assert.match(look.font, /sans-serif/);
      assert.match(look.bodyFont, /sans-serif/);
      assert.ok(look.lineHeight >= 1.4, `line height ${look.lineHeight}`);
      assert.equal(look.overflow, 0, 'the message fits the frame');
      await fits(page, frame, 'the message');
      const refused = /CORS|Access-Control-Allow-Origin|net::ERR_FAILED|app start failed/i;
      const inline = /style-src|^CSP violation: style-src-elem inline$/;
      const other = page.errors.filter(e => !refused.test(e) && (styled || !inline.test(e)));
      assert.deepEqual(other, [], 'console errors other than the blocked requests');
      await page.context().close();
    });
  });

  test('hardening: a data response that stalls halfway ends in the timeout message, and Try again recovers', async () => {
    const stall = new Set([`${MOUNT}data/nk-asylum.json`]);
    await ownApp({ stall }, async app => {
      const page = await openAt(app.url);
      try {
        await page.waitForSelector('.status-error', { timeout: 30000 });
        assert.match(await page.locator('.status-error').innerText(), /took too long to download/);
        assert.ok(page.requests.some(u => u.endsWith('data/nk-asylum.json')), 'the data was requested');
        assert.equal(await page.locator('[data-figure]').count(), 0);
        stall.clear();
        await page.getByRole('button', { name: 'Try again' }).click();
        await figuresShown(page);
        assert.equal(await figure(page, 'applications'), '1,328');
        assert.deepEqual(page.errors.filter(e => !/Failed to load resource|net::ERR/.test(e)), []);
      } finally {
        await page.context().close();
      }
    });
  });

  // A real trap (`unreachable`) from a WebAssembly module, and a plain uncaught error, each in a
  // task of its own after the app has started, as a trap in one of the app's callbacks would be.
  const TRAP = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11];
  for (const [what, inject, logged] of [
    ['a WebAssembly trap', bytes => {
      const trap = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes))).exports.f;
      setTimeout(trap);
    }, /RuntimeError: unreachable/],
    ['an uncaught error', () => { setTimeout(() => { throw new TypeError('injected'); }); }, /TypeError: injected/],
  ]) {
    test(`hardening: ${what} after start: a message with Try again, and the figures stay`, async () => {
      const page = await open('?source=homeoffice');
      try {
        await figuresShown(page);
        await chartDrawn(page);
        const shown = await figure(page, 'applications');
        await page.evaluate(inject, TRAP);
        await page.waitForSelector('[data-nk-stopped]', { timeout: 10000 });
        const box = page.locator('[data-nk-stopped]');
        assert.equal(await box.getAttribute('role'), 'alert');
        assert.match(await box.innerText(), /stopped working/);
        assert.equal(await figure(page, 'applications'), shown, 'the figures stay');
        assert.ok(await page.locator('#chart-yearly canvas').count() > 0, 'the chart stays');
        assert.equal(await page.locator('[data-nk-stopped]').count(), 1);
        assert.deepEqual(page.errors.filter(e => !logged.test(e)), [], 'console errors');
        await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Try again' }).click()]);
        await figuresShown(page);
        assert.equal(await page.locator('[data-nk-stopped]').count(), 0);
        assert.equal(await figure(page, 'applications'), shown);
        assert.match(page.url(), /source=homeoffice/);
      } finally {
        await page.context().close();
      }
    });
  }
}
