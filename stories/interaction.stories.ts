import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { seedSrc } from './support/data.js';
import { timelineBase } from './support/meta.js';
import { drawn, shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/**
 * Selecting an event opens its details and fires `timeline-select` (see the Actions panel;
 * the Interactions panel replays each step). The events are one tab stop: arrow keys move
 * between them, Enter or Space selects, Escape clears.
 */
const meta = {
  ...timelineBase,
  title: 'Interaction',
  args: { ...timelineBase.args, src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

export const SelectByClick: Story = {
  name: 'Select an event by click',
  play: async ({ canvasElement, args, step }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    const shadow = within(shadowOf(el));
    await step('click the event "Rudenko warns Seoul"', async () => {
      await userEvent.click(await shadow.findByRole('listitem', { name: /Rudenko/ }));
    });
    await step('its details show, and timeline-select fired with its id', async () => {
      const details = await shadow.findByRole('region', { name: 'Event details' });
      await expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(/Rudenko/);
      await expect(within(details).getByText('November 24, 2024')).toBeVisible();
      await expect(args.onTimelineSelect).toHaveBeenCalledWith(expect.objectContaining({ detail: { id: 'rudenko-warning' } }));
      await expect(el.selected).toBe('rudenko-warning');
    });
  },
};

export const SelectByKeyboard: Story = {
  name: 'Select an event by keyboard',
  play: async ({ canvasElement, args, step }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    const shadow = within(shadowOf(el));
    const events = shadow.getAllByRole('listitem');
    await step('focus the first event, move to the next with the right arrow, press Enter', async () => {
      events[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(events[1]));
      await userEvent.keyboard('{Enter}');
    });
    const id = events[1]!.dataset['id'];
    await step('the second event in time order is selected and its details show', async () => {
      const details = await shadow.findByRole('region', { name: 'Event details' });
      // The event's name is its date, its title and its group ("…: North Korea sends troops (North Korea)"): the heading is its title.
      const heading = within(details).getByRole('heading', { level: 2 }).textContent!.trim();
      await expect(heading).not.toBe('');
      await expect(events[1]!.getAttribute('aria-label')).toContain(`: ${heading}`);
      await expect(args.onTimelineSelect).toHaveBeenCalledWith(expect.objectContaining({ detail: { id } }));
    });
    await step('Escape clears the selection and closes the details', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(shadow.queryByRole('region', { name: 'Event details' })).toBeNull());
      await expect(args.onTimelineSelect).toHaveBeenLastCalledWith(expect.objectContaining({ detail: { id: null } }));
    });
  },
};
