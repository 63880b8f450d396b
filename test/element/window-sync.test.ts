import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DateTime } from 'luxon';
import { centreX, eventById, inner, mountWith, part } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();

const year2024 = [
  { id: 'feb', title: 'February', date: '2024-02-10' },
  { id: 'jun', title: 'June', date: '2024-06-10' },
  { id: 'nov', title: 'November', date: '2024-11-10' },
];
const year1990 = [
  { id: 'mar90', title: 'March 1990', date: '1990-03-01' },
  { id: 'sep90', title: 'September 1990', date: '1990-09-01' },
];

/** Where the window in start/end puts an item, as a share of the element's width (0 = left edge). */
function expectedShare(el: EventTimeline, iso: string): number {
  return (ms(iso) - ms(el.start!)) / (ms(el.end!) - ms(el.start!));
}

function drawnShare(el: EventTimeline, id: string): number {
  const host = el.getBoundingClientRect();
  return (centreX(inner(eventById(el, id), 'marker')) - host.left) / host.width;
}

/** Every timeline-range-change the element fires from now on. */
function recordRanges(el: EventTimeline): Array<{ start: string; end: string }> {
  const seen: Array<{ start: string; end: string }> = [];
  el.addEventListener('timeline-range-change', (e) => seen.push(e.detail));
  return seen;
}

async function rest(el: EventTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

describe('start and end always describe the window on screen', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('follows new data from another period and reports the new window once', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    await el.zoomTo('2024-05', '2024-07');
    const ranges = recordRanges(el);
    el.events = year1990;
    await rest(el);
    expect(ms(el.start!)).to.be.lessThan(ms('1990-03-01'));
    expect(ms(el.end!)).to.be.greaterThan(ms('1990-09-01'));
    expect(drawnShare(el, 'sep90')).to.be.closeTo(expectedShare(el, '1990-09-01T12:00Z'), 0.02);
    expect(ranges).to.deep.equal([{ start: el.start, end: el.end }]);
  });

  it('writes both ends of the fitted window of a story at the ends of the range of dates, and reads them back', async () => {
    for (const dates of [['2020', '+275000'], ['-271000', '2020']]) {
      const el = await mountWith(dates.map((date, i) => ({ id: `e${i}`, title: `Item ${i}`, date })));
      await el.updateComplete;
      expect(el.start, dates.join(' ')).to.match(/^[+-]?\d{4,6}-\d\d-\d\d/);
      expect(el.end, dates.join(' ')).to.match(/^[+-]?\d{4,6}-\d\d-\d\d/);
      // Read back by a fresh element: the same window.
      const again = await fixture<EventTimeline>(html`<event-timeline time-zone="UTC" locale="en" start=${el.start} end=${el.end}></event-timeline>`);
      again.events = dates.map((date, i) => ({ id: `e${i}`, title: `Item ${i}`, date }));
      await oneEvent(again, 'timeline-load');
      await again.updateComplete;
      expect([again.start, again.end], dates.join(' ')).to.deep.equal([el.start, el.end]);
    }
  });

  it('shows the same window after the element is moved in the DOM', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    await el.zoomTo('2024-05-01', '2024-07-31');
    const { start, end } = el;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await rest(el);
    expect([el.start, el.end]).to.deep.equal([start, end]);
    expect(drawnShare(el, 'jun')).to.be.closeTo(expectedShare(el, '2024-06-10T12:00Z'), 0.02);
    other.remove();
  });

  it('shows the same window after a trip through another document (adoptNode)', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    await el.zoomTo('2024-05-01', '2024-07-31');
    const { start, end } = el;
    const parent = el.parentElement!;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
    parent.append(document.adoptNode(el));
    await rest(el);
    expect([el.start, el.end]).to.deep.equal([start, end]);
    expect(drawnShare(el, 'jun')).to.be.closeTo(expectedShare(el, '2024-06-10T12:00Z'), 0.02);
    frame.remove();
  });

  it('keeps the span and ends the window at an end given with no start, and keeps the window for an end before the start', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    await el.zoomTo('2024-02-01', '2024-02-29', { animate: false });
    const span = ms(el.end!) - ms(el.start!);
    el.removeAttribute('start');
    el.setAttribute('end', '2024-06-30');
    await rest(el);
    expect(ms(el.end!)).to.equal(ms('2024-07-01T00:00:00Z'));
    expect(ms(el.end!) - ms(el.start!)).to.equal(span);
    const before = { start: el.start, end: el.end };
    const ranges = recordRanges(el);
    el.setAttribute('end', '2024-01-15');
    await rest(el);
    expect({ start: el.start, end: el.end }).to.deep.equal(before);
    expect(ranges).to.deep.equal([]);
  });

  it('rewrites a start it could not read to the window shown, and reports nothing moved', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    const before = { start: el.start, end: el.end };
    const ranges = recordRanges(el);
    el.setAttribute('start', 'garbage');
    await rest(el);
    expect({ start: el.start, end: el.end }).to.deep.equal(before);
    expect(el.getAttribute('start')).to.equal(before.start);
    expect(ranges).to.deep.equal([]);
  });

  it('rewrites a window narrower than the zoom limit to the clamped window it shows', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    const ranges = recordRanges(el);
    el.setAttribute('start', '2024-06-01T12:00:00Z');
    el.setAttribute('end', '2024-06-01T12:00:10Z');
    await rest(el);
    // The zoom limit (a minute) keeps the centre of what was asked.
    expect(ms(el.end!) - ms(el.start!)).to.be.closeTo(60_000, 1000);
    expect(ms(el.start!)).to.be.closeTo(ms('2024-06-01T12:00:05Z') - 30_000, 1000);
    expect(ranges).to.have.length(1);
    expect(ranges[0]).to.deep.equal({ start: el.start, end: el.end });
  });

  it('shows a window of nine thousand years as asked: there is no zoom limit short of the range of dates', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    el.setAttribute('start', '0001-01-01');
    el.setAttribute('end', '9000-01-01');
    await rest(el);
    expect([el.start, el.end]).to.deep.equal(['0001-01-01', '9000-01-01']);
    const ticks = [...part(el, 'axis')!.querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect(ticks).to.include.members(['2000', '5000', '8000']);
  });

  it('keeps the page’s own words for a window it shows as asked', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    el.setAttribute('start', '2024-04');
    el.setAttribute('end', '2024-08');
    await rest(el);
    expect([el.getAttribute('start'), el.getAttribute('end')]).to.deep.equal(['2024-04', '2024-08']);
    expect(drawnShare(el, 'jun')).to.be.closeTo((ms('2024-06-10T12:00Z') - ms('2024-04-01T00:00Z')) / (ms('2024-09-01T00:00Z') - ms('2024-04-01T00:00Z')), 0.02);
  });

  // One end given (the other absent or emptied), before the data comes or after: the window
  // shown keeps the span, and both attributes say where it is.
  const oneEnd: Array<[string, Record<string, string>, 'before data' | 'after data']> = [
    ['an end alone', { end: '2024-12-31' }, 'before data'],
    ['an empty start and an end', { start: '', end: '2024-12-31' }, 'before data'],
    ['an empty start and an end', { start: '', end: '2024-12-31' }, 'after data'],
    ['a start and an empty end', { start: '2024-03-01', end: '' }, 'after data'],
  ];
  for (const [what, attrs, when] of oneEnd) {
    it(`writes both ends of the window shown for ${what} set ${when}, and reports only ISO strings`, async () => {
      const el = await fixture<EventTimeline>(html`<event-timeline style="width: 800px" locale="en" time-zone="UTC" orientation="horizontal"></event-timeline>`);
      const ranges = recordRanges(el);
      const set = () => Object.entries(attrs).forEach(([name, value]) => el.setAttribute(name, value));
      if (when === 'before data') set();
      const loaded = oneEvent(el, 'timeline-load');
      el.events = year2024;
      await loaded;
      await rest(el);
      if (when === 'after data') set();
      await rest(el);
      expect(el.getAttribute('start')).to.match(/^\d{4}-\d\d/);
      expect(el.getAttribute('end')).to.match(/^\d{4}-\d\d/);
      // They describe the window on screen: the item drawn where they put it.
      const shown = year2024.find((item) => ms(item.date) > ms(el.start!) && ms(item.date) < ms(el.end!))!;
      expect(drawnShare(el, shown.id)).to.be.closeTo(expectedShare(el, `${shown.date}T12:00Z`), 0.02);
      for (const range of ranges) {
        expect(range.start).to.match(/^\d{4}-\d\d/);
        expect(range.end).to.match(/^\d{4}-\d\d/);
      }
    });
  }

  it('fires one range change with ISO strings for fit() after a zoom', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    await el.zoomTo('2024-05', '2024-07');
    const ranges = recordRanges(el);
    await el.fit();
    await rest(el);
    expect(ranges).to.have.length(1);
    expect(ranges[0]!.start).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(ranges[0]!.end).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(ms(el.start!)).to.be.lessThan(ms('2024-02-10'));
  });
});

describe('zoomTo and fit refuse what cannot be drawn and always settle', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const [label, a, b] of [
    ['epoch ms beyond the range of dates', 1e300, 1e301],
    ['infinite bounds', -Infinity, Infinity],
    ['NaN', Number.NaN, 5],
    ['an invalid Date', new Date(Number.NaN), new Date()],
    ['a start after the end', '2024-08', '2024-02'],
    ['unreadable strings', 'soon', 'later'],
  ] as const) {
    it(`leaves the view as it was for ${label}`, async () => {
      const el = await mountWith(year2024, { orientation: 'horizontal' });
      const before = { start: el.start, end: el.end };
      const ranges = recordRanges(el);
      await el.zoomTo(a, b);
      await rest(el);
      expect({ start: el.start, end: el.end }).to.deep.equal(before);
      expect(ranges).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('[part~="axis"] text').length).to.be.greaterThan(1);
    });
  }

  it('keeps a window at the edge of the date range inside it, with readable start and end', async () => {
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    await el.zoomTo(8.64e15 - 1000, 8.64e15);
    await rest(el);
    expect(el.start).to.match(/\d-\d\d-\d\dT/);
    expect(el.end).to.match(/\d-\d\d-\d\dT/);
    expect(el.shadowRoot!.querySelectorAll('[part~="axis"] text').length).to.be.greaterThan(1);
  });

  it('settles zoomTo and fit on an element that was never connected', async () => {
    const el = document.createElement('event-timeline');
    el.events = year2024;
    const settled = await Promise.race([
      Promise.all([el.zoomTo('2024-03', '2024-04'), el.fit()]).then(() => true),
      new Promise((r) => setTimeout(() => r(false), 2000)),
    ]);
    expect(settled).to.equal(true);
  });

  it('settles zoomTo and fit without data, and shows the asked window once data comes', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 800px" orientation="horizontal" time-zone="UTC"></event-timeline>`);
    await el.fit();
    await el.zoomTo('2024-05', '2024-07');
    const loaded = oneEvent(el, 'timeline-load');
    el.events = year2024;
    await loaded;
    await rest(el);
    expect(ms(el.start!)).to.equal(ms('2024-05-01T00:00Z'));
    expect(drawnShare(el, 'jun')).to.be.closeTo(expectedShare(el, '2024-06-10T12:00Z'), 0.02);
  });

  it('settles an animated zoomTo on an element removed while it runs', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mountWith(year2024, { orientation: 'horizontal' });
    const zoom = el.zoomTo('2024-05', '2024-07');
    el.remove();
    const settled = await Promise.race([zoom.then(() => true), new Promise((r) => setTimeout(() => r(false), 2000))]);
    expect(settled).to.equal(true);
    await emulateMedia({ reducedMotion: 'reduce' });
  });
});

describe('a window the page set in its own words', () => {
  it('reports the next change of window, animated', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline style="width: 800px" orientation="horizontal" time-zone="UTC" start="2024-06" end="2024-06"></event-timeline>`,
    );
    const loaded = oneEvent(el, 'timeline-load');
    el.events = year2024;
    await loaded;
    await rest(el);
    const changed = oneEvent(el, 'timeline-range-change');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="zoom-out"]')!.click();
    const { detail } = await changed;
    expect(ms(detail.end) - ms(detail.start)).to.be.closeTo(2 * (ms('2024-07-01T00:00Z') - ms('2024-06-01T00:00Z')), 2);
  });
});
