// Post-build step (last; see scripts/post-build.mjs): writes a brotli (`.br`, quality 11) and a
// gzip (`.gz`, level 9) copy next to every text asset and the wasm in Trunk's staging directory,
// so that a static host configured for precompressed files (nginx `gzip_static`/`brotli_static`,
// Caddy `precompressed`, bench/server.mjs) serves them without compressing on each request.
//
// Output is deterministic: node:zlib writes no timestamp or file name into the gzip header.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Extensions that get precompressed copies (lower case, with the dot). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm']);

/** Brotli at quality 11 with the size hint; text mode except for the wasm. */
export function brotliOptions(name, size) {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      [zlib.constants.BROTLI_PARAM_MODE]:
        extname(name) === '.wasm' ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
    },
  };
}

/** gzip at level 9. */
export const GZIP_OPTIONS = { level: 9 };

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Precompresses every compressible file under `stagingDir`; returns per-file sizes. */
export async function run(stagingDir) {
  const jobs = [];
  for await (const path of files(stagingDir)) {
    if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue; // also skips .br/.gz
    jobs.push(
      (async () => {
        const raw = await readFile(path);
        const [br, gz] = await Promise.all([
          brotli(raw, brotliOptions(path, raw.length)),
          gzip(raw, GZIP_OPTIONS),
        ]);
        await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        return { file: relative(stagingDir, path), raw: raw.length, gzip: gz.length, brotli: br.length };
      })(),
    );
  }
  const sizes = await Promise.all(jobs);
  const sum = (k) => sizes.reduce((n, s) => n + s[k], 0);
  console.log(
    `precompress: ${sizes.length} files, ${sum('raw')} B -> gzip ${sum('gzip')} B, brotli ${sum('brotli')} B`,
  );
  return sizes;
}
