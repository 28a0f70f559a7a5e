// Issue 12: the sharing card. The page's head describes the story for link previews (og:* and
// twitter:card, written by scripts/post-build/share-card.mjs), and og:image is a 1200×630 PNG of
// the default chart among the story's own files, with real text in it. Registered by run.mjs.
//
// Where the build had NK_PUBLIC_URL, og:image is absolute, on the published host: the test then
// checks the same file name next to the page it was served with.
import assert from 'node:assert/strict';
import { EXPECT_CSP } from './hosts.mjs';

export default function register({ test, open, noErrors }) {
  /** The page at the default address with the first view held (the app never starts). */
  const openHeld = () => open('', { width: 1280, height: 900, route: page => page.route(/start-[0-9a-f]+\.js$/, () => {}) });

  /** Every <meta property|name="og:…|twitter:…"> of the page, as { key: [contents] }. */
  const metas = page => page.evaluate(() => {
    const found = {};
    for (const meta of document.head.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
      const key = meta.getAttribute('property') || meta.getAttribute('name');
      (found[key] ||= []).push(meta.getAttribute('content'));
    }
    return found;
  });

  /** og:image resolved against the page; where it is on another host (NK_PUBLIC_URL), the
   *  same file name beside the page that was served. */
  function imageUrl(page, og) {
    const url = new URL(og, page.url());
    if (url.origin === new URL(page.url()).origin) return url;
    return new URL(url.pathname.split('/').pop(), page.url());
  }

  test('share card: og:* and twitter:card describe the page as its own title and description do', async () => {
    const page = await openHeld();
    const og = await metas(page);
    for (const [key, values] of Object.entries(og)) assert.equal(values.length, 1, `one ${key}`);
    const one = key => og[key]?.[0];
    const own = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]').content,
      alt: document.querySelector('.chart-first-paint img')?.alt,
    }));
    assert.equal(one('og:type'), 'article');
    assert.equal(one('og:title'), own.title);
    assert.equal(one('og:description'), own.description);
    assert.equal(one('twitter:card'), 'summary_large_image');
    assert.equal(one('og:image:width'), '1200');
    assert.equal(one('og:image:height'), '630');
    assert.equal(one('og:image:type'), 'image/png');
    assert.match(one('og:image'), /(^|\/)share-card-[0-9a-f]{16}\.png$/);
    // The chart's text alternative, the same as the first view's picture's.
    assert.match(one('og:image:alt'), /^Chart of UNHCR asylum applications per year/);
    assert.equal(one('og:image:alt'), own.alt);
    if (/^https?:/.test(one('og:image'))) {
      // NK_PUBLIC_URL: og:url is the published directory, og:image a file in it.
      assert.equal(new URL(one('og:image')).href, new URL(one('og:image').split('/').pop(), one('og:url')).href);
    } else {
      assert.equal(one('og:url'), undefined, 'no og:url without NK_PUBLIC_URL');
    }
    noErrors(page);
  });

  test('share card: og:image is a 1200×630 PNG with the chart, its title and its source line', async () => {
    const page = await openHeld();
    const og = (await metas(page))['og:image']?.[0];
    assert.ok(og, 'the page has an og:image');
    const url = imageUrl(page, og);
    const response = await page.request.get(url.href);
    assert.equal(response.status(), 200, url.href);
    assert.equal(response.headers()['content-type'], 'image/png');
    if (EXPECT_CSP) assert.equal(response.headers()['cache-control'], 'public, max-age=31536000, immutable');
    const png = await response.body();
    // The signature, then the IHDR chunk: length 13, type, width and height (big-endian).
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(png.readUInt32BE(8), 13);
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);

    // Decoded by the browser, from the page (its policy allows its own images): ink in the
    // title's band, the chart's and the source line's, none of them empty or all ink.
    const bands = await page.evaluate(async src => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const share = (top, bottom) => {
        const { data } = g.getImageData(0, top, canvas.width, bottom - top);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 128) dark++;
        return dark / (data.length / 4);
      };
      return { size: [img.naturalWidth, img.naturalHeight], title: share(24, 80), chart: share(150, 430), credit: share(500, 600) };
    }, url.href);
    assert.deepEqual(bands.size, [1200, 630]);
    for (const band of ['title', 'chart', 'credit']) {
      assert.ok(bands[band] > 0.01 && bands[band] < 0.6, `${band} band: ${(100 * bands[band]).toFixed(1)} % dark pixels`);
    }
    noErrors(page);
  });
}
