/* global window */ // page.evaluate callbacks run in the page
import { mean, quantile } from './stats.mjs';

/**
 * One fresh page, one library, one size: the cold render, the window steps and the wheel
 * gesture, in that order, with every figure of the table and the checks that the windows were
 * really reached. Page-side code is in page.js.
 */

export const MB = 1e6;

/** A browser context as a visitor's: 1,280 × 900, en-US, UTC (the libraries are also told UTC). */
export async function openPage(browser, url, latencyMs = 0) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A round trip of a phone's or a far server's network for every request of the page, the
  // library's file and whatever it loads later alike (the local server answers in a millisecond).
  if (latencyMs > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.bench !== undefined);
  return { context, page, cdp, errors };
}

/** Chromium's main-thread time for all tasks so far, in ms. */
export async function busyMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

export function withTimeout(promise, ms) {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const longest = (tasks) => (tasks && tasks.length ? Math.max(...tasks) : 0);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function frameFigures(prefix, frames) {
  return { [`${prefix}Mean`]: mean(frames), [`${prefix}P95`]: quantile(frames, 0.95), [`${prefix}Max`]: Math.max(...frames) };
}

/** Same test as page.js' sameWindow: each end within 1/2000 of the span. */
function sameWindow([a, b], [c, d]) {
  const tolerance = (d - c) / 2000 + 1;
  return Math.abs(a - c) <= tolerance && Math.abs(b - d) <= tolerance;
}

/**
 * Wheel events over the middle of the plot, at 60 a second as a mouse or trackpad sends them
 * (Chromium hands them to the page once per frame, merging any two that arrive in one frame),
 * then `restFrames` frames in which the view comes to rest. deltaY > 0 zooms out: from the
 * window steps' last, narrow window back towards the whole span, where most events are.
 */
export async function wheelGesture(page, cdp, { events, restFrames, deltaY }, capMs) {
  const point = await page.evaluate(() => window.bench.wheelPoint());
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: point.x, y: point.y });
  const before = await page.evaluate(() => window.bench.startWheel());
  const busy0 = await busyMs(cdp);
  const sent = [];
  const t0 = Date.now();
  for (let i = 0; i < events; i++) {
    sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: point.x, y: point.y, deltaX: 0, deltaY }));
    await sleep(Math.max(0, t0 + ((i + 1) * 1000) / 60 - Date.now()));
  }
  await Promise.all(sent);
  await page.evaluate(([n, cap]) => window.bench.rest(n, cap), [restFrames, capMs]);
  const after = await page.evaluate(() => window.bench.stopWheel());
  const busy = (await busyMs(cdp)) - busy0;
  return { point, before, after, busy };
}

/**
 * @param config {lib, width}; options: bundle, latency (ms a request), steps, stepCapMs, stepRest, wheel { events, restFrames, deltaY }, resize { frames, by },
 * renderCapMs, baselineHeap (bytes: the same page with the data made but not handed over).
 */
export async function runOnce(browser, serverUrl, config, n, options) {
  const bundle = config.lib === 'ours' && options.bundle ? `&bundle=${encodeURIComponent(options.bundle)}` : '';
  const url = `${serverUrl}/scripts/bench/page.html?lib=${config.lib}&n=${n}&width=${config.width}&cap=${options.renderCapMs}${bundle}`;
  const { context, page, cdp, errors } = await openPage(browser, url, options.latency);
  try {
    const cold = await withTimeout(page.evaluate(() => window.bench.result), options.renderCapMs + 5_000);
    if (cold === 'timeout' || !Number.isFinite(cold.coldMs)) return { timeout: 'render' };
    const heapRender = await heapUsed(cdp);
    const figures = {
      cold: cold.coldMs,
      presented: cold.presentedMs,
      loadTask: longest(cold.longTasks),
      drawn: cold.drawnItems,
      nodes: cold.nodes,
      heapRender: (heapRender - options.baselineHeap) / MB,
    };
    const checks = [];
    if (config.vertical !== undefined && cold.vertical !== config.vertical) {
      checks.push(`expected the ${config.vertical ? 'vertical' : 'horizontal'} layout at ${config.width} px, got the other`);
    }

    const busy0 = await busyMs(cdp);
    const steps = await withTimeout(
      page.evaluate(([count, cap, rest]) => window.bench.steps(count, cap, rest), [options.steps, options.stepCapMs, options.stepRest]),
      options.stepCapMs + options.renderCapMs,
    );
    if (steps === 'timeout') return { figures, timeout: 'steps' };
    const stepsBusy = (await busyMs(cdp)) - busy0;
    Object.assign(figures, frameFigures('step', steps.frames), {
      stepBusy: stepsBusy / steps.applied,
      stepScript: mean(steps.script),
      stepTask: longest(steps.longTasks),
      stepsApplied: steps.applied,
    });
    if (!steps.reachedOk) checks.push(`window steps ended at ${isoPair(steps.reached)}, not the requested ${isoPair(steps.requested)}`);
    if (steps.stoodStill > 0) checks.push(`the axis did not move on ${steps.stoodStill} of ${steps.applied} window steps`);
    if (steps.wrongWindow > 0) checks.push(`${steps.wrongWindow} of ${steps.applied} window steps read back another window`);

    const wheel = await wheelGesture(page, cdp, options.wheel, options.stepCapMs);
    Object.assign(figures, frameFigures('wheel', wheel.after.frames), {
      wheelBusy: wheel.busy / wheel.after.frames.length,
      wheelTask: longest(wheel.after.longTasks),
      wheelsReceived: wheel.after.wheels,
    });
    const scrolled = wheelMoved(wheel, 'wheel gesture', checks);

    figures.heapZoom = ((await heapUsed(cdp)) - options.baselineHeap) / MB;
    figures.nodesZoom = await page.evaluate(() => window.bench.nodes());

    // The same gesture the other way, zooming back in from where the first one left the view
    // (at 100,000 items an outside harness found its slowest frames twice those zooming out).
    const wheelIn = await wheelGesture(page, cdp, { ...options.wheel, deltaY: -options.wheel.deltaY }, options.stepCapMs);
    Object.assign(figures, frameFigures('wheelIn', wheelIn.after.frames), {
      wheelInBusy: wheelIn.busy / wheelIn.after.frames.length,
      wheelInTask: longest(wheelIn.after.longTasks),
    });
    wheelMoved(wheelIn, 'wheel gesture zooming in', checks);

    // After the figures above, so that they are measured as before; the container ends at its width.
    const resizeBusy0 = await busyMs(cdp);
    const resized = await page.evaluate(([frames, by, cap]) => window.bench.resize(frames, by, cap), [options.resize.frames, options.resize.by, options.stepCapMs]);
    Object.assign(figures, frameFigures('resize', resized.frames), {
      resizeBusy: ((await busyMs(cdp)) - resizeBusy0) / resized.frames.length,
      resizeTask: longest(resized.longTasks),
    });
    figures.calibration = await page.evaluate(() => window.bench.calibrate());
    figures.freshMemory = await page.evaluate(() => window.bench.touchMemory());
    figures.idleP95 = quantile(await page.evaluate((count) => window.bench.idleFrames(count), 60), 0.95);

    // Ours only: the stepped timeline's axis must be the one a fresh timeline draws at that window.
    let reference;
    if (config.referenceCheck) {
      reference = await page.evaluate((view) => window.bench.reference(view), steps.requested);
      if (reference.axis.join(' ') !== steps.axis.join(' ')) {
        checks.push(`after the window steps the axis showed ${steps.axis.join(' ')}; a fresh timeline at that window shows ${reference.axis.join(' ')}`);
      }
    }
    if (errors.length) checks.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return {
      figures,
      checks,
      windows: {
        requested: steps.requested,
        reached: steps.reached,
        axis: steps.axis,
        referenceAxis: reference?.axis,
        wheelFrom: wheel.before.window,
        wheelTo: wheel.after.window,
        wheelAxis: wheel.after.axis,
        wheelScrolled: scrolled,
        wheelPoint: wheel.point,
        wheelInTo: wheelIn.after.window,
      },
    };
  } finally {
    await context.close();
  }
}

/**
 * Whether a wheel gesture moved the view, its window and axis or, where the wheel scrolls a
 * vertical timeline taller than the screen, the plot; a check is added when it did not. Answers
 * how far the plot scrolled.
 */
function wheelMoved(wheel, what, checks) {
  const zoomed = !sameWindow(wheel.after.window, wheel.before.window) && wheel.after.axis.join() !== wheel.before.axis.join();
  const scrolled = Math.round(wheel.before.plotTop - wheel.after.plotTop);
  if (!zoomed && Math.abs(scrolled) < 1) {
    checks.push(`the ${what} left the window at ${isoPair(wheel.after.window)} and did not scroll (${wheel.after.wheels} wheel events reached the page)`);
  }
  return scrolled;
}

/** Used JS heap of a page that loaded the library and made the data but showed nothing. */
export async function baselineHeap(browser, serverUrl, config, n) {
  const url = `${serverUrl}/scripts/bench/page.html?lib=${config.lib}&n=${n}&width=${config.width}&handoff=no`;
  const { context, page, cdp } = await openPage(browser, url);
  try {
    await page.evaluate(() => window.bench.result);
    return await heapUsed(cdp);
  } finally {
    await context.close();
  }
}

export function isoPair([a, b]) {
  const iso = (ms) => (Number.isFinite(ms) ? new Date(ms).toISOString().replace(':00.000Z', 'Z').replace('.000Z', 'Z') : String(ms));
  return `${iso(a)} – ${iso(b)}`;
}
