// Post-build step (after first-view.mjs, before csp.mjs): the sharing card. What a link to the
// story shows where it is shared (social networks, chat apps, a CMS's link preview):
//
// - share-card-<hash>.png, 1200×630: the default chart, drawn by ECharts' server-side SVG
//   renderer from the same option as the first view's picture (first-view.mjs's `rendered`, so
//   cargo does not run twice), with the chart's title above it and its key and source line
//   below, in one SVG rasterised by resvg (@resvg/resvg-js). Named by a hash of its content, like the
//   other build files, so it can be cached for good (public/_headers);
// - in the staged index.html's head: og:type, og:title and og:description (the page's own
//   <title> and meta description), og:image with its size, type and text alternative (the
//   chart's alt), and twitter:card (summary_large_image).
//
// Crawlers need og:image as an absolute URL. Set NK_PUBLIC_URL to the address the story is
// published at (e.g. NK_PUBLIC_URL=https://news.example/graphics/nk-asylum/ trunk build
// --release): og:image is then absolute, and og:url says the same address. Without it the
// step writes a relative og:image and warns (docs/deploy.md).
//
// Text is drawn with a font of the system (resvg reads no web fonts): DejaVu Sans, which
// scripts/setup.sh installs (Debian's fonts-dejavu-core). The build fails if resvg finds no
// font, rather than publishing a card without words.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rendered } from './first-view.mjs';

const require = createRequire(import.meta.url);
const { Resvg } = require('@resvg/resvg-js');

// The card: the size every network asks for (1.91:1), margins, and the text's sizes in pixels.
const WIDTH = 1200;
const HEIGHT = 630;
const PAD = 32;
const TITLE = { size: 40, line: 48, weight: 'bold', lines: 2 };
const CREDIT = { size: 22, line: 28, weight: 'normal', lines: 3 };
const KEY = { size: 17, line: 26, weight: 'normal', swatch: 24, between: 8, gap: 28 };
const GAP = 18; // between the title, the chart (with its key) and the credit
// The chart is drawn at 1/CHART_SCALE of its box and scaled up, so that its labels (12 px in
// the option) stay legible when a feed shows the card at a third of its size.
const CHART_SCALE = 1.4;
const FONT_FAMILY = 'DejaVu Sans';
const FONT = { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
const FONT_STACK = `'${FONT_FAMILY}', 'Liberation Sans', Arial, sans-serif`;

const hash = bytes => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const escapeText = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = text => escapeText(text).replace(/"/g, '&quot;');
// Text from the page's markup (a <title>, an attribute), as the browser reads it.
const decode = text => text.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi, (whole, hex, dec, name) =>
  hex ? String.fromCodePoint(parseInt(hex, 16))
    : dec ? String.fromCodePoint(parseInt(dec, 10))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[name.toLowerCase()] ?? whole);

const textElement = (text, { size, weight }, x, y, ink) =>
  `<text x="${x}" y="${y}" font-family="${escapeAttr(FONT_STACK)}" font-size="${size}" ` +
  `font-weight="${weight}" fill="${escapeAttr(ink)}">${escapeText(text)}</text>`;

/** The width of one line of text as resvg draws it (its ink's bounding box); 0 if nothing is drawn. */
function measure(text, style) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${4 * WIDTH}" height="${2 * style.line}">` +
    `${textElement(text, style, 0, style.line, '#000')}</svg>`;
  return new Resvg(svg, { font: FONT }).getBBox()?.width ?? 0;
}

/** `text` in lines that fit `width`, broken between words; at most `style.lines`, the last one
 *  cut with an ellipsis if the text is longer. */
function wrap(text, style, width) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  while (words.length && lines.length < style.lines) {
    let line = words.shift();
    while (words.length && measure(`${line} ${words[0]}`, style) <= width) line += ` ${words.shift()}`;
    lines.push(line);
  }
  if (words.length) { // too long: the last line loses words until it fits with an ellipsis
    const last = lines.pop().split(' ');
    while (last.length > 1 && measure(`${last.join(' ')}…`, style) > width) last.pop();
    lines.push(`${last.join(' ')}…`);
  }
  return lines;
}

/** The chart's SVG document as an element of the card: its root placed in `box`, drawn at its
 *  own size scaled to fit, without its hover styles (no pointer over a PNG). */
function nest(chartSvg, drawn, box) {
  const open = chartSvg.match(/^<svg\b[^>]*>/)?.[0];
  if (!open) throw new Error('share-card: the chart drawing is not an SVG document');
  return chartSvg
    .replace(open, `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" ` +
      `viewBox="0 0 ${drawn.width} ${drawn.height}" xmlns:xlink="http://www.w3.org/1999/xlink">`)
    .replace(/<style\b[\s\S]*?<\/style>/g, '');
}

/** The chart's key, under it: on the page the key is in the markup around the chart, the card
 *  has nothing around it. (ECharts' own legend would overlap here: without a canvas it guesses
 *  text widths for Arial's metrics, and resvg draws wider.) A swatch of each series' colour,
 *  a line with a dot for a line series, and its name, laid out with the widths resvg draws, in
 *  rows `width` wide from (0, 0); returns the markup and its height. */
function key(option, width, ink) {
  const items = (option.series ?? []).filter(s => s.name).map(s => {
    const line = s.type === 'line';
    const color = (line ? s.lineStyle?.color : s.itemStyle?.color) ?? s.itemStyle?.color ?? ink;
    return { name: s.name, line, color, width: KEY.swatch + KEY.between + Math.ceil(measure(s.name, KEY)) };
  });
  const parts = [];
  let [left, top] = [0, 0];
  for (const item of items) {
    if (left > 0 && left + item.width > width) [left, top] = [0, top + KEY.line];
    const middle = top + KEY.line / 2;
    const color = escapeAttr(item.color);
    parts.push(item.line
      ? `<path d="M${left} ${middle}h${KEY.swatch}" stroke="${color}" stroke-width="3"/>` +
        `<circle cx="${left + KEY.swatch / 2}" cy="${middle}" r="5" fill="${color}"/>`
      : `<rect x="${left}" y="${middle - 7}" width="${KEY.swatch}" height="14" rx="2" fill="${color}"/>`);
    parts.push(textElement(item.name, KEY, left + KEY.swatch + KEY.between, middle + Math.round(0.36 * KEY.size), ink));
    left += item.width + KEY.gap;
  }
  return { svg: parts.join('\n'), height: items.length ? top + KEY.line : 0 };
}

/** The card as one SVG document; `image` is the chart's { title, credit, background, ink }. */
function cardSvg(echarts, drawSvg, option, image) {
  const inner = WIDTH - 2 * PAD;
  const title = wrap(image.title, TITLE, inner);
  const credit = wrap(image.credit, CREDIT, inner);
  const top = PAD + title.length * TITLE.line + GAP;
  const bottom = HEIGHT - PAD - credit.length * CREDIT.line - GAP;
  const legend = key(JSON.parse(option), inner, image.ink); // under the chart, above the credit
  const box = { x: PAD, y: top, width: inner, height: bottom - top - legend.height - KEY.line / 2 };
  const drawn = { width: Math.round(box.width / CHART_SCALE), height: Math.round(box.height / CHART_SCALE) };
  const chart = nest(drawSvg(echarts, option, drawn), drawn, box);
  // Baselines: a line's baseline sits about 0.8 of its font size below the line's top.
  const titleText = title.map((line, i) =>
    textElement(line, TITLE, PAD, PAD + i * TITLE.line + Math.round(0.8 * TITLE.size), image.ink));
  const creditText = credit.map((line, i) =>
    textElement(line, CREDIT, PAD, bottom + GAP + i * CREDIT.line + Math.round(0.8 * CREDIT.size), image.ink));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${escapeAttr(image.background)}"/>`,
    ...titleText,
    chart,
    `<g transform="translate(${PAD} ${bottom - legend.height})">${legend.svg}</g>`,
    ...creditText,
    '</svg>',
  ].join('\n');
}

/**
 * Both editions of the story (issue 13: `lang=ko`) as `<link rel="alternate" hreflang>`, at the
 * published address `base`. Search engines take only absolute hreflang URLs (a relative one is
 * an error, and Lighthouse's SEO audit fails it), so without NK_PUBLIC_URL there are none, as
 * there is no og:url.
 */
export function alternates(base) {
  if (!base) return [];
  return [['en', ''], ['ko', '?lang=ko'], ['x-default', '']]
    .map(([lang, query]) => `<link rel="alternate" hreflang="${lang}" href="${escapeAttr(new URL(query, base).href)}">`);
}

/** The published address of the story (NK_PUBLIC_URL, as a directory URL), or null. */
function publicBase() {
  const base = process.env.NK_PUBLIC_URL;
  if (!base) return null;
  let url;
  try {
    url = new URL(base.endsWith('/') ? base : `${base}/`); // the story's own URLs are relative to it
  } catch {
    throw new Error(`share-card: NK_PUBLIC_URL must be an absolute URL such as https://news.example/graphics/nk-asylum/ (got ${base})`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`share-card: NK_PUBLIC_URL must be an http(s) URL (got ${base})`);
  return url;
}

export async function run(stagingDir) {
  const view = rendered.views?.find(v => v.id === 'page');
  if (!view || !rendered.echarts) throw new Error('share-card: no page view from first-view.mjs (it must run first)');
  const { chart } = view;
  const base = publicBase();

  // The font check: a card whose words are missing must not ship.
  if (!measure('North Korean asylum', TITLE)) {
    throw new Error(`share-card: resvg found no font to draw text with; install ${FONT_FAMILY} ` +
      '(Debian: apt-get install fonts-dejavu-core, as scripts/setup.sh does)');
  }
  const svg = cardSvg(rendered.echarts, rendered.drawSvg, chart.light, chart.image);
  const png = new Resvg(svg, { font: FONT, fitTo: { mode: 'original' } }).render().asPng();
  const name = `share-card-${hash(png)}.png`;
  await writeFile(path.join(stagingDir, name), png);

  const indexFile = path.join(stagingDir, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  const already = html.match(/<meta\b[^>]*\b(?:property="og:|name="twitter:)[^>]*>/i);
  if (already) throw new Error(`share-card: index.html already has ${already[0]}; this step writes the sharing metas`);
  const title = html.match(/<title>([^<]*)<\/title>/i)?.[1];
  const description = html.match(/<meta\s+name="description"\s+content="([^"]*)"/i)?.[1];
  if (!title || !description) throw new Error('share-card: index.html needs a <title> and a <meta name="description">');

  // Crawlers do not resolve a relative og:image: without NK_PUBLIC_URL, only browsers find it.
  const image = base ? new URL(name, base).href : `./${name}`;
  if (!base) {
    console.warn(`share-card: WARNING: NK_PUBLIC_URL is not set, so og:image is relative (${image}); ` +
      'crawlers need an absolute URL: set NK_PUBLIC_URL to the published address (e.g. https://news.example/graphics/nk-asylum/)');
  }
  const metas = [
    ['property', 'og:type', 'article'],
    ['property', 'og:title', decode(title).trim()],
    ['property', 'og:description', decode(description)],
    ...(base ? [['property', 'og:url', base.href]] : []),
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(WIDTH)],
    ['property', 'og:image:height', String(HEIGHT)],
    ['property', 'og:image:alt', chart.alt],
    ['name', 'twitter:card', 'summary_large_image'],
  ].map(([key, value, content]) => `<meta ${key}="${value}" content="${escapeAttr(content)}">`);
  metas.push(...alternates(base));
  if (!base) console.warn('share-card: WARNING: without NK_PUBLIC_URL the page names no hreflang alternates (they must be absolute)');
  if (!html.includes('</head>')) throw new Error('share-card: index.html has no </head>');
  html = html.replace('</head>', `${metas.join('\n')}\n</head>`);
  await writeFile(indexFile, html);
  console.log(`share-card: ${name} (${WIDTH}×${HEIGHT}, ${png.length} B), og:image ${image}`);
}
