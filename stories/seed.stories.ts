import type { StoryObj } from '@storybook/web-components-vite';
import { seedSrc } from './support/data.js';
import { expectEventCount } from './support/expect.js';
import type { Meta } from '@storybook/web-components-vite';
import { timelineBase } from './support/meta.js';
import type { TimelineArgs } from './support/timeline.js';

/**
 * The seed story: North Korean troops in Russia and Moscow's warning to Seoul, loaded by `src`
 * from the JSON the package ships in demo/data, with Rudenko's warning selected. Its docs page lists the element's whole API,
 * generated from custom-elements.json.
 */
const meta = {
  ...timelineBase,
  title: 'Seed story',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A timeline of dated events on a real time axis. Every attribute, property, event, CSS custom property, part and slot below comes from `custom-elements.json`, generated from the JSDoc of `src/event-timeline.ts` by `npm run analyze`.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

export const German: Story = {
  args: { src: seedSrc.de, locale: 'de', 'time-zone': 'Europe/Berlin', selected: 'rudenko-warning' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 9),
};

export const English: Story = {
  args: { src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', selected: 'rudenko-warning' },
  play: async ({ canvasElement }) => expectEventCount(canvasElement, 9),
};
