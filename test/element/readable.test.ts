import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline, TimelineDocument } from '../../src/index.js';
import { arabic, japanese, longTitles, minutesApart, monthsAndWeeks, sixtySixYears } from '../../stories/support/readable.js';
import { eventById, inner, part, parts } from './helpers.js';
import { readingProblems } from './readable-checks.js';

const WIDTHS = [1280, 768, 390, 320];

async function seed(lang: 'de' | 'en'): Promise<TimelineDocument> {
  const response = await fetch(`/demo/data/north-korea-troops.${lang}.json`);
  return (await response.json()) as TimelineDocument;
}

/** Mounts a story in a page `width` px wide, the element given only that width. */
async function mountPage(doc: TimelineDocument, width: number, locale: string, dir: 'ltr' | 'rtl' = 'ltr'): Promise<EventTimeline> {
  await setViewport({ width, height: 800 });
  document.body.style.margin = '0';
  const wrapper = await fixture(html`<div dir=${dir} lang=${locale}><event-timeline style=${`width: ${width}px`} locale=${locale} time-zone="Europe/Berlin"></event-timeline></div>`);
  const el = wrapper.querySelector('event-timeline')!;
  const loaded = oneEvent(el, 'timeline-load');
  el.events = doc;
  await loaded;
  await el.updateComplete;
  return el;
}

/** Short bands late in the story, with titles wider than the room after them: their labels go before them. */
const bandsAtTheEnd: TimelineDocument = {
  events: [
    { id: 'p1', title: 'Coalition talks begin', date: '2022-01-10' },
    { id: 'p2', title: 'Budget vote', date: '2022-09-20' },
    { id: 'b1', title: 'Parliament committee approves sweeping reform of regional water rights', start: '2023-10-02', end: '2023-10-20' },
    { id: 'b2', title: 'Opposition leaders announce an inquiry into procurement', start: '2023-11-06', end: '2023-12-08' },
    { id: 'b3', title: 'Months of negotiations between the coalition partners', start: '2023-12-01', end: '2023-12-31' },
  ],
};

const titlesOf = (doc: TimelineDocument) => new Map(doc.events.map((e) => [e.id, e.title]));

/** How many lines a label takes on screen: its height in its own line height. */
const linesDrawn = (label: HTMLElement) => Math.round(label.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(label).lineHeight));

describe('<event-timeline> reads without touching it: whole titles, dates, nothing covered', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => setViewport({ width: 800, height: 600 }));

  const stories: [string, () => Promise<TimelineDocument>, string, 'ltr' | 'rtl'][] = [
    ['the seed story in German', () => seed('de'), 'de', 'ltr'],
    ['the seed story in English', () => seed('en'), 'en', 'ltr'],
    ['items minutes apart', async () => minutesApart, 'en', 'ltr'],
    ['months, weeks and ranges in German', async () => monthsAndWeeks, 'de', 'ltr'],
    ['a 66-year span', async () => sixtySixYears, 'en', 'ltr'],
    ['titles of 120 characters', async () => longTitles, 'en', 'ltr'],
    ['Arabic, right to left', async () => arabic, 'ar', 'rtl'],
    ['Japanese', async () => japanese, 'ja', 'ltr'],
    ['short bands at the end with long titles', async () => bandsAtTheEnd, 'en', 'ltr'],
  ];
  for (const [name, load, locale, dir] of stories) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px`, async () => {
        const doc = await load();
        const el = await mountPage(doc, width, locale, dir);
        expect(readingProblems(el, titlesOf(doc))).to.deep.equal([]);
      });
    }
  }

  it('writes each item’s date over its title at its precision, short (German)', async () => {
    const el = await mountPage(monthsAndWeeks, 1280, 'de');
    const date = (id: string) => eventById(el, id).querySelector('[part~="date"]')!.textContent;
    expect(date('b1')).to.equal('12. Okt. 2023');
    expect(date('b3')).to.equal('KW 12/2024');
    expect(date('p1')).to.equal('März 2023');
  });

  // Any length the browser knows, resolved by it: 160 px each at a font size of 16 px.
  for (const width of ['10em', '160px', 'calc(100px + 3.75em)', '12.5vw']) {
    it(`wraps titles within --timeline-label-width, set by the page (${width})`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture(html`<div style=${`--timeline-label-width: ${width}`}><event-timeline style="width: 1280px; font-size: 16px" locale="en"></event-timeline></div>`);
      const el = wrapper.querySelector('event-timeline')!;
      const loaded = oneEvent(el, 'timeline-load');
      el.events = longTitles;
      await loaded;
      const widths = parts(el, 'label').map((label) => label.getBoundingClientRect().width);
      for (const label of parts(el, 'label')) expect(linesDrawn(label)).to.be.greaterThan(4);
      expect(Math.max(...widths)).to.be.within(140, 160);
      expect(readingProblems(el, titlesOf(longTitles))).to.deep.equal([]);
    });
  }

  it('keeps its own measure when --timeline-label-width is not a length', async () => {
    const measure = async (value: string) => {
      const wrapper = await fixture(html`<div style=${`--timeline-label-width: ${value}`}><event-timeline style="width: 1280px; font-size: 16px" locale="en"></event-timeline></div>`);
      const el = wrapper.querySelector('event-timeline')!;
      const loaded = oneEvent(el, 'timeline-load');
      el.events = longTitles;
      await loaded;
      return Math.max(...parts(el, 'label').map((label) => label.getBoundingClientRect().width));
    };
    const own = await measure('18em');
    for (const value of ['wide', '50%', '-3em']) expect(await measure(value), value).to.equal(own);
  });

  it('breaks a date line wider than the card (ranges with times, weeks in Japanese) into lines at 320 px', async () => {
    const ranges: TimelineDocument = {
      events: [
        { id: 'r1', title: 'Talks in Geneva', start: '1982-12-28T04:17:05', end: '1983-01-03T05:28:09' },
        { id: 'r2', title: 'A second round of talks', start: '1982-05-15T12:49', end: '1982-05-23T09:30' },
        { id: 'r3', title: 'Weeks of negotiation', start: '1982-W22', end: '1982-W30' },
      ],
    };
    for (const locale of ['en', 'ja', 'ar']) {
      const el = await mountPage(ranges, 320, locale, locale === 'ar' ? 'rtl' : 'ltr');
      expect(readingProblems(el, titlesOf(ranges)), locale).to.deep.equal([]);
      // Written whole, over more than one line: both years are there.
      const date = eventById(el, 'r1').querySelector<HTMLElement>('[part~="date"]')!;
      expect(date.querySelectorAll('br').length, locale).to.be.greaterThan(0);
      expect(date.textContent, locale).to.match(/1982/).and.to.match(/1983/);
    }
  });

  it('moves a title whose marker lies just outside the window into it, whole, and leaves one further out outside', async () => {
    const edges: TimelineDocument = {
      events: [
        { id: 'left', title: 'Putin warns Seoul against arming Kyiv', date: '2024-06-20' },
        { id: 'mid', title: 'North Korea sends troops', date: '2024-09-10' },
        { id: 'right', title: 'Rudenko warns Seoul again', date: '2024-12-03' },
        { id: 'far-right', title: 'Talks announced in Vienna', date: '2025-06-01' },
      ],
    };
    for (const width of [1280, 768]) {
      await setViewport({ width, height: 800 });
      document.body.style.margin = '0';
      const wrapper = await fixture(html`<div><event-timeline style=${`width: ${width}px`} locale="en" time-zone="UTC" start="2024-06-23" end="2024-12-01"></event-timeline></div>`);
      const el = wrapper.querySelector('event-timeline')!;
      const loaded = oneEvent(el, 'timeline-load');
      el.events = edges;
      await loaded;
      await el.updateComplete;
      const plot = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
      // The box of its date and title.
      const label = (id: string) => inner(eventById(el, id), 'label').parentElement!.getBoundingClientRect();
      // Whole, at the edge it lies beside (the date line says when), read as every title is.
      expect(label('left').left, `${width}`).to.be.closeTo(plot.left, 1);
      // The window ends a few px before the plot's edge (the axis's last date, "Dec", stands there).
      expect(label('right').right, `${width}`).to.be.within(plot.right - 8, plot.right);
      const shown = new Map([...titlesOf(edges)].filter(([id]) => id !== 'far-right'));
      expect(readingProblems(el, shown), `${width}`).to.deep.equal([]);
      // Months after the window, its title would not reach into it: it is not drawn.
      expect(parts(el, 'event').map((e) => e.dataset['id']), `${width}`).to.not.include('far-right');
      wrapper.remove();
    }
  });

  it('writes the time alone when the story lies within one evening', async () => {
    const el = await mountPage(minutesApart, 390, 'en');
    expect(eventById(el, 'm0').querySelector('[part~="date"]')!.textContent).to.match(/^0?8:01\sPM$|^20:01$/);
  });

  // A page may set the element's display too ("display: block" is common for custom elements).
  for (const display of ['', 'block', 'flow-root']) it(`grows to fit its lanes, and scrolls the plot under a fixed axis when the page sets a height${display ? ` and "display: ${display}"` : ''}`, async () => {
    const el = await mountPage(longTitles, 1280, 'en');
    const grown = el.getBoundingClientRect().height;
    el.style.display = display;
    el.style.height = '300px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(grown).to.be.greaterThan(300);
    expect(el.getBoundingClientRect().height).to.equal(300);
    expect(chart.scrollHeight).to.be.greaterThan(chart.clientHeight);
    const axisTop = part(el, 'axis')!.getBoundingClientRect().top;
    chart.scrollTop = 200;
    await new Promise((r) => requestAnimationFrame(r));
    expect(part(el, 'axis')!.getBoundingClientRect().top).to.be.closeTo(axisTop, 1);
  });

  it('cuts the empty summer of the seed story short, with a marked break saying how long it is', async () => {
    const el = await mountPage(await seed('de'), 390, 'de');
    const breaks = el.shadowRoot!.querySelectorAll('.rail-break');
    expect(breaks).to.have.length(1);
    expect(breaks[0]!.textContent!.trim()).to.equal('3 Monate');
  });

  it('on a phone, keeps the cards in time order, each level with or below its point on the rail', async () => {
    for (const doc of [await seed('en'), minutesApart, longTitles]) {
      const el = await mountPage(doc, 320, 'en');
      const cards = doc.events.map((e) => eventById(el, e.id));
      let bottom = -Infinity;
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        const marker = inner(card, 'marker').getBoundingClientRect();
        expect(box.top).to.be.at.least(bottom);
        expect(box.top + 20).to.be.at.least(marker.top);
        expect(box.left).to.be.greaterThan(marker.right);
        bottom = box.bottom;
      }
    }
  });

  for (const width of [1280, 390]) {
    it(`writes English in its own direction on a right-to-left page, and Arabic in its own, each title and date (${width} px)`, async () => {
      const el = await mountPage(
        {
          events: [
            { id: 'en', title: 'North Korea sends more than 10,000 soldiers to Russia', date: '2024-10' },
            { id: 'ar', title: 'كوريا الشمالية ترسل جنودا', date: '2024-11-04' },
          ],
        },
        width,
        'en',
        'rtl',
      );
      const direction = (id: string, name: 'date' | 'label') => getComputedStyle(inner(eventById(el, id), name)).direction;
      expect([direction('en', 'label'), direction('en', 'date'), direction('ar', 'label')]).to.deep.equal(['ltr', 'ltr', 'rtl']);
      // Read left to right as written: "North" before "Korea", not after it (and "10,000" after "than").
      const word = (text: string) => {
        const label = inner(eventById(el, 'en'), 'label');
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          return range.getBoundingClientRect();
        }
        throw new Error(`no "${text}"`);
      };
      expect(word('North').left).to.be.below(word('Korea').left);
      // The number where it is written, before "soldiers": on a line above it, or before it on the same line.
      const [number, soldiers] = [word('10,000'), word('soldiers')];
      expect(number.top < soldiers.top - 2 || (Math.abs(number.top - soldiers.top) <= 2 && number.left < soldiers.left), 'the number before "soldiers"').to.equal(true);
    });
  }

  it('puts the rail on the right and the cards to its left on a right-to-left page', async () => {
    const el = await mountPage(arabic, 390, 'ar', 'rtl');
    // The axis part is the rail's gutter; the rail line is its inline-end edge, here its left.
    const rail = part(el, 'axis')!.getBoundingClientRect();
    expect(rail.right).to.be.closeTo(el.getBoundingClientRect().right, 1);
    for (const event of parts(el, 'event')) {
      expect(event.getBoundingClientRect().right).to.be.at.most(rail.left);
      const marker = inner(event, 'marker').getBoundingClientRect();
      expect((marker.left + marker.right) / 2).to.be.closeTo(rail.left, 1.5);
    }
  });

  for (const [width, locale] of [[1280, 'en'], [390, 'en'], [390, 'pt-BR']] as const) {
    it(`writes every date of the axis whole at any zoom, down to seconds, at its ends too (${width} px, ${locale})`, async () => {
      const el = await mountPage(minutesApart, width, locale);
      const cut: string[] = [];
      const middle = Date.parse(minutesApart.events[1]!.date!);
      // Spans from a day to a minute and a half, each window's end moved on in small steps past its last tick.
      for (const span of [86_400_000, 3_600_000, 600_000, 180_000, 90_000]) {
        for (let shift = 0; shift < 0.2; shift += 0.01) {
          const end = middle + span / 2 + shift * span;
          await el.zoomTo(new Date(end - span), new Date(end), { animate: false });
          await el.updateComplete;
          for (const problem of readingProblems(el, new Map())) if (problem.startsWith('axis date')) cut.push(`${span / 1000} s, +${shift.toFixed(2)}: ${problem}`);
        }
      }
      expect(cut).to.deep.equal([]);
    });
  }

  it('gives the axis room for its dates in a larger font (Arabic months at 24 px, right to left)', async () => {
    // A fuzz found it: Arabic month names, whose fallback font rises higher than a Latin one; in
    // a fixed 30 px axis each date's top was a pixel above the chart.
    const el = await mountPage(arabic, 1280, 'ar', 'rtl');
    el.style.fontSize = '24px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const axis = part(el, 'axis')!;
    expect(axis.querySelectorAll('text').length, 'dates on the axis').to.be.at.least(2);
    expect(readingProblems(el, new Map()).filter((p) => p.startsWith('axis date'))).to.deep.equal([]);
    // The date stands above its tick, which stands on the axis line at the bottom.
    const line = axis.querySelector(':scope > line')!.getBoundingClientRect();
    for (const text of axis.querySelectorAll('text')) expect(text.getBoundingClientRect().bottom).to.be.at.most(line.top);
  });

  it('keeps every title whole and apart while zooming in step by step', async () => {
    const doc = await seed('en');
    const el = await mountPage(doc, 1280, 'en');
    for (let step = 0; step < 5; step++) {
      el.shadowRoot!.querySelector<HTMLElement>('[part~="zoom-in"]')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const drawn = new Map([...titlesOf(doc)].filter(([id]) => parts(el, 'event').some((e) => e.dataset['id'] === id)));
      const problems = readingProblems(el, drawn).filter((p) => !p.includes('outside the element') && !p.includes('clipped'));
      expect(problems, `zoom step ${step}`).to.deep.equal([]);
    }
  });
});

describe('<event-timeline> article layout scrolls with the page', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('leaves a plain wheel over the cards to the page, and zooms with Ctrl and the wheel', async () => {
    const el = await mountPage(longTitles, 390, 'en');
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const span = () => Date.parse(el.end!) - Date.parse(el.start!);
    const before = span();
    const box = plot.getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      new WheelEvent('wheel', { deltaY: -300, ctrlKey, clientX: box.left + 100, clientY: box.top + 200, bubbles: true, cancelable: true, view: window });
    const plain = wheel(false);
    plot.dispatchEvent(plain);
    await new Promise((r) => setTimeout(r, 50));
    expect(plain.defaultPrevented).to.equal(false);
    expect(span()).to.equal(before);
    const zoom = wheel(true);
    const changed = oneEvent(el, 'timeline-range-change');
    plot.dispatchEvent(zoom);
    await changed;
    expect(zoom.defaultPrevented).to.equal(true);
    expect(span()).to.be.lessThan(before);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.chart')!).touchAction).to.equal('pan-y');
  });
});

describe('<event-timeline> measures again when web fonts arrive', () => {
  for (const how of ['--timeline-font-size', 'font-size'] as const) {
    it(`measures and breaks its titles anew when the page changes its font size (${how})`, async () => {
      const el = await mountPage(minutesApart, 1280, 'en');
      expect(readingProblems(el, titlesOf(minutesApart)), 'before').to.deep.equal([]);
      el.style.setProperty(how, '24px');
      // The element's own 2 em buttons grow with it: its size changes, and then its labels.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      expect(readingProblems(el, titlesOf(minutesApart)), 'after').to.deep.equal([]);
      expect(Number.parseFloat(getComputedStyle(inner(eventById(el, minutesApart.events[0]!.id), 'label')).fontSize)).to.equal(24);
    });
  }

  it('breaks titles anew after the page’s fonts finish loading', async () => {
    const el = await mountPage(longTitles, 1280, 'en');
    const lines = () => parts(el, 'label').reduce((n, l) => n + linesDrawn(l), 0);
    const before = lines();
    // As if a wider web font had arrived: the same text in the same measure takes more room.
    el.style.fontFamily = 'monospace';
    document.fonts.dispatchEvent(new Event('loadingdone'));
    await el.updateComplete;
    expect(lines()).to.be.greaterThan(before);
    expect(readingProblems(el, titlesOf(longTitles))).to.deep.equal([]);
  });
});
