/* global document */ // page.waitForFunction callbacks run in the page
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromeArgs, chromePath } from './chrome.mjs';
import { serveStatic } from './static-server.mjs';

/**
 * `node scripts/check-examples.mjs plain|list|react|vue` (run by `npm test` after the build):
 * builds the example as its users would, into a temporary folder (the React and Vue ones
 * with esbuild, importing the package by name through its `exports`), serves it on
 * 127.0.0.1, opens it in headless Chromium, and checks that the timeline shows the events
 * and that selecting one reaches the framework (its text says what was selected).
 */
const name = process.argv[2];
const root = resolve('.');
const out = mkdtempSync(join(tmpdir(), `example-${name}-`));

async function bundle() {
  // The package as an app installs it: node_modules/event-timeline is this folder.
  mkdirSync(join(out, 'node_modules'));
  symlinkSync(root, join(out, 'node_modules', 'event-timeline'), 'dir');
  const entry = name === 'react' ? 'main.jsx' : 'main.js';
  await build({
    entryPoints: [join(root, 'examples', name, entry)],
    outfile: join(out, 'examples', name, 'main.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    nodePaths: [join(out, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    logLevel: 'warning',
  });
}

const failures = [];
const expect = (ok, message) => {
  console.log(`${ok ? '✓' : '✗'} ${message}`);
  if (!ok) failures.push(message);
};

let server;
let browser;
try {
  // The page names its source (React's main.jsx, as a bundler such as Vite takes it); here it loads the bundle made of it.
  const html = readFileSync(join(root, 'examples', name, 'index.html'), 'utf8').replace('./main.jsx', './main.js');
  mkdirSync(join(out, 'examples', name), { recursive: true });
  writeFileSync(join(out, 'examples', name, 'index.html'), html);
  // The bundle and the parts it loads on demand beside it, as a site would serve them.
  if (name === 'plain' || name === 'list') for (const file of readdirSync(join(root, 'dist')).filter((f) => /^event-timeline(-.+)?\.js$/.test(f))) cpSync(join(root, 'dist', file), join(out, 'dist', file));
  else await bundle();
  if (name === 'list') cpSync(join(root, 'examples', name, 'fallback.css'), join(out, 'examples', name, 'fallback.css'));
  server = await serveStatic(out);
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  const page = await browser.newPage({ locale: 'en-US', timezoneId: 'Europe/Berlin' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/examples/${name}/`);

  // Playwright's CSS locators pierce open shadow roots.
  const events = page.locator('event-timeline [part~="event"]');
  await events.first().waitFor({ timeout: 10_000 });
  const ids = await events.evaluateAll((els) => els.map((e) => e.dataset.id).sort());
  expect(JSON.stringify(ids) === JSON.stringify(['landing', 'launch', 'quarantine', 'walk']), `${name}: the timeline shows the four events (${ids.join(', ')})`);
  const label = await page.locator('event-timeline [part~="event"][data-id="landing"]').getAttribute('aria-label');
  expect(/July 20, 1969/.test(label ?? ''), `${name}: an event is labelled with its date (${label})`);

  await page.locator('event-timeline [part~="event"][data-id="landing"]').click();
  if (name === 'plain' || name === 'list') {
    await page.waitForFunction(() => document.querySelector('event-timeline')?.getAttribute('selected') === 'landing', null, { timeout: 5000 });
    const title = await page.locator('event-timeline [part~="details-title"]').textContent();
    expect(title === 'Eagle lands', `${name}: clicking an event selects it and shows its details (${title})`);
  } else {
    const selected = page.locator('#selected');
    await selected.filter({ hasText: 'landing' }).waitFor({ timeout: 5000 }).catch(() => {});
    const text = await selected.textContent();
    expect(text === 'Selected: landing', `${name}: timeline-select reached the ${name === 'react' ? 'React' : 'Vue'} handler ("${text}")`);
  }
  expect(errors.length === 0, `${name}: no errors in the page${errors.length ? `: ${errors.join(' | ')}` : ''}`);
} catch (e) {
  expect(false, `${name}: ${e.message.split('\n')[0]}`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
}
process.exit(failures.length ? 1 : 0);
