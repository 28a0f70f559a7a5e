// Post-build step (after csp.mjs): puts the stylesheet into the page. Its own file was the one
// request the first paint still waited for after the HTML: on a phone network, one round trip
// (issue 12, "first contentful paint").
//
// 1. Trunk's `<link rel="stylesheet" href="./style-<hash>.css" integrity=…>` becomes
//    `<style id="nk-style">` with the same CSS, minified by esbuild, right after the viewport
//    meta, so that first-view.mjs's head script runs after it.
// 2. The policy allows exactly that text: its `'sha256-…'` joins `style-src` in the page's meta
//    policy and in every Content-Security-Policy of dist/_headers (csp.mjs has checked the two
//    are the same policy). The hash changes whenever style.css does, so the source policies
//    (public/_headers, index.html, docs/hosting/, docs/deploy.md) keep `style-src 'self'` and the
//    build prints the policy it shipped.
// 3. Under a policy without that hash (a server policy written by hand, docs/deploy.md) the
//    browser refuses the `<style>`; the head script then adds the stylesheet's own file, still
//    in dist/ with its integrity, as a render-blocking link: the page looks the same, one round
//    trip later. The `<style>` keeps the file's address and integrity for it.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHash } from './first-view.mjs';
import { attr, decode } from './csp.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** `policy` with `source` added to its style-src (which it must have: default-src would also cover scripts). */
export function allowStyle(policy, source) {
  if (!/(?:^|;)\s*style-src\b/.test(policy)) throw new Error(`inline-style: the policy has no style-src to add ${source} to: ${policy}`);
  return policy.replace(/((?:^|;)\s*style-src\b[^;]*)/, (directive) =>
    directive.includes(source) ? directive : `${directive.trimEnd()} ${source}`);
}

export async function run(stagingDir) {
  const indexFile = path.join(stagingDir, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  const links = html.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? [];
  if (links.length !== 1) throw new Error(`inline-style: expected Trunk's one stylesheet link, found ${links.length}`);
  const [link] = links;
  const [href, integrity] = ['href', 'integrity'].map(name => decode(attr(link, name) ?? ''));
  if (!href || !integrity || /^[a-z]+:|^\//i.test(href)) throw new Error(`inline-style: the stylesheet needs a relative href and an integrity: ${link}`);

  const source = await readFile(path.join(stagingDir, href), 'utf8');
  const { transformSync } = require(path.join(root, 'node_modules/esbuild'));
  const css = transformSync(source, { loader: 'css', minify: true, target: 'chrome100' }).code.trim();
  if (/<\/style/i.test(css)) throw new Error('inline-style: the stylesheet contains "</style"');

  const meta = html.match(/<meta\b[^>]*name="viewport"[^>]*>/)?.[0];
  if (!meta) throw new Error('inline-style: index.html has no viewport meta');
  const style = `<style id="nk-style" data-href="${href}" data-integrity="${integrity}">${css}</style>`;
  html = html.replace(link, '').replace(meta, `${meta}\n${style}`);

  const allowed = cspHash(css);
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
  // `trunk serve` leaves the meta out (csp.mjs); its page then has no policy to extend.
  if (policy) html = html.replace(policy, allowStyle(policy, allowed));
  await writeFile(indexFile, html);

  const headersFile = path.join(stagingDir, '_headers');
  let headers;
  try { headers = await readFile(headersFile, 'utf8'); } catch { headers = null; }
  if (headers) {
    await writeFile(headersFile, headers.replace(/^([ \t]+Content-Security-Policy:[ \t]*)(.+)$/gm,
      (_, name, value) => name + allowStyle(value, allowed)));
  }
  console.log(`inline-style: ${href} is in the page (${css.length} of ${source.length} B); style-src now allows ${allowed}`);
}
