/* global window */ // page.evaluate callbacks run in the page
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { pureD3Interpolate } from '../bundle-plugins.mjs';
import { openPage, wheelGesture } from './driver.mjs';
import { table } from './stats.mjs';

/**
 * Where our time goes: V8 CPU profiles of <event-timeline> at 10,000 events, of a cold render
 * and of the window steps, from a build of the same sources with the same plugins as
 * dist/event-timeline.js but not minified, so that functions keep their names and esbuild's
 * `// src/…` module markers tell which file each line came from.
 */
// Under dist/, which the linter and git leave alone and every build clears.
const OUT = 'dist/profile/event-timeline.js';

async function buildUnminified() {
  await build({
    entryPoints: ['src/index.ts'],
    outfile: OUT,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: false,
    tsconfig: 'tsconfig.json',
    // The plugins of scripts/build.mjs that change the element's own code, so that the profiled
    // code is the shipped code (a plugin that only splits off code the benchmark's data never
    // loads, such as other formats' readers, makes no difference here).
    plugins: [pureD3Interpolate],
    logLevel: 'warning',
  });
  // Line n (0-based) of the bundle came from the module whose marker comment last preceded it.
  const modules = [];
  let current = '(bundle)';
  for (const line of readFileSync(OUT, 'utf8').split('\n')) {
    const marker = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (marker) current = marker[1];
    modules.push(current);
  }
  return modules;
}

/** node_modules/lit-html/lit-html.js → lit-html; src files stay as they are. */
function moduleName(path) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return m ? m[1] : path;
}

/** Self time per function and per module, in ms, from a CDP Profiler profile. */
function summarize(profile, modules) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + ms);
  }
  const byFunction = new Map();
  const byModule = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') continue;
    total += ms;
    const ours = url.endsWith(OUT);
    let module;
    if (ours) module = moduleName(modules[lineNumber] ?? '(bundle)');
    // The harness' own script is tiny; its self time is the style and layout it forces to time the library.
    else if (url.includes('/scripts/bench/')) module = 'style + layout forced by the benchmark';
    else if (functionName.startsWith('(')) module = functionName;
    else module = url ? url : 'DOM calls (setAttribute, remove, importNode, …)';
    const fn = ours ? `${functionName || '(anonymous)'} (${moduleName(modules[lineNumber] ?? '')})` : url.includes('/scripts/bench/') ? module : functionName || '(anonymous)';
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
  }
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { total, functions: top(byFunction, 15), modules: top(byModule, 12) };
}

function print(title, summary, per, unit = 'step') {
  const share = (ms) => `${((100 * ms) / summary.total).toFixed(0)}%`;
  console.log(`\n${title}: ${summary.total.toFixed(0)} ms sampled${per ? ` (${(summary.total / per).toFixed(1)} ms a ${unit})` : ''}, self time`);
  console.log(table(['module', 'ms', 'share'], summary.modules.map(([m, ms]) => [m, ms.toFixed(1), share(ms)])));
  console.log('');
  console.log(table(['function', 'ms', 'share'], summary.functions.map(([f, ms]) => [f, ms.toFixed(1), share(ms)])));
}

/** What each trace event on the renderer's main thread is, for the split of main-thread time. */
function kindOf(name) {
  if (/GC|Garbage|Sweep|Mark/i.test(name)) return 'garbage collection';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|UpdateLayerTree|CompositeLayers|Commit|PaintImage|Decode.*|Animation.*)$/.test(name)) return 'paint + composite';
  // A function's first call compiles it (V8 compiles lazily): in a cold page a share of the
  // "script" that no change to the code's speed takes away, only running less code.
  if (/^V8\.(Compile(Code|Ignition|Lazy)?|CompileIgnitionFinalization|ParseFunction|PreParse)$/.test(name)) return 'compile';
  if (/^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|v8\..*|V8\..*|ResizeObserver.*)$/.test(name)) return 'script';
  if (name === 'HitTest') return 'hit test';
  return 'other';
}

/** The page's renderer main thread in a Chromium trace (`{ pid, tid }`): of the renderers' main threads, the busiest. */
export function pageMainThread(events) {
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best;
  let bestBusy = -1;
  for (const t of threads) {
    const busy = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').reduce((a, e) => a + (e.dur ?? 0), 0);
    if (busy > bestBusy) [best, bestBusy] = [t, busy];
  }
  return best;
}

/**
 * Self time of the renderer main thread's trace events, by kind (script, style, layout, paint,
 * GC), from a Chromium trace: the split that a CPU profile's "(program)" cannot give.
 */
function splitTrace(json) {
  const events = JSON.parse(json).traceEvents;
  const best = pageMainThread(events);
  const mine = events
    .filter((e) => best && e.pid === best.pid && e.tid === best.tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? 0) - e.dur);
    self.set(e, (self.get(e) ?? 0) + e.dur);
    stack.push(e);
  }
  const byKind = new Map();
  const others = new Map();
  let total = 0;
  for (const [e, us] of self) {
    const kind = kindOf(e.name);
    byKind.set(kind, (byKind.get(kind) ?? 0) + us / 1000);
    if (kind === 'other') others.set(e.name, (others.get(e.name) ?? 0) + us / 1000);
    total += us / 1000;
  }
  const otherNames = [...others].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
  return { total, kinds: [...byKind].sort((a, b) => b[1] - a[1]), otherNames };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink.user_timing'];

function printSplit(title, split, per, unit = 'step') {
  console.log(`\n${title}: ${split.total.toFixed(0)} ms of main-thread tasks${per ? ` (${(split.total / per).toFixed(1)} ms a ${unit})` : ''}`);
  console.log(table(['kind', 'ms', per ? `ms a ${unit}` : 'share', 'share'].slice(0, per ? 4 : 3), split.kinds.map(([k, ms]) => [k === 'other' ? `other (${split.otherNames.join(', ')})` : k, ms.toFixed(1), ...(per ? [(ms / per).toFixed(1)] : []), `${((100 * ms) / split.total).toFixed(0)}%`])));
}

/** A Chromium trace of a cold render, the window steps and the wheel gesture, on a fresh page of its own. */
async function traceOurs(browser, serverUrl, n, width, steps, wheel) {
  const url = `${serverUrl}/scripts/bench/page.html?lib=ours&n=${n}&width=${width}&wait`;
  const { context, page, cdp } = await openPage(browser, url);
  try {
    await page.waitForFunction(() => typeof window.bench.go === 'function');
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.evaluate(() => window.bench.go());
    await page.evaluate(() => window.bench.result);
    const cold = splitTrace((await browser.stopTracing()).toString());
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const stepped = await page.evaluate((count) => window.bench.steps(count, 30_000), steps);
    const step = splitTrace((await browser.stopTracing()).toString());
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await wheelGesture(page, cdp, wheel, 30_000);
    const wheeled = splitTrace((await browser.stopTracing()).toString());
    printSplit(`${width} px, cold render (and the 0.5 s after it), by kind`, cold);
    printSplit(`${width} px, ${stepped.applied} window steps, by kind`, step, stepped.applied);
    printSplit(`${width} px, wheel gesture, by kind`, wheeled, wheel.events + wheel.restFrames, 'frame');
    return { cold, step, steps: stepped.applied, wheel: wheeled };
  } finally {
    await context.close();
  }
}

export async function profileOurs(browser, serverUrl, { steps, wheel, n = 10_000, widths = [1200, 360] }) {
  const modules = await buildUnminified();
  const results = {};
  console.log(`\nCPU profiles of <event-timeline> at ${n.toLocaleString('en-US')} events (unminified build of the same sources; "(program)" is the browser's own work outside script: style, layout, paint, parsing).`);
  for (const width of widths) {
    const url = `${serverUrl}/scripts/bench/page.html?lib=ours&n=${n}&width=${width}&wait&bundle=/${OUT}`;
    const { context, page, cdp } = await openPage(browser, url);
    try {
      await page.waitForFunction(() => typeof window.bench.go === 'function');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.bench.go());
      await page.evaluate(() => window.bench.result);
      const cold = summarize((await cdp.send('Profiler.stop')).profile, modules);
      await cdp.send('Profiler.start');
      const stepped = await page.evaluate((count) => window.bench.steps(count, 30_000), steps);
      const step = summarize((await cdp.send('Profiler.stop')).profile, modules);
      // The bench's wheel gesture, after the steps as in a run: its frames and the ones at rest.
      await cdp.send('Profiler.start');
      await wheelGesture(page, cdp, wheel, 30_000);
      const wheeled = summarize((await cdp.send('Profiler.stop')).profile, modules);
      print(`${width} px, cold render (and the 0.5 s after it)`, cold);
      print(`${width} px, ${stepped.applied} window steps`, step, stepped.applied);
      print(`${width} px, wheel gesture (${wheel.events} events and ${wheel.restFrames} frames at rest)`, wheeled, wheel.events + wheel.restFrames, 'frame');
      results[width] = { cold, step, steps: stepped.applied, wheel: wheeled };
    } finally {
      await context.close();
    }
    results[width].trace = await traceOurs(browser, serverUrl, n, width, steps, wheel);
  }
  return results;
}
