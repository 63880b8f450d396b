/* global document, window, location, requestAnimationFrame */
import { makeEvents, toVisItems, zoomWindows } from './data.mjs';

/**
 * What the benchmark runs inside the page, one library per page (?lib=ours|vis): load the
 * library, then `window.bench.render(n)` and `window.bench.zoom(maxMs)`, driven by run.mjs.
 */
const lib = new URLSearchParams(location.search).get('lib');
const host = document.getElementById('host');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function countNodes(root) {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countNodes(el.shadowRoot);
  }
  return n;
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

const ours = {
  async load() {
    await import('/dist/event-timeline.js');
  },
  async render(events) {
    const el = document.createElement('event-timeline');
    el.setAttribute('locale', 'en');
    el.setAttribute('time-zone', 'UTC');
    host.append(el);
    await el.updateComplete;
    const loaded = new Promise((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
    const t0 = performance.now();
    el.events = events;
    await loaded;
    await el.updateComplete;
    await frame();
    await frame();
    const ms = performance.now() - t0;
    this.el = el;
    this.events = events;
    return ms;
  },
  zoomSupported() {
    return typeof this.el.zoomTo === 'function';
  },
  async step([start, end]) {
    // Without zoomTo, the nearest stand-in is a full re-render with the same data.
    if (this.zoomSupported()) this.el.zoomTo(start, end);
    else this.el.events = [...this.events];
    await this.el.updateComplete;
  },
};

const vis = {
  async load() {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
    document.head.append(css);
    await loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
  },
  async render(events) {
    const items = toVisItems(events);
    const t0 = performance.now();
    await new Promise((resolve) => {
      this.timeline = new window.vis.Timeline(host, items, { width: '1200px', onInitialDrawComplete: resolve });
    });
    await frame();
    await frame();
    return performance.now() - t0;
  },
  zoomSupported() {
    return true;
  },
  async step([start, end]) {
    this.timeline.setWindow(start, end, { animation: false });
  },
};

const impl = lib === 'vis' ? vis : ours;

window.bench = {
  ready: impl.load().then(() => true),
  makeData(n) {
    this.events = makeEvents(n);
    return this.events.length;
  },
  render() {
    return impl.render(this.events);
  },
  nodes() {
    return countNodes(document);
  },
  zoomSupported() {
    return impl.zoomSupported();
  },
  /**
   * One step per animation frame: each frame's callback applies a window and forces layout
   * (its duration is the step's synchronous cost); the time between frames is the frame time.
   * Stops early after `maxMs`, so a slow library cannot stall the run.
   */
  async zoom(steps, maxMs) {
    const windows = zoomWindows(steps);
    const stamps = [];
    const busy = [];
    const started = performance.now();
    for (const w of windows) {
      stamps.push(await frame());
      const t0 = performance.now();
      await impl.step(w);
      void document.body.offsetHeight;
      busy.push(performance.now() - t0);
      if (performance.now() - started > maxMs) break;
    }
    stamps.push(await frame());
    const frames = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { frames, busy };
  },
};
