import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';
import { flags } from './flags.mjs';

/**
 * The core's exact layout (computeFrame) of the benchmark's data along its 61 windows (the
 * fitted one, then the 60 window steps), in Node, without a browser: how long a layout takes
 * while V8 has not yet optimized the layout's code, against the same layouts once it has.
 *
 *   node scripts/bench/layouts.mjs [--n=10000] [--width=1200] [--processes=3]
 *
 * Each process lays the windows out three times: on a first model (the JIT cold, every label
 * new), on a second model of the same data (the JIT warm, every label new again: labels are
 * remembered per model, as the element's text-measure.ts does), and on that model again (both
 * warm). Labels are measured at 7 px a character in place of a canvas; the element's date line
 * and title wrapping are the core's own. A first picture and the first window steps of a page
 * run the layout cold; this tells how much of their time is the JIT's warming up, and a change
 * to the layout's code can be compared on all three.
 */
const args = flags();
const N = Number(args.n ?? 10_000);
const WIDTH = Number(args.width ?? 1200);
const PROCESSES = Number(args.processes ?? 3);
const CHAR_PX = 7;
const LINE_PX = 19;

// The layout's inputs as layout-controller.ts makes them, from the core's own functions (TypeScript, bundled by esbuild).
const ENTRY = `
import { parseTimeline } from './src/core/parse.js';
import { computeFrame } from './src/core/frame.js';
import { wrapText } from './src/core/wrap.js';
import { itemLabel } from './src/core/item-label.js';
import { formatShortItemWhen, shortDateContext } from './src/core/short-date.js';
import { fitDomain } from './src/core/domain.js';
import { makeEvents, zoomWindows } from './scripts/bench/data.mjs';

/** The windows (the fitted one, then the bench's steps) and a function that lays one out, for a model of its own. */
export function layouts(n, width, charPx, linePx) {
  const model = parseTimeline({ events: makeEvents(n) }, 'UTC');
  const fitted = fitDomain(model.items);
  const dates = shortDateContext(fitted, 'UTC');
  const measure = (text) => text.length * charPx;
  const titles = new Map();
  const boxes = new Map();
  const title = (item, m) => titles.get(item.index) ?? titles.set(item.index, wrapText(itemLabel(item), m - 2, measure)).get(item.index);
  const label = (item, m) => {
    const known = boxes.get(item.index);
    if (known) return known;
    const wrapped = title(item, m);
    const date = wrapText(formatShortItemWhen(item, 'en-US', 'UTC', dates), (m - 2) / 0.8, measure);
    const box = { date: date.lines, lines: wrapped.lines, width: Math.ceil(Math.max(wrapped.width, date.width * 0.8)) + 2, height: (wrapped.lines.length + date.lines.length) * linePx };
    boxes.set(item.index, box);
    return box;
  };
  const windows = [fitted, ...zoomWindows(60).map(([a, b]) => [+a, +b])];
  // One label measure, as at 1,200 px: a label's lines are at most 18 ems of a 14 px font (text-measure.ts).
  const lay = (view) =>
    computeFrame({
      items: model.items, groups: model.groups, view, orientation: 'horizontal', width, label,
      labelAtLeast: (item, m) => boxes.get(item.index)?.width ?? Math.ceil(title(item, m).width) + 2,
      maxLabelWidth: 18 * 14, lineHeight: linePx, gutter: 0, text: { width: measure }, fittedSpan: fitted[1] - fitted[0],
      locale: 'en-US', zone: 'UTC', keepId: null, byId: model.byId, selectedId: null, place: { rowFloors: [] },
    });
  return { windows, lay };
}
`;

if (process.argv.includes('--child')) {
  const mod = await import(process.env.LAYOUTS_MODULE);
  const pass = ({ windows, lay }) =>
    windows.map((view) => {
      const t0 = performance.now();
      lay(view);
      return performance.now() - t0;
    });
  const cold = pass(mod.layouts(N, WIDTH, CHAR_PX, LINE_PX));
  const second = mod.layouts(N, WIDTH, CHAR_PX, LINE_PX);
  const warmNew = pass(second);
  const warm = pass(second);
  process.stdout.write(JSON.stringify({ cold, warmNew, warm }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-layouts-'));
  try {
    const out = join(dir, 'layouts.mjs');
    await build({ stdin: { contents: ENTRY, resolveDir: resolve('.'), loader: 'ts' }, outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'es2022', logLevel: 'warning' });
    const { execFileSync } = await import('node:child_process');
    // A fresh process each time: V8 starts cold, as a page does.
    const runs = [];
    for (let p = 0; p < PROCESSES; p++) {
      const json = execFileSync(process.execPath, [process.argv[1], '--child', `--n=${N}`, `--width=${WIDTH}`], { env: { ...process.env, LAYOUTS_MODULE: pathToFileURL(out).href } });
      runs.push(JSON.parse(String(json)));
    }
    const row = (name, key) => {
      const first = median(runs.map((r) => r[key][0]));
      const steps = median(runs.map((r) => r[key].slice(1, 4).reduce((s, t) => s + t, 0)));
      const total = median(runs.map((r) => r[key].reduce((s, t) => s + t, 0)));
      return `| ${name} | ${first.toFixed(1)} | ${steps.toFixed(1)} | ${total.toFixed(0)} |`;
    };
    console.log(`Exact layouts of ${N.toLocaleString('en-US')} items at ${WIDTH} px along the bench's 61 windows, in Node ${process.version}; medians of ${PROCESSES} processes, ms`);
    console.log('| pass | fitted window | first 3 steps | all 61 |');
    console.log('|---|---|---|---|');
    console.log(row('JIT cold, labels new (a page\'s first picture and steps)', 'cold'));
    console.log(row('JIT warm, labels new (a second model)', 'warmNew'));
    console.log(row('JIT warm, labels known', 'warm'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
