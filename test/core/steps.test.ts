import { expect } from '@open-wc/testing';
import { computeFrame, frameSteps, type Frame, type FrameInput } from '../../src/core/frame.js';
import { allSteps } from '../../src/core/steps.js';
import { verticalFrame } from '../../src/core/vertical-frame.js';
import { horizontalInput, shuffledItems } from './frame-input.js';

/** 3,000 items over a year at 1,200 px: a crowded first picture, with chips. */
function crowdedInput(): FrameInput {
  const items = shuffledItems(3000, 10_500_000);
  return horizontalInput(items, [items[0]!.start, items[items.length - 1]!.end], 'e0');
}

/** The frame frameSteps lays out, and in how many steps. */
function stepByStep(input: FrameInput): { frame: Frame; taken: number } {
  const steps = frameSteps(input);
  let taken = 1;
  for (let step = steps.next(); ; step = steps.next(), taken++) if (step.done) return { frame: step.value, taken };
}

describe('frameSteps: a first picture of many items laid out in steps, a task each', () => {
  it('lays a horizontal frame out in three steps (which items are measured, their lanes, the chips), the frame computeFrame lays out', () => {
    const input = crowdedInput();
    const { frame, taken } = stepByStep(input);
    const whole = computeFrame(input);
    expect(taken).to.equal(3);
    expect(frame.clusters.length).to.be.greaterThan(0);
    const drawn = (f: typeof whole) => f.visible.map((p) => [p.item.id, p.alongStart, p.across, p.labelAlong]);
    expect(drawn(frame)).to.deep.equal(drawn(whole));
    expect(frame.clusters).to.deep.equal(whole.clusters);
    expect(frame.ticks).to.deep.equal(whole.ticks);
  });

  it('lays a vertical frame out in three steps (the rail, the cards, the ticks), the frame computeFrame lays out', () => {
    const input: FrameInput = { ...crowdedInput(), orientation: 'vertical', width: 360, gutter: 64, article: { verticalFrame } };
    const { frame, taken } = stepByStep(input);
    const whole = computeFrame(input);
    expect(taken).to.equal(3);
    expect(frame.clusters.length).to.be.greaterThan(0);
    expect(frame.visible.map((p) => [p.item.id, p.labelAlong])).to.deep.equal(whole.visible.map((p) => [p.item.id, p.labelAlong]));
    expect(frame.clusters).to.deep.equal(whole.clusters);
    expect(frame.ticks).to.deep.equal(whole.ticks);
  });

  it('allSteps runs them all at once', () => {
    const input = crowdedInput();
    expect(allSteps(frameSteps(input)).visible.length).to.equal(computeFrame(input).visible.length);
  });
});
