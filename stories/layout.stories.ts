import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { seedSrc } from './support/data.js';
import { expectEventCount } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import { drawn, timelineIn, type TimelineArgs } from './support/timeline.js';

/** The timeline fills its container's width and lays itself out again when that changes. */
const meta = {
  ...timelineBase,
  title: 'Layout',
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** A 360 px container, the width of a small phone. */
export const PhoneWidth: Story = {
  name: 'Phone width (360 px)',
  args: { src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', selected: 'rudenko-warning' },
  decorators: [(story) => html`<div style="width: 360px; max-width: 100%; border: 1px dashed #8c959f">${story()}</div>`],
  parameters: { layout: 'centered' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 9),
};

/** Time runs top to bottom whatever the width: `orientation="vertical"` (automatic below 600 px). */
export const Vertical: Story = {
  name: 'Vertical',
  args: { src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', orientation: 'vertical' },
  play: async ({ canvasElement }) => {
    await expectEventCount(canvasElement, 9);
    const el = timelineIn(canvasElement);
    const top = (id: string) => el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`)!.getBoundingClientRect().top;
    await expect(top('putin-warning')).toBeLessThan(top('rudenko-warning'));
  },
};

/**
 * A window set with the `start` and `end` attributes: November 2024 only. Zoom with the wheel,
 * drag to pan, or use the buttons and the keys `+`, `-`, `0`; the attributes follow.
 */
export const ZoomedToNovember: Story = {
  name: 'Zoomed to a window (start, end)',
  args: { src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', start: '2024-11', end: '2024-11' },
  play: async ({ canvasElement, args }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="event"][data-id="singh-briefing"]')).not.toBeNull());
    await expect(el.shadowRoot!.querySelector('[part~="event"][data-id="nis-report"]')).toBeNull();
    await userEvent.click(el.shadowRoot!.querySelector<HTMLElement>('[part~="zoom-out"]')!);
    await waitFor(() => expect(args.onTimelineRangeChange).toHaveBeenCalled(), { timeout: 5000 });
  },
};
