/**
 * The benchmark's data, the same in every run and for both timelines: n events over the two
 * years 2023–2024, three in four points (half at day, half at minute precision), one in four
 * ranges of 1–30 days. Runs in Node and in the page.
 */
const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 0, 1);
const SPAN = 2 * 365 * DAY;

/** mulberry32: a tiny seeded PRNG, so that N events are the same N events every time. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const isoMinute = (ms) => `${new Date(ms).toISOString().slice(0, 16)}Z`;

/** Events for `<event-timeline>`: ISO strings at their precision. */
export function makeEvents(n, seed = 20241118) {
  const random = seeded(seed ^ n);
  const events = [];
  for (let i = 0; i < n; i++) {
    const at = FIRST + Math.floor(random() * SPAN);
    const title = `Event ${i + 1}`;
    const kind = random();
    if (kind < 0.375) events.push({ id: `e${i}`, title, date: isoDay(at) });
    else if (kind < 0.75) events.push({ id: `e${i}`, title, date: isoMinute(at) });
    else events.push({ id: `e${i}`, title, start: isoDay(at), end: isoDay(at + Math.floor(random() * 30) * DAY) });
  }
  return events;
}

/** The same events as vis-timeline items: a day-precision end is inclusive, so it ends at the next midnight. */
export function toVisItems(events) {
  return events.map((e) => {
    if (e.date) return { id: e.id, content: e.title, start: new Date(e.date), type: 'point' };
    return { id: e.id, content: e.title, start: new Date(e.start), end: new Date(Date.parse(e.end) + DAY), type: 'range' };
  });
}

/**
 * The 60 windows the zoom-and-pan test steps through: half zoom in geometrically from the
 * whole span to a 30th of it around its middle, half pan right by a 15th of the window each.
 */
export function zoomWindows(steps = 60) {
  const full = [FIRST - 30 * DAY, FIRST + SPAN + 30 * DAY];
  const mid = (full[0] + full[1]) / 2;
  const width = full[1] - full[0];
  const zooms = Math.ceil(steps / 2);
  const windows = [];
  for (let i = 1; i <= zooms; i++) {
    const w = width * Math.pow(1 / 30, i / zooms);
    windows.push([mid - w / 2, mid + w / 2]);
  }
  const last = windows[windows.length - 1];
  const w = last[1] - last[0];
  for (let i = 1; windows.length < steps; i++) windows.push([last[0] + (i * w) / 15, last[1] + (i * w) / 15]);
  return windows.map(([a, b]) => [new Date(a), new Date(b)]);
}
