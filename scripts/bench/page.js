/* global document, window, location, requestAnimationFrame */
import { makeEvents, zoomWindows } from './data.mjs';
import { libraries } from './libraries.js';

/**
 * What the benchmark runs inside the page, one library and one size per page:
 * `page.html?lib=ours|vis|vis-cluster&n=10000&width=1200`. The page loads the library, makes the
 * data and hands it over at once (a cold first render, nothing rests before it); run.mjs then
 * drives the window steps and the wheel gesture through `window.bench`.
 *   handoff=no   load the library and make the data, show nothing (the heap baseline)
 *   wait         wait for `bench.go()` before handing over (for a CPU profile of the render)
 *   cap=MS       give up waiting for a picture after this long
 */
const params = new URLSearchParams(location.search);
const lib = libraries[params.get('lib') ?? 'ours'];
// The CPU profile loads an unminified build of the same sources, so that it can name functions.
if (params.get('bundle')) lib.bundle = params.get('bundle');
const n = Number(params.get('n') ?? 1000);
const width = Number(params.get('width') ?? 1200);
const capMs = Number(params.get('cap') ?? 120_000);
const host = document.getElementById('host');
host.style.width = `${width}px`;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function countNodes(root) {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    count++;
    if (el.shadowRoot) count += countNodes(el.shadowRoot);
  }
  return count;
}

/** Durations of the long tasks (over 50 ms, Chromium's threshold) that overlap [from, to]. */
function longTasks(from, to) {
  if (!window.benchLongTasks) return null;
  return window.benchLongTasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration);
}

/** Whether a window read back is the one asked for: each end within 1/2000 of the span (under 1 px at 1,200 px). */
function sameWindow([a, b], [c, d]) {
  const tolerance = (d - c) / 2000 + 1;
  return Math.abs(a - c) <= tolerance && Math.abs(b - d) <= tolerance;
}

const ms = ([a, b]) => [a.valueOf(), b.valueOf()];

/**
 * Frame by frame until the library's picture is in the DOM, then a forced layout: the time at
 * which a laid-out picture exists. Checked once per animation frame, the same for both libraries.
 */
async function untilDrawn(handle, from) {
  for (;;) {
    await frame();
    if (lib.drawn(handle)) {
      void document.body.offsetHeight;
      return performance.now();
    }
    if (performance.now() - from > capMs) return NaN;
  }
}

/** Records every animation frame's timestamp and every wheel event until stopped. */
function recorder() {
  const stamps = [];
  const wheels = [];
  let running = true;
  const onWheel = () => wheels.push(performance.now());
  window.addEventListener('wheel', onWheel, { capture: true, passive: true });
  const loop = (t) => {
    stamps.push(t);
    if (running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return {
    stamps,
    stop() {
      running = false;
      window.removeEventListener('wheel', onWheel, { capture: true });
      return { stamps, wheels };
    },
  };
}

let handle;
let data;
const marks = {};
let recording;

async function cold() {
  const t = performance.now();
  await lib.load();
  const loadMs = performance.now() - t;
  data = lib.prepare(makeEvents(n));
  if (params.get('handoff') === 'no') return { loadMs };
  // In a task of its own (a timer), after making the data (at 100,000 items some 300 ms of the
  // page's own work): a long task that overlaps the handover is the library's, not the page's.
  // No rest: the timer is due at once. With `wait`, when the driver says so (a trace is on).
  await new Promise((resolve) => (params.has('wait') ? (window.bench.go = () => setTimeout(resolve)) : setTimeout(resolve)));
  marks.handOver = performance.now();
  handle = lib.handOver(host, data);
  const drawnAt = await untilDrawn(handle, marks.handOver);
  await frame();
  const presentedAt = performance.now();
  // Work the library leaves for after its first picture still counts as loading.
  await sleep(500);
  marks.loaded = performance.now();
  return {
    loadMs,
    coldMs: drawnAt - marks.handOver,
    presentedMs: presentedAt - marks.handOver,
    longTasks: longTasks(marks.handOver, marks.loaded),
    nodes: countNodes(document),
    drawnItems: lib.drawnItems(handle),
    vertical: lib.vertical(handle),
    window: lib.getWindow(handle),
    axis: lib.axis(handle),
  };
}

window.bench = {
  result: cold(),
  nodes: () => countNodes(document),
  drawnItems: () => lib.drawnItems(handle),
  window: () => lib.getWindow(handle),
  axis: () => lib.axis(handle),

  /**
   * Window steps, one per animation frame: each frame's callback first reads back what the
   * previous step put on screen (window and axis), then sets the next window without animation
   * and forces layout (that call's duration is the step's synchronous cost). Stops early after
   * `maxMs`, so that a slow library cannot stall the run. Then `restFrames` frames in which the
   * view comes to rest: work a library leaves for then (ours lays the window out exactly once the
   * page stops moving it) is part of the steps, as the wheel's rest is part of the gesture.
   */
  async steps(count, maxMs, restFrames = 10) {
    const windows = zoomWindows(count);
    const stamps = [];
    const script = [];
    let axisBefore = lib.axis(handle).join(' ');
    let stoodStill = 0;
    let wrongWindow = 0;
    let applied = 0;
    const check = () => {
      const axis = lib.axis(handle).join(' ');
      if (axis === axisBefore) stoodStill++;
      axisBefore = axis;
      if (!sameWindow(lib.getWindow(handle), ms(windows[applied - 1]))) wrongWindow++;
    };
    marks.steps = performance.now();
    for (const w of windows) {
      stamps.push(await frame());
      if (applied > 0) check();
      const t0 = performance.now();
      lib.setWindow(handle, w);
      void document.body.offsetHeight;
      script.push(performance.now() - t0);
      applied++;
      if (performance.now() - marks.steps > maxMs) break;
    }
    stamps.push(await frame());
    check();
    for (let i = 0; i < restFrames; i++) stamps.push(await frame());
    const end = performance.now();
    const requested = ms(windows[applied - 1]);
    const reached = lib.getWindow(handle);
    return {
      frames: stamps.slice(1).map((t, i) => t - stamps[i]),
      script,
      applied,
      stoodStill,
      wrongWindow,
      requested,
      reached,
      reachedOk: sameWindow(reached, requested),
      axis: lib.axis(handle),
      longTasks: longTasks(marks.steps, end),
    };
  },

  /** The middle of the part of the plot that is on screen, where the wheel events go. */
  wheelPoint() {
    const plot = lib.plot(handle);
    const box = host.getBoundingClientRect();
    const left = Math.max(plot.left, box.left, 0);
    const right = Math.min(plot.right, box.right, window.innerWidth);
    const top = Math.max(plot.top, box.top, 0);
    const bottom = Math.min(plot.bottom, box.bottom, window.innerHeight);
    return { x: (left + right) / 2, y: (top + bottom) / 2 };
  },

  startWheel() {
    marks.wheel = performance.now();
    recording = recorder();
    return { window: lib.getWindow(handle), axis: lib.axis(handle), plotTop: lib.plot(handle).top };
  },

  /** Resolves at the next animation frame: the driver sends one wheel event per frame. */
  frame: () => frame(),

  /** `frames` more frames, or as many as fit in `maxMs` when a library takes seconds a frame. */
  async rest(frames, maxMs) {
    const t0 = performance.now();
    for (let i = 0; i < frames && performance.now() - t0 < maxMs; i++) await frame();
  },

  /**
   * The container resized once per animation frame, as a phone turning or a window dragged
   * wider does: `frames` widths from the run's width up by `by` px and back (a 360 px container
   * stays narrow enough for the vertical layout), each frame's duration and the long tasks.
   */
  async resize(frames, by, maxMs) {
    const stamps = [];
    const from = performance.now();
    for (let i = 0; i <= frames && performance.now() - from < maxMs; i++) {
      stamps.push(await frame());
      const up = i <= frames / 2 ? i : frames - i;
      host.style.width = `${width + Math.round((2 * by * up) / frames)}px`;
    }
    stamps.push(await frame());
    host.style.width = `${width}px`;
    return { frames: stamps.slice(1).map((t, i) => t - stamps[i]), longTasks: longTasks(from, performance.now()) };
  },

  /**
   * A fixed piece of script, the same in every run and for every library, timed after the run:
   * it tells how much of the machine the page had (it takes longer when others are busy).
   */
  calibrate() {
    const t0 = performance.now();
    const values = new Float64Array(100_000);
    let seed = 1;
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < values.length; i++) values[i] = Math.sin(i * 0.37 + seed);
      values.sort();
      seed += values[values.length >> 1];
    }
    return performance.now() - t0;
  },

  /**
   * Memory the page has not used yet, 64 MiB of it, touched once a page (4 KiB), timed after the
   * run: what each new page of memory costs here, which the fixed script above does not show.
   * A cold render touches thousands of new pages (the JS heap as it grows, the DOM, the layout),
   * and on one machine of the same kind as another each took four times as long (the kernel's
   * page faults): the cold render's figures moved with it while the fixed script's did not.
   */
  touchMemory() {
    const t0 = performance.now();
    const bytes = new Uint8Array(64 * 2 ** 20);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
    return performance.now() - t0;
  },

  /**
   * Frames of the page with nothing to do, after the run: what one vsync reads as here. Frame
   * times are rAF timestamps, which jitter by a tenth of a millisecond either way (an idle page
   * reads 16.6-16.8 ms), so a p95 of 16.8 ms is every frame within one vsync.
   */
  async idleFrames(count) {
    const stamps = [];
    for (let i = 0; i <= count; i++) stamps.push(await frame());
    return stamps.slice(1).map((t, i) => t - stamps[i]);
  },

  stopWheel() {
    const { stamps, wheels } = recording.stop();
    const end = performance.now();
    // How many wheel events each frame handled: one per frame is what the driver aims at.
    const perFrame = stamps.slice(1).map((t, i) => wheels.filter((w) => w >= stamps[i] && w < t).length);
    return {
      frames: stamps.slice(1).map((t, i) => t - stamps[i]),
      wheelsPerFrame: perFrame,
      wheels: wheels.length,
      window: lib.getWindow(handle),
      axis: lib.axis(handle),
      // Where the plot is on screen: a wheel may scroll a long vertical timeline instead of zooming.
      plotTop: lib.plot(handle).top,
      longTasks: longTasks(marks.wheel, end),
    };
  },

  /**
   * A second timeline, made fresh at `view` in a container of the same width: the axis it draws
   * is what the stepped timeline must show when it really reached that window.
   */
  async reference(view) {
    const box = document.getElementById('reference');
    box.style.width = `${width}px`;
    const other = lib.handOver(box, data, [new Date(view[0]), new Date(view[1])]);
    await untilDrawn(other, performance.now());
    await frame();
    const result = { window: lib.getWindow(other), axis: lib.axis(other) };
    box.replaceChildren();
    return result;
  },
};
