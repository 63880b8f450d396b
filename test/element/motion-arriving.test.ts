import { expect } from '@open-wc/testing';
import { mountWith } from './helpers.js';
import { axis, boxes, events, freshAt, holdMotionPart, marks, nextFrame, releaseMotionPart, scrub, windowAt } from './held-motion.js';

/**
 * The stages a moving window is drawn from come with the motion part, asked for by the first
 * window the page sets. A page that goes on setting a window every frame before the part arrives
 * (a scrubber dragged at once, on a slow network) sees the picture of its first window until the
 * part is here, then its latest window, moving, and at rest the exact layout: not a window laid
 * out anew in every frame, each taking longer than the frame has. The server holds the part back
 * (test/server/test-api.mjs); this file's page has not loaded it before.
 */
describe('<event-timeline> moved by the page before its moving view’s code arrived', () => {
  after(releaseMotionPart);

  it('keeps the picture of the first window until the code is here, then draws the latest window, and at rest lays it out as a timeline opened there', async () => {
    await holdMotionPart(600);
    const el = await mountWith(events, { orientation: 'horizontal', width: 900 });
    const reported: string[] = [];
    el.addEventListener('timeline-range-change', (e) => reported.push(e.detail.start));
    const seen: { axis: string; boxes: Map<string, DOMRect> }[] = [];
    await scrub(el, 6, () => seen.push({ axis: axis(el), boxes: boxes(el) }));
    // (Opened after the scrub: its window asks for the part too, and waits for it.)
    const first = await freshAt(0);
    // The first window, laid out at once (nothing said yet that more would follow), and kept
    // while the part is held back: the same axis, the same events in the same places.
    expect(seen[0]!.axis).to.equal(axis(first));
    expect([...seen[0]!.boxes.keys()]).to.deep.equal([...boxes(first).keys()]);
    for (const [i, frame] of seen.entries()) {
      expect(frame.axis, `frame ${i}`).to.equal(seen[0]!.axis);
      for (const [id, r] of seen[0]!.boxes) expect(frame.boxes.get(id)?.left, `frame ${i}: ${id}`).to.equal(r.left);
    }
    // The part arrives: the latest window is drawn, its events at the instants where a timeline opened there has them.
    await el.updateComplete;
    const last = await freshAt(5);
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
