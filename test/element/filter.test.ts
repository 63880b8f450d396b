import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { eventById, mountWith, part, parts } from './helpers.js';
import type { EventTimeline, TimelineFilterChangeEvent } from '../../src/index.js';

const story = {
  title: 'Filter story',
  groups: [
    { id: 'pol', label: 'Politics' },
    { id: 'mil', label: 'Military' },
  ],
  events: [
    { id: 'a', title: 'Treffen in München', date: '2024-02-01', group: 'pol' },
    { id: 'b', title: 'Troops move north', date: '2024-04-01', group: 'mil', place: 'Kursk' },
    { id: 'c', title: 'Summit', date: '2024-06-01', group: 'pol', description: 'Talks about Kursk and more' },
    { id: 'd', title: 'Drills', date: '2024-08-01', group: 'mil' },
    { id: 'e', title: 'Unfiled note', date: '2024-10-01' },
  ],
};

const shownIds = (el: EventTimeline) => parts(el, 'event').map((e) => e.dataset['id']).sort();
const said = (el: EventTimeline) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

describe('filter and search', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows a legend with a pressed toggle per group, in the group’s colour', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const items = parts(el, 'legend-item');
    expect(items.map((b) => b.textContent!.trim())).to.deep.equal(['Politics', 'Military']);
    expect(items.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
    expect(part(el, 'legend')!.getAttribute('aria-label')).to.equal('Groups');
  });

  it('says what a filter shows of new data in the live region, not what it showed of the data before', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    el.filter = { query: 'Kursk' };
    await el.updateComplete;
    expect(said(el)).to.equal('2 of 5 events');
    // A new document under the same filter: three of its seven items mention Kursk.
    const more = [...story.events, { id: 'f', title: 'Kursk again', date: '2024-11-01' }, { id: 'g', title: 'Elsewhere', date: '2024-12-01' }];
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { ...story, events: more };
    await loaded;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['b', 'c', 'f']);
    expect(said(el)).to.equal('3 of 7 events');
  });

  it('wraps a group’s name of one long word inside the element on a phone: the page does not scroll sideways', async () => {
    const long = 'Verwaltungsgemeinschaftsbezirksoberkommandostellvertretungsangelegenheiten';
    const el = await mountWith({ groups: [{ id: 'v', label: long }], events: [{ id: 'a', title: 'Item', date: '2024-07-01', group: 'v' }] }, { width: 320 });
    const chip = parts(el, 'legend-item')[0]!;
    const host = el.getBoundingClientRect();
    expect(chip.textContent!.replace(/\s+/g, '')).to.equal(long);
    expect(chip.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    expect(chip.getBoundingClientRect().height, 'on more than one line').to.be.above(30);
    const page = document.scrollingElement!;
    expect(page.scrollWidth).to.be.at.most(page.clientWidth);
  });

  it('draws a legend click in one update, what the live region says with it (no second update after it)', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    // The filters' part, loaded by a first click, then counted from a second one.
    parts(el, 'legend-item')[1]!.click();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    let updates = 0;
    const update = Object.getPrototypeOf(el).update as (changed: Map<PropertyKey, unknown>) => void;
    Object.defineProperty(el, 'update', { configurable: true, value: (changed: Map<PropertyKey, unknown>) => (updates++, update.call(el, changed)) });
    parts(el, 'legend-item')[0]!.click();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(said(el)).to.equal('1 of 5 events');
    expect(updates).to.equal(1);
  });

  it('hides a group’s events with its toggle, fires one filter change and says how many are shown', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const { start, end } = el;
    const changed = oneEvent(el, 'timeline-filter-change') as Promise<TimelineFilterChangeEvent>;
    parts(el, 'legend-item')[1]!.click();
    const { detail } = await changed;
    await el.updateComplete;
    expect(detail).to.deep.equal({ groups: ['pol'], query: '', count: 3 });
    expect(shownIds(el)).to.deep.equal(['a', 'c', 'e']);
    expect(parts(el, 'legend-item')[1]!.getAttribute('aria-pressed')).to.equal('false');
    expect(said(el)).to.equal('3 of 5 events');
    // The window does not jump.
    expect([el.start, el.end]).to.deep.equal([start, end]);
  });

  it('keeps what the reader switched off in the legend off when the data changes, and shows every other group, new ones too', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    parts(el, 'legend-item')[1]!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['a', 'c', 'e']);
    // Items of a group the story did not have: shown, the reader never switched it off.
    const added = oneEvent(el, 'timeline-filter-change') as Promise<TimelineFilterChangeEvent>;
    el.addEvents([{ id: 'f', title: 'Aid arrives', date: '2024-09-01', group: 'aid' }]);
    expect((await added).detail).to.deep.equal({ groups: ['pol', 'aid'], query: '', count: 4 });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['a', 'c', 'e', 'f']);
    expect(parts(el, 'legend-item').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'true']);
    // Another story: its groups all show; none of them was switched off.
    const other = oneEvent(el, 'timeline-filter-change') as Promise<TimelineFilterChangeEvent>;
    el.events = { groups: [{ id: 'us', label: 'USA' }, { id: 'eu', label: 'EU' }], events: [{ id: 'g', title: 'Vote', date: '2025-03-01', group: 'us' }, { id: 'h', title: 'Talks', date: '2025-04-01', group: 'eu' }] };
    expect((await other).detail).to.deep.equal({ groups: ['us', 'eu'], query: '', count: 2 });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['g', 'h']);
  });

  it('keeps a filter of groups the page set, for new data too: the page said which groups to show', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    el.filter = { groups: ['pol'] };
    await el.updateComplete;
    el.addEvents([{ id: 'f', title: 'Aid arrives', date: '2024-09-01', group: 'aid' }]);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.filter).to.deep.equal({ groups: ['pol'] });
    expect(shownIds(el)).to.deep.equal(['a', 'c', 'e']);
  });

  it('finds text in titles, places and descriptions, ignoring case and diacritics', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    el.setAttribute('searchable', '');
    await el.updateComplete;
    const search = part(el, 'search') as HTMLInputElement;
    expect(search.type).to.equal('search');
    expect(search.getAttribute('aria-label')).to.equal('Search events');
    search.focus();
    await sendKeys({ type: 'KURSK' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['b', 'c']);
    search.value = '';
    await sendKeys({ type: 'munchen' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['a']);
    search.value = '';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    el.filter = { query: 'muenchen' };
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([]);
  });

  it('takes every key typed into the search as text: digits, minus, plus and equals zoom nothing there', async () => {
    const el = await mountWith(
      { events: [...story.events, { id: 'f', title: 'Treaty of 1990', date: '2024-11-01' }, { id: 'g', title: 'Euro-zone launch', date: '2024-12-01' }] },
      { orientation: 'horizontal', width: 900 },
    );
    el.setAttribute('searchable', '');
    await el.updateComplete;
    await el.zoomTo(new Date('2024-03-01'), new Date('2024-09-01'), { animate: false });
    const { start, end } = el;
    let moved = 0;
    el.addEventListener('timeline-range-change', () => moved++);
    const search = part(el, 'search') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: '1990' });
    await el.updateComplete;
    expect(search.value).to.equal('1990');
    expect(shownIds(el)).to.deep.equal(['f']);
    search.value = '';
    await sendKeys({ type: 'euro-zone+=_0' });
    await el.updateComplete;
    expect(search.value).to.equal('euro-zone+=_0');
    expect([moved, el.start, el.end]).to.deep.equal([0, start, end]);
    // On an item the same keys zoom, as before.
    search.value = '';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    eventById(el, 'b').focus();
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(moved).to.equal(1);
  });

  it('fires timeline-filter-change only when what is shown changes, not for a filter set again as it was', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const fired: string[] = [];
    el.addEventListener('timeline-filter-change', (e) => fired.push(`${(e as TimelineFilterChangeEvent).detail.query}:${(e as TimelineFilterChangeEvent).detail.count}`));
    const set = async (filter: { query?: string; groups?: string[] }) => {
      el.filter = filter;
      await el.updateComplete;
      await el.updateComplete;
    };
    await set({});
    await set({});
    expect(fired).to.deep.equal([':5']);
    await set({ query: 'Summit' });
    await set({ query: 'Summit' });
    await set({ query: 'Summit', groups: ['pol', 'mil'] });
    expect(fired).to.deep.equal([':5', 'Summit:1']);
    await set({});
    expect(fired).to.deep.equal([':5', 'Summit:1', ':5']);
    // The filter taken off is said as any change of what is shown; the first one, which hid nothing, was not.
    expect(said(el)).to.equal('5 of 5 events');
  });

  it('says that every item is back when the reader switches the last hidden group on again', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    parts(el, 'legend-item')[1]!.click();
    await el.updateComplete;
    expect(said(el)).to.equal('3 of 5 events');
    parts(el, 'legend-item')[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(parts(el, 'legend-item').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
    expect(said(el)).to.equal('5 of 5 events');
  });

  it('sets groups and query from script, reports them, and fit() fits what is shown', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const changed = oneEvent(el, 'timeline-filter-change') as Promise<TimelineFilterChangeEvent>;
    el.filter = { groups: ['mil'], query: 'drill' };
    const { detail } = await changed;
    expect(detail).to.deep.equal({ groups: ['mil'], query: 'drill', count: 1 });
    await el.fit();
    expect(Date.parse(el.start!)).to.be.greaterThan(Date.parse('2024-07-01'));
    expect(Date.parse(el.end!)).to.be.lessThan(Date.parse('2024-09-01'));
  });

  it('clears the filter set to null, and filters nothing by a query that is not text or groups that are not a list', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const reports: TimelineFilterChangeEvent['detail'][] = [];
    el.addEventListener('timeline-filter-change', (e) => reports.push(e.detail));
    const set = async (filter: unknown) => {
      el.filter = filter as EventTimeline['filter'];
      await el.updateComplete;
      await el.updateComplete;
    };
    await set({ groups: ['mil'] });
    expect(shownIds(el)).to.deep.equal(['b', 'd', 'e']);
    // A framework's state for "no filter" is often null.
    await set(null);
    expect(shownIds(el)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(part(el, 'error')).to.equal(undefined);
    expect(parts(el, 'legend-item').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
    for (const wrong of [{ query: 5 }, { query: ['Summit'] }, { groups: 'pol' }, { groups: 'pol', query: 'drills' }]) {
      await set(wrong);
      expect(part(el, 'error'), JSON.stringify(wrong)).to.equal(undefined);
    }
    expect(shownIds(el)).to.deep.equal(['d']);
    // What is reported is what is shown: all groups, and the query that was text.
    expect(reports).to.deep.equal([
      { groups: ['mil'], query: '', count: 3 },
      { groups: ['pol', 'mil'], query: '', count: 5 },
      { groups: ['pol', 'mil'], query: 'drills', count: 1 },
    ]);
  });

  it('deselects a selected event that the filter hides: with a timeline-select when the reader switches its group off or searches, without one when the page sets the filter', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const selects: (string | null)[] = [];
    el.addEventListener('timeline-select', (e) => selects.push(e.detail.id));
    const select = async (id: string) => {
      eventById(el, id).click();
      await el.updateComplete;
      expect(el.selected).to.equal(id);
    };
    // The page's filter: the selection goes, as with new data, and no event says the reader did it.
    await select('b');
    el.filter = { groups: ['pol'] };
    await el.updateComplete;
    expect([el.selected, part(el, 'details')]).to.deep.equal([null, undefined]);
    expect(selects).to.deep.equal(['b']);
    // The reader's legend toggle: said with an event, the selection already cleared when it comes.
    el.filter = null;
    await el.updateComplete;
    await select('b');
    // b is Military's.
    const toggle = parts(el, 'legend-item').find((t) => t.textContent!.includes('Military'))!;
    let seen: string | null | undefined;
    el.addEventListener('timeline-select', () => (seen = el.selected), { once: true });
    toggle.click();
    await el.updateComplete;
    expect(selects).to.deep.equal(['b', 'b', null]);
    expect(seen).to.equal(null);
    expect(part(el, 'details')).to.equal(undefined);
    // A legend toggle that hides nothing selected fires none.
    toggle.click();
    await el.updateComplete;
    expect(selects).to.have.length(3);
  });

  it('reports a filter set from script that hides nothing, on data without groups, once', async () => {
    const el = await mountWith([
      { id: 'x', title: 'X', date: '2024-01-01' },
      { id: 'y', title: 'Y', date: '2024-03-01' },
    ]);
    const reports: TimelineFilterChangeEvent['detail'][] = [];
    el.addEventListener('timeline-filter-change', (e) => reports.push(e.detail));
    el.filter = {};
    await el.updateComplete;
    expect(reports).to.deep.equal([{ groups: [], query: '', count: 2 }]);
    expect(shownIds(el)).to.deep.equal(['x', 'y']);
    expect(said(el)).to.equal('');
  });

  it('has no legend without groups and no search field without searchable', async () => {
    const el = await mountWith([{ id: 'x', title: 'X', date: '2024-01-01' }]);
    expect(part(el, 'legend')).to.equal(undefined);
    expect(part(el, 'search')).to.equal(undefined);
  });
});
