// A small static server for the browser tests, on 127.0.0.1 only. It can publish dist/ under a
// sub-path (as a newsroom would, e.g. /graphics/nk-asylum/), send the strict CSP header, send
// the rules of a Netlify/Cloudflare-style _headers file, allow CORS, and serve test host pages.
//
//   node tests/e2e/serve.mjs [--root dist] [--mount /graphics/nk-asylum/] [--port 0]
//                            [--csp] [--headers dist/_headers] [--cors] [--log FILE]
//                            [--stall /graphics/nk-asylum/data/nk-asylum.json]
// prints "serving <root> at <url>" once listening, and serves until killed.
//
// As a module: `const s = await serve({...}); s.url; await s.close();` (see serve() below).
// Files are read from disk on every request (never cached), so a rebuilt dist/ is served at once.
import http from 'node:http';
import { readFile, stat, appendFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The policy of issues 4 and 14 as written by hand: in public/_headers, index.html's meta,
 * docs/deploy.md and docs/hosting/. The build ships it with one more source, the hash of the
 * stylesheet it puts into the page (shippedPolicy); under this one the page takes the file instead.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-FJBujYn2XPlqrYVw1XVgjHukkrVFjPdmXcWJy7W6//0=' 'sha256-lCQccIGMBgHF0Tok8OLPWl6s8wJOnnBE2cLXld4hjgo='; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The policy the build shipped in `<root>/_headers`' `/*` rule (the same as its page's meta). */
export function shippedPolicy(root = 'dist') {
  const rule = parseHeaders(readFileSync(path.join(root, '_headers'), 'utf8')).find(r => r.pattern.test('/'));
  const policy = rule?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
  if (!policy) throw new Error(`${root}/_headers has no Content-Security-Policy for /*`);
  return policy;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json', '.csv': 'text/csv; charset=utf-8',
};

/** Parses a _headers file: [{ pattern: RegExp, headers: [[name, value]] }] in file order. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Starts a server. Options:
 *  - root: directory published at `mount` (default dist/), `mount`: '/graphics/nk-asylum/' or '/';
 *  - files: { '/url/path': '/file/on/disk' } extra single files (e.g. pym.js for a host page);
 *  - pages: Map of '/url/path' -> html string, read at request time (tests add pages on the fly);
 *  - csp: send a policy on every response: true for the one the build shipped (shippedPolicy),
 *    or the policy itself (e.g. STRICT_CSP); cors: send Access-Control-Allow-Origin: *;
 *  - headers: path of a _headers file, its rules matched against the path inside the mount;
 *  - stall: a Set of URL paths whose response stalls halfway: the headers (with the full
 *    Content-Length) and the first half of the body are sent, then nothing until the server
 *    closes; read at request time, so a test can stop the stalling;
 *  - port (0 = any free one), log: file to append "METHOD path status" lines to.
 * Resolves to { url (the mount's URL), origin, port, close() }.
 */
export async function serve({ root = 'dist', mount = '/', files = {}, pages = new Map(), csp = false,
  cors = false, headers, stall = new Set(), port = 0, log } = {}) {
  if (!mount.startsWith('/') || !mount.endsWith('/')) throw new Error(`mount must start and end with /: ${mount}`);
  const rootDir = path.resolve(root);
  const rules = headers ? parseHeaders(await readFile(headers, 'utf8')) : [];
  const policy = csp === true ? shippedPolicy(rootDir) : csp;

  async function respond(req, res) {
    const { pathname } = new URL(req.url, 'http://localhost');
    const send = (status, body, type, extra = {}) => {
      const h = { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra };
      if (policy) h['Content-Security-Policy'] = policy;
      if (cors) h['Access-Control-Allow-Origin'] = '*';
      if (pathname.startsWith(mount)) {
        const inside = '/' + pathname.slice(mount.length);
        for (const rule of rules) if (rule.pattern.test(inside)) for (const [k, v] of rule.headers) h[k] = h[k] ? `${h[k]}, ${v}` : v;
      }
      if (status === 200 && stall.has(pathname)) {
        h['Cache-Control'] = 'no-store'; // nothing half-written is cached for the next request
        res.writeHead(status, h);
        res.write(Buffer.from(body).subarray(0, Math.floor(Buffer.byteLength(body) / 2)));
        return 'stalled';
      }
      res.writeHead(status, h);
      res.end(req.method === 'HEAD' ? undefined : body);
      return status;
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed', 'text/plain', { Allow: 'GET, HEAD' });
    if (pages.has(pathname)) return send(200, pages.get(pathname), TYPES['.html']);
    if (files[pathname]) return send(200, await readFile(files[pathname]), TYPES[path.extname(pathname)] || 'application/octet-stream');
    if (pathname === mount.slice(0, -1) && mount !== '/') return send(301, '', 'text/plain', { Location: mount });
    if (!pathname.startsWith(mount)) return send(404, 'Not found', 'text/plain');
    let rel;
    try { rel = decodeURIComponent(pathname.slice(mount.length)); } catch { return send(400, 'Bad request', 'text/plain'); }
    let file = path.resolve(rootDir, '.' + path.posix.normalize('/' + rel));
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(403, 'Forbidden', 'text/plain');
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      return send(200, body, TYPES[path.extname(file)] || 'application/octet-stream');
    } catch {
      return send(404, 'Not found', 'text/plain');
    }
  }

  const server = http.createServer(async (req, res) => {
    let status;
    try { status = await respond(req, res); } catch (e) { res.writeHead(500); res.end(String(e)); status = 500; }
    if (log) await appendFile(log, `${req.method} ${req.url} ${status}\n`).catch(() => {});
  });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, '127.0.0.1', resolve); });
  const actual = server.address().port;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    url: origin + mount, origin, port: actual, server,
    close: () => new Promise(resolve => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = name => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const s = await serve({
    root: value('--root') ?? 'dist', mount: value('--mount') ?? '/', port: Number(value('--port') ?? 0),
    csp: args.includes('--csp'), cors: args.includes('--cors'), headers: value('--headers'), log: value('--log'),
    stall: new Set(value('--stall') ? [value('--stall')] : []),
  });
  console.log(`serving ${value('--root') ?? 'dist'} at ${s.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => s.close().then(() => process.exit(0)));
}
