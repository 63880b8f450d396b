import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { EventTimeline, TimelineDocument } from '../../src/index.js';
import { parts } from '../element/helpers.js';

const story: TimelineDocument = {
  title: 'North Korean troops in Russia',
  lang: 'en',
  groups: [
    { id: 'ru', label: 'Russia' },
    { id: 'nk', label: 'North Korea' },
    { id: 'us', label: 'United States' },
  ],
  events: [
    { id: 'putin', title: 'Putin warns Seoul against arming Kyiv', date: '2024-06-20', group: 'ru', place: 'Hanoi' },
    { id: 'deploy', title: 'North Korea sends troops', date: '2024-10', group: 'nk', description: 'More than 10,000 soldiers.' },
    { id: 'singh', title: 'Pentagon: 11,000 in Kursk', date: '2024-11-18', group: 'us' },
    { id: 'rudenko', title: 'Rudenko warns Seoul', date: '2024-11-24', group: 'ru' },
  ],
};

const dense = Array.from({ length: 120 }, (_, i) => ({
  id: `e${i}`,
  title: `Dense event ${i}`,
  date: `2024-10-${String((i % 21) + 1).padStart(2, '0')}T${String((i * 7) % 24).padStart(2, '0')}:00`,
}));

/** Far more items than fit in a week: most of them must be counted into "+N" chips. */
const crowded = Array.from({ length: 400 }, (_, i) => ({
  id: `c${i}`,
  title: `Crowded item ${i}`,
  date: `2024-10-${String((i % 7) + 7).padStart(2, '0')}T${String((i * 5) % 24).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}`,
}));

/** Mounts a timeline in a box of fixed size, fonts and zone, so that screenshots compare. */
async function mount(data: unknown, width: number, attrs: Partial<Pick<EventTimeline, 'theme' | 'selected'>> = {}): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px; padding: 8px; background: Canvas`}>
    <event-timeline style="--timeline-font-family: 'DejaVu Sans', sans-serif" locale="en" time-zone="UTC"></event-timeline>
  </div>`);
  const el = box.querySelector('event-timeline')!;
  Object.assign(el, attrs);
  el.events = data as TimelineDocument;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return box;
}

describe('<event-timeline> looks right (visual regression)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('light', async () => visualDiff(await mount(story, 760), 'light'));
  it('selected', async () => visualDiff(await mount(story, 760, { selected: 'deploy' }), 'selected'));
  it('dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await visualDiff(await mount(story, 760, { theme: 'dark' }), 'dark');
  });
  it('vertical', async () => visualDiff(await mount(story, 340), 'vertical'));
  it('dense', async () => visualDiff(await mount(dense, 760), 'dense'));
  it('crowded: "+N" chips beside the items that fit', async () => {
    const box = await mount(crowded, 760);
    const el = box.querySelector('event-timeline')!;
    // The picture is only worth keeping if it shows chips and items together.
    expect(parts(el, 'cluster').length).to.be.greaterThan(0);
    expect(parts(el, 'event').length).to.be.greaterThan(0);
    await visualDiff(box, 'crowded');
  });
});
