import { expect } from '@open-wc/testing';
import { computeFrame, frameSteps, type Frame, type FrameInput } from '../../src/core/frame.js';
import { parseTimeline } from '../../src/core/parse.js';
import { allSteps } from '../../src/core/steps.js';
import { verticalFrame } from '../../src/core/vertical-frame.js';

/** 3,000 items over a year at 1,200 px: a crowded first picture, with chips. */
function crowdedInput(): FrameInput {
  const events = Array.from({ length: 3000 }, (_, i) => ({
    id: `e${i}`,
    title: `Item ${i}`,
    date: new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 3000) * 10_500_000).toISOString().slice(0, 16) + 'Z',
  }));
  const model = parseTimeline(events, 'UTC');
  const view = [model.items[0]!.start, model.items[model.items.length - 1]!.end] as const;
  return {
    items: model.items,
    groups: [],
    view,
    orientation: 'horizontal',
    width: 1200,
    label: (item) => ({ date: 'Jan 1', lines: [item.title], width: 70, height: 38 }),
    lineHeight: 19,
    gutter: 0,
    fittedSpan: view[1] - view[0],
    locale: 'en-US',
    zone: 'UTC',
    keepId: 'e0',
    maxLabelWidth: 252,
  };
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
