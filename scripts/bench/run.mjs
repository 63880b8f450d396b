/* global window */ // page.evaluate callbacks run in the page
import { chromium } from 'playwright-core';
import { cpus } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { serveStatic } from '../static-server.mjs';
import { mean, quantile, ratio, summary, table } from './stats.mjs';

/**
 * `npm run bench`: <event-timeline> (dist/event-timeline.js) against vis-timeline on the same
 * data, in the same headless Chromium, N = 100 … 100,000. Options:
 *   --quick        one run each, 30 zoom steps, short time caps (about a minute)
 *   --n=1000,10000 only these sizes
 *   --runs=3       runs per size for both libraries (default: 5, 3 at 10,000, fewer at 100,000)
 *   --json=FILE    also write every raw figure
 *   --settle=500   ms a fresh page rests before the timed render (0: none)
 */
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const quick = Boolean(args.quick);
const sizes = args.n ? String(args.n).split(',').map(Number) : [100, 1000, 10_000, 100_000];
const STEPS = quick ? 30 : 60;
// Caps that keep the whole run to a few minutes even when a library takes seconds a frame.
const ZOOM_CAP_MS = quick ? 5_000 : 20_000;
const RENDER_CAP_MS = quick ? 30_000 : 120_000;
// A fresh browser context keeps the machine busy for a few hundred ms after its page loads: a
// fixed synthetic workload (no library at all) ran about 40% slower when started at once than
// 0.4 s later. Both libraries get the same rest, so that neither figure measures the browser.
const SETTLE_MS = args.settle === undefined ? 500 : Number(args.settle);

function runsFor(lib, n) {
  if (args.runs) return Number(args.runs);
  if (quick) return 1;
  if (n >= 100_000) return lib === 'ours' ? 3 : 1;
  if (n >= 10_000) return 3;
  return 5;
}

if (!existsSync('dist/event-timeline.js')) {
  console.error('dist/event-timeline.js is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });

async function metric(cdp, name) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)))]).finally(() => clearTimeout(timer));
}

/** One fresh page, one library, one size: every figure of the table. */
async function runOnce(lib, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/scripts/bench/page.html?lib=${lib}`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate(() => window.bench.ready);
    await page.evaluate((count) => window.bench.makeData(count), n);
    const heapBefore = await heapUsed(cdp);
    if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
    const render = await withTimeout(page.evaluate(() => window.bench.render()), RENDER_CAP_MS);
    if (render === 'timeout') return { timeout: true };
    const nodes = await page.evaluate(() => window.bench.nodes());
    const zoomable = await page.evaluate(() => window.bench.zoomSupported());
    const taskBefore = await metric(cdp, 'TaskDuration');
    const zoom = await withTimeout(page.evaluate(([steps, cap]) => window.bench.zoom(steps, cap), [STEPS, ZOOM_CAP_MS]), ZOOM_CAP_MS + RENDER_CAP_MS);
    if (zoom === 'timeout') return { render, nodes, timeout: true };
    const taskAfter = await metric(cdp, 'TaskDuration');
    const heapAfter = await heapUsed(cdp);
    if (errors.length) console.log(`  ${lib} ${n}: page errors: ${errors.slice(0, 3).join(' | ')}`);
    return {
      render,
      nodes,
      zoomable,
      steps: zoom.busy.length,
      frameMean: mean(zoom.frames),
      frameP95: quantile(zoom.frames, 0.95),
      frameMax: Math.max(...zoom.frames),
      stepJs: mean(zoom.busy),
      busyPerStep: ((taskAfter - taskBefore) * 1000) / zoom.busy.length,
      heapMB: (heapAfter - heapBefore) / 1e6,
    };
  } finally {
    await context.close();
  }
}

const FIGURES = [
  ['render', 'first render, ms', 0],
  ['frameMean', 'zoom/pan frame mean, ms', 1],
  ['frameP95', 'zoom/pan frame p95, ms', 1],
  ['frameMax', 'zoom/pan frame max, ms', 1],
  ['busyPerStep', 'main-thread busy per step, ms', 1],
  ['stepJs', 'step script+layout, ms', 1],
  ['heapMB', 'JS heap growth, MB', 1],
  ['nodes', 'DOM nodes', 0],
];

const version = browser.version();
console.log(`Chromium ${version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
console.log(`Each timed render starts after the fresh page has rested ${SETTLE_MS} ms; ${STEPS} zoom/pan steps; figures are medians [min–max] of the runs; ours/vis < 1 means ours is smaller/faster.\n`);

const all = {};
const rows = [];
let zoomNote = false;
const slow = {};
for (const n of sizes) {
  const results = { ours: [], vis: [] };
  for (const lib of ['ours', 'vis']) {
    if (slow[lib]) {
      console.log(`  ${lib} ${n}: skipped (timed out at a smaller size)`);
      continue;
    }
    for (let r = 0; r < runsFor(lib, n); r++) {
      const t0 = Date.now();
      const result = await runOnce(lib, n);
      if (result.timeout) {
        console.log(`  ${lib} ${n}: over the time cap, stopped`);
        slow[lib] = true;
        if (result.render !== undefined) results[lib].push(result);
        break;
      }
      results[lib].push(result);
      if (lib === 'ours' && !result.zoomable) zoomNote = true;
      console.log(`  ${lib.padEnd(4)} ${String(n).padStart(6)} run ${r + 1}: render ${result.render.toFixed(0)} ms, ${result.steps} steps, frame p95 ${result.frameP95.toFixed(1)} ms (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
  }
  all[n] = results;
  for (const [key, label, digits] of FIGURES) {
    const ours = results.ours.map((r) => r[key]);
    const vis = results.vis.map((r) => r[key]);
    const zoomFigure = key !== 'render' && key !== 'nodes' && key !== 'heapMB';
    const oursCell = zoomFigure && zoomNote ? `n/a (re-render: ${summary(ours, digits)})` : summary(ours, digits);
    rows.push([n.toLocaleString('en-US'), label, oursCell, summary(vis, digits), zoomFigure && zoomNote ? 'n/a' : ratio(ours, vis)]);
  }
}

console.log('');
if (zoomNote) console.log('zoom: n/a — the element has no zoomTo() yet; its zoom rows show a full re-render per step instead.\n');
console.log(table(['N', 'figure', '<event-timeline>', 'vis-timeline', 'ours/vis'], rows));
if (args.json) writeFileSync(String(args.json), JSON.stringify(all, null, 2));

await browser.close();
await server.close();
