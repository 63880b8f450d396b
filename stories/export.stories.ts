import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { EventTimeline } from '../src/index.js';
import { seedSrc } from './support/data.js';
import { timelineBase } from './support/meta.js';
import { drawn, renderTimeline, shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/**
 * `toSVG()` beside the live chart: the picture is redrawn whenever the chart loads, moves or
 * changes its selection, and shown in an `<img>` (a standalone file: its colours, font and
 * text written out). With `exportable`, the buttons SVG and PNG in the controls download it.
 */
const meta = {
  ...timelineBase,
  title: 'Export',
  args: { ...timelineBase.args, src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', orientation: 'horizontal', exportable: true, selected: 'rudenko-warning' },
  render: (args) => {
    const redraw = (e: Event) => {
      const el = e.target as EventTimeline;
      const img = (e.currentTarget as HTMLElement).querySelector('img')!;
      void el.updateComplete.then(() => (img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(el.toSVG())}`));
    };
    return html`<div style="display: grid; gap: 16px" @timeline-load=${redraw} @timeline-range-change=${redraw} @timeline-select=${redraw}>
      ${renderTimeline(args)}
      <figure style="margin: 0">
        <img alt="The timeline above as the picture toSVG() writes" style="display: block; max-width: 100%; outline: 1px dashed #8c959f" />
        <figcaption style="font: 12px system-ui, sans-serif; color: #57606a">toSVG() of the chart above, in an &lt;img&gt;</figcaption>
      </figure>
    </div>`;
  },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const play: Story['play'] = async ({ canvasElement, step }) => {
  const el = timelineIn(canvasElement);
  await drawn(el);
  const img = canvasElement.querySelector('img')!;
  await step('the picture loads at the size of the element', async () => {
    await waitFor(() => expect(img.naturalWidth).toBe(Math.round(el.getBoundingClientRect().width)), { timeout: 5000 });
  });
  await step('the controls offer the SVG and PNG downloads', async () => {
    const shadow = within(shadowOf(el));
    await expect(shadow.getByRole('button', { name: 'Download as SVG' })).toBeVisible();
    await expect(shadow.getByRole('button', { name: 'Download as PNG' })).toBeVisible();
  });
};

// Light whatever the reader's system prefers (without `theme` it follows that, dark under a dark one).
export const Light: Story = { args: { theme: 'light' }, play };
export const Dark: Story = { args: { theme: 'dark' }, play };
export const Vertical: Story = { name: 'Vertical, dark', args: { theme: 'dark', orientation: 'vertical' }, play };
