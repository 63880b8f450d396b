import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { part, parts, uncaughtInPage, watchLongTasks } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

/** A frozen page, as in robustness.test.ts: not a speed goal. */
const FROZEN_MS = 1000;
/** How long a story of 12,000 items may take to be read and drawn on a busy machine. */
const SETTLE_MS = 6000;
/** Longer than an animated zoom or a wheel gesture's end takes to come (d3-zoom waits 150 ms after the last wheel event). */
const REST_MS = 700;
const DAY = 86_400_000;

const afterFrames = (n: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? setTimeout(resolve, 0) : requestAnimationFrame(() => next(left - 1)));
    next(n);
  });

/** A seeded story of `n` items over `span` ms: points at day, minute and month precision, open and approximate dates, ranges; some entries broken when `junk`. */
function story(n: number, seed: number, span: number, start: number, junk: boolean): unknown[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const broken = [null, 42, 'x', { title: '' }, { id: 'dup', title: 'd', date: 'not a date' }, { title: 't', date: '2024-13-45' }];
  return Array.from({ length: n }, (_, i) => {
    const at = start + Math.floor(random() * span);
    const iso = new Date(at).toISOString();
    const kind = random();
    if (junk && kind < 0.05) return broken[i % broken.length];
    const group = random() < 0.5 ? { group: `g${Math.floor(random() * 4)}` } : {};
    const id = `e${i}`;
    if (kind < 0.3) return { id, title: `Item ${i} ${'word '.repeat(Math.floor(random() * 12))}`, date: iso.slice(0, 10), ...group };
    if (kind < 0.55) return { id, title: `Minute ${i}`, date: `${iso.slice(0, 16)}Z`, ...group };
    if (kind < 0.7) return { id, title: `Month ${i}`, date: iso.slice(0, 7), ...group };
    if (kind < 0.75) return { id, title: `Open ${i}`, start: iso.slice(0, 10), end: '..', ...group };
    if (kind < 0.8) return { id, title: `About ${i}`, date: `${iso.slice(0, 4)}~`, ...group };
    return { id, title: `Range ${i}`, start: iso.slice(0, 10), end: new Date(at + Math.floor(random() * 60) * DAY).toISOString().slice(0, 10), ...group };
  });
}

const hasItem = (list: unknown[]) => list.some((e) => typeof e === 'object' && e !== null && typeof (e as { title?: unknown }).title === 'string' && (e as { title: string }).title !== '');

/** What a page and its reader do to a timeline: data in any shape, settings the browser may refuse, windows, sizes, selection, calls, keys, wheel and clicks. */
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('events' as const),
    n: fc.constantFrom(0, 1, 2, 7, 30, 300, 3000, 12000),
    seed: fc.nat(),
    span: fc.constantFrom(0, 60_000, 3 * 3_600_000, 40 * DAY, 800 * DAY, 66 * 365 * DAY),
    start: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2090, 0, 1) }),
    junk: fc.boolean(),
    asDocument: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('locale' as const), value: fc.constantFrom('de', 'en', 'ar', 'ja-JP-u-ca-japanese', 'th-TH-u-nu-thai', 'xx_YY', '', 'en-US-u-ca-bogus', '123') }),
  fc.record({ kind: fc.constant('zone' as const), value: fc.constantFrom('Europe/Berlin', 'America/Sao_Paulo', 'UTC', 'Asia/Kolkata', '+05:30', 'Mars/Olympus', '', 'Pacific/Chatham') }),
  fc.record({ kind: fc.constant('orientation' as const), value: fc.constantFrom('auto', 'vertical', 'horizontal', 'diagonal') }),
  fc.record({
    kind: fc.constant('window' as const),
    start: fc.constantFrom('2024-01-01', '2024-06', '1999', 'garbage', '', '9999-12-31', '0001-01-01', '2024-01-01T10:00Z'),
    end: fc.constantFrom('2024-12-31', '2024-06', '2000', 'nope', '', '2024-01-01T10:00:30Z', '1970-01-01'),
  }),
  fc.record({ kind: fc.constant('width' as const), value: fc.constantFrom(0, 120, 320, 390, 599, 600, 768, 1280) }),
  fc.record({ kind: fc.constant('select' as const), value: fc.constantFrom('e0', 'e1', 'e5', 'e299', 'missing', null) }),
  fc.record({ kind: fc.constant('zoomTo' as const), from: fc.double({ min: -1, max: 2, noNaN: true }), to: fc.double({ min: -1, max: 2, noNaN: true }), animate: fc.boolean() }),
  fc.record({ kind: fc.constant('fit' as const) }),
  fc.record({ kind: fc.constant('add' as const), n: fc.constantFrom(1, 5, 50), seed: fc.nat() }),
  fc.record({ kind: fc.constant('reattach' as const) }),
  fc.record({ kind: fc.constant('theme' as const), value: fc.constantFrom('dark', 'light', 'auto', 'pink') }),
  fc.record({ kind: fc.constant('flags' as const), searchable: fc.boolean(), now: fc.boolean(), follow: fc.boolean() }),
  fc.record({ kind: fc.constant('keys' as const), keys: fc.array(fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', '+', '-', '0', 'Enter', 'Escape', 'Home', 'End', 'Tab', ' '), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('wheel' as const), dy: fc.constantFrom(-300, -100, 100, 300, 2000), ctrl: fc.boolean(), n: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('click' as const), which: fc.constantFrom('event', 'cluster', 'zoom-in', 'zoom-out', 'fit', 'close', 'legend-item', 'details-item'), nth: fc.nat(20) }),
  fc.record({ kind: fc.constant('shape' as const), which: fc.constantFrom('timelinejs', 'vis', 'vis-groups'), n: fc.constantFrom(1, 5, 40) }),
  fc.record({ kind: fc.constant('roundtrip' as const) }),
  fc.record({ kind: fc.constant('svg' as const) }),
  fc.record({ kind: fc.constant('filter' as const), value: fc.constantFrom(undefined, { groups: ['g1'] }, { query: 'Item 1' }, { query: 'zzz' }, { groups: [] }) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Does `o` to the timeline the way a page would; the box notes whether the last data set had an item (`data-items`). */
async function perform(el: EventTimeline, box: HTMLElement, o: Operation, failures: string[]): Promise<void> {
  switch (o.kind) {
    case 'events': {
      const items = story(o.n, o.seed, o.span, o.start, o.junk);
      el.events = (o.asDocument ? { title: 'A story', events: items } : items) as never;
      box.dataset.items = String(hasItem(items));
      break;
    }
    case 'locale':
      el.locale = o.value;
      break;
    case 'zone':
      el.timeZone = o.value;
      break;
    case 'orientation':
      el.setAttribute('orientation', o.value);
      break;
    case 'window':
      el.setAttribute('start', o.start);
      el.setAttribute('end', o.end);
      break;
    case 'width':
      box.style.width = `${o.value}px`;
      break;
    case 'select':
      el.selected = o.value;
      break;
    case 'zoomTo': {
      const year = Date.UTC(2024, 0, 1);
      el.zoomTo(new Date(year + o.from * 365 * DAY), new Date(year + o.to * 365 * DAY), { animate: o.animate }).catch((e: unknown) => failures.push(`zoomTo rejected: ${String(e)}`));
      break;
    }
    case 'fit':
      el.fit().catch((e: unknown) => failures.push(`fit rejected: ${String(e)}`));
      break;
    case 'add':
      el.addEvents(story(o.n, o.seed, 40 * DAY, Date.UTC(2024, 0, 1), false).map((item, i) => ({ ...(item as object), id: `added-${o.seed}-${i}` })) as never);
      break;
    case 'reattach':
      el.remove();
      await afterFrames(1);
      box.append(el);
      break;
    case 'theme':
      el.setAttribute('theme', o.value);
      break;
    case 'flags':
      Object.assign(el, { searchable: o.searchable, now: o.now, follow: o.follow });
      break;
    case 'filter':
      el.filter = o.value as never;
      break;
    case 'keys': {
      // The reader's keys, from the tab stop (or the element, before anything is drawn).
      const target = (el.shadowRoot!.querySelector('[part~="event"][tabindex="0"], [part~="event"]') as HTMLElement | null) ?? el;
      target.focus();
      await sendKeys({ press: o.keys[0]! });
      for (const key of o.keys.slice(1)) await sendKeys({ press: key });
      break;
    }
    case 'wheel': {
      // A wheel or trackpad over the plot, one event a frame.
      const chart = el.shadowRoot!.querySelector('.chart') as HTMLElement | null;
      if (!chart) break;
      const r = chart.getBoundingClientRect();
      for (let i = 0; i < o.n; i++) {
        chart.dispatchEvent(new WheelEvent('wheel', { deltaY: o.dy, ctrlKey: o.ctrl, clientX: r.left + r.width / 2, clientY: r.top + Math.min(r.height, 300) / 2, bubbles: true, cancelable: true, composed: true }));
        await afterFrames(1);
      }
      break;
    }
    case 'click': {
      const found = parts(el, o.which);
      const target = found[o.nth % Math.max(1, found.length)];
      target?.click();
      break;
    }
    case 'shape': {
      // The data people already have: TimelineJS JSON, vis-timeline items, with groups.
      const when = (i: number) => ({ year: 2000 + (i % 20), month: 1 + (i % 12), day: 1 + (i % 28) });
      if (o.which === 'timelinejs') el.events = { title: { text: { headline: 'TJS' } }, events: Array.from({ length: o.n }, (_, i) => ({ start_date: when(i), text: { headline: `TJS <b>${i}</b>` }, unique_id: `t${i}` })) } as never;
      else if (o.which === 'vis') el.events = Array.from({ length: o.n }, (_, i) => ({ id: i, content: `Vis ${i}`, start: new Date(Date.UTC(2020, 0, 1 + i * 3)) })) as never;
      else el.events = { items: Array.from({ length: o.n }, (_, i) => ({ id: `v${i}`, content: `Vis ${i}`, start: `2021-0${1 + (i % 9)}-01`, end: i % 3 ? undefined : `2021-0${1 + (i % 9)}-20`, group: i % 2 })), groups: [{ id: 0, content: 'Zero' }, { id: 1, content: 'One' }] } as never;
      box.dataset.items = String(o.n > 0);
      break;
    }
    case 'roundtrip': {
      // What toJSON() gives is a document another timeline reads whole.
      const doc = el.toJSON();
      if (doc) {
        const count = doc.events.length;
        const copy = document.createElement('event-timeline');
        box.append(copy);
        const loaded = new Promise<number>((resolve) => copy.addEventListener('timeline-load', (e) => resolve((e as CustomEvent).detail.count), { once: true }));
        copy.events = JSON.parse(JSON.stringify(doc));
        const got = await Promise.race([loaded, new Promise<number>((r) => setTimeout(() => r(-1), 5000))]);
        if (count > 0 && got !== count) failures.push(`toJSON round trip: ${count} events, read back ${got}`);
        copy.remove();
      }
      break;
    }
    case 'svg': {
      try {
        const svg = el.toSVG();
        if (part(el, 'axis') && !svg.startsWith('<svg')) failures.push(`toSVG gave ${svg.slice(0, 40)}`);
      } catch (e) {
        failures.push(`toSVG threw ${String(e)}`);
      }
      break;
    }
  }
}

/**
 * Two dates, the first not after the second. A window in the page's own words may name one
 * period at both ends (`start="2024-06" end="2024-06"`: June), so equal strings are in order.
 */
const inOrder = (start: string | null, end: string | null) => !!start && !!end && Date.parse(start) <= Date.parse(end);

/** One of the element's own states is on screen: the chart (its axis), the empty message, the error or the loading status. */
const showsSomething = (el: EventTimeline) => ['axis', 'empty', 'error', 'loading'].some((name) => part(el, name) !== undefined);

describe('<event-timeline> driven by a page at random', () => {
  const uncaught = uncaughtInPage();

  it('ends every sequence of data, settings, windows, sizes and calls drawn, within its box, with no error and no frozen page', async function () {
    this.timeout(300_000);
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 3, maxLength: 9 }), async (operations) => {
        uncaught.length = 0;
        const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"><event-timeline></event-timeline></div>`);
        const el = box.querySelector('event-timeline')!;
        const tasks = watchLongTasks();
        const failures: string[] = [];
        // Every change of window is told in dates, never in empty strings.
        el.addEventListener('timeline-range-change', ({ detail }) => {
          if (!inOrder(detail.start, detail.end)) failures.push(`timeline-range-change "${detail.start}" – "${detail.end}"`);
        });
        for (const o of operations) {
          await perform(el, box, o, failures);
          await afterFrames(2);
        }
        // Reading 12,000 items, a part loaded on demand, an animation: the element settles (its
        // window at rest for a while: start/end wait for a move to end), then shows one of its states.
        const since = performance.now();
        const window = () => `${el.getAttribute('start')} ${el.getAttribute('end')}`;
        let settled = false;
        while (!settled && performance.now() - since < SETTLE_MS) {
          const before = window();
          await new Promise((resolve) => setTimeout(resolve, REST_MS));
          await afterFrames(2);
          const updated = (await Promise.race([el.updateComplete, new Promise((resolve) => setTimeout(() => resolve(false), 500))])) === true;
          settled = updated && window() === before && (showsSomething(el) || box.dataset.items === undefined);
        }
        const width = box.getBoundingClientRect().width;
        const longest = Math.max(0, ...tasks.stop());
        // Data was given (any data: a story, an empty list, broken entries).
        if (box.dataset.items !== undefined && width > 0 && !showsSomething(el)) failures.push('blank: no chart, no message');
        if (width >= 320 && el.getBoundingClientRect().width > width + 1) failures.push(`${el.getBoundingClientRect().width} px wide in a ${width} px box`);
        if (longest > FROZEN_MS) failures.push(`a task of ${Math.round(longest)} ms`);
        // A chart with items describes the window it shows (at rest; an animation may still run): two dates in order.
        if (box.dataset.items === 'true' && part(el, 'axis') && (parts(el, 'event').length > 0 || parts(el, 'cluster').length > 0)) {
          if (!inOrder(el.getAttribute('start'), el.getAttribute('end'))) failures.push(`start="${el.getAttribute('start')}" end="${el.getAttribute('end')}"`);
        }
        await afterFrames(1);
        expect([...failures, ...uncaught], operations.map((o) => JSON.stringify(o)).join('\n')).to.deep.equal([]);
      }),
      { numRuns: 40, seed: 20261203 },
    );
  });
});
