// Post-build step (after csp.mjs): the preloads of the app's files (Trunk's wasm and JavaScript,
// csp.mjs's start module, index.html's data) go into `<template id="start-links">` in the head.
// Where the page shows the first view (first-view.mjs), they would share the network with the
// first paint; the app's loader (boot-<hash>.js) adds them when it starts the app, and the
// page's inline script adds them at once for any address that shows no first view.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function run(stagingDir) {
  const indexFile = path.join(stagingDir, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  const held = [];
  html = html.replace(/<link\b[^>]*\brel="?(?:preload|modulepreload)"?[^>]*>\s*/gi, tag => {
    if (/\bas="?style"?/i.test(tag)) return tag;
    held.push(tag.trim());
    return '';
  });
  if (!held.length) return;
  // Before first-view.mjs's head script, which adds them at once for an address without a first view.
  const template = `<template id="start-links">${held.join('')}</template>\n`;
  const before = html.includes('<script type="application/json" id="first-view-addresses">')
    ? '<script type="application/json" id="first-view-addresses">' : '</head>';
  html = html.replace(before, template + before);
  await writeFile(indexFile, html);
  console.log(`start-links: ${held.length} preloads wait for the app's start`);
}
