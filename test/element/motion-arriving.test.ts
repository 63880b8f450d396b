import { expect } from '@open-wc/testing';
import { everyFrame, mountWith } from './helpers.js';
import { axis, boxes, events, freshAt, holdMotionPart, many, marks, nextFrame, releaseMotionPart, windowAt } from './held-motion.js';

/**
 * The stages a moving window is drawn from come with the motion part, asked for by the first
 * window the page sets. A page that goes on setting a window every frame before the part arrives
 * (a scrubber dragged at once, on a slow network) sees a large story's picture of its first
 * window until the part is here, then its latest window, moving, and at rest the exact layout:
 * not a window laid out anew in every frame, each taking longer than the frame has. A small
 * story, laid out in a few milliseconds, is laid out each frame meanwhile: its motion goes on.
 * The server holds the part back (test/server/test-api.mjs); this file's page has not loaded it.
 */
describe('<event-timeline> moved by the page before its moving view’s code arrived', () => {
  after(releaseMotionPart);

  it('keeps a large story’s first window until the code is here and lays a small one out each frame meanwhile, then draws the latest window and at rest lays it out as a timeline opened there', async function () {
    this.timeout(60000);
    await holdMotionPart(800);
    const el = await mountWith(many, { orientation: 'horizontal', width: 900 });
    const small = await mountWith(events, { orientation: 'horizontal', width: 900 });
    const reported: string[] = [];
    el.addEventListener('timeline-range-change', (e) => reported.push(e.detail.start));
    const seen: { axis: string; marks: Map<string, number>; small: Map<string, number> }[] = [];
    await everyFrame(
      6,
      (i) => {
        [el.start, el.end] = windowAt(i);
        [small.start, small.end] = windowAt(i);
      },
      () => seen.push({ axis: axis(el), marks: marks(el), small: marks(small) }),
    );
    // (Opened after the scrub: their windows ask for the part too, and wait for it.)
    const first = await freshAt(0, many);
    // The first window, laid out at once (nothing said yet that more would follow), and kept
    // while the part is held back: the same axis, the same events at the same places.
    expect(seen[0]!.axis).to.equal(axis(first));
    expect([...seen[0]!.marks.keys()]).to.deep.equal([...marks(first).keys()]);
    for (const [i, frame] of seen.entries()) {
      expect(frame.axis, `frame ${i}`).to.equal(seen[0]!.axis);
      for (const [id, x] of seen[0]!.marks) expect(frame.marks.get(id), `frame ${i}: ${id}`).to.equal(x);
    }
    // The small story moved on in every frame: its events four days further left each time.
    for (let i = 1; i < seen.length; i++) {
      const moved = [...seen[i]!.small].filter(([id, x]) => seen[i - 1]!.small.has(id) && seen[i - 1]!.small.get(id)! - x > 10);
      expect(moved.length, `frame ${i}`).to.be.greaterThan(10);
    }
    // The part arrives: the latest window is drawn, its events at the instants where a timeline opened there has them.
    await el.updateComplete;
    const last = await freshAt(5, many);
    expect(axis(el)).to.equal(axis(last));
    const moving = marks(el);
    let placed = 0;
    for (const [id, x] of marks(last)) {
      const got = moving.get(id);
      if (got === undefined) continue;
      placed++;
      expect(Math.abs(got - x), `${id} mark`).to.be.lessThan(1);
    }
    expect(placed).to.be.greaterThan(10);
    // At rest (a whole frame without a window): laid out exactly, and reported once.
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    const resting = boxes(el);
    expect([...resting.keys()]).to.deep.equal([...boxes(last).keys()]);
    for (const [id, r] of boxes(last)) expect(resting.get(id)!.top, `${id} lane`).to.equal(r.top);
    expect(reported).to.deep.equal([windowAt(0)[0], windowAt(5)[0]]);
  });
});
