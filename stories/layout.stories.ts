import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { seedSrc } from './support/data.js';
import { expectEventCount } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import { drawn, renderTimeline, timelineIn, type TimelineArgs } from './support/timeline.js';

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
  decorators: [(story) => html`<div style="width: 360px; max-width: calc(100vw - 2rem); box-sizing: border-box; border: 1px dashed #8c959f">${story()}</div>`],
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
    // Back to November, the window the story is named after, for whoever reads it after the check.
    el.setAttribute('start', '2024-11');
    el.setAttribute('end', '2024-11');
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="event"][data-id="nis-report"]')).toBeNull());
  },
};

const DAY = 86_400_000;
const SLIDE_FROM = Date.UTC(2024, 5, 1);
const SLIDE_SPAN = 42 * DAY;
/** The six weeks the slider shows at `value` (0-100): from June to the end of November 2024. */
function slidWindow(value: number): { start: string; end: string } {
  const from = SLIDE_FROM + (value / 100) * (Date.UTC(2024, 11, 1) - SLIDE_SPAN - SLIDE_FROM);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { start: iso(from), end: iso(from + SLIDE_SPAN) };
}

/**
 * A window the page moves itself: the slider sets `start` and `end` as it is dragged, a frame
 * at a time, and the events slide in their lanes as they do under a gesture; once the slider
 * rests for a frame the lanes are stacked for that window and `timeline-range-change` fires.
 */
export const MovedByThePage: Story = {
  name: 'A window the page moves (a slider)',
  args: { src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', ...slidWindow(0) },
  render: (args) => html`<div>
    ${renderTimeline(args)}
    <label style="display: flex; gap: 0.5em; align-items: center; margin-top: 0.5em; font: 14px system-ui, sans-serif">
      Six weeks from June to November
      <input
        type="range"
        min="0"
        max="100"
        value="0"
        style="flex: auto"
        @input=${(e: Event) => {
          const slider = e.target as HTMLInputElement;
          const el = slider.closest('div')!.querySelector('event-timeline')!;
          Object.assign(el, slidWindow(Number(slider.value)));
        }}
      />
    </label>
  </div>`,
  play: async ({ canvasElement, args }) => {
    const el = timelineIn(canvasElement);
    await drawn(el);
    const slider = canvasElement.querySelector<HTMLInputElement>('input[type="range"]')!;
    // Dragged to the end a step a frame, as a pointer would.
    for (let value = 0; value <= 100; value += 10) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const last = slidWindow(100);
    await waitFor(() => expect(args.onTimelineRangeChange).toHaveBeenLastCalledWith(expect.objectContaining({ detail: last })), { timeout: 5000 });
    await expect(el.start).toBe(last.start);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="event"][data-id="rudenko-warning"]')).not.toBeNull());
  },
};

