import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { eventById, inner, mountWith, part } from './helpers.js';
import type { EventTimeline, TimelineErrorEvent } from '../../src/index.js';
import type { TimelineEventInput } from '../../src/core/types.js';

/** A Europe/Berlin document; the element has no time-zone attribute, so times show in the document's zone. */
async function mountBerlin(events: TimelineEventInput[], locale = 'en'): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale=${locale}></event-timeline>`);
  const loaded = oneEvent(el, 'timeline-load');
  el.events = { timeZone: 'Europe/Berlin', events };
  await loaded;
  return el;
}

const label = (el: EventTimeline, id: string) => eventById(el, id).getAttribute('aria-label');

async function detailsDate(el: EventTimeline, id: string): Promise<string> {
  el.selected = id;
  await el.updateComplete;
  return part(el, 'details-date')!.textContent!.trim();
}

describe('dates at the edges, as the element writes them', () => {
  it('names a leap day, and lists impossible days as skipped problems', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale="en" time-zone="Europe/Berlin"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.events = [
      { id: 'leap', title: 'Leap', date: '2024-02-29' },
      { id: 'feb30', title: 'Thirtieth', date: '2024-02-30' },
      { id: 'feb29', title: 'Not leap', date: '2023-02-29' },
    ];
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.problems.map((p) => [p.index, p.id, p.field])).to.deep.equal([
      [1, 'feb30', 'date'],
      [2, 'feb29', 'date'],
    ]);
    await el.updateComplete;
    expect(label(el, 'leap')).to.equal('February 29, 2024: Leap');
    const items = [...part(el, 'error')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['Event 2 ("feb30"): date is not a date that exists', 'Event 3 ("feb29"): date is not a date that exists']);
  });

  it('writes times on both sides of the spring-forward jump with their own zone names, and skips a time in the gap', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale="en"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.events = {
      timeZone: 'Europe/Berlin',
      events: [
        { id: 'before', title: 'Before', date: '2024-03-31T01:30' },
        { id: 'gap', title: 'Gap', date: '2024-03-31T02:30' },
        { id: 'after', title: 'After', date: '2024-03-31T03:30' },
        { id: 'short-day', title: 'Short day', date: '2024-03-31' },
      ],
    };
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.problems.map((p) => [p.index, p.field, p.message])).to.deep.equal([[1, 'date', 'date falls in a daylight-saving gap of its time zone']]);
    await el.updateComplete;
    expect(label(el, 'before')).to.equal('March 31, 2024 at 1:30 AM GMT+1: Before');
    expect(label(el, 'after')).to.equal('March 31, 2024 at 3:30 AM GMT+2: After');
    expect(label(el, 'short-day')).to.equal('March 31, 2024: Short day');
  });

  it('writes an ambiguous autumn time as its first occurrence, in summer time, and the 25-hour day as one day', async () => {
    const el = await mountBerlin([
      { id: 'ambiguous', title: 'Twice', date: '2024-10-27T02:30' },
      { id: 'second', title: 'Second', date: '2024-10-27T02:30+01:00' },
      { id: 'long-day', title: 'Long day', date: '2024-10-27' },
    ]);
    expect(label(el, 'ambiguous')).to.equal('October 27, 2024 at 2:30 AM GMT+2: Twice');
    expect(label(el, 'second')).to.equal('October 27, 2024 at 2:30 AM GMT+1: Second');
    expect(label(el, 'long-day')).to.equal('October 27, 2024: Long day');
    expect(await detailsDate(el, 'ambiguous')).to.equal('October 27, 2024 at 2:30 AM GMT+2');
  });

  it('writes ISO week 53 in English and German', async () => {
    const en = await mountWith([{ id: 'w', title: 'W', date: '2020-W53' }], { locale: 'en' });
    expect(label(en, 'w')).to.equal('Week 53, 2020: W');
    const de = await mountWith([{ id: 'w', title: 'W', date: '2020-W53' }], { locale: 'de' });
    expect(label(de, 'w')).to.equal('KW 53/2020: W');
  });

  it('shows a time whose offset moves it across midnight on the next day in Berlin', async () => {
    const el = await mountBerlin([{ id: 'late', title: 'Late in New York', date: '2024-11-18T23:30-05:00' }]);
    expect(label(el, 'late')).to.equal('November 19, 2024 at 5:30 AM GMT+1: Late in New York');
    expect(await detailsDate(el, 'late')).to.equal('November 19, 2024 at 5:30 AM GMT+1');
  });

  it('writes years before 1 CE with the locale\u2019s era', async () => {
    const events = [{ id: 'ides', title: 'Ides of March', date: '-000043-03-15' }];
    const en = await mountWith(events, { locale: 'en' });
    expect(label(en, 'ides')).to.equal('March 15, 44 BC: Ides of March');
    expect(await detailsDate(en, 'ides')).to.equal('March 15, 44 BC');
    const de = await mountWith(events, { locale: 'de' });
    expect(label(de, 'ides')).to.equal('15. März 44 v. Chr.: Ides of March');
  });

  it('writes the end of a span that began before 1 CE with its era, on the chart and in the details', async () => {
    const events = [
      { id: 'reign', title: 'Reign of Augustus', start: '-0026-01-16', end: '0014-08-19' },
      { id: 'age', title: 'An age', start: '-0100', end: '0050' },
      { id: 'later', title: 'Death of Augustus', date: '0014-08-19' },
    ];
    const en = await mountWith(events, { locale: 'en', orientation: 'horizontal', width: 1200 });
    expect(label(en, 'reign')).to.equal('January 16, 27 BC – August 19, 14 AD: Reign of Augustus');
    expect(label(en, 'age')).to.equal('101 BC – 50 AD: An age');
    expect(await detailsDate(en, 'reign')).to.equal('January 16, 27 BC – August 19, 14 AD');
    // On the chart, the short date line of the span, its end with its era.
    expect(inner(eventById(en, 'reign'), 'date').textContent).to.equal('Jan 16, 27 BC – Aug 19, 14 AD');
    const de = await mountWith(events, { locale: 'de', orientation: 'horizontal', width: 1200 });
    expect(label(de, 'age')).to.equal('101 v. Chr. – 50 n. Chr.: An age');
  });

  it('draws far-future years and refuses years beyond AD 275759 with a readable problem', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale="en" time-zone="UTC"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.events = [
      { id: 'y10k', title: 'Ten thousand', date: '+010000-03-15' },
      { id: 'last', title: 'Last year', date: '+275759' },
      { id: 'beyond', title: 'Beyond', date: '+275760-01-01' },
    ];
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.problems.map((p) => [p.index, p.field])).to.deep.equal([[2, 'date']]);
    await el.updateComplete;
    expect(label(el, 'y10k')).to.equal('March 15, 10000: Ten thousand');
    expect(label(el, 'last')).to.equal('275759: Last year');
    expect(part(el, 'error')!.textContent).to.contain('date is outside the years that can be shown (271821 BC to AD 275759)');
  });
});

describe('approximate and uncertain dates on screen', () => {
  it('marks them on the marker, writes them in the details and speaks the qualifier', async () => {
    const { mountWith: mount, eventById: byId, inner: innerOf, part: partOf } = await import('./helpers.js');
    const el = await mount(
      [
        { id: 'c', title: 'Circa', date: '1520~' },
        { id: 'u', title: 'Unsure', date: '1530-10?' },
        { id: 'd', title: 'Decade', date: '154X' },
        { id: 'x', title: 'Exact', date: '1525-05-05' },
      ],
      { orientation: 'horizontal', width: 1000, locale: 'de' },
    );
    expect(innerOf(byId(el, 'c'), 'marker').dataset['certainty']).to.equal('approximate');
    expect(innerOf(byId(el, 'u'), 'marker').dataset['certainty']).to.equal('uncertain');
    expect(innerOf(byId(el, 'x'), 'marker').hasAttribute('data-certainty')).to.equal(false);
    expect(byId(el, 'c').getAttribute('aria-label')).to.equal('ungefähr 1520: Circa');
    expect(byId(el, 'd').getAttribute('aria-label')).to.equal('1540er: Decade');
    byId(el, 'u').click();
    await el.updateComplete;
    expect(partOf(el, 'details-date')!.textContent).to.equal('Oktober 1530 (unsicher)');
    // A dashed edge, not the solid one of an exact date.
    expect(getComputedStyle(innerOf(byId(el, 'c'), 'marker')).borderLeftStyle).to.equal('dashed');
  });
});

describe('a range with one end exact and the other not', () => {
  /** Which ends of a band's marker fade out, as its computed mask draws them: transparent at that end of the gradient. */
  function fades(marker: HTMLElement): [start: boolean, end: boolean] {
    const mask = getComputedStyle(marker).maskImage;
    if (!mask.includes('gradient')) return [false, false];
    const colours = mask.match(/rgba?\([^)]*\)/g)!;
    const clear = (c: string) => /rgba\(.*,\s*0\)$/.test(c);
    return [clear(colours[0]!), clear(colours[colours.length - 1]!)];
  }

  for (const [orientation, width] of [['horizontal', 1000], ['vertical', 390]] as const) {
    it(`is drawn sharp at its known end and fading at its unsure one, its start's edge solid when known (${orientation})`, async () => {
      const { mountWith: mount, eventById: byId, inner: innerOf } = await import('./helpers.js');
      const el = await mount(
        [
          { id: 'late', title: 'Known start, end unsure', start: '1520-03-01', end: '1535?' },
          { id: 'early', title: 'Start about, known end', start: '1520~', end: '1535-06-30' },
          { id: 'both', title: 'Both unsure', start: '1522~', end: '1533?' },
          { id: 'one', title: 'One uncertain month', date: '1528-05?' },
          { id: 'exact', title: 'Exact', start: '1521', end: '1534' },
        ],
        { orientation, width, locale: 'en' },
      );
      const marker = (id: string) => innerOf(byId(el, id), 'marker');
      expect(fades(marker('late')), 'late').to.deep.equal([false, true]);
      expect(fades(marker('early')), 'early').to.deep.equal([true, false]);
      expect(fades(marker('both')), 'both').to.deep.equal([true, true]);
      expect(fades(marker('one')), 'one').to.deep.equal([true, true]);
      expect(fades(marker('exact')), 'exact').to.deep.equal([false, false]);
      // Each end's own qualifier, for a page's own styles; the item's as before.
      expect([marker('late').dataset['certainty'], marker('late').dataset['certaintyStart'], marker('late').dataset['certaintyEnd']]).to.deep.equal(['uncertain', undefined, 'uncertain']);
      expect([marker('early').dataset['certainty'], marker('early').dataset['certaintyStart'], marker('early').dataset['certaintyEnd']]).to.deep.equal(['approximate', 'approximate', undefined]);
      expect(marker('one').hasAttribute('data-certainty-start')).to.equal(false);
      if (orientation === 'horizontal') {
        expect(getComputedStyle(marker('late')).borderLeftStyle).to.equal('solid');
        expect(getComputedStyle(marker('early')).borderLeftStyle).to.equal('dashed');
      }
      // The saved picture fades the same ends (its masks' gradients, the band's first and last stops).
      const svg = new DOMParser().parseFromString(el.toSVG()!, 'image/svg+xml');
      const ends = [...svg.querySelectorAll('linearGradient')].map((g) => {
        const stops = [...g.querySelectorAll('stop')];
        return [stops[0]!, stops[stops.length - 1]!].map((stop) => stop.getAttribute('stop-opacity') === '0').join();
      });
      expect(ends.sort()).to.deep.equal(['false,true', 'true,false', 'true,true', 'true,true'].sort());
    });
  }
});

describe('open ranges (..)', () => {
  it('draws an ongoing range to the edge of the fitted view, fading, and says it goes on', async () => {
    const { mountWith: mount, eventById: byId, inner: innerOf, part: partOf } = await import('./helpers.js');
    const el = await mount(
      [
        { id: 'war', title: 'War', start: '2022-02-24', end: '..' },
        { id: 'before', title: 'Unknown start', start: '..', end: '2021-06' },
        { id: 'a', title: 'A', date: '2021-09-01' },
        { id: 'b', title: 'B', date: '2023-03-01' },
      ],
      { orientation: 'horizontal', width: 1000, locale: 'de' },
    );
    const host = el.getBoundingClientRect();
    const war = innerOf(byId(el, 'war'), 'marker');
    expect(war.dataset['open']).to.equal('end');
    expect(war.getBoundingClientRect().right).to.be.closeTo(host.right, 2);
    const before = innerOf(byId(el, 'before'), 'marker');
    expect(before.dataset['open']).to.equal('start');
    expect(before.getBoundingClientRect().left).to.be.closeTo(host.left, 2);
    expect(getComputedStyle(war).maskImage).to.contain('gradient');
    expect(byId(el, 'war').getAttribute('aria-label')).to.equal('24. Februar 2022 – andauernd: War');
    // The label's date line says so in words too, not with a dash left hanging.
    expect(innerOf(byId(el, 'war'), 'date').textContent).to.equal('24. Feb. 2022 – andauernd');
    expect(innerOf(byId(el, 'before'), 'date').textContent).to.equal('Beginn unbekannt – Juni 2021');
    byId(el, 'before').click();
    await el.updateComplete;
    expect(partOf(el, 'details-date')!.textContent).to.equal('Beginn unbekannt – Juni 2021');
    const doc = el.toJSON()!;
    expect(doc.events.find((e) => e.id === 'war')).to.include({ start: '2022-02-24', end: '..' });
  });

  it('fits a story of one open range around the period it is known by, not the instant it begins or ends', async () => {
    // An outside probe: "2024-03 .." alone opened on 29 Feb - 2 Mar in hours, March off the view.
    const { mountWith: mount, eventById: byId, inner: innerOf } = await import('./helpers.js');
    const cases = [
      { item: { id: 'o', title: 'Ongoing since March', start: '2024-03', end: '..' }, known: ['2024-03-01', '2024-04-01'] },
      { item: { id: 'o', title: 'Begun before June', start: '..', end: '2021-06' }, known: ['2021-06-01', '2021-07-01'] },
    ];
    for (const { item, known } of cases) {
      const el = await mount([item], { orientation: 'horizontal', width: 1000, locale: 'en' });
      const [a, b] = [Date.parse(el.start!), Date.parse(el.end!)];
      const [from, to] = known.map((d) => Date.parse(`${d}T00:00Z`)) as [number, number];
      expect(a <= from && to <= b, `${el.start} – ${el.end}`).to.equal(true);
      // The month fills most of the view (the fit's 5 % either side), not a sliver or nothing.
      expect((to - from) / (b - a), `${el.start} – ${el.end}`).to.be.above(0.85);
      // And the band still runs to the view's edge on its open side.
      const band = innerOf(byId(el, 'o'), 'marker').getBoundingClientRect();
      const host = el.getBoundingClientRect();
      if (item.end === '..') expect(band.right).to.be.closeTo(host.right, 2);
      else expect(band.left).to.be.closeTo(host.left, 2);
      el.remove();
    }
  });

  it('refuses an unknown start without a known end', async () => {
    const { parseTimeline } = await import('../../src/core/parse.js');
    const model = parseTimeline([{ id: 'x', title: 'X', start: '..', end: '..' }, { id: 'y', title: 'Y', start: '..' }], 'UTC');
    expect(model.problems.map((p) => p.field)).to.deep.equal(['start', 'start']);
  });
});
