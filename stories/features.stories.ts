import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { seedSrc } from './support/data.js';
import { timelineBase } from './support/meta.js';
import { drawn, shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/**
 * What other timelines lack: a legend and a search that filter the story, a link to an event
 * in the page's address, and a story that grows while one reads it.
 */
const meta = {
  ...timelineBase,
  title: 'Story features',
  args: { ...timelineBase.args, src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', orientation: 'horizontal' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

export const FilterAndSearch: Story = {
  name: 'Filter by group and search',
  args: { searchable: true },
  play: async ({ canvasElement, args, step }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    const shadow = within(shadowOf(el));
    await step('switch off the group "Russia" in the legend', async () => {
      await userEvent.click(shadow.getByRole('button', { name: 'Russia' }));
      await expect(shadow.getByRole('button', { name: 'Russia' })).toHaveAttribute('aria-pressed', 'false');
      await expect(args.onTimelineFilterChange).toHaveBeenCalled();
    });
    await step('search "seoul": only matching events stay', async () => {
      await userEvent.type(shadow.getByRole('searchbox', { name: 'Search events' }), 'seoul');
      await waitFor(() => expect(shadow.getAllByRole('listitem').length).toBeGreaterThan(0));
      for (const item of shadow.getAllByRole('listitem')) await expect(item.getAttribute('aria-label')).not.toBe(null);
    });
  },
};

export const LinkToAnEvent: Story = {
  name: 'A link to an event (hash-key)',
  args: { 'hash-key': 'tl' },
  play: async ({ canvasElement, step }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    const shadow = within(shadowOf(el));
    await step('select an event: the address names it, and the details offer "Copy link"', async () => {
      await userEvent.click(shadow.getAllByRole('listitem')[0]!);
      await waitFor(() => expect(window.location.hash).toMatch(/tl=/));
      // The details panel comes on demand with the first selection.
      await waitFor(() => expect(shadow.getByRole('button', { name: 'Copy link' })).toBeVisible());
    });
  },
};

export const GrowingStory: Story = {
  name: 'A story that grows (addEvents, follow)',
  args: { follow: true },
  play: async ({ canvasElement, step }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    const before = el.shadowRoot!.querySelectorAll('[part~="event"]').length;
    await step('two events arrive after the last one: the window follows, they are marked new', async () => {
      el.addEvents([
        { id: 'update-1', title: 'Update: talks announced', date: '2025-03-01' },
        { id: 'update-2', title: 'Update: talks begin', date: '2025-03-20' },
      ]);
      await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part~="event"][data-new]').length).toBe(2));
      await expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).toBeGreaterThan(before - 1);
    });
  },
};

// Served from stories/fixtures at /fixtures (see .storybook/main.ts); an address, not an inlined data: URI.
const picture = new URL('fixtures/station.svg', document.baseURI).href;

export const MediaWithCredits: Story = {
  name: 'Media with credits',
  args: {
    src: undefined,
    events: {
      title: 'A picture in the details',
      events: [
        {
          id: 'train',
          title: 'Troops leave by train',
          date: '2024-10-08',
          media: { url: picture, alt: 'A blue train at a grey station', caption: 'A drawing made for this story', credit: 'event-timeline authors' },
        },
        { id: 'later', title: 'Troops arrive', date: '2024-10-23' },
      ],
    },
  },
  play: async ({ canvasElement, step }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    const shadow = within(shadowOf(el));
    await step('no picture until the event is selected; then it shows with its alt text and credit', async () => {
      await expect(el.shadowRoot!.querySelector('[part~="media"]')).toBeNull();
      await userEvent.click(shadow.getByRole('listitem', { name: /Troops leave/ }));
      await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="media"]')).not.toBeNull());
      const img = el.shadowRoot!.querySelector<HTMLImageElement>('[part~="media"]')!;
      await expect(img.alt).toBe('A blue train at a grey station');
      await expect(img).toBeVisible();
      await expect(shadow.getByText(/event-timeline authors/)).toBeVisible();
    });
  },
};

export const ErasAndReferences: Story = {
  name: 'Eras and reference lines',
  args: {
    src: undefined,
    now: true,
    events: {
      title: 'Periods behind the story',
      eras: [
        { title: 'Kursk incursion', start: '2024-08-06', end: '2025-03' },
        { title: 'Deployment talks', start: '2024-06', end: '2024-10' },
      ],
      references: [{ date: '2024-11-05', title: 'US election' }],
      events: [
        { id: 'pact', title: 'Mutual defence pact signed', date: '2024-06-19' },
        { id: 'troops', title: 'Troops reported in Russia', date: '2024-10' },
        { id: 'kursk', title: 'Units seen near Kursk', date: '2024-11-04' },
      ],
    },
  },
  play: async ({ canvasElement, step }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    await step('the eras and the line are drawn, their titles listed as periods and dates', async () => {
      await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part~="era"]').length).toBe(2));
      const list = within(shadowOf(el)).getByRole('list', { name: 'Periods and dates' });
      await expect(list).toHaveTextContent('Kursk incursion');
      await expect(el.shadowRoot!.querySelector('[part~="reference"][data-title="US election"]')).not.toBeNull();
    });
  },
};

export const UncertainAndOpenDates: Story = {
  name: 'Approximate, uncertain and open dates',
  args: {
    src: undefined,
    events: {
      title: 'What is not known exactly',
      events: [
        { id: 'circa', title: 'Founded', date: '1520~' },
        { id: 'unsure', title: 'Moved to the coast', date: '1570?' },
        { id: 'decade', title: 'Trade grows', date: '158X' },
        { id: 'ongoing', title: 'Harbour in use', start: '1590', end: '..' },
        { id: 'exact', title: 'Charter granted', date: '1601-03-12' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="marker"][data-certainty="approximate"]')).not.toBeNull());
    await expect(within(shadowOf(el)).getByRole('listitem', { name: /approximately 1520/ })).toBeTruthy();
    await expect(el.shadowRoot!.querySelector('[part~="marker"][data-open="end"]')).not.toBeNull();
  },
};
