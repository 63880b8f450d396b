import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, within } from 'storybook/test';
import { seedSrc, someBad } from './support/data.js';
import { expectAlert, expectEventCount } from './support/expect.js';
import { expectConsoleErrors, timelineBase } from './support/meta.js';
import { shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/** Loading, and the ways data goes wrong: nothing throws, a readable message says what happened. */
const meta = {
  ...timelineBase,
  title: 'States',
  args: { ...timelineBase.args, locale: 'en', 'time-zone': 'UTC' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * A slow `src`: the seed story's JSON with `?delay=600000`. The servers of this repo
 * (`npm run storybook`, and `npm run serve-storybook` for the static build) answer it ten
 * minutes late (.storybook/slow-src.mjs), so the loading message stays. Nothing in the page is
 * faked. A plain static host ignores the query, and the data then appears at once.
 */
export const Loading: Story = {
  args: { src: `${seedSrc.en}?delay=600000` },
  play: async ({ canvasElement }) => {
    const status = await within(shadowOf(timelineIn(canvasElement))).findByRole('status');
    await expect(status).toHaveTextContent('Loading events…');
  },
};

/** `src` answers with text that is not JSON (stories/fixtures/invalid.json). */
export const InvalidJson: Story = {
  name: 'Invalid JSON',
  args: { src: 'fixtures/invalid.json' },
  play: async ({ canvasElement, args }) => {
    await expectAlert(canvasElement, /JSON/);
    await expect(args.onTimelineError).toHaveBeenCalled();
  },
};

/**
 * `src` names an address nothing answers: port 9 on this machine, which browsers also refuse
 * to contact at all, so the story behaves the same everywhere. The browser logs the failed
 * request in the console; that one error is expected.
 */
export const UnreachableSrc: Story = {
  name: 'Unreachable src',
  args: { src: 'http://localhost:9/events.json' },
  parameters: expectConsoleErrors('localhost:9/events.json'),
  play: async ({ canvasElement, args }) => {
    await expectAlert(canvasElement, 'The events could not be loaded.');
    await expect(args.onTimelineError).toHaveBeenCalled();
  },
};

/** Four of seven events are bad (no title, 30 February, an end before its start, a duplicate id): the three valid ones show, and each problem is listed. */
export const SomeEventsBad: Story = {
  name: 'Some events are bad',
  args: { events: someBad },
  play: async ({ canvasElement }) => {
    const alert = await expectAlert(canvasElement, '4 events were skipped');
    await expect(within(alert).getAllByRole('listitem')).toHaveLength(4);
    await expectEventCount(canvasElement, 3);
  },
};
