// What the embedding tests (embed.test.mjs, hardening.test.mjs) share: where the host pages, pym.js
// and the built app are, the script every host page's frames run, and host pages from templates.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The host page templates. */
export const HOSTS = path.join(here, 'hosts');
/** pym.js from npm, served to host pages as /vendor/pym.v1.min.js. */
export const PYM = path.join(here, '../../node_modules/pym.js/dist/pym.v1.min.js');
/** The built app, for the extra app servers the tests start. */
export const DIST = process.env.E2E_DIST || path.join(here, '../../dist');
/** Whether the suite's app is served with the headers of dist/_headers (test.sh's second run). */
export const EXPECT_CSP = process.env.E2E_EXPECT_CSP === '1';
/** The `type` of the app's own height message. */
export const OWN_TYPE = 'nk-asylum:embed-size';

/** In every frame of a host page: CSP violations become console errors; the top window
 *  records the messages it receives. (An init script: it runs in the browser.) */
export function watch() {
  document.addEventListener('securitypolicyviolation', e =>
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  if (window === window.top) {
    window.__messages = [];
    window.addEventListener('message', e => window.__messages.push({ data: e.data, origin: e.origin }));
  }
}

/** A host page's HTML from a template in hosts/: `{{KEY}}` replaced by `values[KEY]`, any
 *  other placeholder by nothing. */
export async function fillTemplate(template, values = {}) {
  let html = await readFile(path.join(HOSTS, template), 'utf8');
  for (const [key, value] of Object.entries(values)) html = html.replaceAll(`{{${key}}}`, value);
  return html.replace(/\{\{[A-Z_]+\}\}/g, '');
}
