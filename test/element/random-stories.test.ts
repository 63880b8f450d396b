import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mountWith, parts } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

const DAY = 86_400_000;
const WORDS = ['Treaty', 'signed', 'in', 'Berlin', 'القاهرة', 'שלום', '東京で会議', 'über', 'Außenminister', 'a', 'very-long-hyphenated-compound-word-that-will-not-fit', 'Kyiv', 'talks', 'resumed'];

/** Items of every precision over a story of hours to decades: days, minutes, months, years, and ranges of days inside one another. */
const storyArb = fc.record({
  start: fc.integer({ min: 0, max: 3650 }),
  spanDays: fc.constantFrom(0.25, 3, 60, 900, 20_000),
  items: fc.array(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      kind: fc.constantFrom('day', 'minute', 'month', 'year', 'range'),
      days: fc.integer({ min: 0, max: 600 }),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
    }),
    { minLength: 1, maxLength: 40 },
  ),
});

type Story = typeof storyArb extends fc.Arbitrary<infer T> ? T : never;

function storyOf({ start, spanDays, items }: Story) {
  const t0 = Date.UTC(2024, 0, 1) + start * DAY;
  return items.map(({ at, kind, days, words }, i) => {
    const iso = new Date(t0 + at * spanDays * DAY).toISOString();
    const title = words.join(' ');
    if (kind === 'range') return { id: `i${i}`, title, start: iso.slice(0, 10), end: new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10) };
    return { id: `i${i}`, title, date: kind === 'day' ? iso.slice(0, 10) : kind === 'minute' ? iso.slice(0, 16) : kind === 'month' ? iso.slice(0, 7) : iso.slice(0, 4) };
  });
}

/**
 * What a reader would see drawn over something else in the plot: two items' titles (cards, on a
 * phone) over each other (of a card leaving over the rail's top, what its clip path leaves), a
 * "+N" chip over a title, a date of the axis or the rail over another.
 */
/** The part of an element that is painted: its box, less the top an `inset()` clip path hides. */
function shown(e: Element): DOMRect {
  const r = e.getBoundingClientRect();
  const inset = /^inset\(([\d.]+)px/.exec(getComputedStyle(e).clipPath);
  const hidden = inset ? Number(inset[1]) : 0;
  return new DOMRect(r.x, r.y + hidden, r.width, r.height - hidden);
}

function overlaps(el: EventTimeline): string[] {
  const root = el.shadowRoot!;
  const plot = root.querySelector('.plot')!.getBoundingClientRect();
  const vertical = !!root.querySelector('.chart.vertical');
  const clip = (r: DOMRect) => ({ left: Math.max(r.left, plot.left), right: Math.min(r.right, plot.right), top: Math.max(r.top, plot.top), bottom: Math.min(r.bottom, plot.bottom) });
  const over = (a: ReturnType<typeof clip>, b: ReturnType<typeof clip>) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const found: string[] = [];
  const boxes = parts(el, 'event')
    .map((e) => ({ id: e.dataset['id']!, r: clip(shown(vertical ? e : e.querySelector('.text')!)) }))
    .filter((b) => b.r.right > b.r.left && b.r.bottom > b.r.top);
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (over(a.r, b.r)) found.push(`${a.id} and ${b.id} over each other`);
  });
  for (const chip of parts(el, 'cluster')) {
    const c = clip(chip.getBoundingClientRect());
    for (const b of boxes) if (over(c, b.r)) found.push(`chip ${chip.textContent!.trim()} over ${b.id}`);
  }
  const dates = [...root.querySelectorAll('[part~="axis"] text, [part~="axis"] .rail-tick-label, [part~="axis"] .rail-break-label')]
    .map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }))
    .filter((t) => t.text && t.r.width > 0);
  dates.forEach((a, i) => {
    for (const b of dates.slice(i + 1)) if (over(a.r, b.r)) found.push(`axis dates ${a.text} and ${b.text} over each other`);
  });
  return found;
}

describe('<event-timeline> drawing random stories', () => {
  for (const width of [320, 390, 1280]) {
    it(`draws nothing over anything else, fitted and in windows zoomed into them, out of them and panned past them (${width} px, fast-check)`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(storyArb, fc.array(fc.tuple(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.double({ min: 0.01, max: 3, noNaN: true })), { minLength: 6, maxLength: 6 }), async (story, windows) => {
          const events = storyOf(story);
          const el = await mountWith(events, { width });
          try {
            await el.updateComplete;
            // (A story's items may all fall into chips in a crowded view, never none of both.)
            expect(parts(el, 'event').length + parts(el, 'cluster').length, 'items drawn').to.be.above(0);
            expect(!!el.shadowRoot!.querySelector('.chart.vertical'), 'time runs down a phone').to.equal(width < 500);
            expect(overlaps(el), 'fitted').to.deep.equal([]);
            const [a, b] = [Date.parse(el.start!), Date.parse(el.end!)];
            for (const [from, share] of windows) {
              const start = a + from * (b - a);
              el.setAttribute('start', new Date(start).toISOString());
              el.setAttribute('end', new Date(start + share * (b - a)).toISOString());
              await el.updateComplete;
              expect(overlaps(el), `${el.start} - ${el.end}`).to.deep.equal([]);
            }
          } finally {
            el.remove();
          }
        }),
        { numRuns: 30 },
      );
    });
  }
});
