import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { expectEventCount } from './support/expect.js';
import { timelineJsStory, visStory } from './support/imports-data.js';
import { timelineBase } from './support/meta.js';
import { drawn, renderTimeline, shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/**
 * The data people already have, read as it is: TimelineJS JSON, vis-timeline items and
 * spreadsheets saved as CSV, each recognised by its shape. HTML in their texts is shown as text.
 */
const meta = {
  ...timelineBase,
  title: 'Imports',
  args: { ...timelineBase.args, locale: 'en', 'time-zone': 'UTC' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** The format `timeline-load` reported, as its spy saw it. */
async function expectFormat(args: TimelineArgs, format: string): Promise<void> {
  await waitFor(() => expect(args.onTimelineLoad).toHaveBeenCalledWith(expect.objectContaining({ detail: expect.objectContaining({ format }) })));
}

const labels = (canvasElement: HTMLElement) => [...shadowOf(timelineIn(canvasElement)).querySelectorAll('[part~="label"]')].map((l) => l.textContent?.trim());

/** TimelineJS JSON through the `events` property: a year-only date is a year band, headlines are plain text. */
export const TimelineJs: Story = {
  name: 'TimelineJS JSON',
  args: { events: timelineJsStory },
  play: async ({ canvasElement, args }) => {
    await expectEventCount(canvasElement, 5);
    await expectFormat(args, 'timelinejs');
    await expect(labels(canvasElement)).toContain('Kennedy’s Moon speech');
  },
};

/** vis-timeline `{ items, groups }`: Dates and epoch ms are exact instants; the background item (an era) is left out. */
export const VisTimeline: Story = {
  name: 'vis-timeline items',
  args: { events: visStory },
  play: async ({ canvasElement, args }) => {
    await expectEventCount(canvasElement, 5);
    await expectFormat(args, 'vis');
  },
};

/** A TimelineJS Google Sheet saved as CSV (stories/fixtures/timelinejs-sheet.csv): the title row names the timeline. */
export const TimelineJsSheet: Story = {
  name: 'TimelineJS sheet (CSV)',
  args: { src: 'fixtures/timelinejs-sheet.csv' },
  play: async ({ canvasElement, args }) => {
    await expectEventCount(canvasElement, 5);
    await expectFormat(args, 'csv');
  },
};

/** A plain spreadsheet with a header row id, title, date, start, end, group, place, description (stories/fixtures/plain-table.csv). */
export const PlainTable: Story = {
  name: 'Plain table (CSV)',
  args: { src: 'fixtures/plain-table.csv' },
  play: async ({ canvasElement, args }) => {
    await expectEventCount(canvasElement, 4);
    await expectFormat(args, 'csv');
  },
};

/** Converted once and kept: `JSON.stringify(timeline)` (its `toJSON()`) writes TimelineJS data as an event-timeline document. */
export const ConvertedWithToJson: Story = {
  name: 'Converted with toJSON()',
  args: { events: timelineJsStory },
  render: (args) => {
    const show = (e: Event) => {
      args.onTimelineLoad?.(e);
      const el = e.currentTarget as HTMLElement;
      const out = el.parentElement?.querySelector('output');
      if (out) out.textContent = JSON.stringify(el, null, 2);
    };
    return html`<div style="display: grid; gap: 1rem">
      ${renderTimeline({ ...args, onTimelineLoad: show })}
      <!-- It scrolls, so it takes keyboard focus too. -->
      <output
        tabindex="0"
        aria-label="The document toJSON() returns"
        style="display: block; white-space: pre; font: 12px/1.4 ui-monospace, monospace; max-height: 24rem; overflow: auto"
      ></output>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await drawn(timelineIn(canvasElement));
    const output = canvasElement.querySelector('output')!;
    await waitFor(() => expect(output.textContent).toContain('"date": "1961-04-12T09:07"'));
  },
};
