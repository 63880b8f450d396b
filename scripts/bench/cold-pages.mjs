/* global window */ // page.evaluate callbacks run in the page
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { serveStatic } from '../static-server.mjs';
import { openPage } from './driver.mjs';
import { pageMainThread } from './profile.mjs';
import { median, quantile } from './stats.mjs';
import { flags } from './flags.mjs';

/**
 * The cold first render of two or more builds of <event-timeline>, page after page in one
 * browser, alternating (ABBA…), so that a busy spell on this shared machine falls on every build
 * alike: the bench's cold page (page.html) and nothing else, many times. One bench run times a
 * cold render once, too few to tell builds 10 % apart.
 *
 *   node scripts/bench/cold-pages.mjs [--pages=12] [--n=10000] [--width=1200] [--latency=0] [--trace] DIR…
 *
 * Each DIR holds an `event-timeline.js` (with its on-demand parts beside it) inside the
 * repository, which the page is served from: e.g. `dist`, or another commit's build copied to
 * `.bench-builds/3cd14c2` (git worktree add /tmp/old 3cd14c2; build there; copy its dist/).
 * With --trace each page is also traced (Chromium's trace of the renderer's main thread, which
 * makes every task a little longer): the tasks from the hand-over to the picture, their count,
 * their summed duration (main-thread time), and the longest. --latency makes every request that
 * many ms late (as run.mjs does): the round trip of a part loaded on demand then shows.
 */
const args = flags();
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const PAGES = Number(args.pages ?? 12);
const N = Number(args.n ?? 10_000);
const WIDTH = Number(args.width ?? 1200);
const LATENCY = Number(args.latency ?? 0);
if (dirs.length === 0) {
  console.error('usage: node scripts/bench/cold-pages.mjs [--pages=12] [--n=10000] [--width=1200] [--latency=0] [--trace] DIR…');
  process.exit(2);
}
for (const dir of dirs) {
  if (!existsSync(join(dir, 'event-timeline.js'))) {
    console.error(`${dir}/event-timeline.js is missing`);
    process.exit(2);
  }
}

/** The page's main-thread tasks that overlap [from, to] (trace µs). */
function tasksBetween(events, from, to) {
  const main = pageMainThread(events);
  return events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur > from && e.ts < to,
  );
}

/** One cold page of `dir`: its cold render in ms, and with `trace` its tasks. */
async function coldPage(browser, serverUrl, dir, trace) {
  const bundle = encodeURIComponent(`/${dir.replace(/^\.?\//, '')}/event-timeline.js`);
  const wait = trace ? '&wait' : '';
  const { context, page, cdp } = await openPage(browser, `${serverUrl}/scripts/bench/page.html?lib=ours&n=${N}&width=${WIDTH}&cap=60000&bundle=${bundle}${wait}`, LATENCY);
  try {
    if (!trace) return { cold: (await page.evaluate(() => window.bench.result)).coldMs };
    await page.waitForFunction(() => window.bench.go !== undefined);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,toplevel', transferMode: 'ReportEvents' });
    // The hand-over is the first timer after this mark (page.js hands over in a timer).
    await page.evaluate(() => {
      performance.mark('cold-pages:go');
      window.bench.go();
    });
    const cold = (await page.evaluate(() => window.bench.result)).coldMs;
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const go = events.find((e) => e.name === 'cold-pages:go');
    const handOver = events.filter((e) => e.name === 'TimerFire' && e.ts > go.ts).sort((a, b) => a.ts - b.ts)[0];
    const tasks = tasksBetween(events, handOver.ts, handOver.ts + cold * 1000).map((t) => t.dur / 1000);
    return { cold, tasks: tasks.length, busy: tasks.reduce((a, b) => a + b, 0), longest: Math.max(...tasks) };
  } finally {
    await context.close();
  }
}

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`${PAGES} cold pages of each build, ${N} items, ${WIDTH} px, alternated; load average at start: ${load()}`);
const results = dirs.map(() => []);
try {
  for (let p = 0; p < PAGES; p++) {
    // ABBA: each build goes first as often as the others.
    const order = p % 2 === 0 ? dirs.map((_, i) => i) : dirs.map((_, i) => i).reverse();
    for (const i of order) results[i].push(await coldPage(browser, server.url, dirs[i], Boolean(args.trace)));
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (ms) => ms.toFixed(0);
dirs.forEach((dir, i) => {
  const colds = results[i].map((r) => r.cold);
  let line = `${dir}: cold render median ${f(median(colds))} ms [${f(Math.min(...colds))}-${f(Math.max(...colds))}], p25-p75 ${f(quantile(colds, 0.25))}-${f(quantile(colds, 0.75))}`;
  if (args.trace) {
    const pick = (key) => results[i].map((r) => r[key]);
    line += `; traced: ${f(median(pick('tasks')))} tasks, main thread ${f(median(pick('busy')))} ms, longest task ${f(median(pick('longest')))} ms (medians)`;
  }
  console.log(line);
  console.log(`  pages: ${colds.map(f).join(' ')}`);
});
if (dirs.length > 1) {
  const base = median(results[0].map((r) => r.cold));
  for (let i = 1; i < dirs.length; i++) console.log(`${dirs[i]} against ${dirs[0]}: ${(((median(results[i].map((r) => r.cold)) - base) / base) * 100).toFixed(1)} % (medians)`);
}
console.log(`load average at end: ${load()}`);
