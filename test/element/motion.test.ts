import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { eventById, everyFrame, inner, mountWith, parts, rectsOverlap } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

const DAY = 86_400_000;

/** 400 events over a year, close enough together that many share a stretch of the axis. */
function crowdedYear() {
  return Array.from({ length: 400 }, (_, i) => {
    const at = Date.UTC(2024, 0, 1) + ((i * 7919) % 366) * DAY + (i % 24) * 3_600_000;
    const iso = new Date(at).toISOString().slice(0, 16);
    return i % 6 === 0
      ? { id: `e${i}`, title: `Range ${i}`, start: iso.slice(0, 10), end: new Date(at + (i % 20) * DAY).toISOString().slice(0, 10) }
      : { id: `e${i}`, title: `Event number ${i}`, date: `${iso}Z` };
  });
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Where each drawn event is, relative to the element, by id. */
function boxes(el: EventTimeline): Map<string, DOMRect> {
  const host = el.getBoundingClientRect();
  return new Map(
    parts(el, 'event').map((e) => {
      const r = e.getBoundingClientRect();
      return [e.dataset['id']!, new DOMRect(r.left - host.left, r.top - host.top, r.width, r.height)];
    }),
  );
}

function overlaps(rects: Map<string, DOMRect>): string[] {
  const list = [...rects.entries()];
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (rectsOverlap(list[i]![1], list[j]![1])) found.push(`${list[i]![0]} × ${list[j]![0]}`);
    }
  }
  return found;
}

/** Asserts that `el` draws its window as a timeline opened at that window does: the same events, at the same place, in the same lanes. */
async function expectLaidOutAsFresh(el: EventTimeline, events: ReturnType<typeof crowdedYear>): Promise<void> {
  const fresh = await mountWith(events, { orientation: 'horizontal', width: 900 });
  fresh.start = el.start!;
  fresh.end = el.end!;
  await fresh.updateComplete;
  await nextFrame();
  const landed = boxes(el);
  const expected = boxes(fresh);
  expect([...landed.keys()]).to.deep.equal([...expected.keys()]);
  for (const [id, r] of expected) {
    const got = landed.get(id)!;
    expect(Math.abs(got.left - r.left), `${id} left`).to.be.lessThan(1);
    expect(got.top, `${id} lane`).to.equal(r.top);
  }
}

/**
 * Follows the events drawn frame after frame: how many were drawn in two frames running, and
 * which of those changed lanes. Counted from the third frame on: by then the moving view's code
 * (asked for by the first window the page sets) is here.
 */
function followLanes(el: EventTimeline): { frame: (i: number) => Map<string, DOMRect>; followed: () => number; moved: string[] } {
  let before = boxes(el);
  let followed = 0;
  const moved: string[] = [];
  const frame = (i: number) => {
    const now = boxes(el);
    if (i >= 3) {
      for (const [id, r] of now) {
        const was = before.get(id);
        if (!was) continue;
        followed++;
        if (was.top !== r.top) moved.push(`frame ${i}: ${id} moved from the lane at ${was.top} to ${r.top}`);
      }
    }
    before = now;
    return now;
  };
  return { frame, followed: () => followed, moved };
}

describe('<event-timeline> while the view moves', () => {
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));
  after(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('slides events through an animated zoom and pan without two ever overlapping', async () => {
    const el = await mountWith(crowdedYear(), { orientation: 'horizontal', width: 900 });
    let frames = 0;
    let drawn = 0;
    const problems: string[] = [];
    // Zoom into March, then pan on to April while the first animation is still running.
    const first = el.zoomTo('2024-03', '2024-03');
    for (let i = 0; i < 8; i++) {
      await nextFrame();
      const rects = boxes(el);
      drawn += rects.size;
      problems.push(...overlaps(rects));
      frames++;
    }
    const second = el.zoomTo('2024-04', '2024-04');
    await first;
    for (let i = 0; i < 8; i++) {
      await nextFrame();
      problems.push(...overlaps(boxes(el)));
      frames++;
    }
    await second;
    expect(frames).to.equal(16);
    expect(drawn / 8).to.be.greaterThan(20);
    expect(problems).to.deep.equal([]);
  });

  it('keeps a long range’s title clear of the title after it in every frame of a fit, from a window the page set', async () => {
    // Found by random stories: a range of seventeen years that ends a month into the window, its
    // title kept in view, lay over the title of the next item in its lane in the third frame of
    // the fit (the zoom out's stage kept it where it was at the stage's scale, far from the
    // range's start; each frame at a finer scale moved it by the range's change in length).
    const el = await mountWith(
      [
        { id: 'range', title: 'Negotiations over the border treaty between the two countries, from the first meeting to the signing', start: '2073-10-10', end: '2090-12-15' },
        { id: 'talks', title: 'Talks resume in Berlin after the treaty, with both foreign ministers', date: '2091-03-27' },
      ],
      { orientation: 'horizontal', width: 1280, locale: 'de', timeZone: 'Europe/Berlin' },
    );
    el.setAttribute('start', '2090-11-17T13:58:27Z');
    el.setAttribute('end', '2092-06-23T13:58:27Z');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    const over: string[] = [];
    let frames = 0;
    let done = false;
    const fitted = el.fit().then(() => (done = true));
    while (!done && frames < 120) {
      await nextFrame();
      frames++;
      const [a, b] = ['range', 'talks'].map((id) => el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .text`)?.getBoundingClientRect());
      if (a && b && rectsOverlap(a, b)) over.push(`frame ${frames}: ${Math.round(a.left)}..${Math.round(a.right)} over ${Math.round(b.left)}..${Math.round(b.right)}`);
    }
    await fitted;
    expect(frames, 'frames of the fit').to.be.above(5);
    expect(over).to.deep.equal([]);
  });

  it('stacks the lanes at rest exactly as a timeline opened at that window would', async () => {
    const events = crowdedYear();
    const el = await mountWith(events, { orientation: 'horizontal', width: 900 });
    await el.zoomTo('2024-06-01T00:00Z', '2024-07-15T00:00Z');
    await el.updateComplete;
    await expectLaidOutAsFresh(el, events);
  });

  it('keeps the "+N" chips on the plot, under the lanes, while the view moves and at rest', async () => {
    const el = await mountWith(crowdedYear(), { orientation: 'horizontal', width: 900 });
    const plot = () => el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    const misplaced: string[] = [];
    let seen = 0;
    const check = (when: string) => {
      const { top, bottom } = plot();
      const lowestLabel = Math.max(...parts(el, 'event').map((e) => e.getBoundingClientRect().bottom));
      for (const chip of parts(el, 'cluster')) {
        const r = chip.getBoundingClientRect();
        seen++;
        if (r.top < top || r.bottom > bottom || r.top < lowestLabel - 1) misplaced.push(`${when}: ${chip.dataset['count']} at ${r.top}`);
      }
    };
    check('fitted');
    const moved = el.zoomTo('2024-02', '2024-05');
    for (let i = 0; i < 6; i++) {
      await nextFrame();
      check(`frame ${i}`);
    }
    await moved;
    await el.updateComplete;
    check('at rest');
    expect(seen).to.be.greaterThan(0);
    expect(misplaced).to.deep.equal([]);
  });

  /** The page's own motion: a window set once a frame, zooming in from March–August by 8 days a frame (2.4× over 12 frames: one zoom level of the stage, core/motion.ts). */
  async function scrub(el: EventTimeline, frames: number, each: (i: number) => void = () => undefined): Promise<void> {
    await everyFrame(frames, (i) => {
      el.start = new Date(Date.UTC(2024, 2, 1) + i * 4 * DAY).toISOString();
      el.end = new Date(Date.UTC(2024, 7, 1) - i * 4 * DAY).toISOString();
    }, each);
    await el.updateComplete;
  }

  it('keeps every event in its lane while the page moves the window frame after frame, and reports the window once it rests', async () => {
    const events = crowdedYear();
    const el = await mountWith(events, { orientation: 'horizontal', width: 900 });
    const reported: string[] = [];
    el.addEventListener('timeline-range-change', (e) => reported.push(`${e.detail.start} – ${e.detail.end}`));
    const problems: string[] = [];
    const lanes = followLanes(el);
    await scrub(el, 12, (i) => problems.push(...overlaps(lanes.frame(i)).map((o) => `frame ${i}: ${o}`)));
    expect(problems).to.deep.equal([]);
    expect(lanes.followed()).to.be.greaterThan(100);
    expect(lanes.moved).to.deep.equal([]);
    // The first window is shown as it is set (nothing says yet that more will follow); the moving ones are not reported.
    const first = '2024-03-01T00:00:00.000Z – 2024-08-01T00:00:00.000Z';
    expect(reported).to.deep.equal([first]);
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    expect(reported).to.deep.equal([first, `${el.start} – ${el.end}`]);
    expect(el.start, 'the page’s own words stay').to.equal(new Date(Date.UTC(2024, 2, 1) + 11 * 4 * DAY).toISOString());
  });

  it('keeps the titles that end before their points at the plot\'s end there, whole, while the page pans the window frame after frame', async () => {
    // A story whose last items lie near the end of its fitted window, each in a row of its own:
    // at rest their titles are flipped before their points. A moving window is drawn from a
    // stage laid out a window wider, where those titles had room after their points: they
    // jumped by their width and the plot's end cut them until the window rested.
    const groups = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: `Row ${id}` }));
    const events = [
      { id: 'first', title: 'Where the story begins', date: '2024-01-05', group: 'a' },
      { id: 'n1', title: 'A long title near the end of the story', date: '2024-11-18', group: 'a' },
      { id: 'n2', title: 'Another long title, later still', date: '2024-11-22', group: 'b' },
      { id: 'n3', title: 'A third title that needs its room', date: '2024-11-24', group: 'c' },
      { id: 'n4', title: 'The story ends with this title', date: '2024-11-27', group: 'd' },
      { id: 'n5', title: 'Almost the last word on it', date: '2024-11-20', group: 'e' },
    ];
    const el = await mountWith({ groups, events }, { orientation: 'horizontal', width: 1200 });
    const ids = events.slice(1).map((e) => e.id);
    const labelBox = (id: string) => inner(eventById(el, id), 'label').getBoundingClientRect();
    const host = el.getBoundingClientRect();
    const atRest = new Map(ids.map((id) => [id, labelBox(id)]));
    for (const id of ids) expect(atRest.get(id)!.right, `${id} at rest`).to.be.at.most(host.right + 0.5);
    const s0 = Date.parse(el.start!);
    const e0 = Date.parse(el.end!);
    // A hair of a pan a frame: 1/2000 of the window, 0.6 px at 1,200 px.
    const step = (e0 - s0) / 2000;
    const problems: string[] = [];
    await everyFrame(
      10,
      (i) => {
        el.start = new Date(s0 + (i + 1) * step).toISOString();
        el.end = new Date(e0 + (i + 1) * step).toISOString();
      },
      (i) => {
        const panned = ((i + 1) * step * host.width) / (e0 - s0);
        for (const id of ids) {
          const now = labelBox(id);
          const moved = now.left - atRest.get(id)!.left;
          if (now.right > host.right + 0.5 || Math.abs(moved + panned) > 2) problems.push(`frame ${i}: ${id} at ${Math.round(now.left)}-${Math.round(now.right)} (moved ${Math.round(moved)})`);
        }
      },
    );
    expect(problems).to.deep.equal([]);
  });

  it('keeps every event of a crowded window in its lane, its title beside it, from the first frame the page pans it', async () => {
    // A crowded window (the year's: lanes stacked by rank, "+N" chips) drawn at rest, then panned
    // a hair a frame. A moving window is drawn from a stage three windows wide, stacked anew:
    // better ranked events from beside the window took lanes first, and titles the plot's end had
    // flipped before their points came back after them, so a drag's first frame reshuffled lanes.
    const events = crowdedYear();
    const el = await mountWith(events, { orientation: 'horizontal', width: 900 });
    expect(parts(el, 'cluster').length, 'a crowded window').to.be.greaterThan(0);
    const host = el.getBoundingClientRect();
    const label = (e: HTMLElement) => inner(e, 'label').getBoundingClientRect();
    // The events on screen at rest, and where their titles are.
    const atRest = new Map(
      parts(el, 'event')
        .filter((e) => label(e).right > host.left && label(e).left < host.right)
        .map((e) => [e.dataset['id']!, label(e)]),
    );
    expect(atRest.size).to.be.greaterThan(20);
    const s0 = Date.parse(el.start!);
    const e0 = Date.parse(el.end!);
    const step = (e0 - s0) / 2000;
    const problems: string[] = [];
    await everyFrame(
      8,
      (i) => {
        el.start = new Date(s0 + (i + 1) * step).toISOString();
        el.end = new Date(e0 + (i + 1) * step).toISOString();
      },
      (i) => {
        const panned = ((i + 1) * step * host.width) / (e0 - s0);
        for (const [id, was] of atRest) {
          const node = parts(el, 'event').find((e) => e.dataset['id'] === id);
          if (!node) {
            problems.push(`frame ${i}: ${id} no longer drawn`);
            continue;
          }
          const now = label(node);
          if (Math.abs(now.top - was.top) > 0.5 || Math.abs(now.left - was.left + panned) > 2) {
            problems.push(`frame ${i}: ${id} from ${Math.round(was.left)},${Math.round(was.top)} to ${Math.round(now.left)},${Math.round(now.top)}`);
          }
        }
      },
    );
    expect(problems).to.deep.equal([]);
  });

  it('keeps each "+N" chip in its own button while the page pans the window frame after frame', async () => {
    // A chip the pointer is over, or that a screen reader is reading, stays that chip: one that
    // leaves at an edge does not hand every other chip's count and label to its neighbour's button.
    const el = await mountWith(crowdedYear(), { orientation: 'horizontal', width: 900 });
    const chips = () => new Map(parts(el, 'cluster').map((chip) => [chip.getAttribute('aria-label')!, chip]));
    let before = new Map<string, HTMLElement>();
    const swapped: string[] = [];
    let kept = 0;
    let changed = 0;
    await everyFrame(
      16,
      (i) => {
        // Nine months (crowded: a dozen chips), panned right by six days a frame.
        el.start = new Date(Date.UTC(2024, 1, 1) + i * 6 * DAY).toISOString();
        el.end = new Date(Date.UTC(2024, 10, 1) + i * 6 * DAY).toISOString();
      },
      (i) => {
        const now = chips();
        const stayed = [...now.keys()].filter((label) => before.has(label));
        // A frame laid out anew (the first windows, while the motion part loads; a busy machine's
        // rest) may change most chips: their buttons are then reused in order, like the events'.
        if (i > 0 && 2 * stayed.length >= now.size) {
          for (const label of stayed) {
            if (before.get(label) === now.get(label)) kept++;
            else swapped.push(`frame ${i}: ${label}`);
          }
          if (stayed.length < now.size || stayed.length < before.size) changed++;
        }
        before = now;
      },
    );
    expect(swapped).to.deep.equal([]);
    expect(kept, 'chips seen in two frames in a row').to.be.greaterThan(20);
    expect(changed, 'frames in which a chip came or went').to.be.greaterThan(2);
  });

  it('keeps moving the window when each frame of the page takes longer than a few frames', async () => {
    const el = await mountWith(crowdedYear(), { orientation: 'horizontal', width: 900 });
    const lanes = followLanes(el);
    await scrub(el, 8, (i) => {
      // A busy page (or a slow device): 70 ms of other work in every frame.
      const until = performance.now() + 70;
      while (performance.now() < until);
      lanes.frame(i);
    });
    expect(lanes.followed()).to.be.greaterThan(50);
    expect(lanes.moved).to.deep.equal([]);
  });

  it('stacks the lanes exactly once the page stops moving the window, as a timeline opened at that window would', async () => {
    const events = crowdedYear();
    const el = await mountWith(events, { orientation: 'horizontal', width: 900 });
    await scrub(el, 10);
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    await expectLaidOutAsFresh(el, events);
  });

  it('lays out each window the page sets in one frame, or with frames between them, at once', async () => {
    const events = crowdedYear();
    const el = await mountWith(events, { orientation: 'horizontal', width: 900 });
    const fresh = await mountWith(events, { orientation: 'horizontal', width: 900 });
    for (const [start, end] of [
      ['2024-03-01', '2024-08-01'],
      ['2024-04-01', '2024-07-01'],
    ]) {
      // Two windows in one task (the element updates for each), the pair two frames after the
      // pair before: none of them is a motion.
      el.start = '2024-01-01';
      el.end = '2024-12-31';
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      // The whole year was drawn (its axis reaches October), then the window after it.
      expect(el.shadowRoot!.querySelector('[part~="axis"]')!.textContent).to.contain('Oct');
      el.start = fresh.start = start!;
      el.end = fresh.end = end!;
      await Promise.all([el.updateComplete, fresh.updateComplete]);
      expect(el.shadowRoot!.querySelector('[part~="axis"]')!.textContent).not.to.contain('Oct');
      const landed = boxes(el);
      const expected = boxes(fresh);
      expect([...landed.keys()], `${start} – ${end}`).to.deep.equal([...expected.keys()]);
      for (const [id, r] of expected) expect(landed.get(id)!.top, `${id} lane`).to.equal(r.top);
      await nextFrame();
      await nextFrame();
    }
  });

  it('in the vertical layout, lays out each window the page moves frame after frame and reports it once it rests', async () => {
    const el = await mountWith(crowdedYear(), { orientation: 'vertical', width: 390 });
    const reported: string[] = [];
    el.addEventListener('timeline-range-change', (e) => reported.push(e.detail.start));
    const problems: string[] = [];
    await scrub(el, 8, (i) => problems.push(...overlaps(boxes(el)).map((o) => `frame ${i}: ${o}`)));
    expect(problems).to.deep.equal([]);
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    // The first window as it was set, then the last one once it rested.
    expect(reported).to.deep.equal(['2024-03-01T00:00:00.000Z', new Date(Date.UTC(2024, 2, 1) + 7 * 4 * DAY).toISOString()]);
    const fresh = await mountWith(crowdedYear(), { orientation: 'vertical', width: 390 });
    fresh.start = el.start!;
    fresh.end = el.end!;
    await fresh.updateComplete;
    expect([...boxes(el).keys()]).to.deep.equal([...boxes(fresh).keys()]);
  });

  it('in the vertical layout, keeps the cards of a crowded view while the page pans it frame after frame', async () => {
    // Crowded stretches of rail show their best ranked item as a card and count the others into
    // a chip. A pan that moved every stretch with the view's top turned items in the middle of the
    // screen from card to chip and back, frame after frame: a reader scrolling saw them flicker.
    const el = await mountWith(crowdedYear(), { orientation: 'vertical', width: 390 });
    const from = Date.UTC(2024, 1, 1);
    const span = Date.UTC(2024, 10, 1) - from;
    const at = (i: number) => from + i * 6 * DAY;
    const byId = new Map(crowdedYear().map((e) => [e.id, Date.parse(e.date ?? e.start!)]));
    let before = new Set<string>();
    const dropped: string[] = [];
    let kept = 0;
    await everyFrame(
      12,
      (i) => {
        // Nine months, panned down the rail by six days a frame.
        el.start = new Date(at(i)).toISOString();
        el.end = new Date(at(i) + span).toISOString();
      },
      (i) => {
        const cards = new Set(parts(el, 'event').map((e) => e.dataset['id']!));
        expect(parts(el, 'cluster').length, `frame ${i}: a crowded view`).to.be.greaterThan(3);
        if (i > 0) {
          // Cards well inside both windows (a tenth of the span from either end) stay cards.
          const inside = (id: string) => byId.get(id)! > at(i) + span / 10 && byId.get(id)! < at(i - 1) + (span * 9) / 10;
          for (const id of before) {
            if (!inside(id)) continue;
            if (cards.has(id)) kept++;
            else dropped.push(`frame ${i}: ${id}`);
          }
        }
        before = cards;
      },
    );
    expect(dropped).to.deep.equal([]);
    expect(kept, 'cards seen well inside two windows in a row').to.be.greaterThan(50);
  });

  it('tells a frame from the one before when the browser runs it at the same frame time, and reports the window once it rests', async () => {
    // Chromium under load may run the next frame's callbacks with the time of the frame before
    // (seen on CI): the window set then moves on from the one before; it is not a second window
    // of the same frame, to be laid out exactly and reported.
    const el = await mountWith(crowdedYear(), { orientation: 'horizontal', width: 900 });
    const reported: string[] = [];
    el.addEventListener('timeline-range-change', (e) => reported.push(e.detail.start));
    const timeline = document.timeline;
    let frameZero = 0;
    try {
      await everyFrame(
        6,
        (i) => {
          if (i === 0) frameZero = timeline.currentTime as number;
          if (i === 1) Object.defineProperty(timeline, 'currentTime', { configurable: true, get: () => frameZero });
          if (i === 2) delete (timeline as { currentTime?: unknown }).currentTime;
          el.start = new Date(Date.UTC(2024, 2, 1) + i * 4 * DAY).toISOString();
          el.end = new Date(Date.UTC(2024, 7, 1) - i * 4 * DAY).toISOString();
        },
        () => undefined,
      );
    } finally {
      delete (timeline as { currentTime?: unknown }).currentTime;
    }
    expect(reported, 'only the first window, shown as it was asked for').to.deep.equal(['2024-03-01T00:00:00.000Z']);
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    expect(reported).to.deep.equal(['2024-03-01T00:00:00.000Z', new Date(Date.UTC(2024, 2, 1) + 5 * 4 * DAY).toISOString()]);
    await expectLaidOutAsFresh(el, crowdedYear());
  });

  it('keeps every event in its lane while the page calls zoomTo without animation frame after frame, and reports the window once it rests', async () => {
    const el = await mountWith(crowdedYear(), { orientation: 'horizontal', width: 900 });
    const reported: string[] = [];
    el.addEventListener('timeline-range-change', (e) => reported.push(e.detail.start));
    const lanes = followLanes(el);
    await everyFrame(
      10,
      (i) => void el.zoomTo(Date.UTC(2024, 2, 1) + i * 4 * DAY, Date.UTC(2024, 7, 1) - i * 4 * DAY, { animate: false }),
      (i) => lanes.frame(i),
    );
    await el.updateComplete;
    expect(lanes.followed()).to.be.greaterThan(100);
    expect(lanes.moved).to.deep.equal([]);
    expect(reported, 'only the first window, shown as it was asked for').to.have.length(1);
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    expect(reported).to.have.length(2);
    expect(Date.parse(el.start!)).to.equal(Date.UTC(2024, 2, 1) + 9 * 4 * DAY);
    await expectLaidOutAsFresh(el, crowdedYear());
  });

  it('zooms with the wheel right after the page moved the window, from the window it moved to', async () => {
    const el = await mountWith(crowdedYear(), { orientation: 'horizontal', width: 900 });
    await scrub(el, 8);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const moved = el.start;
    // The change the wheel makes (the page's own window is reported first, once it rests).
    const changed = new Promise<void>((resolve) =>
      el.addEventListener('timeline-range-change', (e) => Date.parse(e.detail.start) < Date.parse(moved!) && resolve()),
    );
    plot.dispatchEvent(new WheelEvent('wheel', { deltaY: 400, clientX: box.left + box.width / 2, clientY: box.top + 10, bubbles: true, cancelable: true, view: window }));
    await changed;
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    const span = (e: EventTimeline) => Date.parse(e.end!) - Date.parse(e.start!);
    // Zoomed out around the middle: the window now begins before the one the page set.
    expect(Date.parse(el.start!)).to.be.lessThan(Date.parse(moved!));
    expect(span(el)).to.be.greaterThan(Date.UTC(2024, 7, 1) - Date.UTC(2024, 2, 1) - 14 * 4 * DAY);
  });
});
