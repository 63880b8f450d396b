import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contrast, deltaE, luminance, rgb } from './contrast.js';
import { eventById, inner, mountWith, part, parts, rectsOverlap } from './helpers.js';
import type { EventTimeline, TimelineErrorEvent } from '../../src/index.js';

const story = {
  title: 'Eras and lines',
  groups: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  eras: [
    { title: 'First phase', start: '2024-02', end: '2024-05' },
    { title: 'Overlapping phase', start: '2024-04', end: '2024-08' },
    { title: 'B only', start: '2024-06', end: '2024-07', group: 'b' },
  ],
  references: [{ date: '2024-06-15', title: 'Summit' }],
  events: [
    { id: 'x', title: 'Early item', date: '2024-02-10', group: 'a' },
    { id: 'y', title: 'Middle item', date: '2024-06-01', group: 'b' },
    { id: 'z', title: 'Late item', date: '2024-09-20', group: 'a' },
  ],
};

const box = (el: Element) => el.getBoundingClientRect();

/** Eras and lines are a part loaded on demand (element/parts/backdrop.ts): updateComplete waits for it. */
async function mount(...args: Parameters<typeof mountWith>): Promise<EventTimeline> {
  const el = await mountWith(...args);
  await el.updateComplete;
  return el;
}

describe('eras and reference lines', () => {
  it('draws eras as bands at their periods, with titles in a strip that covers no item', async () => {
    const el = await mount(story, { orientation: 'horizontal', width: 1000 });
    const eras = parts(el, 'era');
    expect(eras.map((e) => e.dataset['title'])).to.deep.equal(['First phase', 'Overlapping phase', 'B only']);
    // Proportional to time: April to August is longer than February to May.
    expect(box(eras[1]!).width).to.be.greaterThan(box(eras[0]!).width);
    // The group's era spans only that group's row.
    const rowB = parts(el, 'group-label').find((g) => g.textContent!.trim() === 'B')!;
    expect(box(eras[2]!).top).to.be.closeTo(box(rowB).top, 2);
    expect(box(eras[2]!).height).to.be.lessThan(box(eras[0]!).height);
    const labels = parts(el, 'era-label');
    expect(labels.map((l) => l.dataset['title'])).to.deep.equal(['First phase', 'Overlapping phase', 'B only']);
    // Overlapping titles stack; no title covers another, nor an item's label.
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(rectsOverlap(box(labels[i]!), box(labels[j]!))).to.equal(false);
    for (const label of [...labels, ...parts(el, 'reference-label')]) for (const item of parts(el, 'label')) expect(rectsOverlap(box(label), box(item))).to.equal(false);
    const line = part(el, 'reference')!;
    expect(line.dataset['title']).to.equal('Summit');
    expect(part(el, 'reference-label')!.textContent).to.contain('Summit');
  });

  it('tints everything in an era alike: no patch of the page colour around a title, no band in two shades where its title sits', async () => {
    const el = await mount(
      {
        eras: [
          { title: 'The whole year', start: '2024-01', end: '2024-12' },
          // Begins under the point's title: its edge passes behind the letters, as grid lines do.
          { title: 'Spring', start: '2024-04', end: '2024-05' },
        ],
        events: [
          { id: 'p', title: 'A point with a rather long title', date: '2024-03-10' },
          { id: 'b', title: 'A band whose title is longer than its dates', start: '2024-05-01', end: '2024-10-31' },
        ],
      },
      { orientation: 'horizontal', width: 1000 },
    );
    const pixels = async (points: [number, number][]) => ((await executeServerCommand('pixels', { points })) as [number, number, number][]).map((c) => `rgb(${c.join(', ')})`);
    // Beside the short date line, inside each title's box (which keeps grid lines out of its letters),
    // and just past the box at the same height: page colour and era tint there, or band and band.
    const sample = (id: string) => {
      const text = inner(eventById(el, id), 'label').parentElement!.getBoundingClientRect();
      // The date line's words, not its block (as wide as the title).
      const range = document.createRange();
      range.selectNodeContents(inner(eventById(el, id), 'date'));
      const date = range.getBoundingClientRect();
      expect(text.right - date.right, `${id}: room beside the date line`).to.be.above(12);
      const y = date.top + date.height / 2;
      return [[text.right - 3, y], [text.right + 3, y], [text.right + 6, y]] as [number, number][];
    };
    const band = inner(eventById(el, 'b'), 'marker').getBoundingClientRect();
    expect(sample('b')[2]![0], 'the band runs on past its title').to.be.below(band.right - 2);
    const [inPoint, besidePoint, besidePoint2] = await pixels(sample('p'));
    const [inBand, besideBand, besideBand2] = await pixels(sample('b'));
    const [background] = await pixels([[el.getBoundingClientRect().left + 2, el.getBoundingClientRect().top + 2]]);
    // Two samples past each box agree: neither fell on a grid line.
    expect(deltaE(besidePoint!, besidePoint2!)).to.be.below(2);
    expect(deltaE(besideBand!, besideBand2!)).to.be.below(2);
    expect(deltaE(besidePoint!, background!), 'the era is tinted').to.be.above(3);
    expect(deltaE(inPoint!, besidePoint!), `a title's box in the era (${inPoint}) against the era beside it (${besidePoint})`).to.be.below(2);
    expect(deltaE(inBand!, besideBand!), `a band where its title sits (${inBand}) against the band beside it (${besideBand})`).to.be.below(2);
    const edge = parts(el, 'era')[1]!.getBoundingClientRect().left;
    const y = sample('p')[0]![1];
    expect(edge, 'the second era begins under the title').to.be.within(inner(eventById(el, 'p'), 'label').getBoundingClientRect().left + 10, sample('p')[0]![0] - 10);
    // Drawn over the title, the edge (45 % of the muted colour) is a column darker than either side of it.
    const x = Math.floor(edge);
    const column = await pixels([x - 4, x - 1, x, x + 1, x + 2, x + 5].map((at) => [at + 0.4, y] as [number, number]));
    const lightness = column.map((c) => luminance(rgb(c)));
    const sides = Math.min(lightness[0]!, lightness[5]!);
    for (const [i, l] of lightness.slice(1, 5).entries()) expect(l, `an era's edge in a title's box: ${column.join(' ')} (pixel ${i + 1})`).to.be.at.least(sides - 0.01);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps a band's date line at 4.5:1 on the band, in each group's colour, selected, and in an era's tint (${theme})`, async () => {
      const el = await mount(
        {
          groups: [1, 2, 3, 4, 5, 6].map((n) => ({ id: `g${n}`, label: `Group ${n}` })),
          eras: [{ title: 'An era over half of them', start: '2024-06-15', end: '2024-12-31' }],
          events: [1, 2, 3, 4, 5, 6].flatMap((n) => [
            { id: `a${n}`, title: 'Cuts', start: '2024-01-01', end: '2024-05-31', group: `g${n}` },
            { id: `b${n}`, title: 'Cuts', start: '2024-07-01', end: '2024-11-30', group: `g${n}` },
          ]),
        },
        { orientation: 'horizontal', width: 1000 },
      );
      el.theme = theme;
      el.selected = 'b3';
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const ids = [1, 2, 3, 4, 5, 6].flatMap((n) => [`a${n}`, `b${n}`]);
      // The band behind the date line: inside the band, right of the whole label (no letters there).
      const points = ids.map((id) => {
        const date = inner(eventById(el, id), 'date').getBoundingClientRect();
        const label = inner(eventById(el, id), 'label').parentElement!.getBoundingClientRect();
        const band = inner(eventById(el, id), 'marker').getBoundingClientRect();
        const x = label.right + 8;
        expect(x, `${id}: the band runs on past its label`).to.be.below(band.right - 4);
        return [x, date.top + date.height / 2] as [number, number];
      });
      const fills = ((await executeServerCommand('pixels', { points })) as [number, number, number][]).map((c) => `rgb(${c.join(', ')})`);
      for (const [i, id] of ids.entries()) {
        const colour = getComputedStyle(inner(eventById(el, id), 'date')).color;
        expect(contrast(colour, fills[i]!), `${id}: ${colour} on ${fills[i]}`).to.be.at.least(4.5);
      }
    });
  }

  it('writes the titles of an era and a line near the end of the window whole inside the element, ending at their mark', async () => {
    const late = {
      eras: [{ title: 'Reconstruction period and aftermath', start: '2024-05-27', end: '2024-05-30' }],
      references: [{ date: '2024-05-29', title: 'Ceasefire announced in the capital' }],
      events: [
        { id: 'a', title: 'Start', date: '2024-05-01' },
        { id: 'b', title: 'End', date: '2024-05-30' },
      ],
    };
    const el = await mount(late, { orientation: 'horizontal', width: 900 });
    const host = box(el);
    const era = box(parts(el, 'era')[0]!);
    const line = box(part(el, 'reference')!);
    const eraLabel = part(el, 'era-label')!;
    const lineLabel = part(el, 'reference-label')!;
    for (const label of [eraLabel, lineLabel]) {
      expect(box(label).right, label.dataset['title']).to.be.at.most(host.right + 0.5);
      expect(box(label).left, label.dataset['title']).to.be.at.least(host.left - 0.5);
    }
    // Each ends where its period begins, or at its line, which its edge marks.
    expect(box(eraLabel).right).to.be.closeTo(era.left, 2);
    expect(box(lineLabel).right).to.be.closeTo(line.left, 3);
    expect(getComputedStyle(eraLabel).borderRightWidth).to.equal('2px');
    // The picture draws each title's edge where the element does: on the right of a title that ends at its mark.
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    for (const label of [eraLabel, lineLabel]) {
      const text = [...svg.querySelectorAll('text')].find((t) => label.dataset['title']!.startsWith(t.textContent!.trim()))!;
      const edge = text.previousElementSibling!;
      expect(edge.localName).to.equal('rect');
      expect(Number(edge.getAttribute('x')), label.dataset['title']).to.be.closeTo(box(label).right - 2 - host.left, 1);
    }
    // Down the page the titles are a row of tags above the cards, none moved out of the element.
    const phone = await mount(late, { orientation: 'vertical', width: 390 });
    for (const label of [part(phone, 'era-label')!, part(phone, 'reference-label')!]) {
      expect(box(label).left, label.dataset['title']).to.be.at.least(box(phone).left - 0.5);
      expect(box(label).right, label.dataset['title']).to.be.at.most(box(phone).right + 0.5);
    }
  });

  it('marks each title at its line on a right-to-left page too, where time still runs left to right', async () => {
    const el = await mount(story, { orientation: 'horizontal', width: 1000 });
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    const line = box(part(el, 'reference')!);
    const label = part(el, 'reference-label')!;
    expect(getComputedStyle(label).borderLeftWidth).to.equal('2px');
    expect(getComputedStyle(label).borderRightWidth).to.equal('0px');
    expect(box(label).left).to.be.closeTo(line.left, 3);
    const first = parts(el, 'era-label')[0]!;
    expect(getComputedStyle(first).borderLeftWidth).to.equal('2px');
    expect(box(first).left).to.be.closeTo(box(parts(el, 'era')[0]!).left, 2);
  });

  it('lists periods and dates for assistive technology, outside the keyboard order', async () => {
    const el = await mount(story, { orientation: 'horizontal', width: 1000, locale: 'en' });
    const list = el.shadowRoot!.querySelector('[aria-label="Periods and dates"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.textContent!.replace(/\s+/g, ' ')).to.contain('First phase, February 2024 – May 2024');
    expect(list.querySelectorAll('[tabindex]').length).to.equal(0);
  });

  it('works when time runs down the page', async () => {
    const el = await mount(story, { orientation: 'vertical', width: 390 });
    const eras = parts(el, 'era');
    expect(eras).to.have.length(3);
    // Down the rail in time order (lengths follow the rail, which may cut long empty stretches short).
    expect(box(eras[1]!).top).to.be.greaterThan(box(eras[0]!).top);
    expect(box(eras[1]!).top).to.be.lessThan(box(eras[0]!).bottom);
    for (const era of eras) expect(box(era).height).to.be.greaterThan(0);
    expect(parts(el, 'era-label').map((l) => l.dataset['title'])).to.include('Overlapping phase');
    const host = box(el);
    for (const label of parts(el, 'era-label')) expect(box(label).right).to.be.at.most(host.right + 0.5);
    // The titles are tags above the cards, away from their bands: each shows its period or date too.
    const shown = (label: HTMLElement) => label.innerText.replace(/\s+/g, ' ').trim();
    expect(parts(el, 'era-label').map(shown)).to.deep.equal(['First phase, February 2024 – May 2024', 'Overlapping phase, April 2024 – August 2024', 'B only, June 2024 – July 2024']);
    expect(shown(part(el, 'reference-label')!)).to.equal('Summit, June 15, 2024');
    // The picture shows them as the page does: a tag's period too, not its title alone.
    const pictured = [...new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent!.trim()).join(' ');
    expect(pictured).to.contain('Summit, June 15, 2024');
    expect(pictured.replace(/\s+/g, ' ')).to.contain('First phase, February 2024 – May 2024');
  });

  it('marks eras and lines down the page on the rail’s side only, not across cards pushed down from other times, on the page and in the picture, right to left too', async () => {
    // Twelve cards of 2020 stacked down the page reach far below the rail's 2020: beside the era
    // of 2021-2022 and its line stand cards of 2020.
    const events = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `e${i + 1}`, title: `Early event number ${i + 1} with a title that wraps`, date: `2020-${String(i + 1).padStart(2, '0')}-15` })),
      { id: 'late', title: 'Late one', date: '2022-09-10' },
    ];
    const data = { eras: [{ title: 'The era', start: '2021-06', end: '2022-12' }], references: [{ date: '2022-02-24', title: 'The line' }], events };
    for (const dir of ['ltr', 'rtl']) {
      document.documentElement.dir = dir;
      try {
        const el = await mount(data, { orientation: 'vertical', width: 390 });
        const era = box(part(el, 'era')!);
        const line = box(part(el, 'reference')!);
        const cards = parts(el, 'event').map(box);
        expect(era.height, dir).to.be.greaterThan(20);
        // The rail is inside the band; no card is under it or the line.
        const rail = box(el.shadowRoot!.querySelector('.rail')!);
        expect(rail.left, dir).to.be.within(era.left, era.right);
        for (const band of [era, line]) for (const card of cards) expect(band.right <= card.left + 0.5 || band.left >= card.right - 0.5, `${dir}: ${band.left}-${band.right} against a card at ${card.left}-${card.right}`).to.equal(true);
        // The picture: the era's tint and the line stop where the cards begin too.
        const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
        const host = box(el);
        const cardSide = dir === 'ltr' ? Math.min(...cards.map((c) => c.left)) - host.left : host.right - Math.max(...cards.map((c) => c.right));
        const tint = [...svg.querySelectorAll('rect[fill-opacity]')].at(-1)!;
        expect(Number(tint.getAttribute('width')), dir).to.be.within(cardSide - 4, cardSide + 0.5);
        const dashed = [...svg.querySelectorAll('line.f')];
        expect(dashed, dir).to.have.length(1);
        expect(Math.abs(Number(dashed[0]!.getAttribute('x2')) - Number(dashed[0]!.getAttribute('x1'))), dir).to.be.within(cardSide - 4, cardSide + 0.5);
      } finally {
        document.documentElement.dir = 'ltr';
      }
    }
  });

  it('draws a line for today with now, titled in the element’s language', async () => {
    const today = new Date();
    const around = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const el = await mountWith({ events: [{ id: 'a', title: 'A', date: around(-10) }, { id: 'b', title: 'B', date: around(10) }] }, { locale: 'de', orientation: 'horizontal' });
    expect(part(el, 'reference')).to.equal(undefined);
    el.now = true;
    await el.updateComplete;
    expect(part(el, 'reference')!.dataset['title']).to.equal('heute');
  });

  it('reports an era it cannot read as a problem and still shows the items', async () => {
    const el = document.createElement('event-timeline');
    el.style.width = '800px';
    document.body.append(el);
    const error = oneEvent(el, 'timeline-error') as Promise<TimelineErrorEvent>;
    el.events = { ...story, eras: [{ title: 'Broken', start: '2024-13', end: '2024-14' }, { start: '2024-01', end: '2024-02' }] } as never;
    const { detail } = await error;
    expect(detail.problems.map((p) => p.field)).to.deep.equal(['eras[0].start', 'eras[1].title']);
    await el.updateComplete;
    expect(parts(el as EventTimeline, 'event')).to.have.length(3);
    // Said as what they are, not as events: no event was skipped or shown in part.
    const shown = part(el as EventTimeline, 'error')!;
    expect(shown.querySelector('p')!.textContent).to.equal('Some periods and dates were left out:');
    expect([...shown.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['eras[0]: start is not a date that exists', 'eras[1]: title is missing']);
    el.remove();
  });

  it('counts only the events among the problems, and lists an era\'s without an event number, in German too', async () => {
    const el = await mountWith({ ...story, events: [...story.events, { id: 'bad', title: 'Bad', date: '2024-13-01' }], eras: [{ title: 'Broken', start: '2024-13', end: '2024-14' }] } as never, { locale: 'de' });
    const shown = part(el, 'error')!;
    expect(shown.querySelector('p')!.textContent).to.equal('1 Ereignis wurde übersprungen:');
    const lines = [...shown.querySelectorAll('li')].map((li) => li.textContent!);
    expect(lines).to.have.length(2);
    expect(lines.find((l) => l.startsWith('eras[0]: '))).to.exist;
    expect(lines.find((l) => /^Ereignis \d+ \(„bad“\): /.test(l))).to.exist;
  });
});
