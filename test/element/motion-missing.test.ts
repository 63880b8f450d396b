import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mountWith } from './helpers.js';
import { axis, boxes, freshAt, holdMotionPart, many, marks, nextFrame, releaseMotionPart, scrub, windowAt } from './held-motion.js';

/**
 * The stages a moving window is drawn from come with the motion part, asked for by the first
 * window the page sets; meanwhile the picture of that window stays (motion-arriving.test.ts).
 * Here the part cannot be loaded (the server answers 500, test/server/test-api.mjs; this file's
 * page has not loaded it before): the page is told once, and from then on each window is laid
 * out exactly, as it would be without a motion, and reported once it rests.
 */
describe('<event-timeline> moved by the page when its moving view’s code cannot be loaded', () => {
  after(releaseMotionPart);

  it('says so once, then lays out each window it is given, and at rest reports the last', async function () {
    this.timeout(60000);
    await holdMotionPart(150, { status: 500, times: 100 });
    const el = await mountWith(many, { orientation: 'horizontal', width: 900 });
    const errors: string[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e.detail.message));
    const reported: string[] = [];
    el.addEventListener('timeline-range-change', (e) => reported.push(e.detail.start));
    // Until the answer comes back (held 150 ms), the picture of the first window stays (a large
    // story); once it failed, each frame shows the window the page set in it.
    await scrub(el, 4, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^A part of the timeline could not be loaded/);
    const firstMarks: number[] = [];
    await scrub(el, 6, () => {
      firstMarks.push([...marks(el).values()][0]!);
    });
    // Panned on by four days a frame: the marks move left in every frame.
    for (let i = 1; i < firstMarks.length; i++) expect(firstMarks[i], `frame ${i}`).to.not.equal(firstMarks[i - 1]);
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    const last = await freshAt(5, many);
    expect(axis(el)).to.equal(axis(last));
    const resting = boxes(el);
    expect([...resting.keys()]).to.deep.equal([...boxes(last).keys()]);
    for (const [id, r] of boxes(last)) expect(resting.get(id)!.top, `${id} lane`).to.equal(r.top);
    expect(reported.at(-1)).to.equal(windowAt(5)[0]);
    expect(errors, 'said once').to.have.length(1);
  });

  it('draws a wheel gesture frame by frame, each laid out exactly, once it knows the code is missing', async function () {
    this.timeout(60000);
    // The part's file fails at once now: the gesture's first frame asks this element's for it.
    await holdMotionPart(0, { status: 500, times: 100 });
    // A large story, whose picture would stay while the code is on its way.
    const el = await mountWith(many, { orientation: 'horizontal', width: 900 });
    const before = axis(el);
    const { start } = el;
    const chart = el.shadowRoot!.querySelector('[part~="events"]')!.getBoundingClientRect();
    // The pointer comes over the chart first: the gestures' code is loaded (and the part's, which fails).
    el.shadowRoot!.querySelector('[part~="events"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/input/zoom-gestures.')), 'the gestures were not loaded');
    await nextFrame();
    const failed = oneEvent(el, 'timeline-error');
    await executeServerCommand('wheel', { position: [Math.round(chart.left + chart.width / 2), Math.round(chart.top + chart.height / 2)], deltaY: -400 });
    // The gesture's first frame asked this element for the part; once it is known to be missing,
    // within the gesture (it ends 150 ms after the last turn, when start/end are written) the
    // zoomed window is drawn, not the picture from before it.
    await failed;
    await nextFrame();
    await nextFrame();
    const during = axis(el);
    const underWay = el.start === start;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(el.start, 'the gesture moved the window').to.not.equal(start);
    expect(during, underWay ? 'drawn during the gesture' : 'drawn once it ended').to.not.equal(before);
  });
});
