import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { aroundMidnight, arabic, seedSrc } from './support/data.js';
import { expectEventCount } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import { renderTimeline, type TimelineArgs } from './support/timeline.js';

/**
 * `locale` sets the language of dates, axis labels and the element's own words; `time-zone`
 * the zone that times are shown in. The same instant can fall on different days.
 */
const meta = {
  ...timelineBase,
  title: 'Locales and time zones',
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

export const German: Story = {
  args: { src: seedSrc.de, locale: 'de', 'time-zone': 'Europe/Berlin', selected: 'nk-deployment' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 9),
};

export const English: Story = {
  args: { src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', selected: 'nk-deployment' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 9),
};

/** Right to left: Arabic texts and dates inside a `dir="rtl" lang="ar"` page. */
export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { events: arabic, locale: 'ar', 'time-zone': 'Asia/Dubai', selected: 'ar3' },
  render: (args) => html`<div dir="rtl" lang="ar">${renderTimeline(args)}</div>`,
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 5),
};

/** Launch at 23:59 UTC on New Year's Eve: already 1 January in Tokyo. Change `time-zone` to see it move. */
export const TokyoTime: Story = {
  name: 'Time zone: Tokyo',
  args: { events: aroundMidnight, locale: 'en', 'time-zone': 'Asia/Tokyo', selected: 'z2' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 4),
};

/** The same instants, still 31 December in New York. */
export const NewYorkTime: Story = {
  name: 'Time zone: New York',
  args: { events: aroundMidnight, locale: 'en', 'time-zone': 'America/New_York', selected: 'z2' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 4),
};

/** A zone with a 45-minute offset (UTC+13:45 in summer). */
export const ChathamTime: Story = {
  name: 'Time zone: Chatham Islands',
  args: { events: aroundMidnight, locale: 'en', 'time-zone': 'Pacific/Chatham', selected: 'z2' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 4),
};
