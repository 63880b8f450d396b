import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { seedSrc } from './support/data.js';
import { expectEventCount } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import type { TimelineArgs } from './support/timeline.js';

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
