import { chromium } from 'playwright-core';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { serveStatic } from '../static-server.mjs';
import { baselineHeap, isoPair, runOnce } from './driver.mjs';
import { profileOurs } from './profile.mjs';
import { LONG_TASK, ratio, summary, table } from './stats.mjs';
import { flags } from './flags.mjs';

/**
 * `npm run bench`: <event-timeline> (dist/event-timeline.js) against vis-timeline on the same
 * seeded data, in the same headless Chromium, each run in a fresh page. Options:
 *   --quick          one run, N = 10,000 only, 30 window steps, 12 wheel events (a few minutes)
 *   --n=1000,10000   these sizes (default 1,000, 10,000, 100,000)
 *   --runs=3         runs of each configuration and size (default 3; 1 with --quick)
 *   --only=ours,ours-v,vis,vis-cluster   these configurations (default all)
 *   --vis-max=10000  the largest N vis-timeline runs at (beyond, it takes minutes to draw)
 *   --vertical-max=10000  the largest N the 360 px vertical layout runs at
 *   --steps=60       window steps; --wheel=24 wheel events (then the container is resized a frame at a time)
 *   --profile        also a CPU profile of ours at 10,000 (a cold render, the window steps, the wheel gesture)
 *   --json=FILE      also write every raw figure
 *   --bundle=/PATH   ours from another build's entry file (served from the repository's root), to compare builds
 *   --latency=150    every request of every page takes this many ms more, as on a phone's network: the parts
 *                    ours loads on demand (the vertical layout, the stages of a moving window) come that late
 * Exits non-zero when a library did not reach a window it was asked for, or a wheel gesture
 * neither moved the window nor scrolled the plot.
 */
const args = flags();
const quick = Boolean(args.quick);
const list = (value, fallback) => (value ? String(value).split(',') : fallback);
const sizes = list(args.n, quick ? ['10000'] : ['1000', '10000', '100000']).map(Number);
const RUNS = Number(args.runs ?? (quick ? 1 : 3));
const VIS_MAX = Number(args['vis-max'] ?? 10_000);
const VERTICAL_MAX = Number(args['vertical-max'] ?? 10_000);

const CONFIGS = {
  ours: { lib: 'ours', width: 1200, vertical: false, referenceCheck: true, label: '<event-timeline> 1,200 px' },
  'ours-v': { lib: 'ours', width: 360, vertical: true, referenceCheck: true, label: '<event-timeline> 360 px (vertical)' },
  vis: { lib: 'vis', width: 1200, label: 'vis-timeline, defaults' },
  'vis-cluster': { lib: 'vis-cluster', width: 1200, label: 'vis-timeline, cluster on' },
};
const chosen = list(args.only, Object.keys(CONFIGS));
for (const key of chosen) if (!CONFIGS[key]) throw new Error(`--only: unknown configuration ${key}`);

const options = {
  bundle: args.bundle,
  latency: Number(args.latency ?? 0),
  steps: Number(args.steps ?? (quick ? 30 : 60)),
  // Frames after the last step in which the view comes to rest, timed with the steps.
  stepRest: 10,
  // Caps that keep a run to minutes when a library takes seconds a frame; a capped run says so.
  stepCapMs: quick ? 10_000 : 30_000,
  renderCapMs: quick ? 30_000 : 120_000,
  wheel: { events: Number(args.wheel ?? (quick ? 12 : 24)), restFrames: 20, deltaY: 100 },
  // The container 120 px wider and back over 30 frames, a step a frame (after the other figures).
  resize: { frames: 30, by: 120 },
};

const FIGURES = [
  ['cold', 'cold first render (data → laid-out picture), ms', 0],
  ['presented', 'cold render to the next frame, ms', 0],
  ['loadTask', 'longest task while loading, ms', 0, LONG_TASK],
  ['stepMean', 'window steps + rest frames: frame mean, ms', 1],
  ['stepP95', 'window steps + rest frames: frame p95, ms', 1],
  ['stepMax', 'window steps + rest frames: frame max, ms', 1],
  ['stepBusy', 'window steps + rest: main-thread busy per step, ms', 1],
  ['stepScript', 'window steps: set window + forced layout, ms', 1],
  ['stepTask', 'window steps: longest task, ms', 0, LONG_TASK],
  ['wheelMean', 'wheel + 20 rest frames: frame mean, ms', 1],
  ['wheelP95', 'wheel + 20 rest frames: frame p95, ms', 1],
  ['wheelMax', 'wheel + 20 rest frames: frame max, ms', 1],
  ['wheelBusy', 'wheel: main-thread busy per frame, ms', 1],
  ['wheelTask', 'wheel: longest task, ms', 0, LONG_TASK],
  ['wheelInP95', 'wheel zooming in + 20 rest frames: frame p95, ms', 1],
  ['wheelInMax', 'wheel zooming in + 20 rest frames: frame max, ms', 1],
  ['wheelInBusy', 'wheel zooming in: main-thread busy per frame, ms', 1],
  ['wheelInTask', 'wheel zooming in: longest task, ms', 0, LONG_TASK],
  ['resizeP95', 'resize a frame: frame p95, ms', 1],
  ['resizeMax', 'resize a frame: frame max, ms', 1],
  ['resizeBusy', 'resize: main-thread busy per frame, ms', 1],
  ['resizeTask', 'resize a frame: longest task, ms', 0, LONG_TASK],
  ['heapRender', 'JS heap growth after render, MB', 1],
  ['heapZoom', 'JS heap growth after render + zoom, MB', 1],
  ['drawn', 'items drawn after render (DOM)', 0],
  ['nodes', 'DOM nodes after render', 0],
  ['nodesZoom', 'DOM nodes after zoom', 0],
  ['calibration', 'machine check: fixed script after the run, ms', 0, 'machine'],
  ['freshMemory', 'machine check: 64 MiB of new memory touched, ms', 0, 'machine'],
  ['idleP95', 'machine check: frame p95 of the idle page after the run, ms', 1, 'machine'],
];

if (!existsSync('dist/event-timeline.js')) {
  console.error('dist/event-timeline.js is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const startedAt = new Date();
const machine = `Chromium ${browser.version()} headless, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(machine);
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
console.log(
  `${RUNS} run(s) per configuration and size, interleaved; ${options.steps} window steps + ${options.stepRest} rest frames; ${options.wheel.events} wheel events + ${options.wheel.restFrames} rest frames${options.latency > 0 ? `; every request ${options.latency} ms late (network emulated)` : ''}. Figures: median [min–max] over runs.\n`,
);

const results = {};
const failures = [];
const slow = new Set();
const lastWindows = {};

for (const n of sizes) {
  results[n] = {};
  const active = chosen.filter((key) => (CONFIGS[key].lib.startsWith('vis') ? n <= VIS_MAX : !CONFIGS[key].vertical || n <= VERTICAL_MAX));
  const baselines = {};
  for (const key of active) {
    results[n][key] = [];
    baselines[key] = await baselineHeap(browser, server.url, CONFIGS[key], n);
  }
  // Runs interleaved across configurations, so that a busy spell on the shared machine does not
  // fall on one library's runs only.
  for (let r = 0; r < RUNS; r++) {
    for (const key of active) {
      if (slow.has(key)) continue;
      const t0 = Date.now();
      const run = await runOnce(browser, server.url, CONFIGS[key], n, { ...options, baselineHeap: baselines[key] });
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (run.timeout) {
        console.log(`  ${key} ${n}: over the time cap in the ${run.timeout}, stopped (${seconds} s)`);
        failures.push(`${key} at ${n}: over the time cap in the ${run.timeout}`);
        slow.add(key);
        continue;
      }
      results[n][key].push(run.figures);
      lastWindows[`${key} ${n}`] = run.windows;
      const f = run.figures;
      console.log(
        `  ${key.padEnd(11)} ${String(n).padStart(6)} run ${r + 1}: cold ${f.cold.toFixed(0)} ms; steps ${f.stepsApplied}, p95 ${f.stepP95.toFixed(1)} ms, busy ${f.stepBusy.toFixed(1)} ms/step, window reached ${isoPair(run.windows.reached)}; wheel p95 ${f.wheelP95.toFixed(1)} ms, max ${f.wheelMax.toFixed(0)} ms, ${f.wheelsReceived} events, window ${isoPair(run.windows.wheelTo)}, zooming in p95 ${f.wheelInP95.toFixed(1)} ms, max ${f.wheelInMax.toFixed(0)} ms; resize p95 ${f.resizeP95.toFixed(1)} ms (${seconds} s)`,
      );
      for (const c of run.checks) {
        console.log(`    FAILED: ${c}`);
        failures.push(`${key} at ${n}, run ${r + 1}: ${c}`);
      }
    }
  }
}

const columns = chosen;
const rows = [];
for (const n of sizes) {
  for (const [key, label, digits, kind] of FIGURES) {
    const values = (config) => (results[n][config] ?? []).map((f) => f[key]);
    const cells = columns.map((config) => (results[n][config] ? summary(values(config), digits, kind) : '–'));
    const ratios = ['vis', 'vis-cluster'].map((v) => (results[n].ours && results[n][v] && kind === undefined ? ratio(values('ours'), values(v)) : '–'));
    rows.push([n.toLocaleString('en-US'), label, ...cells, ...ratios]);
  }
}

console.log('');
const header = ['N', 'figure', ...columns.map((c) => CONFIGS[c].label), 'ours/vis', 'ours/vis cluster'];
const report = table(header, rows);
console.log(report);

console.log('\nWindows reached (last run of each):');
for (const [name, w] of Object.entries(lastWindows)) {
  console.log(`  ${name}: steps asked for ${isoPair(w.requested)}, reached ${isoPair(w.reached)}; axis ${w.axis.slice(0, 6).join(' ')}${w.axis.length > 6 ? ' …' : ''}`);
  if (w.referenceAxis) console.log(`    a fresh timeline at that window draws ${w.referenceAxis.slice(0, 6).join(' ')}${w.referenceAxis.length > 6 ? ' …' : ''}`);
  const windowMoved = isoPair(w.wheelFrom) !== isoPair(w.wheelTo);
  const what = [
    windowMoved ? `moved the window from ${isoPair(w.wheelFrom)} to ${isoPair(w.wheelTo)}` : `left the window at ${isoPair(w.wheelTo)}`,
    ...(w.wheelScrolled ? [`scrolled the plot by ${w.wheelScrolled} px`] : []),
  ];
  console.log(`    wheel at (${w.wheelPoint.x.toFixed(0)}, ${w.wheelPoint.y.toFixed(0)}) ${what.join(' and ')}; zooming back in, to ${isoPair(w.wheelInTo)}`);
}

let profile;
if (args.profile) profile = await profileOurs(browser, server.url, { steps: options.steps, wheel: options.wheel });

if (args.json) writeFileSync(String(args.json), JSON.stringify({ machine, startedAt, options, results, windows: lastWindows, failures, profile }, null, 2));

await browser.close();
await server.close();

console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}; took ${((Date.now() - startedAt) / 60000).toFixed(1)} min`);
if (failures.length) {
  console.log(`\n${failures.length} check(s) failed:`);
  for (const f of failures) console.log(`  ${f}`);
  process.exitCode = 1;
} else {
  console.log('\nEvery window asked for was reached, and every wheel gesture moved the view (its window, or by scrolling).');
}
