import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { bundle, bundlePage, fetched, mountBundle, type BundleTimeline as Timeline } from './bundle-helpers.js';

/**
 * dist/event-timeline.js draws its first picture alone and loads the rest beside it when first
 * needed: the stage of a moving window (dist/event-timeline-motion.js) when it first moves,
 * the vertical layout (dist/event-timeline-article.js) when time first runs down the
 * page, eras and reference lines (dist/event-timeline-backdrop.js) with the first data that
 * has any, the details panel (dist/event-timeline-details.js) when an item is selected or a
 * "+N" chip lists its items, the element's words in German and its other languages (dist/event-timeline-words.js) for a German
 * locale, the words of weeks, decades, qualified dates and open ranges (dist/event-timeline-dates.js) with
 * the first data that has one. This file loads the bundle alone and checks both halves: a page
 * that never selects never downloads it; a selection is announced at once and its details are
 * drawn, styled, by the time `updateComplete` resolves.
 */
await import(bundle);

const items = [
  {
    id: 'launch',
    title: 'Apollo 11 launches',
    date: '1969-07-16T13:32Z',
    place: 'Kennedy Space Center',
    description: 'Saturn V lifts off with Armstrong, Aldrin and Collins.',
    quote: 'Liftoff!',
    sources: [
      { name: 'NASA', url: 'https://www.nasa.gov/mission/apollo-11/', date: '2019-07-16' },
      { name: 'Archive copy', url: '/local/archive.pdf' },
    ],
    // Same origin: the tests fetch nothing from elsewhere.
    media: { url: new URL('/test/pages/no-such-picture.jpg', location.href).href, alt: 'The rocket leaving the tower', caption: 'Liftoff', credit: 'NASA' },
  },
  { id: 'landing', title: 'Eagle lands', date: '1969-07-20T20:17Z' },
  { id: 'splash', title: 'Splashdown', date: '1969-07-24' },
];

const mount = () => mountBundle(items);

const part = (el: Timeline, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const item = (el: Timeline, id: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((e) => e.dataset['id'] === id)!;

describe('dist/event-timeline.js loads its own words in the locale\'s language when it has them', () => {
  let el: Timeline;
  afterEach(() => el?.remove());

  it('an English element never downloads them', async () => {
    el = await mountBundle(items);
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(fetched('event-timeline-words.js')).to.equal(false);
  });

  it('a German one is in German from its first picture: its buttons and the name of the region it is', async () => {
    el = await mountBundle(items, { locale: 'de-DE' });
    expect(fetched('event-timeline-words.js')).to.equal(true);
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
    const nodes = (await executeServerCommand('ax-nodes')) as Array<{ role: string; name: string }>;
    expect(nodes.filter((n) => n.name === 'Zeitleiste').map((n) => n.role)).to.deep.equal(['region']);
  });

  for (const [locale, zoomIn, fit, region] of [
    ['fr-FR', 'Zoom avant', 'Afficher tous les événements', 'Frise chronologique'],
    ['es', 'Acercar', 'Mostrar todos los eventos', 'Cronología'],
    ['ja-JP', '拡大', 'すべてのイベントを表示', 'タイムライン'],
    ['ar-EG', 'تكبير', 'عرض كل الأحداث', 'خط زمني'],
    ['he', 'התקרבות', 'הצגת כל האירועים', 'ציר זמן'],
    ['it-IT', 'Ingrandisci', 'Mostra tutti gli eventi', 'Cronologia'],
    ['nl-NL', 'Inzoomen', 'Alle gebeurtenissen tonen', 'Tijdlijn'],
    ['pl', 'Powiększ', 'Pokaż wszystkie wydarzenia', 'Oś czasu'],
    ['pt-PT', 'Ampliar', 'Mostrar todos os eventos', 'Linha do tempo'],
    ['ru-RU', 'Увеличить', 'Показать все события', 'Хронология'],
    ['uk', 'Збільшити', 'Показати всі події', 'Хронологія'],
    ['zh-CN', '放大', '显示所有事件', '时间线'],
    ['zh-TW', '放大', '顯示所有事件', '時間軸'],
  ]) {
    it(`a ${locale} one names its buttons and its region in its language from its first picture`, async () => {
      el = await mountBundle(items, { locale: locale! });
      expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal(zoomIn);
      expect(part(el, 'fit')!.getAttribute('aria-label')).to.equal(fit);
      const nodes = (await executeServerCommand('ax-nodes')) as Array<{ role: string; name: string }>;
      expect(nodes.filter((n) => n.name === region).map((n) => n.role)).to.deep.equal(['region']);
    });
  }

  it('an element in a language it has no words for is in English (a Swedish one)', async () => {
    el = await mountBundle(items, { locale: 'sv-SE' });
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
  });
});

describe('dist/event-timeline.js loads the stage of a moving window when the window first moves', () => {
  let el: Timeline;
  afterEach(() => el?.remove());

  it('a window that never moves never downloads it; an animated zoomTo does, and lands where asked, after any jump asked meanwhile', async () => {
    el = await mountBundle(items);
    expect(fetched('event-timeline-motion.js')).to.equal(false);
    const zoomTo = (el as Timeline & { zoomTo(a: string, b: string, o?: { animate: boolean }): Promise<void> }).zoomTo.bind(el);
    // A jump asked while the first animated move waits for its animation wins over that move.
    const first = zoomTo('1969-07-17', '1969-07-18');
    await zoomTo('1969-07-21', '1969-07-24', { animate: false });
    await first;
    await el.updateComplete;
    expect([Date.parse(el.getAttribute('start')!), Date.parse(el.getAttribute('end')!)]).to.deep.equal([Date.UTC(1969, 6, 21), Date.UTC(1969, 6, 25)]);
    await zoomTo('1969-07-19', '1969-07-22');
    expect(fetched('event-timeline-motion.js')).to.equal(true);
    // From the start of the 19th to the end of the 22nd (UTC).
    expect([Date.parse(el.getAttribute('start')!), Date.parse(el.getAttribute('end')!)]).to.deep.equal([Date.UTC(1969, 6, 19), Date.UTC(1969, 6, 23)]);
  });
});

describe('dist/event-timeline.js does not wait long for the stage of a moving window', () => {
  it('an animated move whose stage comes late (a slow network) lands where asked without it, and the stage still comes (a page of its own)', async () => {
    // Waited for, the first click on a zoom button did nothing until the part had come.
    const path = '/dist/event-timeline-motion.js';
    await executeServerCommand('delay-requests', { path, ms: 4000 });
    const frame = await bundlePage();
    try {
      const win = frame.contentWindow! as Window & typeof globalThis;
      const arrived = () => win.performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === path);
      const inFrame = frame.contentDocument!.createElement('event-timeline') as Timeline & { zoomTo(a: string, b: string): Promise<void> };
      inFrame.setAttribute('locale', 'en');
      inFrame.setAttribute('time-zone', 'UTC');
      inFrame.style.width = '800px';
      inFrame.events = items;
      const loaded = oneEvent(inFrame, 'timeline-load');
      frame.contentDocument!.body.append(inFrame);
      await loaded;
      const shown = () => [Date.parse(inFrame.getAttribute('start')!), Date.parse(inFrame.getAttribute('end')!)];
      // (Its promise waits for the part on its way, as updateComplete does: the window is watched.)
      const moved = inFrame.zoomTo('1969-07-19', '1969-07-22');
      await waitUntil(() => shown()[0] === Date.UTC(1969, 6, 19), 'the window never moved', { timeout: 8000 });
      expect(arrived(), 'the stage came before the window moved').to.equal(false);
      expect(shown()).to.deep.equal([Date.UTC(1969, 6, 19), Date.UTC(1969, 6, 23)]);
      await moved;
      expect(arrived(), 'the stage never came').to.equal(true);
    } finally {
      await executeServerCommand('delay-requests', { path, ms: 0 });
      frame.remove();
    }
  });
});

describe('dist/event-timeline.js loads the vertical layout when time first runs down the page', () => {
  let el: Timeline;
  afterEach(() => el?.remove());

  it('a wide page never downloads it', async () => {
    el = await mountBundle(items);
    expect(part(el, 'axis')!.tagName).to.equal('svg');
    expect(fetched('event-timeline-article.js')).to.equal(false);
  });

  it('a narrow one draws the cards down the rail, styled, by timeline-load', async () => {
    el = document.createElement('event-timeline') as Timeline;
    el.setAttribute('time-zone', 'UTC');
    el.style.width = '390px';
    const loaded = oneEvent(el, 'timeline-load');
    el.events = items;
    document.body.append(el);
    await loaded;
    expect(fetched('event-timeline-article.js')).to.equal(true);
    expect(part(el, 'axis')!.classList.contains('rail')).to.equal(true);
    const tops = items.map((i) => item(el, i.id).getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    expect(tops[0]).to.be.lessThan(tops[2]!);
    // The page scrolls through the story: its own styles let a one-finger swipe through.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.chart')!).touchAction).to.equal('pan-y');
  });

  it('a narrow one given a long story asks for it while it reads the story, before the page draws a frame (a page of its own)', async () => {
    // On a phone's network the part takes a round trip: asked for only once the element had been
    // drawn and measured, it came after the reading, and the first picture waited for it.
    const frame = await bundlePage();
    try {
      const win = frame.contentWindow! as Window & typeof globalThis;
      const inFrame = frame.contentDocument!.createElement('event-timeline') as Timeline;
      inFrame.setAttribute('locale', 'en');
      inFrame.setAttribute('time-zone', 'UTC');
      inFrame.style.width = '390px';
      // Above 5,000 items a story is read in slices, a task each, with frames drawn between them.
      inFrame.events = Array.from({ length: 6000 }, (_, i) => ({ id: `e${i}`, title: `Item ${i}`, date: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString() }));
      const loaded = oneEvent(inFrame, 'timeline-load');
      frame.contentDocument!.body.append(inFrame);
      const firstFrame = await new Promise<number>((resolve) => win.requestAnimationFrame(() => resolve(win.performance.now())));
      await loaded;
      const asked = win.performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/dist/event-timeline-article.js');
      expect(asked, 'the vertical layout was never fetched').to.not.equal(undefined);
      expect(asked!.startTime).to.be.lessThan(firstFrame);
      expect(inFrame.shadowRoot!.querySelector('[part~="axis"]')!.classList.contains('rail')).to.equal(true);
      expect(inFrame.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });
});

describe('dist/event-timeline.js loads the legend and search with the first data that has groups, or with searchable', () => {
  let el: Timeline;
  afterEach(() => el?.remove());

  it('data without groups never downloads them', async () => {
    el = await mountBundle(items);
    expect(part(el, 'legend')).to.equal(null);
    expect(fetched('event-timeline-filters.js')).to.equal(false);
  });

  it('grouped data has its legend, styled, by timeline-load, above the chart', async () => {
    const groups = [
      { id: 'crew', label: 'Crew' },
      { id: 'ground', label: 'Ground' },
    ];
    el = await mountBundle({ groups, events: items.map((i, n) => ({ ...i, group: groups[n % 2]!.id })) });
    expect(fetched('event-timeline-filters.js')).to.equal(true);
    const toggles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="legend-item"]')];
    expect(toggles.map((t) => t.textContent!.trim())).to.deep.equal(['Crew', 'Ground']);
    expect(toggles.map((t) => t.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
    expect(getComputedStyle(part(el, 'legend')!).display).to.equal('flex');
    expect(part(el, 'legend')!.getBoundingClientRect().bottom).to.be.at.most(item(el, 'launch').getBoundingClientRect().top);
  });

  it('a filter set on data without groups shows only what it keeps once updateComplete resolves, and clearing it shows all', async () => {
    el = await mountBundle(items);
    (el as Timeline & { filter?: unknown }).filter = { query: 'EAGLE' };
    await el.updateComplete;
    expect(fetched('event-timeline-filters.js')).to.equal(true);
    const shown = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((e) => e.dataset['id']);
    expect(shown()).to.deep.equal(['landing']);
    (el as Timeline & { filter?: unknown }).filter = undefined;
    await el.updateComplete;
    expect(shown()).to.deep.equal(items.map((i) => i.id));
  });
});

describe('dist/event-timeline.js loads eras and reference lines with the first data that has any', () => {
  let el: Timeline;
  afterEach(() => el?.remove());

  it('data without eras, references or now never downloads them', async () => {
    el = await mountBundle(items);
    expect(part(el, 'event')).to.not.equal(null);
    expect(fetched('event-timeline-backdrop.js')).to.equal(false);
  });

  it('data with them draws them, styled, when updateComplete resolves', async () => {
    el = await mountBundle({ eras: [{ title: 'Mission', start: '1969-07-16', end: '1969-07-24' }], references: [{ date: '1969-07-21', title: 'First step' }], events: items });
    expect(fetched('event-timeline-backdrop.js')).to.equal(true);
    expect(part(el, 'era')!.dataset['title']).to.equal('Mission');
    expect(part(el, 'reference-label')!.textContent).to.contain('First step');
    // The band's own styles came with it: it is a band behind the items, not a box in the flow.
    expect(getComputedStyle(part(el, 'era')!).position).to.equal('absolute');
  });

  it('now alone draws the line for today, in the element’s language, when updateComplete resolves', async () => {
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    el = await mountBundle([{ id: 'before', title: 'Before', date: day(-10) }, { id: 'after', title: 'After', date: day(10) }], { locale: 'de' });
    expect(part(el, 'reference')).to.equal(null);
    el.setAttribute('now', '');
    await el.updateComplete;
    expect(fetched('event-timeline-backdrop.js')).to.equal(true);
    const line = part(el, 'reference')!;
    expect(line.dataset['title']).to.equal('heute');
    const [before, after] = ['before', 'after'].map((id) => item(el, id).getBoundingClientRect());
    expect(line.getBoundingClientRect().left).to.be.within(before!.left, after!.right);
  });
});

describe('dist/event-timeline.js loads the details panel when an item is first selected', () => {
  let el: Timeline;
  afterEach(() => el?.remove());

  it('a page that never selects draws its items and never downloads the details panel', async () => {
    el = await mount();
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(items.length);
    expect(part(el, 'details')).to.equal(null);
    expect(fetched('event-timeline-details.js')).to.equal(false);
  });

  it('a pointer coming over an item asks for the panel before any click', async () => {
    el = await mountBundle(items, { locale: 'de' });
    expect(fetched('event-timeline-details.js')).to.equal(false);
    item(el, 'splash').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(fetched('event-timeline-details.js')).to.equal(true);
    expect(part(el, 'details')).to.equal(null);
    item(el, 'splash').click();
    await el.updateComplete;
    expect(part(el, 'details-title')!.textContent).to.equal('Splashdown');
  });

  it('a click selects at once (timeline-select, the live region) and the details are drawn, styled, when updateComplete resolves', async () => {
    el = await mount();
    const selected = oneEvent(el, 'timeline-select') as Promise<CustomEvent<{ id: string | null }>>;
    item(el, 'launch').click();
    expect((await selected).detail.id).to.equal('launch');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.match(/^Selected: .*Apollo 11 launches/);
    await el.updateComplete;
    expect(fetched('event-timeline-details.js')).to.equal(true);
    const details = part(el, 'details')!;
    expect(part(el, 'details-title')!.textContent).to.equal('Apollo 11 launches');
    expect(part(el, 'details-place')!.textContent).to.equal('Place: Kennedy Space Center');
    expect(part(el, 'details-quote')!.textContent).to.equal('Liftoff!');
    expect(part(el, 'details-sources')!.querySelector('a')!.href).to.equal('https://www.nasa.gov/mission/apollo-11/');
    // An address that is not linked is written after the name, a space between (the minified build kept it).
    expect(part(el, 'details-sources')!.querySelectorAll('li')[1]!.textContent).to.equal('Archive copy (/local/archive.pdf)');
    expect(part(el, 'media')!.getAttribute('alt')).to.equal('The rocket leaving the tower');
    expect(part(el, 'media-credit')!.textContent).to.equal('Credit: NASA');
    // The panel's own styles came with it: it sticks to the bottom of the screen.
    expect(getComputedStyle(details).position).to.equal('sticky');
    part(el, 'close')!.click();
    await el.updateComplete;
    expect(part(el, 'details')).to.equal(null);
    expect(el.selected).to.equal(null);
  });

  it('a selection set before the element is connected opens its details, styled', async () => {
    el = document.createElement('event-timeline') as Timeline;
    el.setAttribute('time-zone', 'UTC');
    el.selected = 'landing';
    const loaded = oneEvent(el, 'timeline-load');
    el.events = items;
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(part(el, 'details-title')!.textContent).to.equal('Eagle lands');
    expect(getComputedStyle(part(el, 'details')!).position).to.equal('sticky');
  });
});

describe('dist/event-timeline.js loads links to items (hash-key) with the first update that has hash-key', () => {
  let el: Timeline;
  const original = location.href;
  afterEach(() => {
    el?.remove();
    history.replaceState(null, '', original);
  });

  it('a page without hash-key never downloads them, and leaves its fragment alone', async () => {
    history.replaceState(null, '', '#tl=landing');
    el = await mount();
    item(el, 'splash').click();
    await el.updateComplete;
    expect(fetched('event-timeline-hash.js')).to.equal(false);
    expect(el.selected).to.equal('splash');
    expect(location.hash).to.equal('#tl=landing');
  });

  it('with hash-key the fragment selects its item in the first picture, and a click writes it', async () => {
    history.replaceState(null, '', '#a=1&tl=landing');
    el = await mountBundle(items, { 'hash-key': 'tl' });
    expect(fetched('event-timeline-hash.js')).to.equal(true);
    expect(el.selected).to.equal('landing');
    expect(part(el, 'details-title')!.textContent).to.equal('Eagle lands');
    item(el, 'splash').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#a=1&tl=splash');
  });
});

describe('dist/event-timeline.js loads the words of weeks, decades, qualified dates and open ranges with the first data that has one', () => {
  let el: Timeline;
  afterEach(() => el?.remove());
  const date = (id: string) => item(el, id).querySelector('[part~="date"]')!.textContent;

  it('data of years, months, days and times never downloads them, its details included', async () => {
    el = await mountBundle([...items, { id: 'month', title: 'A month', date: '1969-08' }, { id: 'year', title: 'A year', date: '1970' }]);
    item(el, 'launch').click();
    await el.updateComplete;
    expect(part(el, 'details-title')!.textContent).to.equal('Apollo 11 launches');
    expect(fetched('event-timeline-dates.js')).to.equal(false);
  });

  it('a week, a decade, an approximate date and an open range are written in their words from the first picture, shown and spoken', async () => {
    el = await mountBundle([
      { id: 'week', title: 'A week', date: '2024-W10' },
      { id: 'open', title: 'Goes on', start: '2023-09-01', end: '..' },
      { id: 'decade', title: 'A decade', date: '201X' },
      { id: 'circa', title: 'About then', date: '2022-03~' },
      { id: 'day', title: 'A day', date: '2023-06-01' },
    ]);
    expect(fetched('event-timeline-dates.js')).to.equal(true);
    expect([date('week'), date('decade'), date('circa'), date('day')]).to.deep.equal(['Week 10, 2024', '2010s', 'c. Mar 2022', 'Jun 1, 2023']);
    expect(item(el, 'circa').getAttribute('aria-label')).to.equal('approximately March 2022: About then');
    expect(item(el, 'open').getAttribute('aria-label')).to.equal('September 1, 2023 – ongoing: Goes on');
    item(el, 'week').click();
    await el.updateComplete;
    expect(part(el, 'details-date')!.textContent).to.equal('Week 10, 2024');
  });
});

describe('dist/: every file is compiled whole as it arrives', () => {
  /** The parts a file imports, by name (`./event-timeline-….js`). */
  const importsOf = (code: string) => [...code.matchAll(/"\.\/(event-timeline-[\w-]+\.js)"/g)].map((m) => m[1]!);
  /** A file of dist/ as built (the test server's esbuild rewrites some JavaScript it serves). */
  const built = async (file: string) => (await fetch(`/test-api/source?path=dist/${file}`)).text();

  it("the main file and each part begin with V8's compile hint, and their source maps still point at their own lines", async () => {
    const seen = new Set<string>();
    const queue = ['event-timeline.js'];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = await built(file);
      queue.push(...importsOf(code));
      const [first, second] = code.split('\n');
      expect(first, file).to.equal('//# allFunctionsCalledOnLoad');
      // The hint's line maps to no source; the code's line, below it, does (a map not moved down a line would be one line off throughout).
      const { mappings } = JSON.parse(await built(`${file}.map`)) as { mappings: string };
      const [hintLine, codeLine] = mappings.split(';');
      expect([hintLine, codeLine!.length > 0, second!.length > 0], file).to.deep.equal(['', true, true]);
    }
    // The vertical layout, the stage of a moving window, the gestures, the details panel and the rest.
    expect([...seen]).to.include.members(['event-timeline.js', 'event-timeline-article.js', 'event-timeline-motion.js', 'event-timeline-zoom-gestures.js', 'event-timeline-details.js']);
  });
});
