import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { DateTime } from 'luxon';
import { centreX, eventById, inner, mountWith, part, parts, rectsOverlap } from './helpers.js';
import type { EventTimeline, TimelineRangeChangeEvent } from '../../src/index.js';

const year = [
  { id: 'jan', title: 'January event', date: '2024-01-15' },
  { id: 'apr', title: 'April event', date: '2024-04-15' },
  { id: 'oct-a', title: 'Early October', date: '2024-10-05' },
  { id: 'oct-b', title: 'Mid October', date: '2024-10-15' },
  { id: 'oct-c', title: 'Late October', date: '2024-10-25' },
  { id: 'dec', title: 'December event', date: '2024-12-15' },
];

const ms = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' }).toMillis();
const span = (el: EventTimeline) => ms(el.end!) - ms(el.start!);

function plot(el: EventTimeline): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
}

async function settle(el: EventTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.updateComplete;
}

/** One wheel turn over the plot, and the gestures it brings (on demand) at rest again. */
async function gesturesAtRest(el: EventTimeline, box: DOMRect): Promise<void> {
  const first = oneEvent(el, 'timeline-range-change');
  plot(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: box.left + 300, clientY: box.top + 10, bubbles: true, cancelable: true, view: window }));
  await first;
  await settle(el);
}

/** Counts the times the element's shadow tree is written (a mutation observer's deliveries), and whether a frame has passed, from now on. */
function watchDrawing(el: EventTimeline): { drawn: () => number; framed: () => boolean; stop: () => void } {
  let drawn = 0;
  let framed = false;
  const watch = new MutationObserver(() => drawn++);
  watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  requestAnimationFrame(() => (framed = true));
  return { drawn: () => drawn, framed: () => framed, stop: () => watch.disconnect() };
}

describe('<event-timeline> zoom and pan', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => resetMouse());

  it('shows a lone item known to the day among days, its date on the axis, not between hours', async () => {
    const el = await mountWith([{ id: 'only', title: 'The only event', date: '2024-11-18' }], { width: 1000 });
    const ticks = [...part(el, 'axis')!.querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect(ticks, 'day ticks').to.include('Nov 18');
    expect(ticks.filter((t) => /AM|PM|:/.test(t)), 'no hours').to.deep.equal([]);
  });

  it('reflects the fitted window in start and end, with every event inside it', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    expect(ms(el.start!)).to.be.lessThan(ms('2024-01-15'));
    expect(ms(el.end!)).to.be.greaterThan(ms('2024-12-16'));
  });

  it('zoomTo shows the given window, reflects it and fires timeline-range-change', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const changed = oneEvent(el, 'timeline-range-change');
    await el.zoomTo('2024-10', '2024-10');
    const { detail } = (await changed) as TimelineRangeChangeEvent;
    expect(ms(detail.start)).to.equal(ms('2024-10-01'));
    expect(ms(detail.end)).to.equal(ms('2024-11-01'));
    expect(el.getAttribute('start')).to.equal(detail.start);
    await settle(el);
    const host = el.getBoundingClientRect();
    // Mid October is in the middle of a view of October, proportionally.
    const x = centreX(inner(eventById(el, 'oct-b'), 'marker')) - host.left;
    expect(x / host.width).to.be.closeTo((ms('2024-10-15') - ms('2024-10-01')) / (ms('2024-11-01') - ms('2024-10-01')), 0.01);
    // Events outside the window are not drawn; the axis now counts days or weeks, not months.
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.not.include('apr');
    expect(part(el, 'axis')!.textContent).to.match(/Oct \d+/);
  });

  it('reflects a window in a zone whose offset then had seconds at the instants it shows, to the second (New York before 1883)', async () => {
    // An outside harness: "1849-12-31T19:03:58-04:56" for 1850-01-01T00:00Z, read back two seconds early.
    const el = await mountWith(
      [
        { id: 'a', title: 'Christmas 800', date: '0800-12-25' },
        { id: 'b', title: 'Moon landing', date: '1969-07-20T20:17Z' },
      ],
      { timeZone: 'America/New_York', orientation: 'horizontal' },
    );
    const changed = oneEvent(el, 'timeline-range-change');
    await el.zoomTo('1850-01-01T00:00:00Z', '1860-01-01T00:00:00Z', { animate: false });
    const { detail } = (await changed) as TimelineRangeChangeEvent;
    expect([Date.parse(detail.start), Date.parse(detail.end)]).to.deep.equal([Date.UTC(1850, 0, 1), Date.UTC(1860, 0, 1)]);
    expect([Date.parse(el.getAttribute('start')!), Date.parse(el.getAttribute('end')!)]).to.deep.equal([Date.UTC(1850, 0, 1), Date.UTC(1860, 0, 1)]);
    // Where the offset is whole minutes, the window is written in the display zone's own.
    await el.zoomTo('1990-01-01T05:00:00Z', '2000-01-01T05:00:00Z', { animate: false });
    expect(el.getAttribute('start')).to.equal('1990-01-01T00:00:00-05:00');
  });

  it('shows new events at the window a zoomTo() asks for right after they are set, animated or not', async () => {
    const el = await mountWith(year, { width: 1000 });
    const next = [
      { id: 'a', title: 'Earlier story', date: '2003-02-01' },
      { id: 'b', title: 'Its middle', date: '2003-06-01' },
      { id: 'c', title: 'Its end', date: '2008-11-01' },
    ];
    for (const options of [{ animate: false }, undefined]) {
      el.events = next.map((item) => ({ ...item }));
      await el.zoomTo('2003-01', '2003-12', options);
      await settle(el);
      expect([el.start, el.end]).to.deep.equal(['2003-01-01T00:00:00Z', '2004-01-01T00:00:00Z']);
      expect(eventById(el, 'b').getBoundingClientRect().left).to.be.within(el.getBoundingClientRect().left, el.getBoundingClientRect().right);
    }
  });

  it('shows the selected item after the zone changes, its dates read anew', async () => {
    const el = await mountWith(
      [
        { id: 'meeting', title: 'Meeting', date: '2024-03-05T10:00' },
        { id: 'deadline', title: 'Deadline', date: '2024-03-06' },
        { id: 'call', title: 'Call', date: '2024-03-05T12:00Z' },
      ],
      { width: 1000, orientation: 'horizontal' },
    );
    eventById(el, 'meeting').click();
    await settle(el);
    el.timeZone = 'Asia/Tokyo';
    await settle(el);
    await settle(el);
    const box = inner(eventById(el, 'meeting'), 'marker').getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(el.selected).to.equal('meeting');
    expect(box.left).to.be.at.least(host.left);
    expect(box.right).to.be.at.most(host.right);
  });

  it('stays at the instants the reader zoomed to when the zone changes, and fits new data set with a zone', async () => {
    // Times with an offset stay where they are in any zone; the window is instants, not wall times.
    const stamped = [
      { id: 'start', title: 'Start of the year', date: '2024-01-10T08:00Z' },
      { id: 'talk', title: 'The talk', date: '2024-06-12T09:00Z' },
      { id: 'vote', title: 'The vote', date: '2024-06-12T15:00Z' },
      { id: 'end', title: 'End of the year', date: '2024-12-20T18:00Z' },
    ];
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const el = await mountWith(stamped, { width: orientation === 'vertical' ? 360 : 1000, orientation });
      await el.zoomTo('2024-06-12T06:00Z', '2024-06-12T18:00Z', { animate: false });
      await settle(el);
      el.timeZone = 'America/New_York';
      await settle(el);
      await settle(el);
      expect([ms(el.start!), ms(el.end!)], orientation).to.deep.equal([ms('2024-06-12T06:00Z'), ms('2024-06-12T18:00Z')]);
      // Still the two items of that day.
      expect(parts(el, 'event').map((e) => e.dataset['id']), orientation).to.deep.equal(['talk', 'vote']);
      // Other data set together with another zone is a new story: fitted.
      el.events = stamped.slice(0, 2).map((item) => ({ ...item }));
      el.timeZone = 'Asia/Tokyo';
      await settle(el);
      await settle(el);
      expect(ms(el.start!), orientation).to.be.below(ms('2024-01-10T08:00Z'));
      expect(ms(el.end!), orientation).to.be.above(ms('2024-06-12T09:00Z'));
    }
  });

  it('fits a large new story whose reading in slices a zone change restarted: it is no story read again', async () => {
    const hours = (year: number) => Array.from({ length: 6000 }, (_, i) => ({ id: `h${year}-${i}`, title: `Hour ${i}`, date: new Date(Date.UTC(year, 0, 1) + i * 3_600_000).toISOString().slice(0, 16) }));
    const el = await mountWith({ events: hours(2020) }, { width: 1000, orientation: 'horizontal' });
    await el.zoomTo('2020-03-01', '2020-03-08', { animate: false });
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { events: hours(1990) };
    await el.updateComplete;
    // The new story is being read in slices: the zone changes before it is shown.
    el.timeZone = 'Asia/Tokyo';
    await loaded;
    await settle(el);
    expect(ms(el.start!), el.start!).to.be.below(Date.UTC(1990, 0, 1));
    expect(ms(el.end!), el.end!).to.be.above(Date.UTC(1990, 7, 1));
  });

  it('takes null for no options in zoomTo and fit, as it takes none', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const fitted = [el.start, el.end];
    await el.zoomTo('2024-10', '2024-10', null);
    expect([ms(el.start!), ms(el.end!)]).to.deep.equal([ms('2024-10-01'), ms('2024-11-01')]);
    await el.fit(null);
    expect([el.start, el.end]).to.deep.equal(fitted);
  });

  it('leaves the label of a band that ended before the window out of the window, as a point’s, not pinned to its start', async () => {
    const items = [
      { id: 'band', title: 'Two days in May', start: '2024-05-01', end: '2024-05-02' },
      { id: 'mid', title: 'Mid-month', date: '2024-05-16' },
      { id: 'late', title: 'Late in May', date: '2024-05-25' },
      { id: 'last', title: 'The last day', date: '2024-05-31' },
    ];
    const el = await mountWith(items, { width: 900 });
    await el.zoomTo('2024-05-20', '2024-05-31', { animate: false });
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    const band = el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][data-id="band"] [part~="label"]');
    if (band) expect(band.getBoundingClientRect().right, 'the band’s title ends before the window').to.be.at.most(host.left + 1);
    expect(inner(eventById(el, 'late'), 'label').textContent).to.equal('Late in May');
  });

  it('moves the view when the start and end attributes are set', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    el.setAttribute('start', '2024-04-01');
    el.setAttribute('end', '2024-04-30');
    await settle(el);
    const ids = parts(el, 'event').map((e) => e.dataset['id']);
    expect(ids).to.include('apr');
    expect(ids).to.not.include('oct-b');
    // The end is inclusive at its precision: the view runs to the end of 30 April.
    const host = el.getBoundingClientRect();
    const x = centreX(inner(eventById(el, 'apr'), 'marker')) - host.left;
    expect(x / host.width).to.be.closeTo(14 / 30, 0.01);
  });

  it('keeps the zoom between a minute and the whole range of dates, less a day and a little more at either end', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    await el.zoomTo('2024-10-15T12:00:00', '2024-10-15T12:00:10');
    expect(span(el)).to.be.within(60_000 - 1000, 60_000 + 1000);
    await el.zoomTo('0001', '9999');
    expect(span(el) / (365.2425 * 86_400_000)).to.be.closeTo(9999, 1);
    await el.zoomTo(-8.64e15, 8.64e15, { animate: false });
    expect([ms(el.start!), ms(el.end!)]).to.deep.equal([-8.6399999e15, 8.6399999e15]);
    await el.fit();
    expect(ms(el.start!)).to.be.lessThan(ms('2024-01-15'));
    expect(span(el) / 86_400_000).to.be.lessThan(400);
  });

  it('zooms out with the button and the wheel to a thousand times the window of every item, no further, and back in to the items', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const fitted = span(el);
    for (let i = 0; i < 14; i++) {
      part(el, 'zoom-out')!.click();
      await settle(el);
    }
    expect(span(el) / fitted).to.be.closeTo(1000, 1);
    const target = plot(el);
    for (let i = 0; i < 3; i++) {
      target.dispatchEvent(new WheelEvent('wheel', { deltaY: 600, clientX: 400, clientY: target.getBoundingClientRect().top + 10, bubbles: true, cancelable: true, view: window }));
      await new Promise((r) => setTimeout(r, 200));
      await settle(el);
    }
    expect(span(el) / fitted).to.be.at.most(1001);
    for (let i = 0; i < 10; i++) {
      part(el, 'zoom-in')!.click();
      await settle(el);
    }
    expect(parts(el, 'event').some((e) => inner(e, 'marker').getBoundingClientRect().right > 0)).to.equal(true);
    expect(span(el) / fitted).to.be.closeTo(1000 / 1024, 0.01);
  });

  it('zooms out of a story of two thousand years, with the button and to the window asked for', async () => {
    const el = await mountWith(
      [
        { id: 'caesar', title: 'Caesar murdered', date: '-000043-03-15' },
        { id: 'now', title: 'Today', date: '2024-01-01' },
      ],
      { orientation: 'horizontal' },
    );
    const fitted = span(el);
    expect(fitted / (365.2425 * 86_400_000)).to.be.greaterThan(2067);
    part(el, 'zoom-out')!.click();
    await oneEvent(el, 'timeline-range-change');
    expect(span(el) / fitted).to.be.closeTo(2, 0.001);
    await el.zoomTo('-000100', '2100', { animate: false });
    // 101 BC (year -100) to the end of 2100: 2,201 years.
    expect(span(el) / (365.2425 * 86_400_000)).to.be.closeTo(2201, 1);
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['caesar', 'now']);
  });

  it('zooms out of a story of two hundred thousand years to the ends of the range of dates, its window written and its axis ticked in a zone behind UTC and one ahead', async () => {
    for (const timeZone of ['America/New_York', 'Europe/Berlin']) {
      const el = await mountWith(
        [
          { id: 'sapiens', title: 'Homo sapiens', date: '-200000' },
          { id: 'now', title: 'Now', date: '2024-01-01' },
        ],
        { orientation: 'horizontal', timeZone },
      );
      for (let i = 0; i < 2; i++) {
        const changed = oneEvent(el, 'timeline-range-change');
        part(el, 'zoom-out')!.click();
        const { detail } = (await changed) as TimelineRangeChangeEvent;
        await settle(el);
        // The window reached the range's first date: both ends are dates, in the event and the attributes.
        expect([detail.start, detail.end].map((iso) => DateTime.fromISO(iso).isValid), `${timeZone}: ${detail.start} – ${detail.end}`).to.deep.equal([true, true]);
        expect([el.start, el.end], timeZone).to.deep.equal([detail.start, detail.end]);
      }
      expect(el.start, timeZone).to.match(/^-271821-04-2/);
      const ticks = [...part(el, 'axis')!.querySelectorAll('text')].map((t) => t.textContent!.trim());
      expect(ticks, timeZone).to.include.members(['200000 BC', '100000 BC', '1']);
      expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['sapiens', 'now']);
    }
  });

  it('zooms in and out with the buttons, which have accessible names', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const buttons = parts(el, 'control');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Zoom in', 'Zoom out', 'Show all events']);
    const before = span(el);
    part(el, 'zoom-in')!.click();
    await oneEvent(el, 'timeline-range-change');
    expect(span(el) / before).to.be.closeTo(0.5, 0.001);
    part(el, 'zoom-out')!.click();
    await oneEvent(el, 'timeline-range-change');
    expect(span(el) / before).to.be.closeTo(1, 0.001);
  });

  it('says the window again when a zoom button is pressed at the zoom\'s limit, rather than nothing', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const region = () => el.shadowRoot!.querySelector('[aria-live]')!.textContent!;
    // In as far as the zoom goes: the window stops changing.
    let last = '';
    for (let i = 0; i < 60 && el.start !== last; i++) {
      last = el.start!;
      part(el, 'zoom-in')!.click();
      await settle(el);
    }
    const at = [el.start, el.end];
    for (let press = 0; press < 3; press++) {
      const before = region();
      part(el, 'zoom-in')!.click();
      await settle(el);
      expect([el.start, el.end], 'the limit').to.deep.equal(at);
      // What a live region speaks is what changed in it: the same words, changed, are spoken again.
      expect(region(), `press ${press + 1} at the limit`).to.not.equal(before);
      expect(region().trim()).to.match(/^Showing /);
    }
  });

  it('says in the live region the days the zoom buttons and keys reached, as a screen reader user would not see them', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    // (Intl spaces a range with thin spaces: read as plain ones.)
    const said = () => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim().replace(/\s/g, ' ');
    // The window's first and last day; its end is exclusive: the day it names is the one of the instant before.
    const day = (at: number) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(at);
    const shown = () => `Showing ${day(ms(el.start!))} – ${day(ms(el.end!) - 1)}`;
    expect(said(), 'nothing said before the reader zooms').to.equal('');
    part(el, 'zoom-in')!.click();
    await oneEvent(el, 'timeline-range-change');
    await settle(el);
    expect(said()).to.equal(shown());
    expect(said()).to.match(/^Showing [A-Z][a-z]{2} \d{1,2}, 2024 – [A-Z][a-z]{2} \d{1,2}, 2024$/);
    // The keys on an item: out by two, then every item again.
    const focused = parts(el, 'event')[0]!;
    focused.focus();
    await sendKeys({ press: '-' });
    await settle(el);
    const out = said();
    expect(out).to.equal(shown());
    await sendKeys({ press: '0' });
    await settle(el);
    expect(said()).to.equal(shown());
    expect(said()).to.not.equal(out);
    // A window of March ends at 1 April's first instant: named to 31 March, the last day it shows.
    await el.zoomTo('2024-03-01', '2024-03-31', { animate: false });
    await settle(el);
    part(el, 'zoom-in')!.click();
    await settle(el);
    part(el, 'zoom-out')!.click();
    await settle(el);
    expect([el.start, el.end]).to.deep.equal(['2024-03-01T00:00:00Z', '2024-04-01T00:00:00Z']);
    expect(said()).to.equal('Showing Mar 1, 2024 – Mar 31, 2024');
    // A window of hours is said with its times: the day alone would be the same after every press.
    await el.zoomTo('2024-04-15T06:00Z', '2024-04-15T18:00Z', { animate: false });
    await settle(el);
    part(el, 'zoom-in')!.click();
    await settle(el);
    // Its day once (in the zone of the page, UTC here).
    expect(said()).to.equal('Showing Apr 15, 2024, 9:00 AM – 3:00 PM UTC');
    // A window the page sets is the page's to tell: nothing new is said.
    await el.zoomTo('2024-03-01', '2024-05-01', { animate: false });
    await settle(el);
    expect(said()).to.not.contain('Mar 1');
  });

  it('keeps its rows’ heights as the reader zooms into a window that needs fewer lanes: the page and its row headings stay put under the wheel', async () => {
    // Three items in a week of one group: stacked in three lanes at first; the last day alone needs one.
    const grouped = {
      groups: [
        { id: 'one', label: 'First group' },
        { id: 'two', label: 'Second group' },
      ],
      events: [
        { id: 'a', title: 'A title long enough to take the lane of its neighbours', date: '2024-05-01', group: 'one' },
        { id: 'b', title: 'Another title long enough to need a lane of its own', date: '2024-05-02', group: 'one' },
        { id: 'c', title: 'A third title that would not fit beside them either', date: '2024-05-03', group: 'one' },
        { id: 'd', title: 'Alone in its row', date: '2024-05-08', group: 'two' },
        // A row of its own below the groups', with nothing of it near the window zoomed into.
        { id: 'u', title: 'Without a group', date: '2024-04-20' },
      ],
    };
    const el = await mountWith(grouped, { orientation: 'horizontal', width: 700 });
    const headings = () => parts(el, 'group-label').map((h) => Math.round(h.getBoundingClientRect().top));
    const lanesOfOne = () =>
      new Set(
        parts(el, 'event')
          .filter((e) => ['a', 'b', 'c'].includes(e.dataset['id']!) && e.getBoundingClientRect().right > el.getBoundingClientRect().left)
          .map((e) => Math.round(e.getBoundingClientRect().top)),
      ).size;
    expect(lanesOfOne(), 'stacked at first').to.equal(3);
    const height = el.getBoundingClientRect().height;
    const tops = headings();
    const target = plot(el);
    const r = target.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.right - 40), Math.round(r.top + r.height / 2)] });
    for (let i = 0; i < 4; i++) {
      target.dispatchEvent(new WheelEvent('wheel', { deltaY: -500, clientX: r.right - 40, clientY: r.top + r.height / 2, bubbles: true, cancelable: true, view: window }));
      await new Promise((done) => setTimeout(done, 150));
      await settle(el);
    }
    await new Promise((done) => setTimeout(done, 300));
    await settle(el);
    expect(span(el), 'zoomed in').to.be.below(3 * 86_400_000);
    expect(lanesOfOne(), 'fewer lanes needed in the window reached').to.be.below(3);
    expect(el.getBoundingClientRect().height).to.equal(height);
    expect(headings()).to.deep.equal(tops);
    // Out beyond the fitted window rows may need more lanes; every item again is as tall as at first.
    for (let i = 0; i < 3; i++) {
      part(el, 'zoom-out')!.click();
      await settle(el);
    }
    part(el, 'fit')!.click();
    await settle(el);
    expect(el.getBoundingClientRect().height).to.equal(height);
    expect(headings()).to.deep.equal(tops);
    // New data is laid out anew: one item, one lane, one row.
    el.events = [{ id: 'x', title: 'Short', date: '2024-05-01' }];
    await settle(el);
    expect(el.getBoundingClientRect().height).to.be.below(height - 100);
  });

  it('zooms in with the button about the item nearest the middle where the middle is empty: pressed again and again, the chart never ends empty', async () => {
    const ends = [
      { id: 'early', title: 'Early in the year', date: '2024-01-10' },
      { id: 'late', title: 'Late in the year', date: '2024-12-10' },
    ];
    const el = await mountWith(ends, { orientation: 'horizontal', width: 900 });
    const onScreen = () => {
      const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      return parts(el, 'event').filter((e) => {
        const r = inner(e, 'marker').getBoundingClientRect();
        return r.right > plot.left && r.left < plot.right;
      }).length;
    };
    expect(onScreen()).to.equal(2);
    for (let press = 1; press <= 5; press++) {
      part(el, 'zoom-in')!.click();
      await settle(el);
      expect(onScreen(), `after press ${press}`).to.be.at.least(1);
    }
    // With an item in the middle half, about the middle as before.
    await el.zoomTo('2023-06-01', '2025-06-01', { animate: false });
    await settle(el);
    const [s0, e0] = [ms(el.start!), ms(el.end!)];
    part(el, 'zoom-in')!.click();
    await settle(el);
    expect((ms(el.start!) + ms(el.end!)) / 2).to.be.closeTo((s0 + e0) / 2, 60_000);
  });

  describe('a story minutes apart (its whole window shorter than an hour)', () => {
    const minutes = ['14:02', '14:03', '14:05', '14:06', '14:09'].map((t, i) => ({ id: `m${i}`, title: `At ${t}`, date: `2024-11-18T${t}` }));

    it('zooms in with the button and the wheel, never out to a longer zoom limit', async () => {
      const el = await mountWith(minutes, { orientation: 'horizontal' });
      const fitted = span(el);
      expect(fitted).to.be.below(10 * 60_000);
      part(el, 'zoom-in')!.click();
      await oneEvent(el, 'timeline-range-change');
      expect(span(el) / fitted).to.be.closeTo(0.5, 0.001);
      const target = plot(el);
      const changed = oneEvent(el, 'timeline-range-change');
      target.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, clientX: target.getBoundingClientRect().left + 300, clientY: target.getBoundingClientRect().top + 10, bubbles: true, cancelable: true, view: window }));
      await changed;
      await settle(el);
      expect(span(el)).to.be.below(fitted * 0.5 * 0.8);
    });

    it('selects a card with a click in the vertical layout, the window as it was', async () => {
      const el = await mountWith(minutes, { orientation: 'vertical', width: 390 });
      const card = inner(eventById(el, 'm2'), 'label');
      const r = card.getBoundingClientRect();
      const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
      // The pointer comes first and stays: the gestures (d3-zoom) are loaded and listening when it presses.
      await sendMouse({ type: 'move', position: [x, y] });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = [el.start, el.end];
      await sendMouse({ type: 'click', position: [x, y] });
      await settle(el);
      expect(el.selected).to.equal('m2');
      expect([el.start, el.end]).to.deep.equal(before);
      await resetMouse();
    });
  });

  it('zooms with + and - and fits with 0 while an event has focus', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const before = span(el);
    eventById(el, 'oct-b').focus();
    await sendKeys({ press: '+' });
    await settle(el);
    expect(span(el) / before).to.be.closeTo(0.5, 0.001);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await settle(el);
    expect(span(el) / before).to.be.closeTo(2, 0.001);
    await sendKeys({ press: '0' });
    await settle(el);
    expect(span(el) / before).to.be.closeTo(1, 0.001);
  });

  it('counts every press of + and - while a zoom is still moving, even before its animation has begun', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const before = span(el);
    const item = eventById(el, 'oct-b');
    item.focus();
    const press = (key: string) => item.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    for (const key of ['+', '+', '+']) press(key);
    await settle(el);
    expect(span(el) / before).to.be.closeTo(1 / 8, 0.001);
    press('-');
    await new Promise((resolve) => setTimeout(resolve, 100));
    press('-');
    await settle(el);
    expect(span(el) / before).to.be.closeTo(1 / 2, 0.001);
  });

  it('zooms with the keys about the event that has focus: it stays where it is, in view', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const jan = () => inner(eventById(el, 'jan'), 'marker');
    eventById(el, 'jan').focus();
    const x = centreX(jan());
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: '+' });
      await settle(el);
    }
    // About the middle, two zooms in would have left January out of the window.
    const plotBox = plot(el).getBoundingClientRect();
    expect(centreX(jan())).to.be.closeTo(x, 1);
    expect(centreX(jan())).to.be.within(plotBox.left, plotBox.right);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('jan');
  });

  it('zooms with the wheel around the pointer: the time under it stays put', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const target = plot(el);
    const marker = inner(eventById(el, 'oct-b'), 'marker');
    const x = centreX(marker);
    const before = span(el);
    const changed = oneEvent(el, 'timeline-range-change');
    target.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, clientX: x, clientY: target.getBoundingClientRect().top + 10, bubbles: true, cancelable: true, view: window }));
    await changed;
    await settle(el);
    expect(span(el)).to.be.lessThan(before * 0.8);
    expect(centreX(inner(eventById(el, 'oct-b'), 'marker'))).to.be.closeTo(x, 2);
  });

  it('draws the wheel’s turns within one frame once, at the window of the last: two turns, one picture, both turns’ zoom', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const target = plot(el);
    const box = target.getBoundingClientRect();
    const turn = () => target.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: box.left + 300, clientY: box.top + 10, bubbles: true, cancelable: true, view: window }));
    await gesturesAtRest(el, box);
    const before = span(el);
    const rest = oneEvent(el, 'timeline-range-change');
    // Two turns within one frame, each an event of its own (its updates run in between), as a
    // wheel that turns faster than the screen draws gives them.
    const drawing = watchDrawing(el);
    turn();
    await el.updateComplete;
    turn();
    await el.updateComplete;
    expect(drawing.framed(), 'still the same frame').to.equal(false);
    expect(drawing.drawn(), 'nothing is drawn before the frame').to.equal(0);
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    await Promise.resolve();
    drawing.stop();
    expect(drawing.drawn(), 'drawn once in that frame').to.equal(1);
    await rest;
    await settle(el);
    // At rest, the window of both turns: d3-zoom's wheel zooms in 2^0.2 times a notch of 100 px.
    expect(before / span(el)).to.be.closeTo(2 ** 0.4, 0.01);
  });

  it('draws a drag’s move at once, before the next frame: a pointer’s moves come a frame apart already', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const target = plot(el);
    const box = target.getBoundingClientRect();
    const y = box.top + 10;
    await gesturesAtRest(el, box);
    const rest = oneEvent(el, 'timeline-range-change');
    const drawing = watchDrawing(el);
    target.dispatchEvent(new MouseEvent('mousedown', { clientX: box.left + 400, clientY: y, button: 0, bubbles: true, cancelable: true, view: window }));
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 300, clientY: y, bubbles: true, cancelable: true, view: window }));
    await el.updateComplete;
    await Promise.resolve();
    expect(drawing.framed(), 'still the same frame').to.equal(false);
    expect(drawing.drawn(), 'drawn before the frame').to.be.greaterThan(0);
    drawing.stop();
    window.dispatchEvent(new MouseEvent('mouseup', { clientX: box.left + 300, clientY: y, bubbles: true, cancelable: true, view: window }));
    await rest;
    await settle(el);
  });

  it('pans with a sideways wheel turn (a trackpad’s swipe) and with Shift and the wheel, keeping the zoom, and the page stays', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const target = plot(el);
    const box = target.getBoundingClientRect();
    const perPx = span(el) / box.width;
    const turn = async (init: WheelEventInit) => {
      const [start, width] = [ms(el.start!), span(el)];
      const changed = oneEvent(el, 'timeline-range-change');
      const event = new WheelEvent('wheel', { clientX: box.left + 100, clientY: box.top + 10, bubbles: true, cancelable: true, view: window, ...init });
      target.dispatchEvent(event);
      expect(event.defaultPrevented, 'the page does not scroll sideways for it').to.equal(true);
      await changed;
      await settle(el);
      expect(span(el)).to.be.closeTo(width, 60_000);
      return (ms(el.start!) - start) / perPx;
    };
    expect(await turn({ deltaX: 120, deltaY: 10 })).to.be.closeTo(120, 2);
    expect(await turn({ deltaX: -60 })).to.be.closeTo(-60, 2);
    expect(await turn({ deltaY: 80, shiftKey: true })).to.be.closeTo(80, 2);
  });

  it('pans by dragging', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    const box = plot(el).getBoundingClientRect();
    const startBefore = ms(el.start!);
    const perPx = span(el) / box.width;
    const y = Math.round(box.bottom - 4);
    await sendMouse({ type: 'move', position: [400, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [300, y] });
    await sendMouse({ type: 'move', position: [200, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect((ms(el.start!) - startBefore) / perPx).to.be.closeTo(200, 3);
  });

  it('never overlaps labels at any zoom level', async () => {
    const dense = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Event ${i} in the dense stretch`, date: `2024-10-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00` }));
    const el = await mountWith(dense, { orientation: 'horizontal' });
    for (const [from, to] of [
      ['2024-10-01', '2024-10-31'],
      ['2024-10-10', '2024-10-12'],
      ['2024', '2030'],
    ] as const) {
      await el.zoomTo(from, to);
      await settle(el);
      const rects = parts(el, 'label').map((l) => l.getBoundingClientRect());
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i]!, rects[j]!), `${from}: ${i} vs ${j}`).to.equal(false);
      }
    }
  });

  it('pans to an event that keyboard focus moves to outside the view', async () => {
    const el = await mountWith(year, { orientation: 'horizontal' });
    await el.zoomTo('2024-01-01', '2024-02-01');
    await settle(el);
    eventById(el, 'jan').focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(ms(el.end!)).to.be.greaterThan(ms('2024-12-15'));
    const dec = eventById(el, 'dec');
    expect(el.shadowRoot!.activeElement).to.equal(dec);
    const host = el.getBoundingClientRect();
    const x = centreX(inner(dec, 'marker'));
    expect(x).to.be.within(host.left, host.right);
  });
});
