// Trunk post_build hook: runs each step in order on Trunk's staging directory
// (TRUNK_STAGING_DIR) before it becomes dist/. Steps live in scripts/post-build/ and export
// `async function run(stagingDir)`; a step that is missing is skipped.
import { existsSync } from 'node:fs';

const STEPS = ['first-view.mjs', 'share-card.mjs', 'csp.mjs', 'inline-style.mjs', 'start-links.mjs', 'precompress.mjs']; // precompress last: it must see final files
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
for (const step of STEPS) {
  const url = new URL(`./post-build/${step}`, import.meta.url);
  if (!existsSync(url)) continue;
  await (await import(url)).run(staging);
}
