/* global window, document -- the functions passed to the page run in the browser. */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { serveStorybook } from './serve-storybook.mjs';

/**
 * Renders every story of the built Storybook (storybook-static/, from `npm run
 * build-storybook`) in headless Chromium, one page each, the way a visitor opens it. A story
 * fails on a render error, a failed play function, an accessibility violation (addon-a11y runs
 * axe after each story, with `a11y.test: 'error'`), a missing accessibility report, or a console error it did not declare in
 * `parameters.consoleErrors`. Each docs page must render without console errors and list every
 * entry of custom-elements.json. Prints one line per page and exits non-zero if any failed.
 */
const STORY_TIMEOUT_MS = 30000;
const only = process.argv[2];

// Installed before Storybook's own scripts run: records what the preview reports for the story.
function watchStorybook() {
  const seen = { finished: null, docs: false, errors: [] };
  window.__storyCheck = seen;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (e) => (seen.finished = e));
      value.on('docsRendered', () => (seen.docs = true));
      for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying']) {
        value.on(name, (e) => seen.errors.push(`${name}: ${JSON.stringify(e)?.slice(0, 500)}`));
      }
    },
  });
}

function describeA11y(reporters) {
  const lines = [];
  for (const report of reporters ?? []) {
    if (report.status !== 'failed') continue;
    if (report.type !== 'a11y') {
      lines.push(`${report.type} report failed`);
      continue;
    }
    if (report.result?.error) lines.push(`axe could not run: ${JSON.stringify(report.result.error)}`);
    for (const v of report.result?.violations ?? []) {
      lines.push(`a11y ${v.id} (${v.impact}): ${v.help}`);
      for (const node of v.nodes.slice(0, 3)) lines.push(`    at ${JSON.stringify(node.target)}: ${node.failureSummary?.split('\n').join(' ')}`);
    }
  }
  return lines;
}

/**
 * The names the docs table must show: every attribute, property, event, slot, CSS property and
 * part. Storybook's table has no rows for methods; the element's description names them.
 */
function manifestNames() {
  const names = new Set();
  const cem = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const mod of cem.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      const members = (d.members ?? []).filter((m) => m.kind !== 'method');
      for (const x of [...(d.attributes ?? []), ...members, ...(d.events ?? []), ...(d.cssProperties ?? [])]) names.add(x.name);
      for (const slot of d.slots ?? []) names.add(slot.name || '(default)');
      for (const part of d.cssParts ?? []) names.add(`::part(${part.name})`);
    }
  }
  return names;
}

async function checkDocs(page) {
  await page.waitForFunction(() => window.__storyCheck?.docs, null, { timeout: STORY_TIMEOUT_MS });
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('table.docblock-argstable tbody tr > td:first-child')].map((td) => td.textContent.trim()),
  );
  return [...manifestNames()].filter((name) => !rows.includes(name)).map((name) => `the docs table does not list ${name}`);
}

/** What the preview reported for a story: its status, play function errors, axe's violations. */
async function checkStory(page) {
  await page.waitForFunction(() => window.__storyCheck?.finished, null, { timeout: STORY_TIMEOUT_MS });
  const seen = await page.evaluate(() => window.__storyCheck);
  const problems = [];
  if (seen.finished.status !== 'success') problems.push(`story finished with status ${seen.finished.status}`);
  // No report is not a pass: it means axe never looked at the story (addon missing, disabled, or it broke).
  if (!seen.finished.reporters?.some((r) => r.type === 'a11y')) problems.push('no accessibility report: addon-a11y (axe) did not run on this story');
  problems.push(...seen.errors, ...describeA11y(seen.finished.reporters));
  return problems;
}

const server = await serveStorybook('storybook-static', 0);
const PORT = server.address().port;
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1000, height: 800 } });
await context.addInitScript(watchStorybook);
let failed = 0;
let passed = 0;
try {
  const index = await (await fetch(`http://127.0.0.1:${PORT}/index.json`)).json();
  const stories = Object.values(index.entries).filter((e) => (e.type === 'story' || e.type === 'docs') && (!only || e.id.includes(only)));
  if (stories.length === 0) throw new Error('no stories found in storybook-static/index.json');
  // Two pages at a time: the machine has two cores, and most of a page's time is waiting.
  const queue = [...stories];
  const check = async (story) => {
    const started = Date.now();
    const page = await context.newPage();
    const consoleErrors = [];
    // A failed request's message does not name the URL; its location does.
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${m.text()} (${m.location().url})`));
    page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
    let problems;
    try {
      await page.goto(`http://127.0.0.1:${PORT}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${story.type}`);
      problems = story.type === 'docs' ? await checkDocs(page) : await checkStory(page);
      const allowed = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.consoleErrors ?? []);
      for (const text of consoleErrors) if (!allowed.some((s) => text.includes(s))) problems.push(`console error: ${text.slice(0, 500)}`);
    } catch (e) {
      problems = [String(e.message ?? e).split('\n')[0], ...consoleErrors.map((t) => `console error: ${t.slice(0, 500)}`)];
    }
    await page.close();
    const ms = Date.now() - started;
    if (problems.length === 0) {
      passed++;
      console.log(`  ✓ ${story.title} › ${story.name} (${ms} ms)`);
    } else {
      failed++;
      console.log([`  ✗ ${story.title} › ${story.name} (${story.id})`, ...problems.map((p) => `      ${p}`)].join('\n'));
    }
  };
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) await check(story);
  };
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
  server.close();
}
console.log(`stories and docs pages: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
