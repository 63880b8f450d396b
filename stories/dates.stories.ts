import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { allPrecisions, days, hours, months, ranges, times, weeks, years } from './support/data.js';
import { expect, waitFor } from 'storybook/test';
import { drawn, shadowOf, timelineIn } from './support/timeline.js';
import { expectEventCount } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import type { TimelineArgs } from './support/timeline.js';

/**
 * Each date is drawn at the precision it is known to: a year, month or ISO week as a band
 * over that period, a day or a time as a point, a range as a band from its start to its
 * (inclusive) end. Select an event to see its date written at that precision.
 */
const meta = {
  ...timelineBase,
  title: 'Dates and precision',
  args: { ...timelineBase.args, locale: 'en', 'time-zone': 'UTC' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

export const Year: Story = {
  args: { events: years, selected: 'y2021' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 3),
};

export const Month: Story = {
  args: { events: months, selected: 'm2' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 3),
};

export const IsoWeek: Story = {
  name: 'ISO week',
  args: { events: weeks, selected: 'w2' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 3),
};

export const Day: Story = {
  args: { events: days, selected: 'd2' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 3),
};

/** Times without an offset are read in the document's zone (Europe/Berlin); all are shown in the `time-zone` attribute's zone, with its name. */
export const TimeWithZone: Story = {
  name: 'Time with zone',
  args: { events: times, 'time-zone': 'Europe/Berlin', selected: 't3' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 4),
};

/** Two times of one day write that day once, in the details panel and in each event's name; a range into the next day writes both days. */
export const HoursOfOneDay: Story = {
  name: 'Hours of one day',
  args: { events: hours, 'time-zone': 'Europe/Berlin', selected: 'h2' },
  play: async ({ canvasElement }) => {
    await expectEventCount(canvasElement, 4);
    const root = shadowOf(timelineIn(canvasElement));
    await drawn(timelineIn(canvasElement));
    await waitFor(() => expect(root.querySelector('[part~="details-date"]')?.textContent).toBeTruthy());
    const when = root.querySelector('[part~="details-date"]')!.textContent!;
    await expect(when.split('November 18, 2024')).toHaveLength(2);
    await expect(when).toMatch(/1:00/);
    await expect(when).toMatch(/6:45/);
    const night = root.querySelector('[data-id="h4"]')!.getAttribute('aria-label')!;
    await expect(night).toContain('November 18, 2024');
    await expect(night).toContain('November 19, 2024');
  },
};

export const Ranges: Story = {
  args: { events: ranges, 'time-zone': 'Europe/Berlin', selected: 'r2' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 5),
};

export const AllPrecisions: Story = {
  name: 'All precisions together',
  args: { events: allPrecisions },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 6),
};
