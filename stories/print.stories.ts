import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { seedSrc } from './support/data.js';
import { timelineBase } from './support/meta.js';
import { themes } from './support/themes.js';
import { drawn, renderTimeline, timelineIn, type TimelineArgs } from './support/timeline.js';

/**
 * Print media emulated for the story: every `matchMedia` query that names `print` answers as
 * `all` does (a real MediaQueryList that matches). The element sees print media as it would
 * under the browser's own emulation and takes the same path as on paper: the state `printing`,
 * the print styles and the list. Given back when the story is left.
 */
function emulatePrintMedia(): () => void {
  const real = window.matchMedia;
  window.matchMedia = (query: string) => real.call(window, /\bprint\b/.test(query) ? 'all' : query);
  return () => {
    window.matchMedia = real;
  };
}

/** A sheet of A4 at the browser's default margins: about 720 CSS px of text width. */
const sheet: Decorator = (story) =>
  html`<div style="width: 720px; max-width: 100%; padding: 8px; background: #fff; box-shadow: 0 0 0 1px #d0d7de">${story()}</div>`;

/**
 * How the element prints: no controls, the chart at the window shown scaled to the page, and
 * the whole story as a list with its sources' addresses written out; dark themes print light.
 */
const meta = {
  ...timelineBase,
  title: 'Print',
  args: { ...timelineBase.args, src: seedSrc.en, locale: 'en', 'time-zone': 'Europe/Berlin', searchable: true },
  decorators: [sheet],
  beforeEach: emulatePrintMedia,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

async function expectPrinted(canvasElement: HTMLElement): Promise<void> {
  const el = timelineIn(canvasElement);
  await drawn(el);
  const shadow = el.shadowRoot!;
  await waitFor(() => expect(shadow.querySelectorAll('[part~="print-item"]').length).toBe(9));
  await expect(shadow.querySelector('[part~="controls"]')!.checkVisibility()).toBe(false);
  await expect(shadow.querySelector('[part~="search"]')!.checkVisibility()).toBe(false);
  await expect(shadow.querySelector('[part~="print-list"]')!.textContent).toMatch(/https:\/\//);
}

export const Print: Story = {
  play: async ({ canvasElement }) => expectPrinted(canvasElement),
};

/**
 * The dark theme's page tokens without its item colours: paper takes the light palette, but the
 * items' own colours stay as the page set them (they tell groups apart), and a page that sets
 * them for a dark background prints them pale on white. Their defaults follow the scheme.
 */
const darkPage = Object.fromEntries(Object.entries(themes.dark).filter(([token]) => !/-(event|selected|group-\d)-color$/.test(token)));

export const PrintDark: Story = {
  name: 'Print, dark theme',
  // The dark theme's tokens on an ancestor, as a page would set them, besides the attribute.
  render: (args) => html`<div style=${styleMap(darkPage)}>${renderTimeline(args)}</div>`,
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => expectPrinted(canvasElement),
};
