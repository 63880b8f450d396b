import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import type { EventTimeline, TimelineDocument, TimelineErrorEvent, TimelineEventInput, TimelineProblem } from '../../src/index.js';
import '../../src/index.js';

/**
 * Any document written as a list (with the DOM's text, so whatever it says stays words) reads
 * to the same items and problems as the same document given as JSON.
 */

// Words that a list keeps as they are: nothing that joins parts (a leading dash, a trailing colon).
const words = fc.array(fc.constantFrom('Talks', 'in', 'Genf', 'Gespräche', '<img src=x onerror=alert(1)>', '&amp;', '"quoted"', 'a.b', '2024', 'Ünï', '(aside)', '北朝鮮'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const lines = fc.array(words, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));
const date = fc.constantFrom('2024', '2024-10', '2024-W47', '2024-11-18', '2024-11-18T14:30', '2024-11-18T14:30:05Z', '1520~', '2024-10?', '201X', '19XX', '1969-07-20%', '-000043-03-15', '2024-02-30', 'soon');
const when = fc.oneof(
  date.map((d) => ({ date: d })),
  fc.tuple(date, fc.oneof(date, fc.constant('..'))).map(([start, end]) => ({ start, end })),
);
const source = fc.record({ name: words, url: fc.constantFrom('https://example.org/a', 'https://example.org/b?x=1&y=2', 'javascript:alert(1)'), date: date }, { requiredKeys: ['name', 'url'] });
const item = fc
  .tuple(
    fc.record({ title: words, description: lines, place: words, quote: lines, group: fc.constantFrom('russia', 'korea'), sources: fc.array(source, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['title'] }),
    when,
  )
  .map(([fields, dates]) => ({ ...fields, ...dates }));
const documents = fc.record({ title: words, events: fc.array(item, { maxLength: 6 }) }, { requiredKeys: ['events'] }).map((doc) => ({ ...doc, events: doc.events.map((e, i) => ({ id: `item-${i}`, ...e }) as TimelineEventInput) }));

function element(tag: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

const time = (value: string) => Object.assign(element('time', value), { dateTime: value });

/** The document as a page would write it: one `<li>` per item, every field in its own element. */
function writeList(doc: TimelineDocument): HTMLOListElement {
  const list = document.createElement('ol');
  if (doc.title) list.setAttribute('aria-label', doc.title);
  for (const e of doc.events) {
    const li = list.appendChild(document.createElement('li'));
    li.id = e.id;
    if (e.group) li.dataset['group'] = e.group;
    if (e.place) li.dataset['place'] = e.place;
    li.append(...(e.date !== undefined ? [time(e.date)] : [time(e.start!), ' – ', time(e.end!)]), ' ', element('strong', e.title));
    for (const line of e.description?.split('\n') ?? []) li.append(element('p', line));
    if (e.quote) li.append(blockquote(e.quote));
    for (const s of e.sources ?? []) {
      const a = element('a', s.name);
      a.setAttribute('href', s.url!);
      if (s.date) a.append(', ', time(s.date));
      li.append(a);
    }
  }
  return list;
}

function blockquote(text: string): HTMLElement {
  const quote = element('blockquote');
  for (const line of text.split('\n')) quote.append(element('p', line));
  return quote;
}

/** What an element shows of `give`: its document and its problems (by index and field). */
async function read(give: (el: EventTimeline) => void): Promise<{ doc: TimelineDocument | null; problems: Pick<TimelineProblem, 'index' | 'field'>[] }> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('event-timeline');
  el.setAttribute('locale', 'en');
  el.setAttribute('time-zone', 'Europe/Berlin');
  let problems: TimelineProblem[] = [];
  el.addEventListener('timeline-error', (e) => (problems = (e as TimelineErrorEvent).detail.problems));
  const loaded = oneEvent(el, 'timeline-load');
  give(el);
  box.append(el);
  await loaded;
  box.remove();
  return { doc: el.toJSON(), problems: problems.map(({ index, field }) => ({ index, field })) };
}

describe('a list is the same data as its JSON', () => {
  it('reads any document written as a list to the same items and problems as the document itself', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const fromList = await read((el) => el.append(writeList(doc)));
        const fromJson = await read((el) => (el.events = doc));
        expect(fromList).to.deep.equal(fromJson);
      }),
      { numRuns: 40 },
    );
  });
});
