import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seedSrc } from './support/data.js';
import { expectEventCount } from './support/expect.js';
import { timelineBase } from './support/meta.js';
import { themeCss, themed, themes, type Theme } from './support/themes.js';
import { renderTimeline, type TimelineArgs } from './support/timeline.js';

/**
 * Themes set nothing but the element's public CSS custom properties (`--timeline-*`), on an
 * ancestor. Each story shows the CSS it used below the timeline and in its description.
 */
const meta = {
  ...timelineBase,
  title: 'Theming',
  args: { ...timelineBase.args, src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', selected: 'rudenko-warning' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

function themeStory(theme: Theme): Story {
  return {
    render: (args) => themed(theme, renderTimeline(args)),
    parameters: { docs: { description: { story: '```css\n' + themeCss(theme, '.my-page event-timeline') + '\n```' } } },
    play: async ({ canvasElement }) => expectEventCount(canvasElement, 9),
  };
}

export const Default: Story = themeStory(themes.default);
export const Dark: Story = themeStory(themes.dark);
export const HighContrast: Story = { name: 'High contrast', ...themeStory(themes.highContrast) };
export const Brand: Story = { name: 'Custom brand', ...themeStory(themes.brand) };
