/* global document, window */
import { toVisItems } from './data.mjs';

/**
 * The two libraries behind one small interface, so that every test in page.js treats them the
 * same way. Ours is driven only through its public surface: the `events` property, the
 * `start`/`end` attributes and the shadow DOM parts it renders (`axis`, `grid`, `event`,
 * `cluster`). vis-timeline through its documented API (`new Timeline`, `setWindow`, `getWindow`).
 */

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

/** Axis labels with their positions along the axis, in px from the axis' start, rounded to 0.1 px. */
function axisOf(labels, axisBox, vertical) {
  const placed = [];
  for (const t of labels) {
    const r = t.getBoundingClientRect();
    const text = t.textContent.trim();
    // Empty and unrendered labels (vis-timeline keeps a few for measuring) are not on the axis.
    if (!text || r.width === 0 || !t.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    placed.push({ text, at: vertical ? r.top + r.height / 2 - axisBox.top : r.left - axisBox.left });
  }
  return placed.sort((a, b) => a.at - b.at).map((p) => `${p.text}@${p.at.toFixed(1)}`);
}

const ours = {
  name: '<event-timeline>',
  bundle: '/dist/event-timeline.js',
  async load() {
    await import(this.bundle);
  },
  prepare: (events) => events,
  /** Everything a page does to show the data, in one go: make the element, give it the data, put it in the page. */
  handOver(container, events, view) {
    const el = document.createElement('event-timeline');
    el.setAttribute('locale', 'en');
    el.setAttribute('time-zone', 'UTC');
    if (view) this.setWindow(el, view);
    el.events = events;
    container.append(el);
    return el;
  },
  drawn(el) {
    const root = el.shadowRoot;
    return Boolean(root?.querySelector('[part~="axis"]')?.textContent.trim() && root.querySelector('[part~="event"], [part~="cluster"]'));
  },
  setWindow(el, [a, b]) {
    el.setAttribute('start', a.toISOString());
    el.setAttribute('end', b.toISOString());
  },
  getWindow(el) {
    return [Date.parse(el.getAttribute('start') ?? ''), Date.parse(el.getAttribute('end') ?? '')];
  },
  /** Time runs down the page when the axis (a public part) is taller than it is wide. */
  vertical(el) {
    const r = el.shadowRoot?.querySelector('[part~="axis"]')?.getBoundingClientRect();
    return Boolean(r && r.height > r.width);
  },
  axis(el) {
    const svg = el.shadowRoot?.querySelector('[part~="axis"]');
    if (!svg) return [];
    // The axis' labels, whatever elements draw them: its innermost elements with text.
    const labels = [...svg.querySelectorAll('*')].filter((e) => e.childElementCount === 0 && e.textContent.trim());
    return axisOf(labels, svg.getBoundingClientRect(), this.vertical(el));
  },
  plot(el) {
    return el.shadowRoot?.querySelector('[part~="grid"]')?.getBoundingClientRect();
  },
  drawnItems(el) {
    const root = el.shadowRoot;
    return root ? root.querySelectorAll('[part~="event"]').length : 0;
  },
};

function vis(options) {
  return {
    name: options.cluster ? 'vis-timeline, cluster' : 'vis-timeline',
    async load() {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = '/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
      const styled = new Promise((resolve) => (css.onload = resolve));
      document.head.append(css);
      await Promise.all([styled, loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')]);
    },
    // vis-timeline takes Date objects; making them is the page's data preparation, not timed.
    prepare: (events) => toVisItems(events),
    handOver(container, items, view) {
      const all = { ...options, ...(view ? { start: view[0], end: view[1] } : {}) };
      const box = document.createElement('div');
      container.append(box);
      return { box, timeline: new window.vis.Timeline(box, items, all) };
    },
    drawn({ box }) {
      return Boolean(box.querySelector('.vis-time-axis .vis-text') && box.querySelector('.vis-item'));
    },
    setWindow({ timeline }, [a, b]) {
      timeline.setWindow(a, b, { animation: false });
    },
    getWindow({ timeline }) {
      const w = timeline.getWindow();
      return [w.start.getTime(), w.end.getTime()];
    },
    vertical: () => false,
    axis({ box }) {
      const axis = box.querySelector('.vis-time-axis.vis-foreground');
      if (!axis) return [];
      return axisOf([...axis.querySelectorAll('.vis-text')], axis.getBoundingClientRect(), false);
    },
    plot({ box }) {
      return box.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    },
    drawnItems({ box }) {
      return box.querySelectorAll('.vis-item').length;
    },
  };
}

export const libraries = {
  ours,
  vis: vis({}),
  'vis-cluster': vis({ cluster: true }),
};
