import { fn } from 'storybook/test';
import type { Meta } from '@storybook/web-components-vite';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './timeline.js';

/**
 * What every stories file shares (spread into its default export, which must be an object
 * literal with its own `title` for Storybook's indexer): the component (so the manifest fills
 * in the docs and controls), the render function, and spies on the three DOM events, which the
 * actions panel lists as they fire and play functions can assert on.
 */
export const timelineBase = {
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: {
    onTimelineLoad: fn().mockName('timeline-load'),
    onTimelineSelect: fn().mockName('timeline-select'),
    onTimelineError: fn().mockName('timeline-error'),
    onTimelineRangeChange: fn().mockName('timeline-range-change'),
    onTimelineFilterChange: fn().mockName('timeline-filter-change'),
  },
} satisfies Meta<TimelineArgs>;

/**
 * Console errors a story expects, by substring. The CI run of the stories
 * (scripts/test-stories.mjs) fails on any other console error.
 */
export function expectConsoleErrors(...substrings: string[]) {
  return { consoleErrors: substrings };
}
