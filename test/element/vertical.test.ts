import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { eventById, inner, mountWith, part, parts, rectsOverlap } from './helpers.js';
import { readingProblems } from './readable-checks.js';
import { riverStory } from './river-story.js';

const events = [
  { id: 'a', title: 'First', date: '2024-01-01' },
  { id: 'b', title: 'Second', date: '2024-01-11' },
  { id: 'c', title: 'Third', date: '2024-01-31' },
  { id: 'm', title: 'A month', date: '2024-03' },
];

const centreY = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.top + r.height / 2;
};

describe('<event-timeline> vertical layout', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('runs time top to bottom below 600px wide, proportionally', async () => {
    const el = await mountWith(events, { width: 360 });
    const [a, b, c] = ['a', 'b', 'c'].map((id) => centreY(inner(eventById(el, id), 'marker')));
    expect(b!).to.be.greaterThan(a!);
    expect((c! - a!) / (b! - a!)).to.be.closeTo(3, 0.03);
  });

  it('stays horizontal when asked, whatever the width', async () => {
    const el = await mountWith(events, { width: 360, orientation: 'horizontal' });
    const [a, b] = ['a', 'b'].map((id) => inner(eventById(el, id), 'marker').getBoundingClientRect().left);
    expect(b!).to.be.greaterThan(a!);
  });

  it('goes back to auto when the orientation attribute is taken away: the property reads auto, the layout follows the width', async () => {
    const el = await mountWith(events, { width: 360, orientation: 'horizontal' });
    el.removeAttribute('orientation');
    await el.updateComplete;
    expect(el.orientation).to.equal('auto');
    expect(el.hasAttribute('orientation'), 'not written back').to.equal(false);
    const [a, b] = ['a', 'b'].map((id) => centreY(inner(eventById(el, id), 'marker')));
    expect(b!, 'vertical at 360 px').to.be.greaterThan(a! + 20);
  });

  it('draws a month as a band from its first day to the next month, downwards', async () => {
    const el = await mountWith([...events, { id: 'mar1', title: 'March 1', date: '2024-03-01' }, { id: 'apr1', title: 'April 1', date: '2024-04-01' }], {
      orientation: 'vertical',
    });
    const band = inner(eventById(el, 'm'), 'marker').getBoundingClientRect();
    expect(band.top).to.be.closeTo(centreY(inner(eventById(el, 'mar1'), 'marker')), 1);
    expect(band.bottom).to.be.closeTo(centreY(inner(eventById(el, 'apr1'), 'marker')), 1);
  });

  it('cuts a long empty stretch after a month, never the month itself', async () => {
    // The demo's shape: days in September, October known to the month, then nothing until late January.
    const story = [
      { id: 's3', title: 'Third of September', date: '2024-09-03' },
      { id: 's12', title: 'Twelfth of September', date: '2024-09-12' },
      { id: 's25', title: 'Twenty-fifth of September', date: '2024-09-25' },
      { id: 'oct', title: 'Sometime in October', date: '2024-10' },
      { id: 'j28', title: 'Late January', date: '2025-01-28' },
      { id: 'f2', title: 'Early February', date: '2025-02-02' },
    ];
    const el = await mountWith(story, { width: 390 });
    const breaks = [...parts(el, 'axis')[0]!.querySelectorAll('.rail-break')].map((b) => b.getBoundingClientRect());
    expect(breaks, 'a break in the empty months').to.have.length(1);
    const month = inner(eventById(el, 'oct'), 'marker').getBoundingClientRect();
    const january = centreY(inner(eventById(el, 'j28'), 'marker'));
    // The break lies after the whole of October and before January's point.
    expect(breaks[0]!.top).to.be.at.least(month.bottom);
    expect(breaks[0]!.bottom).to.be.at.most(january);
    // October is drawn at the scale of September: 31 days against the 9 from the 3rd to the 12th.
    const nineDays = centreY(inner(eventById(el, 's12'), 'marker')) - centreY(inner(eventById(el, 's3'), 'marker'));
    expect(month.height / nineDays).to.be.closeTo(31 / 9, 0.1);
  });

  it('never overlaps labels, and fits 320px without cutting the first column', async () => {
    const dense = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, title: `Event ${i} with a long title that gets cut`, date: `2024-05-${String((i % 10) + 1).padStart(2, '0')}` }));
    const el = await mountWith(dense, { width: 320 });
    const rects = parts(el, 'label').map((l) => l.getBoundingClientRect());
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i]!, rects[j]!), `${i} vs ${j}`).to.equal(false);
    }
    const host = el.getBoundingClientRect();
    expect(inner(eventById(el, 'e0'), 'label').getBoundingClientRect().left).to.be.within(host.left, host.right - 40);
  });

  it('names a card’s group after its date, where the cards of every group share one column (colour alone tells no one apart)', async () => {
    const el = await mountWith(
      {
        groups: [
          { id: 'ru', label: 'Russia' },
          { id: 'kr', label: 'South Korea' },
        ],
        events: [
          { id: 'a', title: 'Warning', date: '2024-06-20', group: 'ru' },
          { id: 'b', title: 'Briefing', date: '2024-10-18', group: 'kr' },
          { id: 'c', title: 'No group', date: '2024-11-02' },
        ],
      },
      { width: 390 },
    );
    const dateLine = (id: string) => inner(eventById(el, id), 'date').textContent!.replace(/\s+/g, ' ').trim();
    expect(dateLine('a')).to.equal('Jun 20 · Russia');
    expect(dateLine('b')).to.equal('Oct 18 · South Korea');
    expect(dateLine('c')).to.equal('Nov 2');
    // The line is measured with its group: the card holds it whole, on the line laid out for it.
    expect(readingProblems(el, new Map([['a', 'Warning'], ['b', 'Briefing'], ['c', 'No group']]))).to.deep.equal([]);
    for (const id of ['a', 'b']) {
      const card = eventById(el, id).getBoundingClientRect();
      const date = inner(eventById(el, id), 'date').getBoundingClientRect();
      const label = inner(eventById(el, id), 'label').getBoundingClientRect();
      expect(date.right, `${id}: its date line within its card`).to.be.at.most(card.right + 0.5);
      expect(date.bottom, `${id}: its date line above its title`).to.be.at.most(label.top + 0.5);
    }
    el.orientation = 'horizontal';
    await el.updateComplete;
    // Across the page, each group has its row and its heading: the date line is the date alone.
    expect(inner(eventById(el, 'a'), 'date').textContent!.trim()).to.equal('Jun 20');
  });

  it('keeps a focused card’s ring inside the plot that clips it, right to left too', async () => {
    for (const dir of ['ltr', 'rtl']) {
      document.documentElement.dir = dir;
      const el = await mountWith(events, { width: 360, locale: dir === 'rtl' ? 'ar' : 'en' });
      const card = eventById(el, 'b');
      card.focus();
      await el.updateComplete;
      const ring = card.getBoundingClientRect();
      const style = getComputedStyle(card);
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      expect(reach, `${dir}: a ring drawn`).to.be.above(0);
      const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      expect(ring.right + reach, `${dir}: its inline end`).to.be.at.most(plot.right + 0.5);
      expect(ring.left - reach, `${dir}: its inline start`).to.be.at.least(plot.left - 0.5);
      // The rail's dates lie on the grid lines' way (right to left, all of them): drawn over them, on the background.
      const label = el.shadowRoot!.querySelector<HTMLElement>('.rail-tick-label')!;
      expect(getComputedStyle(label).backgroundColor, `${dir}: a date's own background`).to.not.equal('rgba(0, 0, 0, 0)');
    }
    document.documentElement.dir = '';
  });

  it('keeps a selected card out of the window off the plot, never over the cards pushed down to the window’s end', async () => {
    // Cards near the window's end are pushed past the rail's end by a tall one; the selected item
    // a few days later held its tab stop in a card drawn at its time, over them.
    const story = [
      { id: 'm1', title: 'Budget talks open', date: '2009-03' },
      { id: 'm2', title: 'Coalition agrees a timetable', date: '2009-03' },
      { id: 'w12', title: 'A long report, https://example.org/a/very/long/path/without/spaces/in/it/0123456789, is published', date: '2009-W12' },
      { id: 'd20', title: 'Vote', date: '2009-03-20' },
      { id: 'd21', title: 'Second vote', date: '2009-03-20' },
      { id: 'w13', title: 'Aftermath', date: '2009-W13' },
    ];
    const el = await mountWith(story, { width: 390, locale: 'de' });
    el.selected = 'd20';
    await el.updateComplete;
    const [t0, t1] = [Date.parse(el.start!), Date.parse(el.end!)];
    await el.zoomTo(t0 - (t1 - t0) / 2, t0 + (t1 - t0) / 2, { animate: false });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(Date.parse(el.end!), 'the window ends before the selected day').to.be.below(Date.UTC(2009, 2, 19));
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    const selected = inner(eventById(el, 'd20'), 'label').getBoundingClientRect();
    expect(selected.top, 'the selected card lies below the plot, which clips it').to.be.at.least(plot.bottom);
    expect(inner(eventById(el, 'd20'), 'marker').getBoundingClientRect().top, 'and so does its point').to.be.at.least(plot.bottom);
    for (const id of ['m1', 'm2', 'w12']) {
      for (const name of ['label', 'date'] as const) {
        const r = inner(eventById(el, id), name).getBoundingClientRect();
        expect(r.bottom, `${id}'s ${name} inside the plot`).to.be.at.most(plot.bottom);
        expect(rectsOverlap(r, selected), `the selected card over ${id}'s ${name}`).to.equal(false);
      }
    }
    // Tabbing onto it brings it back into the window, drawn inside the plot.
    eventById(el, 'd20').focus();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    const back = inner(eventById(el, 'd20'), 'label').getBoundingClientRect();
    const plotNow = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    expect(back.top).to.be.at.least(plotNow.top);
    expect(back.bottom).to.be.at.most(plotNow.bottom);
  });

  it('says at the rail’s top when the view begins where its first tick lies far down it', async () => {
    const el = await mountWith(
      [
        { id: 'a', title: 'Tender published', date: '2023-03' },
        { id: 'b', title: 'Hearings', start: '2023-05', end: '2023-11' },
        { id: 'c', title: 'Contract awarded', date: '2023-W27' },
        { id: 'd', title: 'Ground broken', date: '2023-10-12' },
        { id: 'e', title: 'Shell built', start: '2024-01', end: '2024-09' },
        { id: 'f', title: 'Opening', date: '2024-12' },
      ],
      { width: 390 },
    );
    const ticks = [...part(el, 'axis')!.querySelectorAll('.rail-tick-label')].map((t) => ({ text: t.textContent!.trim(), top: t.getBoundingClientRect().top }));
    const rail = part(el, 'axis')!.getBoundingClientRect();
    const first = eventById(el, 'a').getBoundingClientRect();
    // The year the view begins in, at its top (before, "2024" two thirds down was the first word).
    expect(ticks[0]!.text).to.equal('2023');
    expect(ticks[0]!.top).to.be.below(first.bottom);
    expect(ticks[0]!.top).to.be.at.least(rail.top - 20);
    expect(ticks.map((t) => t.text)).to.include.members(['2024', '2025']);
  });

  describe('a story longer than the screen', () => {
    const days = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, title: `Day ${i} of the story`, date: new Date(Date.UTC(2024, 0, 1) + i * 12 * 86_400_000).toISOString().slice(0, 10) }));
    const onScreen = (el: Element | null | undefined) => {
      const r = el!.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= window.innerHeight + 1;
    };
    afterEach(async () => {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    });

    it('scrolls the focused card on screen as the arrow keys and End move down the story', async () => {
      await setViewport({ width: 390, height: 600 });
      const el = await mountWith(days, { width: 370 });
      expect(el.getBoundingClientRect().height).to.be.greaterThan(1200);
      eventById(el, 'd0').focus();
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await el.updateComplete;
        expect(onScreen(el.shadowRoot!.activeElement), `after ${i + 1} ArrowDown`).to.equal(true);
      }
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('d29');
      expect(onScreen(el.shadowRoot!.activeElement)).to.equal(true);
    });

    it('keeps the focused card on screen as the keys zoom about it: out, in and back to the whole story', async () => {
      await setViewport({ width: 390, height: 600 });
      const el = await mountWith(days, { width: 370 });
      for (const id of ['d15', 'd29']) {
        const card = eventById(el, id);
        card.focus();
        card.scrollIntoView({ block: 'center' });
        for (const key of ['-', '+', '+', '+', '0']) {
          await sendKeys({ press: key });
          await el.updateComplete;
          await el.updateComplete;
          expect(el.shadowRoot!.activeElement?.getAttribute('data-id'), `${id} after ${key}`).to.equal(id);
          expect(onScreen(el.shadowRoot!.activeElement), `${id} after ${key}`).to.equal(true);
        }
      }
    });

    it('keeps the focused card clear of the details sheet while the arrow keys move down the story', async () => {
      await setViewport({ width: 390, height: 600 });
      const el = await mountWith(days, { width: 370 });
      eventById(el, 'd0').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await el.updateComplete;
        const card = el.shadowRoot!.activeElement!.getBoundingClientRect();
        const sheet = part(el, 'details')!.getBoundingClientRect();
        expect(onScreen(el.shadowRoot!.activeElement), `after ${i + 1} ArrowDown`).to.equal(true);
        expect(rectsOverlap(card, sheet), `after ${i + 1} ArrowDown, the card under the sheet`).to.equal(false);
      }
    });

    it('scrolls a chosen card clear of the sheet inside a box that scrolls, as the page does', async () => {
      await setViewport({ width: 390, height: 700 });
      const box = await fixture<HTMLDivElement>(html`<div style="height: 500px; overflow: auto; margin-top: 100px"></div>`);
      const el = document.createElement('event-timeline');
      Object.assign(el, { locale: 'en', timeZone: 'UTC' });
      el.style.width = '370px';
      const loaded = oneEvent(el, 'timeline-load');
      el.events = days.map((d) => ({ ...d, description: 'What happened on that day, told at some length. '.repeat(6) }));
      box.append(el);
      await loaded;
      await el.updateComplete;
      const limit = box.getBoundingClientRect();
      const low = parts(el, 'event').filter((card) => card.getBoundingClientRect().bottom <= limit.bottom - 20).at(-1)!;
      low.click();
      await el.updateComplete;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const card = low.getBoundingClientRect();
      const sheet = part(el, 'details')!.getBoundingClientRect();
      expect(rectsOverlap(card, sheet)).to.equal(false);
      expect(card.top).to.be.at.least(limit.top);
    });

    it('brings the items of a "+N" chip on screen once it has zoomed in to them', async () => {
      await setViewport({ width: 390, height: 600 });
      const many = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, title: `Item ${i}`, date: new Date(Date.UTC(2024, 0, 1) + i * 18 * 86_400_000).toISOString().slice(0, 10) }));
      const el = await mountWith(many, { width: 370 });
      const chip = parts(el, 'cluster').find((c) => onScreen(c));
      expect(chip, 'a chip on screen').to.not.equal(undefined);
      const label = chip!.getAttribute('aria-label');
      const changed = oneEvent(el, 'timeline-range-change');
      chip!.click();
      await changed;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(parts(el, 'event').some((card) => onScreen(card)), `${label}: a card on screen`).to.equal(true);
      expect(part(el, 'details')).to.equal(undefined);
    });
  });

  it('zooms and moves focus with the keyboard, as horizontally', async () => {
    const el = await mountWith(events, { width: 360 });
    const before = Date.parse(el.end!) - Date.parse(el.start!);
    eventById(el, 'a').focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect((Date.parse(el.end!) - Date.parse(el.start!)) / before).to.be.closeTo(0.5, 0.001);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('b');
  });

  it('draws the selected item’s marker over the others at the same instant on the rail, and the focused one over that', async () => {
    // Items of one day share one point of the rail (their cards are pushed down); a range that
    // starts that day runs down over it. The one a reader picked must show there, not under them.
    const sameDay = [
      { id: 'p1', title: 'One that day', date: '2024-03-14' },
      { id: 'p2', title: 'Another that day', date: '2024-03-14' },
      { id: 'p3', title: 'A third that day', date: '2024-03-14' },
      { id: 'r', title: 'A range from that day', start: '2024-03-14', end: '2024-03-24' },
      { id: 'later', title: 'Later', date: '2024-04-07' },
    ];
    const el = await mountWith(sameDay, { width: 390 });
    const onTop = (id: string) => {
      const r = inner(eventById(el, id), 'marker').getBoundingClientRect();
      return el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('[part~="event"]')?.getAttribute('data-id');
    };
    expect(['p1', 'p2', 'p3'].map(onTop), 'before: one marker covers the others').to.not.deep.equal(['p1', 'p2', 'p3']);
    for (const id of ['p1', 'p2', 'p3']) {
      el.selected = id;
      await el.updateComplete;
      expect(onTop(id), `${id} selected`).to.equal(id);
    }
    // The keyboard's place over the selected one (p3): it is where the reader is now.
    eventById(el, 'p1').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!.getAttribute('data-id')!;
    expect(focused).to.not.be.oneOf(['p1', 'p3']);
    expect(onTop('p3'), `${focused} focused, p3 selected`).to.equal(focused);
  });

  it('writes the dates of ticks at the ends of the rail whole, turned inward, on screen and in its picture', async () => {
    // A window from midnight to midnight puts a tick at the very top of the rail and one at its bottom.
    const el = await mountWith(events, { width: 390 });
    await el.zoomTo(new Date('2024-01-01T00:00Z'), new Date('2024-01-15T00:00Z'), { animate: false });
    await el.updateComplete;
    const rail = parts(el, 'axis')[0]!;
    const railBox = rail.getBoundingClientRect();
    const ticks = [...rail.querySelectorAll<HTMLElement>('.rail-tick')].map((t) => t.getBoundingClientRect().top - railBox.top);
    expect(ticks[0], 'a tick at the top').to.be.closeTo(0, 1);
    expect(ticks[ticks.length - 1], 'a tick at the bottom').to.be.closeTo(railBox.height, 1);
    const plot = rail.closest('.plot')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    const labels = [...rail.querySelectorAll<HTMLElement>('.rail-tick-label')];
    expect(labels).to.have.length(ticks.length);
    for (const label of labels) {
      const r = label.getBoundingClientRect();
      for (const [name, box] of [['plot', plot], ['element', host]] as const) {
        expect(r.top, `${label.textContent} top, in the ${name}`).to.be.at.least(box.top - 0.5);
        expect(r.bottom, `${label.textContent} bottom, in the ${name}`).to.be.at.most(box.bottom + 0.5);
      }
    }
    // The exported picture clips its plot as the element does: every date of the rail inside it.
    const holder = document.createElement('div');
    holder.innerHTML = el.toSVG();
    document.body.append(holder);
    try {
      const plotBox = holder.querySelector('svg svg')!.getBoundingClientRect();
      const dates = [...holder.querySelectorAll('svg svg text')].filter((t) => /\d/.test(t.textContent!) && t.getBoundingClientRect().left < plotBox.left + 64);
      expect(dates.length, 'the rail dates in the picture').to.be.at.least(ticks.length);
      for (const t of dates) {
        const r = t.getBoundingClientRect();
        expect(r.top, `${t.textContent} in the picture`).to.be.at.least(plotBox.top - 0.5);
        expect(r.bottom, `${t.textContent} in the picture`).to.be.at.most(plotBox.bottom + 0.5);
      }
    } finally {
      holder.remove();
    }
  });

  for (const [locale, what, from, to] of [
    ['en', 'hours (11:00 PM)', '2024-11-05T18:00Z', '2024-11-06T03:00Z'],
    ['en', 'seconds (11:59:30 PM)', '2024-11-05T23:58:00Z', '2024-11-06T00:01:00Z'],
    ['de', 'days (30. Sept.)', '2024-09-02T00:00Z', '2024-10-01T00:00Z'],
    ['pt-BR', 'days (30 de set.)', '2024-09-02T00:00Z', '2024-10-01T00:00Z'],
  ] as const) {
    it(`writes every date of the rail whole inside the element, at a phone’s edge, in ${locale} with ${what}`, async () => {
      const items = [
        { id: 'a', title: 'Polls close', date: '2024-09-02T19:00' },
        { id: 'b', title: 'A key state is called', date: '2024-11-05T23:59' },
        { id: 'c', title: 'Concession speech', date: '2024-11-06T02:10' },
      ];
      const el = await mountWith(items, { width: 390, locale });
      await el.zoomTo(new Date(from), new Date(to), { animate: false });
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
      const labels = [...parts(el, 'axis')[0]!.querySelectorAll<HTMLElement>('.rail-tick-label')];
      expect(labels.length, 'ticks').to.be.at.least(3);
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        expect(r.left, `${label.textContent} left`).to.be.at.least(Math.max(host.left, chart.left) - 0.5);
        expect(label.scrollWidth, `${label.textContent} on one line`).to.be.at.most(label.clientWidth + 1);
      }
      // The cards keep clear of the rail's dates.
      const widest = Math.max(...labels.map((l) => l.getBoundingClientRect().right));
      for (const card of parts(el, 'event')) expect(inner(card, 'label').getBoundingClientRect().left).to.be.above(widest);
    });
  }

  for (const locale of ['de', 'ar']) {
    it(`finds room for the bold dates of a rail (midnights among hours) in a larger font (${locale})`, async () => {
      const el = await fixture<EventTimeline>(html`<event-timeline style="width: 390px; font-size: 24px" locale=${locale} time-zone="UTC"></event-timeline>`);
      const loaded = oneEvent(el, 'timeline-load');
      el.events = events;
      await loaded;
      await el.zoomTo(new Date('2024-11-09T18:00Z'), new Date('2024-11-11T06:00Z'), { animate: false });
      await el.updateComplete;
      expect(parts(el, 'axis')[0]!.querySelectorAll('.rail-tick.major .rail-tick-label').length, 'midnights, bold').to.be.at.least(2);
      expect(readingProblems(el, new Map()).filter((p) => p.startsWith('axis date'))).to.deep.equal([]);
    });
  }

  it('finds room for the dates of a rail that its narrower cards made longer and finer (seconds after minutes)', async () => {
    // A story a fuzz found: thirty items in one minute, some ranges to a quarter hour. With room
    // for "12:01 AM" the cards grow taller, the rail longer, and its ticks may come every 30 s
    // ("12:00:30 AM"), wider still (vertical-frame.ts looks again). Titles as digits into a word
    // list; a range's end minute.
    const words = ['Parliament', 'Seoul', 'Vize-Außenminister', 'a', 'after', 'budget', 'debate', 'long', 'passes', 'the', 'troops', 'warnt'];
    const story = '911a03 92612 8132:05 058423:09 a53 1b15509a 2213 0870 9846a0a1062 b739b74822 639:16 1:05 8996 364 0a2aa04a:07 2aa60b5b12 48b58339032 020719 7027025 431913750329:13 326694b 69a325746a 861060 21052571402 91b66 5 203 253a1:13 088a0 41509:02';
    const items = story.split(' ').map((spec, i) => {
      const [title, end] = spec.split(':');
      const when = end ? { start: '2010-06-01T00:00', end: `2010-06-01T00:${end}` } : { date: '2010-06-01T00:00' };
      return { id: `e${i}`, title: [...title!].map((d) => words[Number.parseInt(d, 16)]).join(' '), ...when };
    });
    const el = await mountWith(items, { width: 360 });
    // Its first eight minutes: with a tick every 80 px the whole story's rail has minutes, these
    // have ticks every 30 s ("12:00:30 AM"), wider still, for which the rail must make room again.
    await el.zoomTo(new Date('2010-06-01T00:00Z'), new Date('2010-06-01T00:08Z'), { animate: false });
    await el.updateComplete;
    const labels = [...parts(el, 'axis')[0]!.querySelectorAll<HTMLElement>('.rail-tick-label')];
    expect(labels.map((l) => l.textContent).join(' '), 'ticks of seconds').to.match(/:30 /);
    expect(readingProblems(el, new Map()).filter((p) => p.startsWith('axis date'))).to.deep.equal([]);
  });

  it('moves its rail once for dates that need more room, not back and forth as the zoom changes unit', async () => {
    // A month apart all year: a rail of months ("Jan 2024", "Feb"), no break whose end says its day.
    const items = Array.from({ length: 12 }, (_, m) => ({ id: `m${m}`, title: `Month ${m + 1}`, date: `2024-${String(m + 1).padStart(2, '0')}-05T23:41` }));
    const el = await mountWith(items, { width: 390, locale: 'en' });
    const railWidth = () => parts(el, 'axis')[0]!.getBoundingClientRect().width;
    const fitted = railWidth();
    await el.zoomTo(new Date('2024-11-05T23:40Z'), new Date('2024-11-05T23:43Z'), { animate: false });
    await el.updateComplete;
    const seconds = railWidth();
    expect(seconds, 'seconds ("11:41:30 PM") need more room than months').to.be.above(fitted);
    await el.fit({ animate: false });
    await el.updateComplete;
    expect(railWidth(), 'back at months').to.equal(seconds);
  });

  it('is not laid out again when only its height changes (a vertical layout grows and shrinks with its cards at every step of a moving window)', async () => {
    const el = await mountWith(events, { width: 360 });
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    await frames(3);
    let updates = 0;
    const host = el as unknown as { update: (changed: unknown) => void };
    const update = host.update;
    host.update = function (changed: unknown) {
      updates++;
      update.call(this, changed);
    };
    const height = el.getBoundingClientRect().height;
    el.style.minHeight = `${Math.round(height) + 400}px`;
    await frames(3);
    expect(el.getBoundingClientRect().height).to.be.closeTo(height + 400, 1);
    expect(updates, 'updates after a change of height alone').to.equal(0);
    el.style.width = '340px';
    await frames(3);
    expect(updates, 'updates after a change of width').to.be.at.least(1);
  });

  it('zooms with its buttons about the card on screen, keeping it in view, not into the empty stretch the rail cuts short', async () => {
    // One event in January, a cluster in September: the window's middle in time lies in the
    // long empty stretch between them, where zooming about it showed an empty rail.
    const story = [
      { id: 'early', title: 'Where the story began', date: '2024-01-10' },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, title: `September, day ${i * 3 + 1}: what happened that day`, date: `2024-09-${String(i * 3 + 1).padStart(2, '0')}` })),
    ];
    const el = await mountWith(story, { width: 390 });
    const onScreen = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight;
    for (let tap = 1; tap <= 2; tap++) {
      // The card nearest the middle of the part of the plot on screen: the one the reader looks at.
      const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      const middle = (Math.max(plot.top, 0) + Math.min(plot.bottom, innerHeight)) / 2;
      const cards = parts(el, 'event').filter((e) => onScreen(e.getBoundingClientRect()));
      expect(cards.length, `cards on screen before tap ${tap}`).to.be.at.least(2);
      const watched = cards.reduce((a, b) => (Math.abs(centreY(a) - middle) <= Math.abs(centreY(b) - middle) ? a : b)).dataset['id']!;
      const before = Date.parse(el.end!) - Date.parse(el.start!);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
      await el.updateComplete;
      expect((Date.parse(el.end!) - Date.parse(el.start!)) / before, `tap ${tap} halves the window`).to.be.closeTo(0.5, 0.001);
      expect(onScreen(eventById(el, watched).getBoundingClientRect()), `${watched} still on screen after tap ${tap}`).to.equal(true);
    }
    // Two taps show September in detail, not the months between.
    expect(parts(el, 'event').filter((e) => onScreen(e.getBoundingClientRect())).length).to.be.at.least(3);
  });

  // The rail cuts the months between January and September short: a straight scale over the
  // rail's length put a time in those months under a pointer on a September card.
  const janAndSeptember = [
    { id: 'early', title: 'Where the story began', date: '2024-01-10' },
    ...Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, title: `September, day ${i * 3 + 1}`, date: `2024-09-${String(i * 3 + 1).padStart(2, '0')}` })),
  ];
  const settled = async (el: EventTimeline, changed: Promise<unknown>) => {
    await changed;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  };

  it('writes a day above its time on the rail clear of the length of the break below it', async () => {
    // Forty items at one instant between a month before and a month after: the rail cuts both
    // months short, and the tick at that instant, the first after the first break ("May 1, 2024"
    // above "12:00 PM"), stood just above the second, its second line over "4 weeks".
    const story = [
      { id: 'april', title: 'April', date: '2024-04-01' },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, title: `Same instant ${i}`, date: '2024-05-01T12:00' })),
      { id: 'june', title: 'June', date: '2024-06-01' },
    ];
    const el = await mountWith(story, { width: 390, timeZone: 'Europe/Berlin' });
    const axis = part(el, 'axis')!;
    const breaks = [...axis.querySelectorAll<HTMLElement>('.rail-break-label')];
    const ticks = [...axis.querySelectorAll<HTMLElement>('.rail-tick-label')];
    expect(breaks.length, 'two breaks').to.equal(2);
    expect(ticks.some((t) => t.innerText.includes('\n')), 'a label of two lines').to.equal(true);
    for (const t of ticks) for (const b of breaks) expect(rectsOverlap(t.getBoundingClientRect(), b.getBoundingClientRect()), `${JSON.stringify(t.innerText)} over ${JSON.stringify(b.innerText)}`).to.equal(false);
    // The picture writes them where the element does: no tick's lines on a break's length there either.
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const texts = [...svg.querySelectorAll('text')];
    const ys = (t: Element) => Number(t.getAttribute('y'));
    const lengths = texts.filter((t) => t.getAttribute('class')?.split(' ').includes('i')).map(ys);
    const dates = texts.filter((t) => /^(May|Jun|Apr|\d)/.test(t.textContent!.trim()) && !t.getAttribute('class')?.split(' ').includes('i') && Number(t.getAttribute('x')) < 80).map(ys);
    expect(lengths).to.have.length(2);
    for (const y of dates) for (const b of lengths) expect(Math.abs(y - b), `a date at ${y} against a break's length at ${b}`).to.be.at.least(9);
  });

  it('opens a fitted story on a phone with its first card near the rail’s top and its last near its foot, where a busy hour sets the rail’s scale', async () => {
    // Fifty items in one hour between a month before and a month after: the hour's cards set the
    // rail's scale, and the room a fitted window leaves around the story (5 % of two months) was
    // drawn at it, over a thousand px of empty rail above the first card and below the last.
    const story = [
      { id: 'before', title: 'A month before', date: '2024-05-01T12:00' },
      ...Array.from({ length: 50 }, (_, i) => ({ id: `h${i}`, title: `Busy item ${i} with a title that wraps on a phone`, date: `2024-06-01T14:${String(i).padStart(2, '0')}` })),
      { id: 'after', title: 'A month after', date: '2024-07-01T12:00' },
    ];
    const el = await mountWith(story, { width: 390, timeZone: 'Europe/Berlin' });
    const rail = part(el, 'axis')!.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const first = eventById(el, 'before').getBoundingClientRect();
    const last = eventById(el, 'after').getBoundingClientRect();
    expect(first.top - rail.top, 'rail above the first card').to.be.at.most(5 * line);
    expect(rail.bottom - last.bottom, 'rail below the last card').to.be.at.most(5 * line);
    // The hour's cards stand one under another beside their times, in time order.
    const drawn = new Map(parts(el, 'event').map((e) => [e.dataset['id'], e]));
    const hour = story.slice(1, -1).flatMap((item) => drawn.get(item.id) ?? []);
    expect(hour.length, 'cards of the hour drawn').to.be.at.least(10);
    const tops = hour.map((e) => e.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    // The first tick says the day and year the story begins.
    const labels = [...part(el, 'axis')!.querySelectorAll<HTMLElement>('.rail-tick-label')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    expect(labels[0]!.innerText).to.match(/May 1, 2024/);
  });

  it('names the first year of a story of decades at the rail’s top, not the year the squeezed room above it begins in', async () => {
    // A story from the first days of 1990 to 2022, fitted: the room above its first card is squeezed.
    const story = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}`, date: new Date(Date.UTC(1990, 0, 2) + i * 58 * 86_400_000).toISOString().slice(0, 10) }));
    const el = await mountWith(story, { width: 390, timeZone: 'UTC' });
    const labels = [...part(el, 'axis')!.querySelectorAll<HTMLElement>('.rail-tick-label')]
      .map((t) => ({ year: Number(/\d{4}/.exec(t.innerText)?.[0]), top: t.getBoundingClientRect().top }))
      .filter((t) => t.year > 0)
      .sort((a, b) => a.top - b.top);
    expect(labels.length, 'year labels').to.be.at.least(4);
    // The rail's top names the story's first year, not the year where the squeezed room above it
    // begins ("1988", which put 1988 half a year above 1990 at the rail's scale); the ticks below
    // stand as far apart as their years.
    expect(labels[0]!.year, labels.map((l) => l.year).join(' ')).to.equal(1990);
    expect(labels[0]!.top, 'above the first card').to.be.at.most(eventById(el, 'r0').getBoundingClientRect().top);
    const ticks = labels.slice(1);
    const perYear = ticks.slice(1).map((l, i) => (l.top - ticks[i]!.top) / (l.year - ticks[i]!.year));
    for (const px of perYear) expect(px, perYear.map(Math.round).join(' ')).to.be.within(0.8 * perYear[0]!, 1.2 * perYear[0]!);
  });

  it('gives a busy stretch the rail, not a day known only as a day beside it: that day takes the room of two cards', async () => {
    // January's and December's items known to the day, 300 items in six hours of June between them.
    const story = [
      { id: 'jan', title: 'January', date: '2024-01-10' },
      ...Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, title: `Dense ${i}`, date: new Date(Date.parse('2024-06-01T08:00:00Z') + i * 72_000).toISOString() })),
      { id: 'dec', title: 'December', date: '2024-12-10' },
    ];
    const el = await mountWith(story, { width: 390, timeZone: 'Europe/Berlin' });
    const rail = part(el, 'axis')!.getBoundingClientRect();
    const ticks = [...part(el, 'axis')!.querySelectorAll<HTMLElement>('.rail-tick')];
    const tickAt = (text: string) => ticks.find((t) => t.innerText.trim() === text)!.getBoundingClientRect().top;
    // January's day, from its point to the next day's tick: two cards' room at most (it was 1,300 px).
    const day = tickAt('Jan 11') - centreY(inner(eventById(el, 'jan'), 'marker'));
    expect(day, 'January 10 on the rail').to.be.within(eventById(el, 'jan').getBoundingClientRect().height, 400);
    const shown = parts(el, 'event').filter((e) => e.dataset['id']!.startsWith('d'));
    const first = shown[0]!.getBoundingClientRect().top;
    const last = shown.at(-1)!.getBoundingClientRect().top;
    expect(last - first, 'the six hours take most of the rail').to.be.above(0.6 * rail.height);
    expect(shown.length, 'cards of the busy hours').to.be.at.least(20);
    // The rail's ticks over January's day are those of a day, and its date is written there.
    const labels = [...part(el, 'axis')!.querySelectorAll<HTMLElement>('.rail-tick-label')].map((l) => l.innerText);
    expect(labels[0]).to.match(/Jan 10, 2024/);
    expect(labels).to.include('Jan 11');
  });

  it('keeps its zoom buttons at the top of the screen while a long article scrolls past, and they still zoom', async () => {
    const story = Array.from({ length: 60 }, (_, i) => ({ id: `i${i}`, title: `Item ${i} with a title long enough to wrap on a phone`, date: `2024-06-01T14:${String(i).padStart(2, '0')}` }));
    const el = await mountWith(story, { width: 390, timeZone: 'Europe/Berlin' });
    expect(el.getBoundingClientRect().height, 'screens long').to.be.above(2 * innerHeight);
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
    scrollTo(0, el.getBoundingClientRect().top + scrollY + innerHeight);
    await new Promise((r) => requestAnimationFrame(r));
    const box = zoomIn.getBoundingClientRect();
    expect(box.top, 'on screen, at its top').to.be.within(0, 20);
    // On top of what passes under it: the button is what a tap there reaches.
    expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(zoomIn);
    // A bar across the element: beside the buttons no card shows a piece of its lines either.
    const host = el.getBoundingClientRect();
    const bar = zoomIn.parentElement!;
    for (let x = host.left + 2; x < host.right - 2; x += 8) {
      const hit = el.shadowRoot!.elementFromPoint(x, box.top + box.height / 2);
      expect(hit === bar || bar.contains(hit), `at x ${Math.round(x - host.left)}: ${hit?.className}`).to.equal(true);
    }
    expect(getComputedStyle(bar).backgroundColor).to.equal(getComputedStyle(el).backgroundColor);
    const changed = oneEvent(el, 'timeline-range-change');
    zoomIn.click();
    await changed;
    scrollTo(0, 0);
  });

  it('keeps the details sheet over its sticky zoom bar where both stand low on the screen: its close button is what a tap there reaches', async () => {
    await setViewport({ width: 390, height: 844 });
    const story = Array.from({ length: 30 }, (_, i) => ({ id: `i${i}`, title: `Item ${i} with a title long enough to wrap on a phone`, date: `2024-06-${String(i + 1).padStart(2, '0')}`, place: 'Berlin', description: 'What happened, told in a sentence or two so that the sheet is as tall as a real one.' }));
    const el = await mountWith(story, { width: 390, timeZone: 'Europe/Berlin' });
    // The element begins low on the screen, below an article's first paragraphs: its zoom bar
    // stands where the sheet, stuck to the screen's bottom, has its title and close button.
    const spacer = document.createElement('div');
    spacer.style.height = '650px';
    el.before(spacer);
    try {
      scrollTo(0, 0);
      el.selected = 'i3';
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      const sheet = part(el, 'details')!;
      const box = sheet.getBoundingClientRect();
      const bar = part(el, 'zoom-in')!.parentElement!.getBoundingClientRect();
      const top = Math.max(box.top, bar.top);
      const bottom = Math.min(box.bottom, bar.bottom);
      expect(bottom - top, `the sheet (${Math.round(box.top)}-${Math.round(box.bottom)}) and the bar (${Math.round(bar.top)}-${Math.round(bar.bottom)}) overlap`).to.be.above(4);
      // Where they overlap a tap reaches the sheet (its title, its close button), not the bar's buttons.
      for (let x = box.left + 2; x < Math.min(box.right, innerWidth) - 2; x += 8) {
        const hit = el.shadowRoot!.elementFromPoint(x, (top + bottom) / 2);
        expect(hit === sheet || sheet.contains(hit), `at x ${Math.round(x)}: ${hit?.getAttribute('part') ?? hit?.className}`).to.equal(true);
      }
    } finally {
      spacer.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens forty items at one instant on a phone below it at the rail’s top, not half a rail down', async () => {
    const story = Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, title: `At one instant ${i}`, date: '2024-06-01T14:00' }));
    const el = await mountWith(story, { width: 390, timeZone: 'Europe/Berlin' });
    const rail = part(el, 'axis')!.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const cards = parts(el, 'event').map((e) => e.getBoundingClientRect());
    expect(cards.length).to.equal(40);
    expect(Math.min(...cards.map((c) => c.top)) - rail.top).to.be.at.most(5 * line);
    expect(rail.bottom - Math.max(...cards.map((c) => c.bottom))).to.be.at.most(5 * line);
    const labels = [...part(el, 'axis')!.querySelectorAll<HTMLElement>('.rail-tick-label')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    expect(labels[0]!.innerText).to.match(/^Jun 1, 2024\n2:00\sPM$/);
  });

  it('zooms with a Ctrl-wheel (a trackpad pinch) about the time drawn under the pointer, across a cut-short stretch', async () => {
    const el = await mountWith(janAndSeptember, { width: 390 });
    const chart = el.shadowRoot!.querySelector('.chart')!;
    const marker = () => inner(eventById(el, 's3'), 'marker');
    const x = marker().getBoundingClientRect().left + 2;
    const y = centreY(marker());
    expect(y, 'the pointed-at point is on screen').to.be.within(0, innerHeight);
    for (let turn = 1; turn <= 3; turn++) {
      const before = Date.parse(el.end!) - Date.parse(el.start!);
      const changed = oneEvent(el, 'timeline-range-change');
      chart.dispatchEvent(new WheelEvent('wheel', { deltaY: -40, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
      await settled(el, changed);
      expect(Date.parse(el.end!) - Date.parse(el.start!), `turn ${turn} zooms in`).to.be.lessThan(before * 0.8);
      // Its point on the rail stays under the pointer (a straight scale put the months the rail
      // cuts short there: 3 September left the screen at the first turn).
      expect(centreY(marker()), `3 September after turn ${turn}`).to.be.closeTo(y, 8);
    }
  });

  it('pans with a mouse drag that keeps the time under the pointer with it, across a cut-short stretch', async () => {
    const el = await mountWith(janAndSeptember, { width: 390 });
    const marker = () => inner(eventById(el, 's3'), 'marker');
    const x = Math.round(el.getBoundingClientRect().left + 200);
    const y = Math.round(centreY(marker()));
    expect(y + 90, 'room to drag down on screen').to.be.below(innerHeight);
    const changed = oneEvent(el, 'timeline-range-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (const dy of [30, 60, 90]) await sendMouse({ type: 'move', position: [x, y + dy] });
    await sendMouse({ type: 'up' });
    await settled(el, changed);
    // Drawn where the pointer let go of it; d3-zoom's own pan moved it faster than the pointer,
    // by as much as the break shortens the rail's time.
    expect(centreY(marker()), '3 September under the pointer').to.be.closeTo(y + 90, 8);
  });

  it('goes on dragging the story up once the pointer leaves the chart at its top, the card it took with the pointer', async () => {
    // Three years of an item a month, the window on half a year of them: room to drag either way.
    const months = Array.from({ length: 36 }, (_, i) => ({ id: `m${i}`, title: `Month ${i}`, date: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15` }));
    const el = await mountWith(months, { width: 390 });
    el.style.marginTop = '200px';
    el.start = '2021-03-01T00:00:00Z';
    el.end = '2021-09-01T00:00:00Z';
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    const top = part(el, 'axis')!.getBoundingClientRect().top;
    // The item drawn nearest 60 px below the rail's top, and the pointer on its point.
    const near = (id: string) => Math.abs(centreY(inner(eventById(el, id), 'marker')) - (top + 60));
    const id = parts(el, 'event').map((e) => e.dataset['id']!).sort((a, b) => near(a) - near(b))[0]!;
    const marker = (which: string) => inner(eventById(el, which), 'marker');
    const x = Math.round(el.getBoundingClientRect().left + 200);
    const y = Math.round(centreY(marker(id)));
    // The grabbed item leaves the window with the pointer: an item three months later says where the story went.
    const later = `m${Number(id.slice(1)) + 3}`;
    const from = centreY(marker(later));
    const start = Date.parse(el.start);
    const changed = oneEvent(el, 'timeline-range-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    // Up to 100 px above the rail's top, 20 px a move.
    const to = Math.round(top - 100);
    for (let at = y - 20; at > to; at -= 20) await sendMouse({ type: 'move', position: [x, at] });
    await sendMouse({ type: 'move', position: [x, to] });
    await sendMouse({ type: 'up' });
    await settled(el, changed);
    expect(Date.parse(el.start), 'a later window').to.be.above(start);
    // The story went up as far as the pointer did (it stopped where the pointer left the chart).
    expect(centreY(marker(later)) - from, `${later} moved with the pointer`).to.be.closeTo(to - y, 8);
  });

  // A month before and after an hour of items: the fitted window's room above the first and below the last is squeezed.
  const busyHour = [
    { id: 'before', title: 'A month before', date: '2024-05-01T12:00' },
    ...Array.from({ length: 50 }, (_, i) => ({ id: `h${i}`, title: `Busy item ${i}`, date: `2024-06-01T14:${String(i).padStart(2, '0')}` })),
    { id: 'after', title: 'A month after', date: '2024-07-01T12:00' },
  ];

  it('slides the cards out over the rail’s top as the story is dragged up, those they pushed down going with them, none jumping', async () => {
    // Every two hours for three days, a second item a quarter of an hour after each: its card is
    // pushed down by the first's. Dragged up a hair a frame, the first of a pair left over the top
    // at once and the second jumped up by a card's height; the first card stood at the top, then vanished.
    const story = Array.from({ length: 36 }, (_, i) => [
      { id: `a${i}`, title: `Item ${i} at the hour, whose title takes two lines on a phone`, date: new Date(Date.UTC(2024, 4, 1) + i * 7_200_000).toISOString().slice(0, 16) },
      { id: `b${i}`, title: `Item ${i} a quarter of an hour later`, date: new Date(Date.UTC(2024, 4, 1) + i * 7_200_000 + 900_000).toISOString().slice(0, 16) },
    ]).flat();
    const el = await mountWith(story, { width: 390 });
    const start = Date.UTC(2024, 4, 1, 20);
    const day = 86_400_000;
    const plot = el.shadowRoot!.querySelector('.plot')!;
    const snap = () => {
      const top = plot.getBoundingClientRect().top;
      return new Map(parts(el, 'event').map((e) => [e.dataset['id']!, { card: e.getBoundingClientRect(), marker: inner(e, 'marker').getBoundingClientRect().top, top }]));
    };
    let before: ReturnType<typeof snap> | undefined;
    let left = 0;
    for (let f = 0; f <= 40; f++) {
      el.setAttribute('start', new Date(start + (f * day) / 200).toISOString());
      el.setAttribute('end', new Date(start + day + (f * day) / 200).toISOString());
      await el.updateComplete;
      const now = snap();
      if (before) {
        // How far the rail moved: every point's marker goes with it.
        const moves = [...now].filter(([id]) => before!.has(id)).map(([id, p]) => p.marker - before!.get(id)!.marker);
        const rail = moves.sort((a, b) => a - b)[Math.floor(moves.length / 2)]!;
        expect(rail, 'the story moves up').to.be.below(-1);
        for (const [id, p] of now) {
          const was = before.get(id);
          if (was) expect(p.card.top - was.card.top, `${id}, frame ${f}: the rail moved ${rail.toFixed(1)}`).to.be.within(rail - 1, 1);
        }
        for (const [id, was] of before) {
          if (now.has(id) || Date.parse(story.find((e) => e.id === id)!.date) > start + day) continue;
          left++;
          expect(was.card.bottom + rail, `${id} left in frame ${f}`).to.be.at.most(was.top + 1);
        }
      }
      before = now;
    }
    expect(left, 'cards that left over the top').to.be.at.least(2);
  });

  it('shows of a day’s card leaving under the card of its month, held at the top, nothing over it or in the gap below it, in the element and in its picture', async () => {
    const story = [
      { id: 'oct', title: 'The whole of October, known to the month only', date: '2024-10' },
      { id: 'd12', title: 'The twelfth, a day inside October', date: '2024-10-12' },
      { id: 'd18', title: 'The eighteenth, another day inside it', date: '2024-10-18' },
      { id: 'nov', title: 'The seventh of November', date: '2024-11-07' },
    ];
    const el = await mountWith(story, { width: 390 });
    let overlaps = 0;
    let lines = 0;
    for (let h = 0; h < 20 * 24; h += 3) {
      const start = Date.UTC(2024, 9, 5) + h * 3_600_000;
      el.setAttribute('start', new Date(start).toISOString());
      el.setAttribute('end', new Date(start + 20 * 86_400_000).toISOString());
      await el.updateComplete;
      const card = (id: string) => parts(el, 'event').find((e) => e.dataset['id'] === id)?.getBoundingClientRect();
      const month = card('oct');
      for (const id of ['d12', 'd18']) {
        const day = card(id);
        if (!month || !day || day.top >= month.bottom - 2) continue;
        overlaps++;
        // Where the day's card is under the month's, a reader sees (and a click reaches) the month's;
        // in the 6 px gap below the month's card, neither (the day's lines showed there, and just
        // below it, where they read as the month's own).
        const at = new Date(start).toISOString();
        const hit = (y: number) => el.shadowRoot!.elementFromPoint(day.left + 40, y)?.closest('[part~="event"]')?.getAttribute('data-id');
        expect(hit(Math.max((day.top + Math.min(day.bottom, month.bottom)) / 2, month.top + 1)), `${id} at ${at}`).to.equal('oct');
        if (day.bottom > month.bottom + 6) expect(hit(month.bottom + 3), `the gap below the month at ${at}`).to.equal(undefined);
        // The picture (toSVG) draws none of the day's lines over the month's card or in that gap.
        const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
        // (The month's card is its background, the last card drawn before its title.)
        const drawn = [...svg.querySelectorAll('rect.p, text')];
        const monthCard = drawn.slice(0, drawn.findIndex((e) => e.textContent!.startsWith('The whole of'))).findLast((e) => e.localName === 'rect')!;
        const cardBottom = Number(monthCard.getAttribute('y')) + Number(monthCard.getAttribute('height'));
        const dayWords = story.find((e) => e.id === id)!.title.split(' ').slice(0, 2).join(' ');
        for (const t of svg.querySelectorAll('text')) {
          if (!t.textContent!.startsWith(dayWords)) continue;
          lines++;
          expect(Number(t.getAttribute('y')), `${id}'s title in the picture at ${at}`).to.be.above(cardBottom + 6);
        }
      }
    }
    expect(overlaps, 'frames where a day leaves under the month').to.be.above(0);
    expect(lines, 'frames where the picture shows what is left of a day leaving under the month').to.be.above(0);
  });

  it('writes the length of a break on the rail only where it touches no date, in views from one that begins in the empty years to ones that hold them lower down', async () => {
    // Found in a page at 320 px: "11 Jahre", a break at the rail's very top, over "2070", the
    // label that says when the view begins.
    const el = await mountWith(
      [
        { id: 'a', title: 'Two decades of talks', start: '2040-01-31', end: '2062-09-20' },
        { id: 'b', title: 'Nine years of a treaty signed in Berlin', start: '2061-01-30', end: '2070-07-08' },
        { id: 'c', title: 'A day in Berlin', date: '2069-11-27' },
        { id: 'd', title: 'Ten years of talks resumed', start: '2081-12-14', end: '2092-03-09' },
      ],
      { width: 320, locale: 'de' },
    );
    let written = 0;
    for (let k = 0; k <= 60; k++) {
      const v0 = Date.parse('2080-01-01') + (k / 60) * (Date.parse('2066-01-01') - Date.parse('2080-01-01'));
      el.setAttribute('start', new Date(v0).toISOString());
      el.setAttribute('end', new Date(Date.parse('2096-01-01')).toISOString());
      await el.updateComplete;
      const rail = el.shadowRoot!.querySelector('.rail')!;
      const lengths = [...rail.querySelectorAll('.rail-break-label')];
      written += lengths.length;
      for (const length of lengths)
        for (const date of rail.querySelectorAll('.rail-tick-label')) {
          const [a, b] = [length.getBoundingClientRect(), date.getBoundingClientRect()];
          expect(Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top), `"${length.textContent}" and "${date.textContent}" from ${new Date(v0).toISOString()}`).to.be.below(0);
        }
    }
    expect(written, 'views with a break’s length written').to.be.above(0);
  });

  it('drags the story down from its first card, past the squeezed room, the card under the pointer all the way', async () => {
    const el = await mountWith(busyHour, { width: 390, timeZone: 'Europe/Berlin' });
    const marker = () => inner(eventById(el, 'before'), 'marker');
    const x = Math.round(el.getBoundingClientRect().left + 200);
    const y = Math.round(centreY(marker()));
    const changed = oneEvent(el, 'timeline-range-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (const dy of [40, 80, 120, 160, 200]) await sendMouse({ type: 'move', position: [x, y + dy] });
    await sendMouse({ type: 'up' });
    await settled(el, changed);
    // The first card went with the pointer (with the room squeezed whatever its time, it could go
    // no further than the room's 48 px, and the window fled to one that ended at it).
    expect(centreY(marker()), 'the first item under the pointer').to.be.closeTo(y + 200, 8);
    expect(Date.parse(el.end!), 'the story still in the window').to.be.above(Date.parse('2024-07-01T10:00Z'));
  });

  it('drags a break up with the pointer from inside it: the later time moves up, not the story back to weeks before', async () => {
    const el = await mountWith(busyHour, { width: 390, timeZone: 'Europe/Berlin' });
    const breaks = () => [...part(el, 'axis')!.querySelectorAll<HTMLElement>('.rail-break-label')].map((b) => b.getBoundingClientRect());
    expect(breaks()).to.have.length(2);
    // The second break ("4 weeks" before the last item) on screen, with room above it to drag to.
    scrollBy(0, breaks()[1]!.top - innerHeight + 100);
    await new Promise((r) => requestAnimationFrame(r));
    const from = breaks()[1]!;
    const x = Math.round(el.getBoundingClientRect().left + 200);
    const y = Math.round(from.top + from.height / 2);
    const start = Date.parse(el.start!);
    const changed = oneEvent(el, 'timeline-range-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (const dy of [30, 60, 90, 120, 150]) await sendMouse({ type: 'move', position: [x, y - dy] });
    await sendMouse({ type: 'up' });
    await settled(el, changed);
    expect(breaks()[1]!.top - from.top, 'the break went up with the pointer').to.be.closeTo(-150, 8);
    expect(Date.parse(el.start!), 'a later window').to.be.above(start);
    scrollTo(0, 0);
  });

  // A lone item, a busy three weeks seven weeks later, and an item long after.
  const loneThenBusy = [
    { id: 'lone', title: 'A lone item in January', date: '2024-01-10' },
    ...Array.from({ length: 8 }, (_, i) => ({ id: `b${i}`, title: `Busy item ${i}`, date: `2024-03-${String(1 + i * 3).padStart(2, '0')}` })),
    { id: 'late', title: 'Long after', date: '2024-09-30' },
  ];

  /** That story at 390 px, on the window from `start` to `end`, drawn. */
  const loneThenBusyAt = async (start: string, end: string) => {
    const el = await mountWith(loneThenBusy, { width: 390 });
    el.start = start;
    el.end = end;
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    return el;
  };

  it('drags the story up past a lone item leaving the rail’s top: the cards below keep pace with the pointer, the break sliding off', async () => {
    const el = await loneThenBusyAt('2024-01-05T00:00:00Z', '2024-04-05T00:00:00Z');
    const marker = (id: string) => inner(eventById(el, id), 'marker');
    const x = Math.round(el.getBoundingClientRect().left + 200);
    const y = Math.round(centreY(marker('b7')));
    const changed = oneEvent(el, 'timeline-range-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    // 8 px a move, a move a frame, until the lone item is well out of the window.
    // Where each busy card is drawn that is on the page at two moves in a row.
    const busy = () => new Map(parts(el, 'event').filter((e) => e.dataset['id']!.startsWith('b')).map((e) => [e.dataset['id']!, centreY(inner(e, 'marker'))]));
    const steps: number[] = [];
    let last = busy();
    for (let i = 1; i <= 30; i++) {
      await sendMouse({ type: 'move', position: [x, y - 8 * i] });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const now = busy();
      for (const [id, at] of now) if (last.has(id)) steps.push(Math.round(at - last.get(id)!));
      last = now;
    }
    await sendMouse({ type: 'up' });
    await settled(el, changed);
    const worst = Math.max(...steps.map((step) => Math.abs(step + 8)));
    const moved = centreY(marker('b7')) - y;
    expect(Date.parse(el.start!), 'the lone item left the window').to.be.above(Date.parse('2024-01-10T00:00:00Z'));
    // Each move takes the busy cards by the pointer's 8 px, give or take a few (before, the seven
    // weeks the break had cut short took the rail as the lone item left: the cards above the one
    // under the pointer leapt a hundred px and more at one move). A move drawn a frame late comes
    // with the next one, 16 px at once: the bound is above that.
    expect(worst, `the cards' steps: ${steps.join(' ')}`).to.be.below(20);
    expect(moved, 'the card under the pointer where it let go').to.be.closeTo(-240, 8);
  });

  it('draws a break that reaches past the rail’s top cut there, without its length', async () => {
    const el = await loneThenBusyAt('2024-02-10T00:00:00Z', '2024-04-10T00:00:00Z');
    const rail = part(el, 'axis')!.getBoundingClientRect();
    const breaks = [...part(el, 'axis')!.querySelectorAll<HTMLElement>('.rail-break')];
    expect(breaks, 'a break at the rail’s top').to.have.length(1);
    const box = breaks[0]!.getBoundingClientRect();
    expect(box.top - rail.top, 'from the rail’s top').to.be.closeTo(0, 1);
    expect(box.height, 'less than a whole break').to.be.within(1, 43);
    expect(getComputedStyle(breaks[0]!).overflow).to.equal('clip');
    expect(breaks[0]!.querySelector('.rail-break-label')).to.equal(null);
    // Its zig-zag is drawn from above the rail, cut at its top.
    expect(breaks[0]!.querySelector('svg')!.getBoundingClientRect().top).to.be.below(rail.top);
    // The busy items are drawn below it, the first near the rail's top.
    expect(centreY(inner(eventById(el, 'b0'), 'marker')) - rail.top).to.be.within(0, 120);
    // So does the picture: the break in a viewport of its own that cuts it at the rail's top, its length not written.
    const picture = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const cut = [...picture.querySelectorAll('svg[width="12"]')].filter((s) => s.querySelector('polyline'));
    expect(cut, 'the break cut in its viewport').to.have.length(1);
    expect(Number(cut[0]!.getAttribute('y'))).to.equal(0);
    expect(picture.documentElement.textContent).not.to.match(/weeks|months/);
  });

  it('zooms out with a Ctrl-wheel over the story’s first card and keeps it under the pointer, the rest of the story with it', async () => {
    const el = await mountWith(busyHour, { width: 390, timeZone: 'Europe/Berlin' });
    const chart = el.shadowRoot!.querySelector('.chart')!;
    const marker = () => inner(eventById(el, 'before'), 'marker');
    // On the card, a little below its point: the time drawn there is just after the first item's.
    const x = marker().getBoundingClientRect().left + 100;
    const y = centreY(marker()) + 6;
    const before = Date.parse(el.end!) - Date.parse(el.start!);
    const changed = oneEvent(el, 'timeline-range-change');
    chart.dispatchEvent(new WheelEvent('wheel', { deltaY: 300, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
    await settled(el, changed);
    expect(Date.parse(el.end!) - Date.parse(el.start!), 'zoomed out').to.be.above(before * 1.2);
    expect(centreY(marker()) + 6, 'the first item under the pointer').to.be.closeTo(y, 8);
    expect(Date.parse(el.end!), 'the last item still in the window').to.be.above(Date.parse('2024-07-01T10:00Z'));
  });

  it('zooms in by as much with a mouse’s Ctrl-wheel notch as a notch does across, and a trackpad’s pinch by its small Ctrl turns', async () => {
    const el = await mountWith(busyHour, { width: 390, timeZone: 'Europe/Berlin' });
    const chart = el.shadowRoot!.querySelector('.chart')!;
    const marker = inner(eventById(el, 'before'), 'marker');
    const [x, y] = [marker.getBoundingClientRect().left + 100, centreY(marker) + 6];
    const turn = async (deltaY: number) => {
      const before = Date.parse(el.end!) - Date.parse(el.start!);
      const changed = oneEvent(el, 'timeline-range-change');
      chart.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
      await settled(el, changed);
      return before / (Date.parse(el.end!) - Date.parse(el.start!));
    };
    // d3-zoom's notch: 2 ** (100 * 0.002), 1.15 times; a pinch's turn of 5 px ten times as strong, 2 ** (5 * 0.02).
    expect(await turn(-100), 'a notch of a mouse wheel').to.be.closeTo(1.149, 0.01);
    expect(await turn(-5), 'a pinch’s turn').to.be.closeTo(1.072, 0.01);
  });

  it('moves the rail with the finger left on it after a pinch, without a jump: what was under it stays under it', async () => {
    await executeServerCommand('touch-screen', { enabled: true });
    try {
      const el = await mountWith(janAndSeptember, { width: 390 });
      const marker = () => inner(eventById(el, 's3'), 'marker');
      const y = Math.round(centreY(marker()));
      expect(y, 'the pinched point is on screen').to.be.within(100, innerHeight - 150);
      el.shadowRoot!.querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 300));
      const changed = oneEvent(el, 'timeline-range-change');
      // Two fingers 40 px apart about the item spread to 100, the upper one is lifted, the lower one goes on 40 px down.
      const two = (gap: number) => [
        { x: 200, y: y - gap / 2, id: 1 },
        { x: 200, y: y + gap / 2, id: 2 },
      ];
      const lower = (by: number) => [{ x: 200, y: y + 50 + by, id: 2 }];
      await executeServerCommand('touches', { frames: [two(40), two(60), two(80), two(100), lower(0), lower(10), lower(20), lower(30), lower(40)] });
      await settled(el, changed);
      expect(centreY(marker()), 'the item went down with the finger, 40 px').to.be.closeTo(y + 40, 8);
    } finally {
      await executeServerCommand('touch-screen', { enabled: false });
    }
  });

  it('zooms with a two-finger pinch about the time drawn between the fingers', async () => {
    await executeServerCommand('touch-screen', { enabled: true });
    try {
      const el = await mountWith(janAndSeptember, { width: 390 });
      const marker = () => inner(eventById(el, 's3'), 'marker');
      const y = centreY(marker());
      expect(y, 'the pinched point is on screen').to.be.within(60, innerHeight - 60);
      // The gestures come on demand, asked for by the first pointer over the chart.
      el.shadowRoot!.querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 300));
      const before = Date.parse(el.end!) - Date.parse(el.start!);
      const changed = oneEvent(el, 'timeline-range-change');
      await executeServerCommand('pinch', { at: [200, y], from: 40, to: 120, steps: 4 });
      await settled(el, changed);
      expect(Date.parse(el.end!) - Date.parse(el.start!), 'fingers spread three times as far zoom in').to.be.lessThan(before * 0.5);
      expect(centreY(marker()), '3 September stays between the fingers').to.be.closeTo(y, 8);
    } finally {
      await executeServerCommand('touch-screen', { enabled: false });
    }
  });

  it('says where a pinch begun on a card took the window, also when that card is drawn no more', async function () {
    this.timeout(20000);
    await executeServerCommand('touch-screen', { enabled: true });
    try {
      const el = await mountWith(riverStory, { width: 390, timeZone: 'Europe/Madrid' });
      el.shadowRoot!.querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 300));
      // A card of the busy week of April 2023 in the middle of the screen.
      const card = eventById(el, 'dw6');
      scrollBy(0, card.getBoundingClientRect().top - innerHeight / 2);
      await new Promise((r) => requestAnimationFrame(r));
      const y = Math.round(card.getBoundingClientRect().top + 20);
      const before = [el.start, el.end];
      const changes: string[][] = [];
      el.addEventListener('timeline-range-change', (e) => changes.push([(e as CustomEvent<{ start: string }>).detail.start, (e as CustomEvent<{ end: string }>).detail.end]));
      // Fingers 60 px apart on the card, spread to 300: the window moves on, and the card leaves it.
      await executeServerCommand('pinch', { at: [250, y], from: 60, to: 300, steps: 15 });
      await new Promise((r) => setTimeout(r, 1000));
      await el.updateComplete;
      expect(changes.length, 'timeline-range-change said so').to.be.greaterThan(0);
      expect([el.start, el.end], 'start and end moved').to.not.deep.equal(before);
      expect(changes.at(-1), 'to the window the element shows').to.deep.equal([el.start, el.end]);
    } finally {
      await executeServerCommand('touch-screen', { enabled: false });
      scrollTo(0, 0);
    }
  });
});
