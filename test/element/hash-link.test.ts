import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { DateTime } from 'luxon';
import { eventById, part } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

const story = [
  { id: 'early', title: 'Early', date: '2020-01-10' },
  { id: 'middle', title: 'Middle', date: '2022-06-10' },
  { id: 'late', title: 'Late', date: '2024-11-10' },
];
const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();

async function mount(hashKey: string | undefined): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(
    html`<event-timeline style="width: 900px" orientation="horizontal" locale="en" time-zone="UTC" hash-key=${hashKey ?? ''}></event-timeline>`,
  );
  if (!hashKey) el.removeAttribute('hash-key');
  const loaded = oneEvent(el, 'timeline-load');
  el.events = story;
  await loaded;
  await el.updateComplete;
  return el;
}

describe('a link to an event (hash-key)', () => {
  const original = location.href;
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => history.replaceState(null, '', original));

  it('selects the event the fragment names when the page opens, and brings it into view', async () => {
    history.replaceState(null, '', '#a=1&tl=late');
    const el = await fixture<EventTimeline>(
      html`<event-timeline style="width: 900px" orientation="horizontal" locale="en" time-zone="UTC" hash-key="tl" start="2019-06" end="2020-06"></event-timeline>`,
    );
    const loaded = oneEvent(el, 'timeline-load');
    el.events = story;
    await loaded;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selected).to.equal('late');
    expect(ms(el.end!)).to.be.greaterThan(ms('2024-11-10'));
    expect(part(el, 'details-title')!.textContent).to.equal('Late');
    expect(location.hash).to.equal('#a=1&tl=late');
  });

  it('scrolls the page to the event the fragment names when it lies far below the screen (time down a phone’s page)', async () => {
    await setViewport({ width: 390, height: 700 });
    try {
      const many = Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, title: `Event number ${i} of a long story`, date: DateTime.fromObject({ year: 2024, month: 1, day: 1 }, { zone: 'UTC' }).plus({ days: i * 3 }).toISODate()! }));
      history.replaceState(null, '', '#tl=e110');
      const el = await fixture<EventTimeline>(html`<event-timeline style="width: 390px" orientation="vertical" locale="en" time-zone="UTC" hash-key="tl"></event-timeline>`);
      const loaded = oneEvent(el, 'timeline-load');
      el.events = many;
      await loaded;
      await el.updateComplete;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.selected).to.equal('e110');
      const card = eventById(el, 'e110').getBoundingClientRect();
      expect(card.top, 'the card is on screen').to.be.at.least(0);
      const panel = part(el, 'details')!.getBoundingClientRect();
      expect(card.bottom, 'above the details panel').to.be.at.most(Math.min(panel.top, innerHeight));
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('writes the selection into the fragment in place, keeping the page’s other keys, without a history entry', async () => {
    history.replaceState(null, '', '#a=1&b');
    const el = await mount('tl');
    const entries = history.length;
    eventById(el, 'middle').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#a=1&b&tl=middle');
    eventById(el, 'early').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#a=1&b&tl=early');
    part(el, 'close')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#a=1&b');
    expect(history.length).to.equal(entries);
  });

  it('follows a hashchange to another event', async () => {
    const el = await mount('tl');
    location.hash = 'tl=early';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(el.selected).to.equal('early');
  });

  it('leaves a link to the page’s own anchor as it is, and lets the item go', async () => {
    const el = await mount('tl');
    eventById(el, 'middle').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#tl=middle');
    location.hash = 'notes';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    await el.updateComplete;
    expect(location.hash).to.equal('#notes');
    expect(el.selected).to.equal(null);
    expect(part(el, 'details')).to.equal(undefined);
  });

  it('keeps a selection the page set when the page opens without the key in its fragment', async () => {
    history.replaceState(null, '', '#notes');
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" orientation="horizontal" locale="en" time-zone="UTC" hash-key="tl" selected="late"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = story;
    await loaded;
    await el.updateComplete;
    expect(el.selected).to.equal('late');
    expect(part(el, 'details-title')!.textContent).to.equal('Late');
  });

  it('lets two timelines share the fragment under two keys', async () => {
    const a = await mount('one');
    const b = await mount('two');
    eventById(a, 'early').click();
    await a.updateComplete;
    eventById(b, 'late').click();
    await b.updateComplete;
    expect(location.hash).to.equal('#one=early&two=late');
  });

  it('offers "copy link" with the address of the selected event', async () => {
    const el = await mount('tl');
    eventById(el, 'middle').click();
    await el.updateComplete;
    const button = part(el, 'copy-link')!;
    expect(button.textContent!.trim()).to.equal('Copy link');
    const region = el.shadowRoot!.querySelector('[aria-live]')!;
    const before = region.textContent;
    button.click();
    // Headless Chromium may refuse the clipboard: either way the live region says what happened.
    for (let i = 0; i < 100 && region.textContent === before; i++) await new Promise((r) => setTimeout(r, 50));
    const said = region.textContent!;
    expect(said === 'Link copied.' || said.endsWith(`${location.origin}${location.pathname}${location.search}#tl=middle`)).to.equal(true);
  });

  it('never touches the URL without hash-key', async () => {
    history.replaceState(null, '', '#tl=late');
    const el = await mount(undefined);
    expect(el.selected).to.equal(null);
    eventById(el, 'middle').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#tl=late');
    expect(part(el, 'copy-link')).to.equal(undefined);
  });
});
