import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineDocument } from '../../src/core/types.js';
import { mountWith, part, parts } from './helpers.js';
import { contrast, luminance } from './contrast.js';

/** A story with every kind of thing a picture shows: points, a band, groups, an era, a reference line, and text to escape. */
const story: TimelineDocument = {
  title: 'Harbour & "Docks" <history>',
  eras: [{ title: 'Strike period', start: '2024-04-01', end: '2024-05-15' }],
  references: [{ title: 'Budget day', date: '2024-06-20' }],
  lang: 'en',
  groups: [
    { id: 'port', label: 'Port' },
    { id: 'city', label: 'City <council>' },
  ],
  events: [
    { id: 'crane', title: 'New crane arrives', date: '2024-03-04', group: 'port', place: 'Pier 4', description: 'A crane.' },
    { id: 'dredging', title: 'Dredging of the <b>channel</b> & basin', date: '2024-05', group: 'port', sources: [{ url: 'https://example.org/dredging', name: 'Port news', date: '2024-05-02' }] },
    { id: 'vote', title: 'Council votes "yes" on the new ferry line', date: '2024-07-12', group: 'city', quote: 'A good day.' },
    { id: 'ferry', title: 'First ferry sails', date: '2024-08-30T09:15', group: 'city' },
  ],
};

function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null, 'parses as XML').to.equal(null);
  return doc;
}

/** Every text of the picture, in document order, white space folded. */
function textsOf(doc: Document): string {
  return [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' ');
}

async function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  await img.decode();
  return img;
}

/** The picture drawn on a canvas at the element's size: a pixel's colour is read at a point of the element. */
async function drawn(el: EventTimeline): Promise<(x: number, y: number) => [number, number, number]> {
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(el.toSVG())}`);
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(img, 0, 0);
  return (x, y) => {
    const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
    return [r!, g!, b!];
  };
}

function rgb(color: string): [number, number, number] {
  const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(color);
  if (!m) throw new Error(`cannot read colour ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function expectColour(actual: [number, number, number], expected: [number, number, number], what: string): void {
  const off = Math.max(...actual.map((c, i) => Math.abs(c - expected[i]!)));
  expect(off, `${what}: ${actual.join(',')} is not ${expected.join(',')}`).to.be.at.most(3);
}

/** The centre of a point marker, in px from the element's top left corner. */
function markerCentre(el: EventTimeline, id: string): { x: number; y: number; colour: string } {
  const event = parts(el, 'event').find((e) => e.dataset['id'] === id)!;
  const marker = event.querySelector<HTMLElement>('[part~="marker"]')!;
  const r = marker.getBoundingClientRect();
  const o = el.getBoundingClientRect();
  return { x: r.left + r.width / 2 - o.left, y: r.top + r.height / 2 - o.top, colour: getComputedStyle(marker).color };
}

const titles = story.events.map((e) => e.title);

describe('toSVG()', () => {
  for (const orientation of ['horizontal', 'vertical']) {
    it(`writes a standalone SVG document with every title as text and the label as its title (${orientation})`, async () => {
      const el = await mountWith(story, { orientation, width: 900 });
      const doc = parseSvg(el.toSVG());
      const svg = doc.documentElement;
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(doc.querySelector('svg > title')?.textContent).to.equal(story.title);
      expect(doc.querySelectorAll('script, foreignObject, image, use, a, iframe').length, 'nothing active or linked').to.equal(0);
      expect([...doc.querySelectorAll('style')].map((s) => s.textContent).join(''), 'a style sheet with nothing to fetch').not.to.match(/@import|url\(/i);
      const attributes = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes]);
      expect(attributes.filter((a) => /href$/i.test(a.name) || /url\(|javascript:/i.test(a.value)).map((a) => a.name), 'no reference outside').to.deep.equal([]);
      const texts = textsOf(doc);
      for (const title of [story.title!, ...titles]) expect(texts, title).to.include(title);
      // Markup in the data stays text: the title with <b> makes no <b> element.
      expect(doc.querySelector('b, council')).to.equal(null);
      // The legend's groups, the era and the reference line are named in both layouts.
      for (const name of ['Port', 'City <council>', 'Strike period', 'Budget day']) expect(texts, name).to.include(name);
    });
  }

  it('breaks a long title into the lines the element shows, each within the picture', async () => {
    const title = 'A very long title for a narrow timeline that must wrap onto several lines';
    const el = await mountWith({ title, events: story.events }, { width: 300 });
    const svg = el.toSVG();
    const doc = parseSvg(svg);
    expect(textsOf(doc)).to.include(title);
    // Drawn inline, the lines can be measured: none runs past the picture's right edge.
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    document.body.append(holder);
    try {
      const lines = [...holder.querySelectorAll<SVGTextElement>('text')].filter((t) => title.includes(t.textContent!.trim()) && t.textContent!.trim().length > 0);
      expect(lines.length, 'title lines').to.be.at.least(3);
      for (const line of lines) expect(line.getBBox().x + line.getBBox().width, line.textContent!).to.be.at.most(300);
    } finally {
      holder.remove();
    }
  });

  it('writes a date line the element broke as the same lines, and the title below them, as the element shows them', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px; --timeline-label-width: 8em" locale="en" time-zone="UTC"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = [
      { id: 'day', title: 'A long day', start: '2024-05-10T06:00', end: '2024-05-10T21:00' },
      { id: 'next', title: 'The next week', date: '2024-05-20' },
    ];
    await loaded;
    await el.updateComplete;
    const event = parts(el, 'event').find((e) => e.dataset['id'] === 'day')!;
    const shown = event.querySelector('[part~="date"]')!.innerHTML.split(/<br\s*\/?>/).map((l) => l.replace(/<[^>]*>/g, '').trim()).filter(Boolean);
    expect(shown.length, 'the element breaks the date').to.be.at.least(2);
    const texts = [...parseSvg(el.toSVG()).querySelectorAll('text')];
    const at = (content: string) => texts.findIndex((t) => t.textContent!.trim() === content);
    const lines = shown.map(at);
    expect(lines, `each of ${JSON.stringify(shown)} a text of its own`).not.to.include(-1);
    const y = (i: number) => Number(texts[i]!.getAttribute('y'));
    const title = at('A long day');
    for (let i = 1; i < lines.length; i++) expect(y(lines[i]!)).to.be.above(y(lines[i - 1]!));
    expect(y(title), 'the title below the date').to.be.above(y(lines.at(-1)!));
  });

  for (const orientation of ['horizontal', 'vertical']) {
    it(`leaves the item that keeps the tab stop beyond the view out of the picture, as the element shows it (${orientation})`, async () => {
      const el = await mountWith(story, { orientation, width: 900 });
      parts(el, 'event').find((e) => e.dataset['id'] === 'crane')!.focus();
      // A window of a week in August: the focused crane of March is kept in the element for the tab stop, off the plot.
      await el.zoomTo(new Date('2024-08-26T00:00Z'), new Date('2024-09-02T00:00Z'), { animate: false });
      await el.updateComplete;
      expect(parts(el, 'event').map((e) => e.dataset['id']), 'kept in the element').to.include('crane');
      const texts = textsOf(parseSvg(el.toSVG()));
      expect(texts).to.include('First ferry sails');
      expect(texts).not.to.include('New crane arrives');
    });
  }

  it('writes a valid picture of an element with no events: its background and title', async () => {
    const el = await mountWith({ title: 'Nothing yet', events: [] });
    const doc = parseSvg(el.toSVG());
    expect(doc.querySelector('svg > title')?.textContent).to.equal('Nothing yet');
    expect(textsOf(doc)).to.include('Nothing yet');
    expect(Number(doc.documentElement.getAttribute('width'))).to.equal(Math.round(el.getBoundingClientRect().width));
  });

  it('stays well-formed XML of its own few elements whatever the texts hold (fast-check)', async () => {
    const el = await mountWith(story, { width: 700 });
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('</text><script>x</script>', ']]>', '&amp;', '"\'<>'));
    const own = new Set(['svg', 'title', 'style', 'rect', 'line', 'polyline', 'circle', 'text', 'g']);
    await fc.assert(
      fc.asyncProperty(anyText, fc.array(anyText, { minLength: 1, maxLength: 5 }), anyText, async (title, names, era) => {
        el.events = {
          title,
          groups: [{ id: 'g', label: names[0]! }],
          eras: [{ title: era, start: '2024-02', end: '2024-04' }],
          events: names.map((name, i) => ({ id: `e${i}`, title: name, date: `2024-0${i + 1}-10`, group: 'g' })),
        };
        await el.updateComplete;
        const doc = parseSvg(el.toSVG());
        expect([...doc.querySelectorAll('*')].map((e) => e.localName).filter((name) => !own.has(name))).to.deep.equal([]);
      }),
      { numRuns: 60 },
    );
  });

  it('names the picture after the label when one is set', async () => {
    const el = await mountWith(story);
    el.label = 'Port timeline';
    await el.updateComplete;
    expect(parseSvg(el.toSVG()).querySelector('svg > title')?.textContent).to.equal('Port timeline');
  });

  it('leaves out characters XML cannot hold, and keeps the rest of the title', async () => {
    const el = await mountWith({ events: [{ id: 'x', title: 'Bell\u0007 rings \uD800 twice', date: '2024-01-05' }] });
    const texts = textsOf(parseSvg(el.toSVG()));
    expect(texts).to.include('Bell');
    expect(texts).to.include('rings');
    expect(texts).to.include('twice');
  });

  it('loads in an <img> at the element’s size, the markers in the theme’s colours', async () => {
    const el = await mountWith(story, { width: 820 });
    el.style.setProperty('--timeline-group-1-color', 'rgb(200, 30, 90)');
    await el.updateComplete;
    const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(el.toSVG())}`);
    const box = el.getBoundingClientRect();
    expect(img.naturalWidth).to.equal(Math.round(box.width));
    expect(img.naturalHeight).to.equal(Math.round(box.height));
    const pixel = await drawn(el);
    const crane = markerCentre(el, 'crane');
    expectColour(pixel(crane.x, crane.y), rgb(crane.colour), 'the group-coloured marker');
    expectColour(rgb(crane.colour), [200, 30, 90], 'the marker on screen');
    const vote = markerCentre(el, 'vote');
    expectColour(pixel(vote.x, vote.y), rgb(vote.colour), 'a marker in the default colour');
    expectColour(pixel(2, box.height - 2), rgb(getComputedStyle(el).backgroundColor), 'the background');
  });

  it('draws an open range fading where it goes on, and an approximate one fading at both ends with a dashed outline, as the element does', async () => {
    const el = await mountWith(
      [
        { id: 'exact', title: 'Exact', start: '2024-01-01', end: '2024-06-30' },
        { id: 'open', title: 'Open', start: '2024-01-01', end: '..' },
        { id: 'about', title: 'About', start: '2024-01-01~', end: '2024-06-30~' },
        { id: 'later', title: 'Later', date: '2024-12-31' },
      ],
      { orientation: 'horizontal', width: 900 },
    );
    const pixel = await drawn(el);
    const background = rgb(getComputedStyle(el).backgroundColor);
    const o = el.getBoundingClientRect();
    /** How far the picture is from the background at a share of the band's length, near its bottom (clear of its label). */
    const tint = (id: string, share: number) => {
      const r = parts(el, 'event').find((e) => e.dataset['id'] === id)!.querySelector('[part~="marker"]')!.getBoundingClientRect();
      const [r0, g0, b0] = pixel(r.left - o.left + share * r.width, r.bottom - o.top - 3);
      return Math.max(Math.abs(r0 - background[0]), Math.abs(g0 - background[1]), Math.abs(b0 - background[2]));
    };
    expect(tint('exact', 0.5), 'an exact band, tinted').to.be.above(20);
    expect(tint('exact', 0.98), 'to its end').to.be.above(20);
    expect(tint('open', 0.3), 'an open range, tinted where it is known').to.be.above(20);
    expect(tint('open', 0.99), 'and faded out where it goes on').to.be.below(6);
    expect(tint('about', 0.5), 'an approximate band, tinted in its middle').to.be.above(20);
    const svg = parseSvg(el.toSVG());
    expect(svg.querySelectorAll('mask'), 'a mask for each of the two, none for the exact band').to.have.length(2);
    expect(svg.querySelectorAll('[stroke-dasharray]').length, 'the approximate band’s dashed outline').to.be.at.least(1);
  });

  it('passes the grid lines behind a label, a band\'s too where it runs on past the band, not through its letters', async () => {
    const el = await mountWith(
      [
        { id: 'warning', title: 'Warning', date: '2024-06-20' },
        { id: 'deploy', title: 'North Korea sends more than 10,000 soldiers to Russia', date: '2024-10' },
        { id: 'confirmed', title: 'Confirmed', date: '2024-12-20' },
      ],
      { width: 1280 },
    );
    el.style.setProperty('--timeline-grid-color', 'rgb(255, 0, 0)');
    await el.updateComplete;
    const o = el.getBoundingClientRect();
    const band = parts(el, 'event').find((e) => e.dataset['id'] === 'deploy')!;
    const label = band.querySelector('.text')!.getBoundingClientRect();
    const bandEnd = band.querySelector('.marker')!.getBoundingClientRect().right;
    // November's grid line: past the band's end (November 1) and through its label.
    const tick = [...part(el, 'axis')!.querySelectorAll('g')].find((g) => g.textContent!.trim() === 'Nov')!;
    const x = tick.querySelector('line')!.getBoundingClientRect().left;
    expect(x >= bandEnd - 1 && x < label.right - 8, `the line at ${x} crosses the label (${label.left}-${label.right}) past the band (${bandEnd})`).to.equal(true);
    const pixel = await drawn(el);
    // The line's columns (it may fall between two), where the picture draws it red.
    const columns = [-1, 0, 1].map((d) => Math.round(x - o.left) + d);
    const red = ([r, g, b]: [number, number, number]) => r - Math.max(g, b) > 40;
    const below = (label.bottom + o.bottom) / 2 - o.top;
    expect(columns.some((c) => red(pixel(c, below))), 'the line is drawn below the label').to.equal(true);
    // Down the line through the label: never more than 2 px of it in a row (between letters, between lines).
    let longest = 0;
    for (const c of columns) {
      let run = 0;
      for (let y = Math.ceil(label.top - o.top) + 1; y < label.bottom - o.top - 1; y++) {
        run = red(pixel(c, y)) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    expect(longest, 'px of grid line in a row inside the label').to.be.at.most(2);
  });

  it('draws an era\'s tint over the items, as the element does: no patch of the background around a title in an era', async () => {
    const el = await mountWith(
      {
        eras: [{ title: 'The whole year', start: '2024-01', end: '2024-12' }],
        events: [{ id: 'p', title: 'A point with a rather long title', date: '2024-03-10' }],
      },
      { width: 1000, orientation: 'horizontal' },
    );
    await el.updateComplete;
    const o = el.getBoundingClientRect();
    const event = parts(el, 'event').find((e) => e.dataset['id'] === 'p')!;
    const text = event.querySelector('.text')!.getBoundingClientRect();
    // The date line's words (its block is as wide as the title): beside them, inside the title's box.
    const range = document.createRange();
    range.selectNodeContents(event.querySelector('[part~="date"]')!);
    const date = range.getBoundingClientRect();
    expect(text.right - date.right).to.be.above(12);
    const y = date.top + date.height / 2 - o.top;
    const pixel = await drawn(el);
    const inBox = pixel(text.right - o.left - 3, y);
    const beside = pixel(text.right - o.left + 4, y);
    expectColour(inBox, beside, 'a title\'s box in the era against the era beside it');
    expect(Math.max(...rgb(getComputedStyle(el).backgroundColor).map((c, i) => Math.abs(c - beside[i]!))), 'the era is tinted').to.be.above(8);
  });

  it('draws the plot of an element of a set height, scrolled, only below its axis, as the element shows it', async () => {
    const groups = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: `Group ${id.toUpperCase()}` }));
    const events = Array.from({ length: 25 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, date: `2024-0${1 + (i % 9)}-1${i % 9}`, group: groups[i % 5]!.id }));
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="UTC" style="width: 800px; height: 320px"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { groups, events };
    await loaded;
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    chart.scrollTop = 200;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const o = el.getBoundingClientRect();
    const axisBottom = part(el, 'axis')!.getBoundingClientRect().bottom - o.top;
    const chartBottom = chart.getBoundingClientRect().bottom - o.top;
    const centres = parts(el, 'event').map((e) => markerCentre(el, e.dataset['id']!));
    // Scrolled under the axis (the element hides them), and in the plot below it (it shows them).
    const under = centres.filter((c) => c.y > 0 && c.y < axisBottom - 4);
    const shown = centres.filter((c) => c.y > axisBottom + 8 && c.y < chartBottom - 8);
    expect([under.length > 0, shown.length > 0], 'markers under the axis and below it').to.deep.equal([true, true]);
    const pixel = await drawn(el);
    for (const c of shown) expectColour(pixel(c.x, c.y), rgb(c.colour), 'a marker in view');
    for (const c of under) {
      const [r, g, b] = pixel(c.x, c.y);
      const [mr, mg, mb] = rgb(c.colour);
      expect(Math.max(Math.abs(r - mr), Math.abs(g - mg), Math.abs(b - mb)), `no marker drawn at ${c.y} px, over the axis or what is above it`).to.be.above(40);
    }
  });

  it('writes a long break’s length on the lines the phone’s rail shows, inside the picture', async () => {
    // Two items 1,888 years apart, then a story of months: the rail cuts the centuries short.
    const el = await mountWith(
      [
        { id: 'rome', title: 'Roots in Rome', date: '-000043-03-15' },
        ...['1874-03', '1874-06', '1874-09', '1875-01', '1875-05'].map((date, i) => ({ id: `m${i}`, title: `Month ${i}`, date })),
      ],
      { width: 390 },
    );
    const onScreen = el.shadowRoot!.querySelector<HTMLElement>('.rail-break-label')!;
    const range = document.createRange();
    range.selectNodeContents(onScreen);
    const screenLines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    expect(screenLines, 'lines on screen').to.equal(2);
    const holder = document.createElement('div');
    holder.innerHTML = el.toSVG();
    document.body.append(holder);
    try {
      const width = Number(holder.querySelector('svg')!.getAttribute('width'));
      const words = onScreen.textContent!.trim().split(' ');
      const lines = [...holder.querySelectorAll<SVGTextElement>('text')].filter((t) => words.some((w) => t.textContent!.includes(w)) && t.classList.contains('i'));
      expect(lines.map((t) => t.textContent).join(' '), 'the same words').to.equal(onScreen.textContent!.trim());
      expect(lines.length, 'as many lines as on screen').to.equal(screenLines);
      for (const line of lines) {
        const box = line.getBBox();
        expect(box.x, line.textContent!).to.be.at.least(0);
        expect(box.x + box.width, line.textContent!).to.be.at.most(width);
      }
    } finally {
      holder.remove();
    }
  });

  it('ends the picture where the chart ends when an item’s details are open below it, in both layouts', async () => {
    for (const width of [1000, 390]) {
      const el = await mountWith(story, { width });
      el.selected = story.events[0]!.id;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const details = part(el, 'details')!.getBoundingClientRect();
      const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
      const top = el.getBoundingClientRect().top;
      expect(details.height, `${width}: details open`).to.be.above(0);
      const svg = parseSvg(el.toSVG()).documentElement;
      expect(Number(svg.getAttribute('height')), `${width}: picture's height`).to.equal(Math.round(chart.bottom - top));
      expect(Number(svg.getAttribute('height')), `${width}: no band for the panel`).to.be.below(Math.round(el.getBoundingClientRect().height));
    }
  });

  it('draws the dark theme in its own colours, also in the vertical layout', async () => {
    for (const orientation of ['horizontal', 'vertical']) {
      const el = await mountWith(story, { orientation, width: 700 });
      el.theme = 'dark';
      el.selected = 'ferry';
      await el.updateComplete;
      const background = rgb(getComputedStyle(el).backgroundColor);
      expect(background.reduce((a, b) => a + b), 'a dark background').to.be.below(150);
      const pixel = await drawn(el);
      expectColour(pixel(1, 1), background, `${orientation}: the background`);
      for (const id of ['crane', 'ferry']) {
        const marker = markerCentre(el, id);
        expectColour(pixel(marker.x, marker.y), rgb(marker.colour), `${orientation}: the marker of ${id}`);
      }
    }
  });
});

describe('toSVG() in forced colours', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('draws the picture in the theme\'s colours, not blank in the one colour the system forces on text', async () => {
    await emulateMedia({ forcedColors: 'active' });
    for (const theme of ['light', 'dark'] as const) {
      const el = await mountWith(story, { width: 700 });
      el.theme = theme;
      await el.updateComplete;
      const doc = parseSvg(el.toSVG());
      const sheet = doc.querySelector('style')!.textContent!;
      const fill = (selector: string) => new RegExp(`${selector.replace('.', '\\.')}\\{[^}]*?fill:([^;}]+)`).exec(sheet)![1]!;
      const background = fill('.k');
      expect(contrast(fill('text'), background), `${theme}: text on the background`).to.be.at.least(4.5);
      expect(luminance(rgb(background)) > 0.5, `${theme}: the theme's background (${background})`).to.equal(theme === 'light');
      // Drawn: the title's letters are not the background's colour.
      const pixel = await drawn(el);
      const title = part(el, 'title')!.getBoundingClientRect();
      const o = el.getBoundingClientRect();
      let inked = 0;
      for (let x = title.left; x < title.right; x += 2) {
        const [r, g, b] = pixel(x - o.left, title.top + title.height / 2 - o.top);
        if (contrast(`rgb(${r}, ${g}, ${b})`, background) > 2) inked++;
      }
      expect(inked, `${theme}: the title drawn`).to.be.greaterThan(3);
    }
  });
});

describe('toSVG() right to left', () => {
  it('puts the vertical rail and cards on the right, as the element does', async () => {
    const el = await mountWith(story, { orientation: 'vertical', width: 600, locale: 'ar' });
    el.dir = 'rtl';
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const crane = markerCentre(el, 'crane');
    expect(crane.x, 'the rail is on the right on screen').to.be.above(el.getBoundingClientRect().width / 2);
    const pixel = await drawn(el);
    for (const id of ['crane', 'vote', 'ferry']) {
      const marker = markerCentre(el, id);
      expectColour(pixel(marker.x, marker.y), rgb(marker.colour), `the marker of ${id}`);
    }
    // A card's background where the card is on screen.
    const card = parts(el, 'event').find((e) => e.dataset['id'] === 'vote')!.getBoundingClientRect();
    const o = el.getBoundingClientRect();
    expectColour(pixel(card.left - o.left + 4, card.bottom - o.top - 2), rgb(getComputedStyle(parts(el, 'event')[0]!).backgroundColor), 'a card');
  });

  const arabic: TimelineDocument = {
    title: 'معرض القاهرة الدولي للكتاب عبر السنين',
    lang: 'ar',
    groups: [
      { id: 'fair', label: 'المعرض والناشرون' },
      { id: 'city', label: 'المدينة' },
    ],
    eras: [{ title: 'فترة الإغلاق الطويلة', start: '2024-02-01', end: '2024-03-20' }],
    references: [{ title: 'يوم الميزانية', date: '2024-04-10' }],
    events: [
      { id: 'open', title: 'افتتاح المعرض', date: '2024-01-24', group: 'fair' },
      { id: 'prize', title: 'إعلان الفائزين', date: '2024-04-28', group: 'city' },
    ],
  };

  for (const [width, orientation] of [
    [390, 'vertical'],
    [900, 'horizontal'],
  ] as const) {
    it(`writes the title, the legend's groups and an era's name of a right-to-left page where the element shows them (${width} px)`, async () => {
      const el = await mountWith(arabic, { width, locale: 'ar', orientation });
      el.dir = 'rtl';
      el.setAttribute('legend', '');
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const o = el.getBoundingClientRect();
      // The element's own boxes, each text's on screen (left and right, from the element's left).
      const shown = new Map<string, [number, number]>();
      for (const box of parts(el, 'title').concat(parts(el, 'legend-item'), parts(el, 'era-label'))) {
        const node = document.createTreeWalker(box, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent?.trim() ? 1 : 3) }).nextNode()!;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        shown.set(node.textContent!.trim(), [r.left - o.left, r.right - o.left]);
      }
      expect([...shown.keys()]).to.include.members([arabic.title, 'المعرض والناشرون', 'المدينة']);
      // An era's name (on the phone with its dates).
      expect([...shown.keys()].some((words) => words.startsWith('فترة الإغلاق الطويلة'))).to.equal(true);
      // The picture drawn in the page at the element's size, where each text's box can be measured.
      const svg = document.importNode(parseSvg(el.toSVG()).documentElement, true) as unknown as SVGSVGElement;
      svg.style.cssText = 'position:fixed;left:0;top:0';
      document.body.append(svg);
      try {
        const width = Number(svg.getAttribute('width'));
        for (const text of svg.querySelectorAll('text')) {
          const words = text.textContent!.trim();
          const at = shown.get(words);
          if (!at) continue;
          const r = text.getBoundingClientRect();
          expect(r.left, `${words}: inside the picture on the left`).to.be.at.least(-1);
          expect(r.right, `${words}: inside the picture on the right`).to.be.at.most(width + 1);
          expect(Math.abs((r.left + r.right) / 2 - (at[0] + at[1]) / 2), `${words}: where the element shows it`).to.be.below(4);
          shown.delete(words);
        }
        expect([...shown.keys()], 'texts not found in the picture').to.deep.equal([]);
        // The mark beside an era's and a reference's name: on the side the element draws its edge.
        const marks = [...svg.querySelectorAll('rect.w, rect.r')].map((r) => Number(r.getAttribute('x')));
        const edges = parts(el, 'era-label').concat(parts(el, 'reference-label')).map((label) => {
          const box = label.getBoundingClientRect();
          return getComputedStyle(label).borderLeftStyle === 'none' ? box.right - o.left - 2 : box.left - o.left;
        });
        expect(edges.length).to.be.greaterThan(0);
        for (const edge of edges) expect(marks.some((x) => Math.abs(x - edge) < 1.5), `a mark at ${edge.toFixed(1)} among ${marks.map((x) => x.toFixed(1)).join(', ')}`).to.equal(true);
      } finally {
        svg.remove();
      }
    });
  }
});

/** The x of each character of `text`'s text, in the order they are written. */
function charXs(text: Element): { chars: string; xs: number[] } {
  const node = document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode() as Text;
  const range = document.createRange();
  const xs: number[] = [];
  for (let i = 0; i < node.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const box = range.getBoundingClientRect();
    xs.push((box.left + box.right) / 2);
  }
  return { chars: node.data, xs };
}

/** The Arabic dates with a day and a year among `texts`: read right to left, the day comes first, at the right, the year last, at the left. */
function arabicDatesInOrder(texts: Element[]): string[] {
  const dates = texts.map(charXs).filter(({ chars }) => /^\d{1,2} \p{Script=Arabic}+ \d{4}$/u.test(chars));
  expect(dates.length, 'an Arabic date with a day and a year').to.be.greaterThan(0);
  return dates.filter(({ xs }) => xs[0]! < xs[xs.length - 1]!).map(({ chars }) => `${chars}: left to right`);
}

describe('Arabic dates on the axis', () => {
  const threeMonths: TimelineDocument = {
    events: [
      { id: 'a', title: 'افتتاح المعرض الدولي للكتاب في القاهرة', date: '2024-01-24' },
      { id: 'b', title: 'إعلان الفائزين بالجائزة العالمية للرواية العربية', date: '2024-02-28' },
      { id: 'c', title: 'مهرجان الموسيقى العربية', date: '2024-03-10' },
    ],
  };

  it('read right to left, day, month and year, in the element and in toSVG, while the axis runs left to right', async () => {
    const el = await mountWith(threeMonths, { width: 900, locale: 'ar', orientation: 'horizontal' });
    el.dir = 'rtl';
    await el.updateComplete;
    const axis = [...el.shadowRoot!.querySelectorAll('[part~="axis"] text')];
    expect(arabicDatesInOrder(axis)).to.deep.equal([]);
    // Time still runs left to right: the first tick is the leftmost.
    expect(axis[0]!.getBoundingClientRect().left).to.be.below(axis[1]!.getBoundingClientRect().left);
    const svg = document.importNode(new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement, true);
    document.body.append(svg);
    try {
      expect(arabicDatesInOrder([...svg.querySelectorAll('text')])).to.deep.equal([]);
    } finally {
      svg.remove();
    }
  });
});

describe('toPNG()', () => {
  it('gives a PNG of the element’s size times the scale (2 unless told)', async () => {
    const el = await mountWith(story, { width: 640 });
    const width = el.getBoundingClientRect().width;
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(Math.round(width * 2));
    const one = await createImageBitmap(await el.toPNG({ scale: 1 }));
    expect(one.width).to.equal(Math.round(width));
  });

  it('draws the page\'s web font, for which the element placed its texts (the image loads nothing from outside)', async () => {
    // A font file the page serves (Nunito Sans, from the Storybook package), under a name no system has.
    const face = document.createElement('style');
    face.textContent = '@font-face{font-family:"Picture Test Sans";src:url("/node_modules/storybook/assets/browser/nunito-sans-regular.woff2") format("woff2")}';
    document.head.append(face);
    try {
      const el = await mountWith(story, { width: 900 });
      // Its fallback much wider: a picture drawn in it is told apart.
      el.style.setProperty('--timeline-font-family', '"Picture Test Sans", monospace');
      const faces = await document.fonts.load('16px "Picture Test Sans"');
      expect(faces.length, 'the page has the font').to.equal(1);
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const o = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(part(el, 'title')!);
      const title = range.getBoundingClientRect();
      const image = await createImageBitmap(await el.toPNG({ scale: 1 }));
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      // The columns where the title's row has ink (any pixel unlike the background's).
      const top = Math.round(title.top - o.top);
      const rows = context.getImageData(0, top, canvas.width, Math.round(title.height)).data;
      const [br, bg, bb] = [rows[0]!, rows[1]!, rows[2]!];
      const inked: number[] = [];
      for (let x = 0; x < canvas.width; x++) {
        for (let y = 0; y < Math.round(title.height); y++) {
          const i = (y * canvas.width + x) * 4;
          if (Math.abs(rows[i]! - br) + Math.abs(rows[i + 1]! - bg) + Math.abs(rows[i + 2]! - bb) > 120) {
            inked.push(x);
            break;
          }
        }
      }
      expect(inked.length, 'the title is drawn').to.be.greaterThan(20);
      // Its letters span what the element's do, within a few px.
      expect(Math.abs(inked[0]! - (title.left - o.left)), 'where it starts').to.be.below(4);
      expect(Math.abs(inked.at(-1)! - (title.right - o.left)), 'where it ends').to.be.below(4);
    } finally {
      face.remove();
    }
  });

  it('refuses a scale that draws no picture, naming it, and says how large a picture too large to draw was', async () => {
    const el = await mountWith(story, { width: 640 });
    for (const scale of [0, -1, NaN, Infinity]) {
      const error = await el.toPNG({ scale }).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error, String(scale)).to.be.instanceOf(RangeError);
      expect(error!.message).to.equal(`toPNG(): the scale must be a number above 0, not ${scale}.`);
    }
    const tooLarge = await el.toPNG({ scale: 200 }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(tooLarge?.message).to.match(/^The picture could not be drawn \(\d+ × \d+ px at scale 200; a smaller scale may fit\)\.$/);
  });

  it('says that nothing is drawn yet when toPNG() is asked before any data, not that a smaller scale may fit', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 640px"></event-timeline>`);
    await el.updateComplete;
    const error = await el.toPNG().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.match(/^The picture could not be drawn: it is \d+ × 0 px \(no data shown yet, or an element of no size\)\.$/);
  });
});

describe('the exportable attribute', () => {
  /** Catches the download an export button starts, instead of the browser saving a file. */
  function catchDownload(): Promise<{ name: string; href: string }> {
    const click = HTMLAnchorElement.prototype.click;
    return new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        HTMLAnchorElement.prototype.click = click;
        resolve({ name: this.download, href: this.href });
      };
    });
  }

  it('shows no export button without it', async () => {
    const el = await mountWith(story);
    expect(parts(el, 'export')).to.have.length(0);
  });

  it('offers SVG and PNG downloads as named buttons in the controls', async () => {
    const el = await mountWith(story);
    el.exportable = true;
    await el.updateComplete;
    const buttons = parts(el, 'export');
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(['SVG', 'PNG']);
    expect(buttons.every((b) => b.closest('[part~="controls"]'))).to.equal(true);
    const nodes = (await executeServerCommand('ax-nodes')) as Array<{ role: string; name: string }>;
    const names = nodes.filter((n) => n.role === 'button').map((n) => n.name);
    expect(names).to.include.members(['Download as SVG', 'Download as PNG']);
  });

  it('names the buttons in the element’s language', async () => {
    const el = await mountWith(story, { locale: 'de' });
    el.exportable = true;
    await el.updateComplete;
    expect(parts(el, 'export').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Als SVG herunterladen', 'Als PNG herunterladen']);
  });

  it('downloads the SVG named after the title, from the keyboard', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline exportable style="width: 800px" locale="en" time-zone="UTC"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = story;
    await loaded;
    const download = catchDownload();
    part(el, 'export-svg')!.focus();
    await sendKeys({ press: 'Enter' });
    const { name, href } = await download;
    expect(name).to.equal('harbour-docks-history.svg');
    const text = await (await fetch(href)).text();
    expect(parseSvg(text).querySelector('svg > title')?.textContent).to.equal(story.title);
  });

  it('writes the theme\'s colours in the downloaded SVG as sRGB, which every program reads, whatever syntax the page gave them in', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline exportable style="width: 800px" locale="en" time-zone="UTC"></event-timeline>`);
    // An item titled like a colour function keeps its words.
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { ...story, events: [...story.events, { id: 'lab', title: 'oklch(70% 0.1 200) at the lab', date: '2024-06-02', group: 'port' }] };
    await loaded;
    el.style.setProperty('--timeline-event-color', 'oklch(55% 0.2 30)');
    el.style.setProperty('--timeline-selected-color', 'color-mix(in oklab, red 70%, black)');
    el.style.setProperty('--timeline-group-1', 'lab(50% 40 -20)');
    el.selected = 'vote';
    await el.updateComplete;
    const live = el.toSVG();
    expect(live, 'the live picture has them as the browser gives them').to.match(/oklch\(|oklab\(|lab\(/);
    const download = catchDownload();
    part(el, 'export-svg')!.click();
    const text = await (await fetch((await download).href)).text();
    const doc = parseSvg(text);
    const colours = [...text.matchAll(/(?:fill|stroke)[=:]"?([^";}]+)/g)].map((m) => m[1]!.trim()).filter((c) => c !== 'none');
    expect(colours.length).to.be.greaterThan(5);
    for (const colour of colours) expect(colour, 'an sRGB colour').to.match(/^(rgba?\(|#)/);
    // Drawn as the live picture is: the same pixels where the markers are.
    const asImage = async (svg: string) => {
      const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(img, 0, 0);
      return (x: number, y: number) => [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)] as [number, number, number];
    };
    const [fromLive, fromFile] = [await asImage(live), await asImage(text)];
    for (const id of ['crane', 'vote', 'ferry']) {
      const { x, y } = markerCentre(el, id);
      expectColour(fromFile(x, y), fromLive(x, y), `the marker of ${id}`);
    }
    expect(textsOf(doc)).to.include('oklch(70% 0.1 200) at the lab');
  });

  it('downloads the PNG named after the title', async () => {
    const el = await mountWith({ title: 'Ferry line', events: story.events });
    el.exportable = true;
    await el.updateComplete;
    const download = catchDownload();
    part(el, 'export-png')!.click();
    const { name, href } = await download;
    expect(name).to.equal('ferry-line.png');
    const blob = await (await fetch(href)).blob();
    expect(blob.type).to.equal('image/png');
  });
});
