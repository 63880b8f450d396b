import type { FrameInput } from '../../src/core/frame.js';
import type { TimelineItem } from '../../src/core/model.js';
import { parseTimeline } from '../../src/core/parse.js';

/** `count` items a minute-precise `stepMs` apart from 1 January 2024, shuffled in the data (a crowded view for the tests of the layout). */
export function shuffledItems(count: number, stepMs: number): readonly TimelineItem[] {
  const events = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    title: `Item ${i}`,
    date: new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % count) * stepMs).toISOString().slice(0, 16) + 'Z',
  }));
  return parseTimeline(events, 'UTC').items;
}

/** Text about 7 px a character wide, as a small font draws Latin letters: for the axis's and the rail's dates. */
export const roughText = { width: (text: string) => text.length * 7 };

/** A horizontal frame of `items` at `view` over 1,200 px, with labels of one line 70 px wide. */
export function horizontalInput(items: readonly TimelineItem[], view: readonly [number, number], keepId: string | null): FrameInput {
  return {
    items,
    groups: [],
    view,
    orientation: 'horizontal',
    width: 1200,
    label: (item) => ({ date: ['Jan 1'], lines: [item.title], width: 70, height: 38 }),
    lineHeight: 19,
    text: roughText,
    gutter: 0,
    fittedSpan: view[1] - view[0],
    locale: 'en-US',
    zone: 'UTC',
    keepId,
    maxLabelWidth: 252,
  };
}
