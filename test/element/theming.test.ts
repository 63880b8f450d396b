import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { styles, tokens } from '../../src/element/templates/styles.js';
import { detailsStyles } from '../../src/element/templates/details.styles.js';
import { backdropStyles } from '../../src/element/templates/backdrop.styles.js';
import { articleStyles } from '../../src/element/templates/article.styles.js';
import { filterStyles } from '../../src/element/templates/filters.styles.js';
import { datesStyles } from '../../src/element/templates/dates.styles.js';
import { EventTimeline } from '../../src/index.js';
import { contrast, deltaE, luminance, rgb } from './contrast.js';
import { eventById, inner, mountWith, part, rectsOverlap } from './helpers.js';
import { themes } from '../../stories/support/themes.js';

// With the styles of the parts loaded on demand (element/parts/).
const cssText = [tokens, ...styles, articleStyles, filterStyles, backdropStyles, detailsStyles, datesStyles].map((s) => s.cssText).join('\n');
const data = [
  { id: 'a', title: 'A point', date: '2024-03-01' },
  { id: 'b', title: 'A month', date: '2024-06' },
];

describe('<event-timeline> theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  it('uses every private token it defines and defines every one it uses', () => {
    const defined = new Set([...cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set([...cssText.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    expect([...used].filter((t) => !defined.has(t)), 'used but undefined').to.deep.equal([]);
    expect([...defined].filter((t) => !used.has(t)), 'defined but unused').to.deep.equal([]);
  });

  it('reads every documented public token, and documents every public token it reads', async () => {
    const read = new Set([...cssText.matchAll(/var\((--timeline-[\w-]+)/g)].map((m) => m[1]));
    const source = await (await fetch('/test-api/source?path=src/event-timeline.ts')).text();
    const documented = new Set([...source.matchAll(/@cssproperty \[(--timeline-[\w-]+)=/g)].map((m) => m[1]));
    expect([...read].sort()).to.deep.equal([...documented].sort());
    for (const token of ['--timeline-font-family', '--timeline-text-color', '--timeline-background', '--timeline-axis-color', '--timeline-event-color', '--timeline-selected-color', '--timeline-band-opacity']) {
      expect(read.has(token), token).to.equal(true);
    }
    expect(EventTimeline.name).to.equal('EventTimeline');
  });

  it('colours markers, text and background from the public tokens, set on an ancestor', async () => {
    const el = await mountWith(data);
    el.parentElement!.style.setProperty('--timeline-event-color', 'rgb(1, 2, 3)');
    el.parentElement!.style.setProperty('--timeline-text-color', 'rgb(4, 5, 6)');
    el.parentElement!.style.setProperty('--timeline-background', 'rgb(7, 8, 9)');
    await el.updateComplete;
    expect(getComputedStyle(inner(eventById(el, 'a'), 'marker')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(inner(eventById(el, 'a'), 'label')).color).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(7, 8, 9)');
  });

  it('colours each group from its own token', async () => {
    const el = await mountWith({ groups: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }], events: [{ id: 'a', title: 'A', date: '2024-01-01T12:00', group: 'y' }] });
    el.style.setProperty('--timeline-group-2-color', 'rgb(200, 0, 100)');
    expect(getComputedStyle(inner(eventById(el, 'a'), 'marker')).backgroundColor).to.equal('rgb(200, 0, 100)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`tells six groups apart by their default colours in the ${scheme} scheme, each marker at 3:1 against the background`, async () => {
      const groups = ['a', 'b', 'c', 'd', 'e', 'f'];
      const el = await mountWith({
        groups: groups.map((id) => ({ id, label: `Group ${id}` })),
        events: [...groups.map((group, i) => ({ id: group, title: `In ${group}`, date: `2024-0${i + 1}-10`, group })), { id: 'pick', title: 'Picked', date: '2024-08-01', group: 'a' }],
      });
      el.theme = scheme;
      el.selected = 'pick';
      await el.updateComplete;
      const background = getComputedStyle(el).backgroundColor;
      const colours = groups.map((id) => getComputedStyle(inner(eventById(el, id), 'marker')).backgroundColor);
      const swatches = [...el.shadowRoot!.querySelectorAll('.legend-item .swatch')].map((s) => getComputedStyle(s).backgroundColor);
      expect(swatches, 'the legend names the colours the markers have').to.deep.equal(colours);
      const selected = getComputedStyle(inner(eventById(el, 'pick'), 'marker')).backgroundColor;
      for (const [i, colour] of colours.entries()) {
        expect(contrast(colour, background), `group ${i + 1} against the background`).to.be.at.least(3);
        expect(deltaE(colour, selected), `group ${i + 1} against the selection`).to.be.at.least(30);
        for (const other of colours.slice(i + 1)) expect(deltaE(colour, other), `group ${i + 1}: ${colour} against ${other}`).to.be.at.least(30);
      }
    });

    it(`keeps text at 4.5:1 and markers at 3:1 against the background in the ${scheme} default`, async () => {
      const el = await mountWith(data);
      el.theme = scheme;
      el.selected = 'a';
      await el.updateComplete;
      const background = getComputedStyle(el).backgroundColor;
      const label = inner(eventById(el, 'b'), 'label');
      expect(contrast(getComputedStyle(label).color, background), 'label').to.be.at.least(4.5);
      expect(contrast(getComputedStyle(part(el, 'axis')!.querySelector('text')!).fill, background), 'axis').to.be.at.least(4.5);
      expect(contrast(getComputedStyle(inner(eventById(el, 'a'), 'marker')).backgroundColor, background), 'selected marker').to.be.at.least(3);
      expect(contrast(getComputedStyle(inner(eventById(el, 'b'), 'marker')).borderLeftColor, background), 'band edge').to.be.at.least(3);
      expect(contrast(getComputedStyle(part(el, 'details')!).color, getComputedStyle(part(el, 'details')!).backgroundColor), 'details').to.be.at.least(4.5);
    });

    it(`keeps the search field's placeholder at 4.5:1 against its background in the ${scheme} default`, async () => {
      const el = await mountWith(data);
      el.theme = scheme;
      el.searchable = true;
      await el.updateComplete;
      const search = part(el, 'search')!;
      expect(contrast(getComputedStyle(search, '::placeholder').color, getComputedStyle(search).backgroundColor)).to.be.at.least(4.5);
    });
  }

  // A band's fill lies over its title (events.styles.ts): the title a reader sees is its colour
  // under the fill, on the background under the fill. Six groups' bands and one of no group.
  const THEMES = { 'light default': { theme: 'light' as const }, 'dark default': { theme: 'dark' as const }, ...Object.fromEntries(Object.entries(themes).map(([name, tokens]) => [`story theme ${name}`, { tokens }])) } as Record<string, { theme?: 'light' | 'dark'; tokens?: Record<string, string> }>;
  for (const [name, { theme, tokens }] of Object.entries(THEMES)) {
    it(`keeps a band's title at 4.5:1 under the band's fill in the ${name}`, async () => {
      const groups = ['a', 'b', 'c', 'd', 'e', 'f'];
      const el = await mountWith({
        groups: groups.map((id) => ({ id, label: `Group ${id}` })),
        events: [...groups, undefined].map((group, i) => ({ id: `band-${i}`, title: `Band ${i}`, start: `202${i}-01`, end: `202${i}-12`, ...(group ? { group } : {}) })),
      });
      if (theme) el.theme = theme;
      for (const [token, value] of Object.entries(tokens ?? {})) el.style.setProperty(token, value);
      await el.updateComplete;
      const background = rgb(getComputedStyle(el).backgroundColor);
      const opacity = Number(getComputedStyle(el.shadowRoot!.querySelector('.events')!).getPropertyValue('--_band-opacity'));
      expect(opacity, 'the band opacity read').to.be.within(0.05, 1);
      const under = (colour: [number, number, number], fill: [number, number, number]) => `rgb(${colour.map((c, k) => opacity * fill[k]! + (1 - opacity) * c).join(', ')})`;
      for (let i = 0; i <= groups.length; i++) {
        const band = eventById(el, `band-${i}`);
        const fill = rgb(getComputedStyle(inner(band, 'marker')).color);
        const text = rgb(getComputedStyle(inner(band, 'label')).color);
        expect(contrast(under(text, fill), under(background, fill)), `band ${i}`).to.be.at.least(4.5);
      }
      // The selected band's title is in the selected colour, under a fill of it.
      el.selected = 'band-6';
      await el.updateComplete;
      const selected = eventById(el, 'band-6');
      const fill = rgb(getComputedStyle(inner(selected, 'marker')).color);
      const text = rgb(getComputedStyle(inner(selected, 'label')).color);
      expect(text, 'drawn in the selected colour').to.deep.equal(fill);
      expect(contrast(under(text, fill), under(background, fill)), 'the selected band').to.be.at.least(4.5);
    });
  }

  it('follows prefers-color-scheme unless the theme attribute forces one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountWith(data);
    const dark = getComputedStyle(el).backgroundColor;
    expect(luminance(rgb(dark))).to.be.lessThan(0.1);
    el.theme = 'light';
    await el.updateComplete;
    expect(luminance(rgb(getComputedStyle(el).backgroundColor))).to.be.greaterThan(0.9);
  });

  it('stays legible in forced colours: markers keep a system-colour outline', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mountWith(data);
    const marker = getComputedStyle(inner(eventById(el, 'b'), 'marker'));
    expect(marker.borderTopStyle).to.equal('solid');
    expect(contrast(marker.borderTopColor, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
  });

  it('draws every marker in the system colours when colours are forced, uncertain and grouped ones and a phone\'s periods too, and keeps the legend\'s dots', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const story = {
      groups: [
        { id: 'a', label: 'Alpha' },
        { id: 'b', label: 'Beta' },
      ],
      events: [
        { id: 'exact', title: 'Exact', date: '2020-01-05', group: 'a' },
        { id: 'both', title: 'Approximate and uncertain', date: '2020-02-02%', group: 'b' },
        { id: 'about', title: 'About a month', date: '2020-03~', group: 'a' },
        { id: 'span', title: 'A period', start: '2020-04-01', end: '2020-05-10', group: 'b' },
      ],
    };
    for (const [orientation, width] of [['horizontal', 900], ['vertical', 390]] as const) {
      const el = await mountWith(story, { orientation, width });
      // Also where the theme is not the system's: a light theme under a dark high-contrast palette.
      if (orientation === 'vertical') {
        await emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
        el.theme = 'light';
      }
      await el.updateComplete;
      const colour = (id: string) => getComputedStyle(inner(eventById(el, id), 'marker'));
      const system = colour('exact').borderTopColor;
      for (const id of ['both', 'about', 'span']) {
        const marker = colour(id);
        for (const side of ['Top', 'Left', 'Right']) {
          const style = marker.getPropertyValue(`border-${side.toLowerCase()}-style`);
          if (style !== 'none') expect(marker.getPropertyValue(`border-${side.toLowerCase()}-color`), `${orientation} ${id} ${side}`).to.equal(system);
        }
      }
      // Uncertain ones dashed: a ring on the system's background, a period's whole outline (no faded ends).
      expect(colour('both').backgroundColor, `${orientation} an uncertain point's ring`).to.equal(getComputedStyle(el).backgroundColor);
      expect(colour('about').borderTopStyle, `${orientation} an approximate month`).to.equal('dashed');
      expect(colour('about').maskImage, `${orientation} an approximate month`).to.equal('none');
      el.selected = 'both';
      await el.updateComplete;
      expect(colour('both').borderTopColor, `${orientation} selected`).to.not.equal(system);
      for (const dot of [...el.shadowRoot!.querySelectorAll('[part~="legend-item"] .swatch')]) expect(getComputedStyle(dot).backgroundColor).to.equal(system);
    }
  });

  it('keeps every date on the axis readable in forced colours under a dark scheme or theme: the axis takes the system background, its dates the system text', async () => {
    const story = [
      { id: 'a', title: 'Before the new year', date: '2023-10-05' },
      { id: 'b', title: 'After it', date: '2024-03-05' },
    ];
    for (const [scheme, theme] of [['dark', undefined], ['light', 'dark'], ['dark', 'light']] as const) {
      await emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
      if (theme) el.theme = theme;
      await el.updateComplete;
      const axis = part(el, 'axis')!;
      const background = getComputedStyle(axis).backgroundColor;
      expect(background, `${scheme} ${theme}: the axis on the element`).to.equal(getComputedStyle(el).backgroundColor);
      const dates = [...axis.querySelectorAll('text')];
      expect(dates.map((t) => t.textContent), 'a year and months').to.include.members(['2024']);
      expect(dates.length).to.be.greaterThan(2);
      for (const date of dates) expect(contrast(getComputedStyle(date).fill, background), `${scheme} ${theme}: ${date.textContent}`).to.be.at.least(4.5);
      el.remove();
    }
  });

  it('edges the details panel with a line in forced colours, where its shadow is dropped', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mountWith(data);
    el.selected = 'b';
    // The panel comes with its part, loaded on demand.
    for (let i = 0; i < 50 && !part(el, 'details'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    }
    const panel = getComputedStyle(part(el, 'details')!);
    expect(panel.borderTopStyle).to.equal('solid');
    expect(contrast(panel.borderTopColor, panel.backgroundColor)).to.be.at.least(3);
  });

  it('shows a band’s title in forced colours, selected or not: its marker is an outline over it, not a fill', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mountWith(
      [
        { id: 'p', title: 'Point', date: '2020-01-05' },
        { id: 'm', title: 'Month band', date: '2020-02' },
        { id: 'r', title: 'Range band', start: '2020-03-01', end: '2020-04-10' },
      ],
      { orientation: 'horizontal', width: 900 },
    );
    for (const selected of [null, 'm']) {
      el.selected = selected;
      await el.updateComplete;
      for (const id of ['m', 'r']) {
        const label = inner(eventById(el, id), 'label');
        const box = label.getBoundingClientRect();
        const top = el.shadowRoot!.elementFromPoint(box.left + 10, box.top + box.height / 2)!;
        const marker = getComputedStyle(inner(eventById(el, id), 'marker'));
        // Whatever is drawn over the title's letters lets them through.
        const clear = marker.backgroundColor === 'transparent' || /[,/]\s*0\)$/.test(marker.backgroundColor);
        if (top !== label) expect(clear, `${id}, selected ${selected}: ${marker.backgroundColor}`).to.equal(true);
        expect(marker.borderTopStyle).to.equal('solid');
      }
    }
  });
});

describe('<event-timeline> text size', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('grows with the reader\'s larger text size (the page\'s root font size), and stays at 14 px where a page shrinks the root', async () => {
    const sizes: Record<string, number> = {};
    for (const root of ['16px', '24px', '10px']) {
      document.documentElement.style.fontSize = root;
      const el = await mountWith(data, { width: 700 });
      const title = inner(eventById(el, 'a'), 'label');
      sizes[root] = parseFloat(getComputedStyle(title).fontSize);
      // Laid out for it: the label's box holds its text at that size.
      expect(title.getBoundingClientRect().width, root).to.be.at.least(title.scrollWidth - 1);
      el.remove();
    }
    expect(sizes).to.deep.equal({ '16px': 14, '24px': 21, '10px': 14 });
  });

  it('keeps each group\'s heading clear of its row\'s items at a larger text size', async () => {
    const story = {
      groups: [
        { id: 'g1', label: 'Alpha group' },
        { id: 'g2', label: 'Beta group' },
      ],
      events: [
        { id: 'y', title: 'A year band', date: '2024', group: 'g1' },
        { id: 'p', title: 'A point', date: '2024-03-05', group: 'g1' },
        { id: 'q', title: 'Another', date: '2024-06-05', group: 'g2' },
      ],
    };
    for (const root of ['16px', '32px']) {
      document.documentElement.style.fontSize = root;
      const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
      const headings = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="group-label"]')];
      expect(headings.length).to.equal(2);
      for (const heading of headings) {
        const box = heading.getBoundingClientRect();
        for (const event of [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')]) {
          expect(rectsOverlap(box, event.getBoundingClientRect()), `${root}: ${heading.textContent} over ${event.dataset['id']}`).to.equal(false);
        }
      }
      el.remove();
    }
  });
});
