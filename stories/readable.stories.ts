import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { seedSrc } from './support/data.js';
import { expectEventCount } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import { arabic, japanese, longTitles, minutesApart, monthsAndWeeks, sixtySixYears } from './support/readable.js';
import { shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/**
 * A story you can read without touching it: every title whole (wrapped within
 * `--timeline-label-width`), every date in a short line over its title, and below 600 px an
 * article layout of cards beside a rail.
 */
const meta = {
  ...timelineBase,
  title: 'Readable layout',
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const phone = (width: number) => (story: () => unknown) => html`<div style=${`width: ${width}px; max-width: calc(100vw - 2rem); box-sizing: border-box; border: 1px dashed #8c959f`}>${story()}</div>`;

/** Every drawn label holds its whole title and shows a date. */
async function expectWholeTitles(canvasElement: HTMLElement, titles: readonly string[]): Promise<void> {
  const root = shadowOf(timelineIn(canvasElement));
  await waitFor(() => expect(root.querySelectorAll('[part~="label"]')).toHaveLength(titles.length));
  const shown = [...root.querySelectorAll('[part~="label"]')].map((l) => l.textContent);
  await expect(shown.sort()).toEqual([...titles].sort());
  for (const date of root.querySelectorAll('[part~="date"]')) await expect(date.textContent?.trim()).not.toBe('');
}

/** The seed story on a 390 px phone, in German: cards down a rail, the empty summer cut short. */
export const SeedOnAPhone: Story = {
  name: 'Seed story on a phone (390 px)',
  args: { src: seedSrc.de, locale: 'de', 'time-zone': 'Europe/Berlin' },
  decorators: [phone(390)],
  parameters: { layout: 'centered' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 9),
};

/** Titles of about 120 characters: wrapped onto as many lines as they need, never cut. */
export const VeryLongTitles: Story = {
  name: 'Very long titles',
  args: { events: longTitles, locale: 'en', 'time-zone': 'Europe/Berlin' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, longTitles.events.map((e) => e.title)),
};

/** The same on a 320 px phone. */
export const VeryLongTitlesOnAPhone: Story = {
  name: 'Very long titles on a phone (320 px)',
  args: { events: longTitles, locale: 'en', 'time-zone': 'Europe/Berlin' },
  decorators: [phone(320)],
  parameters: { layout: 'centered' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, longTitles.events.map((e) => e.title)),
};

/** Items minutes apart in one evening: the date line is the time alone. */
export const MinutesApart: Story = {
  name: 'Minutes apart',
  args: { events: minutesApart, locale: 'en', 'time-zone': 'Europe/Berlin' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, minutesApart.events.map((e) => e.title)),
};

/** Minutes apart on a phone: cards push each other down, leader lines join them to their time. */
export const MinutesApartOnAPhone: Story = {
  name: 'Minutes apart on a phone (390 px)',
  args: { events: minutesApart, locale: 'en', 'time-zone': 'Europe/Berlin' },
  decorators: [phone(390)],
  parameters: { layout: 'centered' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, minutesApart.events.map((e) => e.title)),
};

/** Months, ISO weeks and ranges in two groups, in German. */
export const MonthsWeeksRanges: Story = {
  name: 'Months, weeks and ranges (German)',
  args: { events: monthsAndWeeks, locale: 'de', 'time-zone': 'Europe/Berlin' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, monthsAndWeeks.events.map((e) => e.title)),
};

/** Sixty-six years, from years to days. */
export const SixtySixYears: Story = {
  name: 'A 66-year span',
  args: { events: sixtySixYears, locale: 'en', 'time-zone': 'Europe/Berlin' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, sixtySixYears.events.map((e) => e.title)),
};

/** Right to left on a phone: the rail on the right, the cards to its left. */
export const ArabicOnAPhone: Story = {
  name: 'Arabic on a phone (right to left)',
  args: { events: arabic, locale: 'ar', 'time-zone': 'Europe/Berlin' },
  decorators: [(story) => html`<div dir="rtl" lang="ar" style="width: 390px; max-width: calc(100vw - 2rem)">${story()}</div>`],
  parameters: { layout: 'centered' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, arabic.events.map((e) => e.title)),
};

/** Japanese: lines break between characters. */
export const Japanese: Story = {
  name: 'Japanese',
  args: { events: japanese, locale: 'ja', 'time-zone': 'Asia/Tokyo' },
  play: async ({ canvasElement }) => expectWholeTitles(canvasElement, japanese.events.map((e) => e.title)),
};
