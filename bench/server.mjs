// A small static file server for the benchmark, loopback only. It serves the precompressed copies
// that scripts/post-build/precompress.mjs writes: `x.br` with `Content-Encoding: br` when the
// request accepts br, else `x.gz` with gzip, else `x` itself; so the bytes over the wire are
// those a production host with precompressed files would send. The `Cache-Control` of the
// root's `_headers` (dist/ has one; docs/deploy.md), else `no-store`: every load uses a fresh
// browser context, so nothing is cached from one load to the next, but within a load the app's
// prefetch of ECharts is reused as a production host allows.
//
//   node bench/server.mjs <root> [port]      (port 0 or omitted: any free port; prints the URL)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHeaders } from '../tests/e2e/serve.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm', // needed for WebAssembly.instantiateStreaming
  '.png': 'image/png',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Starts a server for `root` on 127.0.0.1; resolves to { url, close }. */
export async function serve(root, port = 0) {
  const base = resolve(root);
  const rules = (await isFile(join(base, '_headers'))) ? parseHeaders(await readFile(join(base, '_headers'), 'utf8')) : [];
  const caching = pathname => {
    let value = 'no-store';
    for (const rule of rules) {
      for (const [name, v] of rule.headers) if (name === 'Cache-Control' && rule.pattern.test(pathname)) value = v;
    }
    return value;
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (url.pathname.endsWith('/')) path = join(path, 'index.html');
      if (!(await isFile(path))) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const accept = String(req.headers['accept-encoding'] || '');
      const headers = {
        'Content-Type': TYPES[extname(path)] || 'application/octet-stream',
        'Cache-Control': caching(url.pathname),
        Vary: 'Accept-Encoding',
      };
      let file = path;
      if (/\bbr\b/.test(accept) && (await isFile(`${path}.br`))) {
        file = `${path}.br`;
        headers['Content-Encoding'] = 'br';
      } else if (/\bgzip\b/.test(accept) && (await isFile(`${path}.gz`))) {
        file = `${path}.gz`;
        headers['Content-Encoding'] = 'gzip';
      }
      const body = await readFile(file);
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise(ok => server.close(ok)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, port] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node bench/server.mjs <root> [port]');
    process.exit(2);
  }
  const { url } = await serve(root, Number(port || 0));
  console.log(`serving ${resolve(root)} at ${url}`);
}
