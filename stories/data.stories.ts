import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, within } from 'storybook/test';
import { denseEvents, empty, groups, longAndNonLatin, oneEvent } from './support/data.js';
import { expectEventCount, expectShownOrCounted } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import { drawn, shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/** What the timeline does with data of different shapes and sizes. */
const meta = {
  ...timelineBase,
  title: 'Data shapes',
  args: { ...timelineBase.args, locale: 'en', 'time-zone': 'UTC' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * Each actor gets a labelled row, in the order of `groups`; an event naming an unlisted group gets
 * a row of its own. On a phone (time down the page) groups keep their colours, named by the legend.
 */
export const GroupsByActor: Story = {
  name: 'Groups by actor',
  args: { events: groups },
  play: async ({ canvasElement }) => {
    await expectEventCount(canvasElement, 7);
    const root = shadowOf(timelineIn(canvasElement));
    const vertical = root.querySelector('.chart.vertical') !== null;
    const names = [...root.querySelectorAll(vertical ? '[part~="legend-item"]' : '[part~="group-label"]')].map((l) => l.textContent?.trim());
    await expect(names).toEqual(['City council', 'Transport union', 'Press', 'mediator']);
  },
};

/** Long labels wrap onto as many lines as they need, whole; Arabic, Chinese and Cyrillic titles render as written. */
export const LongAndNonLatinTitles: Story = {
  name: 'Long and non-Latin titles',
  args: { events: longAndNonLatin, selected: 'long' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 5),
};

export const OneEvent: Story = {
  name: 'One event',
  args: { events: oneEvent },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 1),
};

export const EmptyList: Story = {
  name: 'Empty list',
  args: { events: empty },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    await expect(within(shadowOf(el)).getByText('No events to show.')).toBeVisible();
  },
};

/**
 * 300 reports in three weeks, generated from a fixed seed (the same on every load), in four
 * regions. A crowded view keeps to 16 lanes; the rest are counted in "+N" chips that zoom in.
 */
export const Dense: Story = {
  name: 'Dense: 300 events in 3 weeks',
  args: { events: denseEvents(300, 21) },
  play: async ({ canvasElement }) => expectShownOrCounted(canvasElement, 300),
};
