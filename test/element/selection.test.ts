import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { eventById, mountWith, part, parts } from './helpers.js';
import type { TimelineDocument } from '../../src/index.js';
import { riverStory } from './river-story.js';

const story: TimelineDocument = {
  lang: 'en',
  events: [
    {
      id: 'deploy',
      title: 'Troops sent',
      date: '2024-10',
      place: 'Wonsan',
      description: 'More than 10,000 soldiers.',
      quote: 'There is evidence.',
      sources: [
        { name: 'Safe source', url: 'https://example.org/a', date: '2024-10-18' },
        { name: 'Script source', url: 'javascript:alert(1)' },
        { name: 'Print only' },
      ],
    },
    { id: 'brief', title: 'Briefing', date: '2024-11-18' },
    { id: 'warn', title: 'Warning', date: '2024-11-24' },
  ],
};

describe('<event-timeline> selection and details', () => {
  it('selects an event on click: reflects selected, fires timeline-select, shows the details', async () => {
    const el = await mountWith(story);
    const selected = oneEvent(el, 'timeline-select');
    eventById(el, 'deploy').click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: 'deploy' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('deploy');
    const details = part(el, 'details')!;
    expect(details.textContent).to.contain('Troops sent');
    expect(part(el, 'details-date')!.textContent).to.equal('October 2024');
    expect(details.textContent).to.contain('Wonsan');
    expect(details.textContent).to.contain('More than 10,000 soldiers.');
    expect(details.textContent).to.contain('There is evidence.');
  });

  it('shows a description and a quote line by line, as the data breaks them', async () => {
    const el = await mountWith([
      { id: 'a', title: 'Launch', date: '2024-10-01', description: 'First paragraph.\nSecond paragraph.\nThird.', quote: 'One line.\nAnother line.' },
    ]);
    el.selected = 'a';
    await el.updateComplete;
    // The lines of a part: the tops of its text's line boxes, one per line the reader sees.
    const lineTops = (name: string) => {
      const range = document.createRange();
      range.selectNodeContents(part(el, name)!);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    expect(part(el, 'details-description')!.textContent).to.equal('First paragraph.\nSecond paragraph.\nThird.');
    expect(lineTops('details-description')).to.equal(3);
    expect(lineTops('details-quote')).to.equal(2);
  });

  it("names the selected event's group in the details, with a swatch in the colour of its marker", async () => {
    const el = await mountWith({
      groups: [{ id: 'ru', label: 'Russia' }, { id: 'us', label: 'United States' }],
      events: [
        { id: 'talks', title: 'Talks', date: '2024-10-01', group: 'us' },
        { id: 'deal', title: 'Deal', date: '2024-10-10', group: 'us' },
        { id: 'alone', title: 'No group', date: '2024-10-20' },
      ],
    });
    el.selected = 'talks';
    await el.updateComplete;
    const group = part(el, 'details-group')!;
    expect(group.textContent).to.equal('Group: United States');
    // Another event of the group: the selected one's marker takes the selection's colour.
    const marker = eventById(el, 'deal').querySelector('[part~="marker"]')!;
    expect(getComputedStyle(group.querySelector('.swatch')!).backgroundColor).to.equal(getComputedStyle(marker).backgroundColor);
    el.selected = 'alone';
    await el.updateComplete;
    expect(part(el, 'details-title')!.textContent).to.equal('No group');
    expect(part(el, 'details-group')).to.equal(undefined);
  });

  it('keeps the window where it is when an event near its edge is clicked: nothing shifts under the pointer', async () => {
    const el = await mountWith(story, { width: 1000 });
    const before = [el.start, el.end];
    const moved: unknown[] = [];
    el.addEventListener('timeline-range-change', (e) => moved.push(e));
    // The first event sits at the fitted window's start, within a twentieth of its span.
    eventById(el, 'deploy').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(el.getAttribute('selected')).to.equal('deploy');
    expect([el.start, el.end]).to.deep.equal(before);
    expect(moved).to.deep.equal([]);
  });

  it('puts the details panel\'s close button in the Tab order where it is drawn: after the title, before the links', async () => {
    const el = await mountWith(story);
    el.selected = 'deploy';
    await el.updateComplete;
    const close = part(el, 'close')!;
    const link = part(el, 'details-sources')!.querySelector('a')!;
    // Drawn at the panel's top, beside the title, above the sources.
    expect(close.getBoundingClientRect().bottom).to.be.below(link.getBoundingClientRect().top);
    link.focus();
    await sendKeys({ press: 'Shift+Tab' });
    expect(el.shadowRoot!.activeElement, 'Shift+Tab from the first link').to.equal(close);
    const focusable = [...part(el, 'details')!.querySelectorAll('a[href], button')];
    expect(focusable[0], 'the first stop in the panel').to.equal(close);
  });

  it('links only http(s) sources, safely, and writes the others as text', async () => {
    const el = await mountWith(story);
    el.selected = 'deploy';
    await el.updateComplete;
    const links = [...part(el, 'details')!.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/a']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    const sources = part(el, 'details-sources')!;
    expect(sources.textContent).to.contain('Script source');
    expect(sources.textContent).to.contain('Print only');
    expect(sources.textContent).to.contain('October 18, 2024');
  });

  it('selects the focused event with Enter', async () => {
    const el = await mountWith(story);
    eventById(el, 'brief').focus();
    const selected = oneEvent(el, 'timeline-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('brief');
    await el.updateComplete;
    expect(part(el, 'details-date')!.textContent).to.equal('November 18, 2024');
  });

  it('is one tab stop, and arrow keys move through events in time order', async () => {
    const el = await mountWith(story);
    const tabbable = ['deploy', 'brief', 'warn'].filter((id) => eventById(el, id).tabIndex === 0);
    expect(tabbable).to.deep.equal(['deploy']);
    eventById(el, 'deploy').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('brief');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('warn');
  });

  it('brings a card tapped where it showed below the phone’s zoom bar out from under the bar', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await mountWith(riverStory, { width: 390, timeZone: 'Europe/Madrid' });
      const card = eventById(el, 'dw6');
      const bar = () => el.shadowRoot!.querySelector('[part~="controls"]')!.getBoundingClientRect();
      // The card's top 10 px below the screen's, under the bar that sticks there.
      scrollBy(0, card.getBoundingClientRect().top - 10);
      await new Promise((r) => requestAnimationFrame(r));
      expect(bar().top, 'the bar sticks to the top').to.be.at.most(1);
      expect(card.getBoundingClientRect().top, 'the card is under it').to.be.below(bar().bottom);
      const box = card.getBoundingClientRect();
      const selected = oneEvent(el, 'timeline-select');
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.bottom - 6)] });
      expect((await selected).detail.id).to.equal('dw6');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      const after = card.getBoundingClientRect();
      expect(after.top, 'below the bar').to.be.at.least(bar().bottom);
      expect(after.bottom, 'above the details sheet').to.be.at.most(part(el, 'details')!.getBoundingClientRect().top + 0.5);
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('moves the focus to an item out from under the open details panel, across the page as down it', async () => {
    // One item a lane, each an hour after the last on one day: a chart taller than the screen.
    const hours = Array.from({ length: 40 }, (_, i) => ({ id: `h${i}`, title: `Hour ${i} of a long day, with a title that takes its room`, date: `2024-03-05T${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}Z` }));
    for (const orientation of ['horizontal', 'vertical']) {
      const el = await mountWith({ events: hours }, { width: 700, orientation });
      eventById(el, 'h0').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        const panel = part(el, 'details')!.getBoundingClientRect();
        const item = focused.getBoundingClientRect();
        expect(item.top, `${orientation}: ${focused.dataset['id']}`).to.be.at.least(0);
        expect(item.bottom, `${orientation}: ${focused.dataset['id']} under the panel at ${panel.top}`).to.be.at.most(panel.top + 0.5);
      }
      el.remove();
      window.scrollTo(0, 0);
    }
  });

  it('brings an item the page selects out from under its details panel, as a reader\'s choice is', async () => {
    // One item a lane, each an hour after the last on one day: a chart taller than the screen.
    const hours = Array.from({ length: 40 }, (_, i) => ({ id: `h${i}`, title: `Hour ${i} of a long day, with a title that takes its room`, date: `2024-03-05T${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}Z` }));
    const el = await mountWith({ events: hours }, { width: 700, orientation: 'horizontal' });
    try {
      // An item drawn near the bottom of the screen, where the panel will stick.
      const id = hours.map((h) => h.id).find((h) => {
        const box = eventById(el, h).getBoundingClientRect();
        return box.top > innerHeight - 120 && box.bottom < innerHeight;
      })!;
      expect(id, 'an item near the bottom of the screen').to.be.a('string');
      el.selected = id;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      const panel = part(el, 'details')!.getBoundingClientRect();
      const item = eventById(el, id).getBoundingClientRect();
      expect(panel.top, 'the panel is on screen').to.be.below(innerHeight);
      expect(item.top, 'the item on screen').to.be.at.least(0);
      expect(item.bottom, `${id} under the panel at ${panel.top}`).to.be.at.most(panel.top + 0.5);
    } finally {
      el.remove();
      window.scrollTo(0, 0);
    }
  });

  it('leaves the page where it is when the page selects an item of an element below the fold', async () => {
    const spacer = document.body.insertBefore(Object.assign(document.createElement('div'), { style: 'height: 3000px' }), document.body.firstChild);
    const el = await mountWith(story, { width: 700, orientation: 'horizontal' });
    try {
      expect(el.getBoundingClientRect().top, 'the element below the screen').to.be.above(innerHeight);
      el.selected = story.events[1]!.id;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      expect(part(el, 'details'), 'its details drawn').to.exist;
      expect(scrollY, 'the page not scrolled').to.equal(0);
    } finally {
      el.remove();
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('keeps the focused item clear of the axis in a chart the page gave a height, which scrolls under its axis', async () => {
    const groups = ['a', 'b', 'c'].map((id) => ({ id, label: `Group ${id}` }));
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}`, date: `${1510 + i * 3}-06-01`, group: groups[i % 3]!.id }));
    const el = await mountWith({ groups, events }, { width: 1000, orientation: 'horizontal' });
    el.style.height = '260px';
    await el.updateComplete;
    eventById(el, 'i0').focus();
    for (const key of ['End', 'Home', 'ArrowRight', 'ArrowRight', 'End', 'ArrowLeft']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      const axis = part(el, 'axis')!.getBoundingClientRect();
      // Its focus ring (2 px and 1 px apart) too.
      expect(focused.getBoundingClientRect().top - 3, `${key}: ${focused.dataset['id']}`).to.be.at.least(axis.bottom - 0.5);
    }
  });

  it('scrolls the page to each item the arrow keys move to, where the item left is no longer drawn', async () => {
    // 300 items in three weeks in two groups: a chart taller than the screen, most items in "+N" chips.
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const t0 = Date.UTC(2024, 2, 4, 6);
    const events = Array.from({ length: 300 }, (_, i) => {
      const iso = new Date(t0 + Math.floor(random() * 21 * 24 * 60) * 60_000).toISOString().slice(0, 16);
      return { id: `e${i}`, title: `Item number ${i}`, date: i % 5 === 0 ? iso.slice(0, 10) : iso, group: i % 2 ? 'g1' : 'g2' };
    });
    await setViewport({ width: 1280, height: 800 });
    const el = await mountWith({ groups: [{ id: 'g1', label: 'One' }, { id: 'g2', label: 'Two' }], events }, { width: 1248, orientation: 'horizontal' });
    expect(el.getBoundingClientRect().height).to.be.greaterThan(window.innerHeight);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!.focus();
    for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      const box = focused.getBoundingClientRect();
      expect(box.top, `${key}: ${focused.dataset['id']}`).to.be.at.least(0);
      expect(box.bottom, `${key}: ${focused.dataset['id']}`).to.be.at.most(window.innerHeight);
    }
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('scrolls the item Tab brings the focus to above the open details panel, which sticks to the bottom of the screen', async () => {
    // Six groups of two: a chart taller than a short screen, the selected item in the last row.
    const groups = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `g${n}`, label: `Group ${n}` }));
    const events = groups.flatMap((g, i) => [
      { id: `${g.id}a`, title: `Opening of stage ${i + 1}`, date: `2024-0${i + 1}-05`, group: g.id },
      { id: `${g.id}b`, title: `Review of stage ${i + 1}`, date: `2024-0${i + 2}-20`, group: g.id },
    ]);
    await setViewport({ width: 1280, height: 500 });
    try {
      const el = await mountWith({ groups, events }, { width: 1200, orientation: 'horizontal' });
      const before = document.createElement('button');
      before.textContent = 'Before';
      el.before(before);
      el.selected = 'g6b';
      await el.updateComplete;
      for (let i = 0; i < 50 && !part(el, 'details'); i++) {
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
      }
      expect(el.getBoundingClientRect().height, 'taller than the screen').to.be.greaterThan(window.innerHeight);
      window.scrollTo(0, 0);
      before.focus();
      // Past the legend's groups and the zoom buttons to the items' tab stop; on to the panel and back.
      const focusedItem = async (keys: string[]) => {
        for (const press of keys) await sendKeys({ press });
        await new Promise(requestAnimationFrame);
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        expect(focused.dataset['id'], keys.join(' ')).to.equal('g6b');
        const item = focused.getBoundingClientRect();
        const panel = part(el, 'details')!.getBoundingClientRect();
        expect(panel.top, 'the panel on screen').to.be.below(window.innerHeight);
        expect(item.top, 'the item on screen').to.be.at.least(0);
        expect(item.bottom, `${keys.at(-1)}: the item (${item.top}-${item.bottom}) above the panel (${panel.top})`).to.be.at.most(panel.top);
      };
      for (let i = 0; i < 15 && !(el.shadowRoot!.activeElement as HTMLElement | null)?.matches('[part~="event"]'); i++) await sendKeys({ press: 'Tab' });
      await focusedItem([]);
      // The page scrolled back so that the item sits behind the panel (a reader scrolling on), then into the panel and back.
      window.scrollBy(0, -((part(el, 'details')!.getBoundingClientRect().top - (el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect().top) - 10));
      await focusedItem(['Tab', 'Shift+Tab']);
      before.remove();
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('acts on the item an arrow key sent the focus to, when the next key comes before the focus has moved', async () => {
    const years = Array.from({ length: 12 }, (_, i) => ({ id: `y${2010 + i}`, title: `Year ${2010 + i}`, date: `${2010 + i}-06-01` }));
    const el = await mountWith({ events: years }, { width: 1000 });
    await el.zoomTo('2012-01-01', '2013-12-31', { animate: false });
    eventById(el, 'y2013').focus();
    const press = (key: string) => el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    // Three keys in one task: no update (and no part it waits for) comes between them.
    const selected = oneEvent(el, 'timeline-select');
    press('ArrowRight');
    press('ArrowRight');
    press('Enter');
    expect((await selected).detail.id).to.equal('y2015');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('y2015');
    expect(part(el, 'details-title')!.textContent).to.equal('Year 2015');
    // And from there on, as a reader expects: one more step, from the item now focused.
    press('ArrowLeft');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('y2014');
  });

  it('stays one tab stop when the selection names no item: new data without it, or an id the data never had', async () => {
    const tabStops = (el: Awaited<ReturnType<typeof mountWith>>) => ['deploy', 'brief', 'warn'].filter((id) => eventById(el, id).tabIndex === 0);
    const el = await mountWith({ events: [...story.events, { id: 'gone', title: 'Withdrawn', date: '2024-12-01' }] });
    eventById(el, 'gone').click();
    await el.updateComplete;
    const loaded = oneEvent(el, 'timeline-load');
    el.events = story;
    await loaded;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['deploy']);
    for (const id of ['nope', '']) {
      el.selected = id;
      await el.updateComplete;
      expect(tabStops(el), id).to.deep.equal(['deploy']);
    }
  });

  it('keeps the tab stop on the first item in the window until the user or the page puts it on one', async () => {
    const tabStops = (el: Awaited<ReturnType<typeof mountWith>>) => parts(el, 'event').filter((e) => e.tabIndex === 0).map((e) => e.dataset['id']);
    const el = await mountWith(story, { width: 900 });
    expect(tabStops(el)).to.deep.equal(['deploy']);
    await el.zoomTo(new Date('2024-11-10'), new Date('2024-11-30'), { animate: false });
    await el.updateComplete;
    // Tab lands in view: the window stays where the page put it.
    expect(tabStops(el)).to.deep.equal(['brief']);
    const { start, end } = el;
    eventById(el, 'brief').focus();
    await el.updateComplete;
    expect([el.start, el.end]).to.deep.equal([start, end]);
    // Moved by the user, it stays on that item wherever the window goes.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.zoomTo(new Date('2024-09-20'), new Date('2024-11-01'), { animate: false });
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['warn']);
  });

  it('gives the focus to the tab stop when an update takes the focused item away: new data, a filter, the other layout', async () => {
    const focusedId = (el: Awaited<ReturnType<typeof mountWith>>) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'];
    const settle = async (el: Awaited<ReturnType<typeof mountWith>>) => {
      for (let i = 0; i < 3; i++) {
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
      }
    };
    const el = await mountWith(story, { width: 900 });
    eventById(el, 'warn').focus();
    // New data without the focused item, and fewer items: its element goes.
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { events: [{ id: 'x', title: 'Other', date: '2024-05-01' }, { id: 'y', title: 'More', date: '2024-06-01' }] };
    await loaded;
    await settle(el);
    expect(document.activeElement).to.equal(el);
    expect(focusedId(el)).to.equal('x');
    // A filter that hides every item, then none.
    el.filter = { query: 'zzz' };
    await settle(el);
    el.filter = { query: '' };
    await settle(el);
    expect(focusedId(el)).to.equal('x');
    // The first picture of the vertical layout, whose part loads now; the tab stop moved by a key.
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el)).to.equal('y');
    el.orientation = 'vertical';
    await settle(el);
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.chart.vertical')).to.not.equal(null);
    expect(focusedId(el)).to.equal('y');
    // Focus the user took elsewhere stays there.
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    el.orientation = 'horizontal';
    await settle(el);
    expect(document.activeElement).to.equal(button);
    button.remove();
  });

  it('gives the focus to the tab stop when new data draws another item in the focused item\'s node', async () => {
    const el = await mountWith([{ id: 'a', title: 'A', date: '2024-01-01' }, { id: 'b', title: 'B', date: '2024-03-01' }], { width: 900 });
    eventById(el, 'b').focus();
    // As many items or more, none of them b: the nodes are reused (places.ts), b's for another item.
    el.events = [{ id: 'x', title: 'X', date: '2025-01-01' }, { id: 'y', title: 'Y', date: '2025-03-01' }, { id: 'z', title: 'Z', date: '2025-05-01' }];
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
    }
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    const stop = parts(el, 'event').filter((e) => e.tabIndex === 0);
    expect(stop.map((e) => e.dataset['id'])).to.deep.equal(['x']);
    expect(focused, 'the focus is on the one tab stop').to.equal(stop[0]);
  });

  it('gives the focus to the tab stop when an update takes away the details panel it was in: new data, a filter', async () => {
    const settle = async (el: Awaited<ReturnType<typeof mountWith>>) => {
      for (let i = 0; i < 3; i++) {
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
      }
    };
    const el = await mountWith(story, { width: 900 });
    const intoPanel = async (id: string) => {
      eventById(el, id).click();
      await settle(el);
      part(el, 'close')!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close'));
    };
    await intoPanel('warn');
    el.events = { events: [{ id: 'x', title: 'Other', date: '2024-05-01' }, { id: 'y', title: 'More', date: '2024-06-01' }] };
    await settle(el);
    expect(part(el, 'details')).to.equal(undefined);
    expect(document.activeElement).to.equal(el);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id']).to.equal('x');
    await intoPanel('y');
    el.filter = { query: 'Other' };
    await settle(el);
    expect(el.selected).to.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id']).to.equal('x');
  });

  it('keeps focus on the focused event while the window moves and other events come and go', async () => {
    const el = await mountWith({
      events: [
        ...story.events,
        { id: 'early', title: 'Early report', date: '2024-11-10' },
        { id: 'between', title: 'Second briefing', date: '2024-11-20' },
        { id: 'late', title: 'Late report', date: '2024-12-05' },
      ],
    });
    eventById(el, 'brief').focus();
    for (const [start, end] of [
      ['2024-11-15', '2024-11-30'],
      ['2024-11-01', '2024-12-31'],
      ['2024-11-17', '2024-11-19'],
      ['2024-09-01', '2025-01-31'],
    ]) {
      el.start = start!;
      el.end = end!;
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused?.dataset['id']).to.equal('brief');
      expect(focused?.getAttribute('aria-label')).to.contain('Briefing');
      expect(focused?.textContent).to.contain('Briefing');
    }
  });

  it('clears the selection with Escape and with the close button', async () => {
    const el = await mountWith(story);
    eventById(el, 'warn').click();
    await el.updateComplete;
    eventById(el, 'warn').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(part(el, 'details')).to.equal(undefined);
    el.selected = 'brief';
    await el.updateComplete;
    const cleared = oneEvent(el, 'timeline-select');
    part(el, 'close')!.click();
    expect((await cleared).detail.id).to.equal(null);
  });

  it('keeps one tab stop, where the focus is, when Escape clears a selection made on another event', async () => {
    const el = await mountWith(story);
    const stops = () => ['deploy', 'brief', 'warn'].filter((id) => eventById(el, id).tabIndex === 0);
    eventById(el, 'deploy').focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('warn');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('deploy');
    expect(stops()).to.deep.equal(['deploy']);
  });

  it('gives the focus and the tab stop back to the selected event when the details close', async () => {
    const el = await mountWith(story);
    eventById(el, 'deploy').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    part(el, 'close')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('brief');
    expect(['deploy', 'brief', 'warn'].filter((id) => eventById(el, id).tabIndex === 0)).to.deep.equal(['brief']);
  });

  it('shows the details of an event selected through the attribute, without firing timeline-select', async () => {
    const el = await mountWith(story);
    let fired = 0;
    el.addEventListener('timeline-select', () => fired++);
    el.setAttribute('selected', 'warn');
    await el.updateComplete;
    expect(part(el, 'details')!.textContent).to.contain('Warning');
    expect(eventById(el, 'warn').getAttribute('aria-current')).to.equal('true');
    // The others say that they are not the current one (a boolean written as ARIA's "false").
    expect(eventById(el, 'deploy').getAttribute('aria-current')).to.equal('false');
    expect(fired).to.equal(0);
  });

  it('brings an event the page selects into view, beside its details, keeping the zoom', async () => {
    const el = await mountWith(story, { width: 1000 });
    await el.zoomTo('2024-10-01', '2024-10-31', { animate: false });
    const span = Date.parse(el.end!) - Date.parse(el.start!);
    const moved = oneEvent(el, 'timeline-range-change');
    el.selected = 'warn';
    await moved;
    await el.updateComplete;
    const box = eventById(el, 'warn').querySelector('[part~="marker"]')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.left).to.be.at.least(host.left);
    expect(box.right).to.be.at.most(host.right);
    expect(Date.parse(el.start!)).to.be.at.most(Date.parse('2024-11-24'));
    expect(Date.parse(el.end!) - Date.parse(el.start!)).to.be.closeTo(span, 60_000);
    expect(part(el, 'details-title')!.textContent).to.equal('Warning');
  });

  it('lets the page scroll under a wheel turned over the details panel when the panel has nothing to scroll', async () => {
    const el = await mountWith(story);
    const spacer = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'height: 3000px' }));
    try {
      eventById(el, 'brief').click();
      await el.updateComplete;
      await el.updateComplete;
      window.scrollTo(0, 0);
      const panel = part(el, 'details')!;
      expect(panel.scrollHeight).to.be.at.most(panel.clientHeight);
      const box = panel.getBoundingClientRect();
      await executeServerCommand('wheel', { position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)], deltaY: 300 });
      await new Promise((r) => setTimeout(r, 300));
      expect(window.scrollY).to.be.greaterThan(0);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('announces a selection in a polite live region', async () => {
    const el = await mountWith(story);
    eventById(el, 'brief').click();
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.contain('Briefing');
  });

  it('names each event by its date at its precision and its title', async () => {
    const el = await mountWith(story);
    expect(eventById(el, 'deploy').getAttribute('aria-label')).to.equal('October 2024: Troops sent');
    expect(el.shadowRoot!.querySelector('[role="list"]')!.querySelectorAll('[role="listitem"]')).to.have.length(3);
  });

  /**
   * The roles of the nodes Chromium's accessibility tree names `name` (ElementInternals' roles and
   * names included), but for text itself: a title drawn on the page is text of that name.
   */
  const rolesNamed = async (name: string) =>
    ((await executeServerCommand('ax-nodes')) as Array<{ role: string; name: string }>)
      .filter((n) => n.name === name && n.role !== 'StaticText' && n.role !== 'InlineTextBox')
      .map((n) => n.role);

  it('takes its accessible name from the label attribute, said once: by the region the host is, not again by its list of events', async () => {
    const el = await mountWith(story);
    el.label = 'North Korean troops in Russia';
    await el.updateComplete;
    expect(await rolesNamed(el.label)).to.deep.equal(['region']);
    expect(el.shadowRoot!.querySelector('[role="list"]')!.hasAttribute('aria-label')).to.equal(false);
  });

  it('is named by its document\'s title when the label is empty or only white space (a name of nothing names nothing)', async () => {
    const el = await mountWith({ ...story, title: 'Troops and warnings' });
    for (const given of ['', '   ']) {
      el.label = given;
      await el.updateComplete;
      expect(await rolesNamed('Troops and warnings')).to.deep.equal(['region']);
    }
  });

  it('takes a label that is not text as its text (a number bound by a framework), and keeps drawing its events', async () => {
    const el = await mountWith(story);
    for (const [given, name] of [[2024, '2024'], [true, 'true']] as const) {
      (el as unknown as { label: unknown }).label = given;
      await el.updateComplete;
      expect(await rolesNamed(name)).to.deep.equal(['region']);
      expect(el.shadowRoot!.querySelectorAll('[role="listitem"]')).to.have.length(3);
    }
  });
});
