import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect, waitFor } from 'storybook/test';
import { expectEventCount } from './support/expect.js';
import { fallbackCss, wallList } from './support/list.js';
import { timelineBase } from './support/meta.js';
import { shadowOf, timelineIn, type TimelineArgs } from './support/timeline.js';

/**
 * A timeline written as a list: an `<ol>` child whose `<li>`s are the items, what readers and
 * crawlers see before and without JavaScript (docs/data-format.md, "A list in the page").
 */
const meta = {
  ...timelineBase,
  title: 'List input',
  args: { ...timelineBase.args, locale: 'en', 'time-zone': 'Europe/Berlin' },
  // The list is markup of the page, not an arg: the story renders it as the element's children.
  render: (args: TimelineArgs) =>
    html`<event-timeline locale=${ifDefined(args.locale)} time-zone=${ifDefined(args['time-zone'])} @timeline-load=${args.onTimelineLoad} @timeline-error=${args.onTimelineError} @timeline-select=${args.onTimelineSelect}
      >${unsafeHTML(wallList)}</event-timeline
    >`,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** The list drawn: its heading the title, a time the date (two a range), `data-group` the rows; the list itself is hidden, not removed. */
export const ListInput: Story = {
  name: 'List input',
  play: async ({ canvasElement, args }) => {
    await expectEventCount(canvasElement, 8);
    await waitFor(() => expect(args.onTimelineLoad).toHaveBeenCalledWith(expect.objectContaining({ detail: expect.objectContaining({ format: 'list' }) })));
    const el = timelineIn(canvasElement);
    await expect(shadowOf(el).querySelector('[part~="title"]')?.textContent?.trim()).toBe('The Berlin Wall');
    await expect(el.querySelector('ol')?.checkVisibility()).toBe(false);
  },
};

/** Editing the list redraws the chart: an item added to the page's list appears. */
export const ListEdited: Story = {
  name: 'List input, edited',
  play: async ({ canvasElement }) => {
    await expectEventCount(canvasElement, 8);
    const li = document.createElement('li');
    li.innerHTML = '<time datetime="1990-10-03">3 October 1990</time> <strong>Reunification</strong>';
    timelineIn(canvasElement).querySelector('ol')!.append(li);
    await expectEventCount(canvasElement, 9);
  },
};

/**
 * The same list with the component's script blocked (a frame without scripts): what a reader
 * without JavaScript, a feed reader or a crawler gets, styled by examples/list/fallback.css.
 */
export const WithoutScript: Story = {
  name: 'List input without the script',
  render: () => html`<iframe
    title="The list without the script"
    sandbox="allow-same-origin"
    style="width: 100%; height: 640px; border: 1px dashed #8c959f"
    srcdoc=${`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${fallbackCss}"></head><body><event-timeline>${wallList}</event-timeline></body></html>`}
  ></iframe>`,
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector('iframe')!;
    // The frame's document read whole, its style sheet with it: parsed in slices on a busy machine,
    // its first item was there before the item's text (a CI run read only the heading).
    await waitFor(() => expect(frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('ol li')).toBeTruthy());
    const doc = frame.contentDocument!;
    await expect(doc.defaultView!.customElements.get('event-timeline')).toBeUndefined();
    await expect(doc.querySelector('ol')!.checkVisibility()).toBe(true);
    await expect(doc.body.innerText).toContain('The border is closed');
    await waitFor(() => expect(getComputedStyle(doc.querySelector('ol')!).listStyleType).toBe('none'));
  },
};
