import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { part, parts } from './helpers.js';
import type { EventTimeline, TimelineErrorEvent, TimelineLoadEvent } from '../../src/index.js';

declare global {
  interface Window {
    listPayloadRan?: boolean;
  }
}

const ids = (el: EventTimeline) => parts(el, 'event').map((e) => e.dataset['id']);
const labels = (el: EventTimeline) => parts(el, 'label').map((e) => e.textContent!.trim());

/** An element holding `markup` (written here, not user data) as its children, and the load it causes. */
async function mount(markup: string): Promise<{ el: EventTimeline; detail: TimelineLoadEvent['detail'] }> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('event-timeline');
  el.setAttribute('locale', 'en');
  el.setAttribute('time-zone', 'Europe/Berlin');
  el.style.width = '900px';
  el.innerHTML = markup;
  const loaded = oneEvent(el, 'timeline-load');
  box.append(el);
  const { detail } = (await loaded) as TimelineLoadEvent;
  await el.updateComplete;
  return { el, detail };
}

const everyField = `
  <h2>Talks about troops</h2>
  <ol lang="en">
    <li id="rudenko" data-group="russia" data-place="Interview with TASS">
      <time datetime="2024-11-24">24 November 2024</time>:
      <strong>Rudenko warns Seoul</strong>
      <p>The deputy foreign minister warns South Korea.</p>
      <p>Arms deliveries would <a href="https://example.org/context">cross a line</a>.</p>
      <blockquote><p>It would destroy our relations.</p></blockquote>
      <figure><img src="https://example.org/rudenko.jpg" alt="Andrei Rudenko at a lectern"><figcaption>Moscow, 2024</figcaption></figure>
      <a href="https://www.trtworld.com/article/18236040">TRT World, <time datetime="2024-11-24">24 Nov</time></a>
    </li>
    <li data-group="korea"><time datetime="2024">2024</time> <h3>A year</h3></li>
    <li><time datetime="2024-10">October</time> A month</li>
    <li><time datetime="2024-W47">week 47</time> <strong>A week</strong></li>
    <li><time datetime="2024-11-18T14:30">18 Nov, 14:30</time> <strong>A time</strong></li>
    <li><time datetime="2024-11-18">18 Nov</time> – <time datetime="2024-11-20">20 Nov</time> <strong>Talks</strong></li>
    <li><time datetime="1520~">about 1520</time> <strong>Approximate</strong></li>
    <li><time datetime="2024-10?">October?</time> <strong>Uncertain</strong></li>
    <li><time datetime="201X">the 2010s</time> <strong>A decade</strong></li>
    <li><strong>Ongoing (<time datetime="2024-10">October</time> – <time datetime="..">today</time>)</strong></li>
  </ol>`;

describe('<event-timeline> reads an <ol> or <ul> child: a list is the data', () => {
  it('reads every field of a list item, the title from the heading before the list, and reports format "list"', async () => {
    const { el, detail } = await mount(everyField);
    expect(detail).to.deep.equal({ count: 10, format: 'list' });
    const doc = el.toJSON()!;
    expect(doc.title).to.equal('Talks about troops');
    expect(doc.lang).to.equal('en');
    expect(doc.events.find((e) => e.id === 'rudenko')).to.deep.equal({
      id: 'rudenko',
      title: 'Rudenko warns Seoul',
      date: '2024-11-24',
      description: 'The deputy foreign minister warns South Korea.\nArms deliveries would cross a line.',
      group: 'russia',
      place: 'Interview with TASS',
      quote: 'It would destroy our relations.',
      sources: [
        { name: 'cross a line', url: 'https://example.org/context' },
        { name: 'TRT World', url: 'https://www.trtworld.com/article/18236040', date: '2024-11-24' },
      ],
      media: { url: 'https://example.org/rudenko.jpg', alt: 'Andrei Rudenko at a lectern', caption: 'Moscow, 2024' },
    });
    const dates = Object.fromEntries(doc.events.map((e) => [e.title, e.date ?? `${e.start}/${e.end}`]));
    expect(dates).to.deep.equal({
      'Rudenko warns Seoul': '2024-11-24',
      'A year': '2024',
      'A month': '2024-10',
      'A week': '2024-W47',
      'A time': '2024-11-18T14:30',
      Talks: '2024-11-18/2024-11-20',
      Approximate: '1520~',
      Uncertain: '2024-10?',
      'A decade': '201X',
      Ongoing: '2024-10/..',
    });
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Talks about troops');
    // What the reader sees: the details panel of the item with every field.
    el.selected = 'rudenko';
    await el.updateComplete;
    expect(part(el, 'details-place')!.textContent).to.contain('Interview with TASS');
    expect(part(el, 'details-quote')!.textContent!.trim()).to.equal('It would destroy our relations.');
    const links = [...part(el, 'details-sources')!.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href]);
    expect(links).to.deep.equal([
      ['cross a line', 'https://example.org/context'],
      ['TRT World', 'https://www.trtworld.com/article/18236040'],
    ]);
    const markers = Object.fromEntries(parts(el, 'event').map((e) => [e.dataset['id'], e.querySelector('[part~="marker"]')!.getAttribute('data-certainty') ?? e.querySelector('[part~="marker"]')!.getAttribute('data-open')]));
    expect(markers).to.include({ approximate: 'approximate', uncertain: 'uncertain', ongoing: 'end' });
    expect(parts(el, 'group-label').map((g) => g.textContent!.trim())).to.include.members(['russia', 'korea']);
  });

  it('reads a time written as HTML allows, with a space between its date and its time', async () => {
    const { el, detail } = await mount(`<ol>
      <li id="local"><time datetime="2024-03-05 10:00">5 March, 10:00</time> <strong>Local time</strong></li>
      <li id="utc"><time datetime="2024-03-05 10:00Z">5 March, 10:00 UTC</time> <strong>In UTC</strong></li>
      <li id="content"><time>2024-03-06 09:30</time> <strong>No datetime</strong></li>
    </ol>`);
    expect(detail.count).to.equal(3);
    const json = el.toJSON()!;
    expect(json.events.map((e) => [e.id, e.date])).to.deep.equal([
      ['local', '2024-03-05T10:00'],
      ['utc', '2024-03-05T10:00Z'],
      ['content', '2024-03-06T09:30'],
    ]);
  });

  it('calls an item that is only a date and a link by the link’s words, as news lists are written, and keeps the link as its source', async () => {
    const { el, detail } = await mount(`<ul>
      <li><time datetime="2024-11-18">18 Nov</time> <a href="https://example.org/summit">Summit held in Seoul</a></li>
      <li><time datetime="2024-11-20">20 Nov</time> – <a href="https://example.org/vote"><time datetime="2024-11-20">20 Nov</time> Vote postponed</a></li>
    </ul>`);
    expect(detail.count).to.equal(2);
    expect(labels(el)).to.deep.equal(['Summit held in Seoul', 'Vote postponed']);
    expect(el.toJSON()!.events.map((e) => e.sources)).to.deep.equal([
      [{ name: 'Summit held in Seoul', url: 'https://example.org/summit' }],
      [{ name: 'Vote postponed', url: 'https://example.org/vote', date: '2024-11-20' }],
    ]);
  });

  it('leaves text the page hides out of an item', async () => {
    const { el } = await mount(`<ol>
      <li><time datetime="2024-01">January</time> <strong>Early</strong> Shown words. <span hidden>Hidden words.</span></li>
    </ol>`);
    expect(el.toJSON()!.events.map((e) => e.description)).to.deep.equal(['Shown words.']);
  });

  it('reads a list that a page wraps in other markup: a <div>, a <section> with its heading', async () => {
    for (const markup of [
      '<div class="cms-body"><ol><li><time datetime="2024-03">March 2024</time> <strong>Wrapped</strong></li></ol></div>',
      '<section><h2>The story</h2><ul><li><time datetime="2024-03">March 2024</time> <strong>In a section</strong></li></ul></section>',
    ]) {
      const { el, detail } = await mount(markup);
      expect(detail).to.deep.equal({ count: 1, format: 'list' });
      expect(labels(el)).to.have.length(1);
      expect(el.querySelector('li')!.checkVisibility(), 'the list hidden once drawn').to.equal(false);
    }
    const { el } = await mount('<section><h2>The story</h2><ul><li><time datetime="2024-03">March 2024</time> <strong>In a section</strong></li></ul></section>');
    expect(part(el, 'title')!.textContent).to.equal('The story');
  });

  it('leaves children it cannot read in view, and draws nothing over them', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-timeline');
    el.innerHTML = '<dl><dt><time datetime="2024-03">March 2024</time></dt><dd>A definition, not a list of items</dd></dl>';
    box.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(el.querySelector('dd')!.checkVisibility()).to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(parts(el, 'event')).to.deep.equal([]);
  });

  it('hides the list once it draws, without removing it', async () => {
    const { el } = await mount(everyField);
    const list = el.querySelector('ol')!;
    expect(list.isConnected).to.equal(true);
    expect(list.checkVisibility()).to.equal(false);
    expect(el.querySelector('h2')!.checkVisibility()).to.equal(false);
    expect(parts(el, 'event')).to.have.length(10);
  });

  it('names the timeline after the list’s aria-label before a heading', async () => {
    const { el } = await mount('<h2>Heading</h2><ul aria-label="The list’s own name"><li><time>2024</time> One</li></ul>');
    expect(el.toJSON()!.title).to.equal('The list’s own name');
    expect(ids(el)).to.deep.equal(['one']);
  });

  it('names the timeline after the elements the list’s aria-labelledby names', async () => {
    const { el } = await mount('<p id="list-name-a">Named</p><ol aria-labelledby="list-name-a list-name-b"><li><time>2024</time> One</li></ol><p id="list-name-b">twice</p>');
    expect(el.toJSON()!.title).to.equal('Named twice');
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Named twice');
  });

  it('reports bad items with their index and field, and shows the others', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-timeline');
    el.setAttribute('locale', 'en');
    el.innerHTML = `<ol>
      <li><strong>No date</strong></li>
      <li><time datetime="2024-02-30">30 Feb</time> <strong>No such day</strong></li>
      <li><time datetime="2024-11-20">20 Nov</time> – <time datetime="2024-11-18">18 Nov</time> <strong>Backwards</strong></li>
      <li><time datetime="2024-11-18"></time></li>
      <li id="twice"><time datetime="2024">2024</time> First</li>
      <li id="twice"><time datetime="2025">2025</time> Second</li>
      <li><time datetime="2024-11-18">18 Nov</time> <strong>Fine</strong></li>
    </ol>`;
    const failed = oneEvent(el, 'timeline-error');
    const loaded = oneEvent(el, 'timeline-load');
    box.append(el);
    const [{ detail }, { detail: load }] = (await Promise.all([failed, loaded])) as [TimelineErrorEvent, TimelineLoadEvent];
    expect(detail.problems.map(({ index, field }) => ({ index, field }))).to.deep.equal([
      { index: 0, field: 'date' },
      { index: 1, field: 'date' },
      { index: 2, field: 'end' },
      { index: 3, field: 'title' },
      { index: 5, field: 'id' },
    ]);
    expect(load).to.deep.equal({ count: 2, format: 'list' });
    await el.updateComplete;
    expect(ids(el)).to.have.members(['twice', 'fine']);
  });

  it('shows HTML written as text in the list as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.listPayloadRan=true"><script>window.listPayloadRan=true</script>';
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-timeline');
    const list = el.appendChild(document.createElement('ol'));
    const li = list.appendChild(document.createElement('li'));
    li.append(Object.assign(document.createElement('time'), { dateTime: '2024-11-18' }), Object.assign(document.createElement('strong'), { textContent: `Title ${payload}` }), Object.assign(document.createElement('p'), { textContent: payload }));
    const loaded = oneEvent(el, 'timeline-load');
    box.append(el);
    await loaded;
    await el.updateComplete;
    expect(labels(el)).to.deep.equal([`Title ${payload}`]);
    el.selected = ids(el)[0]!;
    await el.updateComplete;
    expect(part(el, 'details-description')!.textContent!.trim()).to.equal(payload);
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(el.querySelectorAll('img, script')).to.have.length(0);
    expect(window.listPayloadRan).to.equal(undefined);
  });

  it('reads a nested list as a line of the description: its times and headings are not the item’s date or title', async () => {
    const { el } = await mount(`<ol>
      <li id="june"><time datetime="2024-06">June</time> Nested<ul><li><time datetime="2024-06-20">20</time> <strong>Inner</strong></li></ul></li>
    </ol>`);
    const doc = el.toJSON()!;
    expect(doc.events).to.have.length(1);
    expect(doc.events[0]).to.include({ id: 'june', title: 'Nested', date: '2024-06' });
    expect(doc.events[0]!.end).to.equal(undefined);
    expect(doc.events[0]!.description).to.equal('20 Inner');
  });

  it('gives items without an id a slug of their title, unique within the list and the same on every load', async () => {
    const markup = `<ol>
      <li><time>2024-01-01</time> Gespräche in Genf</li>
      <li><time>2024-01-02</time> Gespräche in Genf</li>
      <li id="gesprache-in-genf-2"><time>2024-01-03</time> Given id</li>
      <li><time>2024-01-04</time> <strong>¡¿ !?</strong></li>
      <li><time>2024-01-05</time> Gespräche in Genf</li>
    </ol>`;
    const first = await mount(markup);
    const expected = ['gesprache-in-genf', 'gesprache-in-genf-3', 'gesprache-in-genf-2', 'event', 'gesprache-in-genf-4'];
    expect(ids(first.el)).to.deep.equal(expected);
    const second = await mount(markup);
    expect(ids(second.el)).to.deep.equal(expected);
  });

  it('updates the chart when the list is edited: items added, removed, changed, in one update per task', async () => {
    const { el } = await mount('<ol><li id="a"><time datetime="2024-01">January</time> A</li><li id="b"><time datetime="2024-02">February</time> B</li></ol>');
    const list = el.querySelector('ol')!;
    let loads = 0;
    el.addEventListener('timeline-load', () => loads++);

    let loaded = oneEvent(el, 'timeline-load');
    // Several edits in one task: an item added, one changed (attribute and text), one removed.
    const c = document.createElement('li');
    c.id = 'c';
    c.innerHTML = '<time datetime="2024-03">March</time> C';
    list.append(c);
    list.querySelector('#a time')!.setAttribute('datetime', '2024-W05');
    list.querySelector('#a')!.lastChild!.textContent = ' A, renamed';
    list.querySelector('#b')!.remove();
    await loaded;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(loads).to.equal(1);
    expect(el.toJSON()!.events).to.deep.equal([
      { id: 'a', title: 'A, renamed', date: '2024-W05' },
      { id: 'c', title: 'C', date: '2024-03' },
    ]);
    expect(labels(el)).to.have.members(['A, renamed', 'C']);

    loaded = oneEvent(el, 'timeline-load');
    list.querySelector('#c')!.setAttribute('data-group', 'later');
    await loaded;
    expect(el.toJSON()!.events[1]).to.deep.equal({ id: 'c', title: 'C', date: '2024-03', group: 'later' });
  });

  it('ranks the list last: the events property, src and inline JSON win over it', async () => {
    const { el, detail } = await mount(
      '<script type="application/json">[{ "id": "json", "title": "JSON", "date": "2024" }]</script><ol><li><time>2024</time> From the list</li></ol>',
    );
    expect(detail.format).to.equal('event-timeline');
    expect(ids(el)).to.deep.equal(['json']);
    const loaded = oneEvent(el, 'timeline-load');
    el.querySelector('script')!.remove();
    expect(((await loaded) as TimelineLoadEvent).detail.format).to.equal('list');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['from-the-list']);
    el.events = [{ id: 'prop', title: 'Property', date: '2024' }];
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['prop']);
  });

  it('lets src win over the list', async () => {
    const { el, detail } = await mount('<ol><li><time>2024</time> From the list</li></ol>');
    expect(detail.format).to.equal('list');
    const loaded = oneEvent(el, 'timeline-load');
    el.src = `/test-api/json?body=${encodeURIComponent(JSON.stringify([{ id: 'from-src', title: 'From src', date: '2024' }]))}`;
    expect(((await loaded) as TimelineLoadEvent).detail.format).to.equal('event-timeline');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['from-src']);
  });
});
