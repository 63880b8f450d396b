import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { mountWith, parts, rectsOverlap } from './helpers.js';
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

  it('stacks the lanes at rest exactly as a timeline opened at that window would', async () => {
    const events = crowdedYear();
    const el = await mountWith(events, { orientation: 'horizontal', width: 900 });
    await el.zoomTo('2024-06-01T00:00Z', '2024-07-15T00:00Z');
    await el.updateComplete;
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
});
