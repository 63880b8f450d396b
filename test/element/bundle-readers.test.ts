import { expect, oneEvent } from '@open-wc/testing';

/**
 * dist/event-timeline.js loads the readers of other formats (dist/event-timeline-readers.js)
 * only when data of those shapes arrives. This file loads the bundle alone and checks both
 * halves: the element's own documents never fetch the readers; TimelineJS data does, and reads.
 * Likewise the reader of a `src` reply (dist/event-timeline-read-response.js).
 */
type Timeline = HTMLElement & { events: unknown; updateComplete: Promise<boolean> };
type Load = CustomEvent<{ count: number; format: string }>;

// A path in a variable: TypeScript does not try to resolve the built file.
const bundle = '/dist/event-timeline.js';
await import(bundle);

const fetchedReplyReader = () => performance.getEntriesByType('resource').some((e) => e.name.includes('event-timeline-read-response.js'));
const fetchedReaders = () => performance.getEntriesByType('resource').some((e) => e.name.includes('event-timeline-readers.js'));

async function load(events: unknown): Promise<Load> {
  const el = document.createElement('event-timeline') as Timeline;
  el.setAttribute('time-zone', 'UTC');
  el.style.width = '800px';
  const loaded = oneEvent(el, 'timeline-load') as Promise<Load>;
  el.events = events;
  document.body.append(el);
  const event = await loaded;
  el.remove();
  return event;
}

describe('dist/event-timeline.js loads the readers of other formats on demand', () => {
  it('reads its own documents without fetching the readers, or the reader of a src reply', async () => {
    const { detail } = await load([{ id: 'a', title: 'A', date: '2024-01-01' }]);
    expect(detail).to.deep.equal({ count: 1, format: 'event-timeline' });
    expect(fetchedReaders()).to.equal(false);
    expect(fetchedReplyReader()).to.equal(false);
  });

  it('reads a JSON document from src, and says what the server answered when it fails', async () => {
    const el = document.createElement('event-timeline') as Timeline;
    el.setAttribute('time-zone', 'UTC');
    const loaded = oneEvent(el, 'timeline-load') as Promise<Load>;
    el.setAttribute('src', `/test-api/json?body=${encodeURIComponent(JSON.stringify([{ id: 'b', title: 'B', date: '2024-02-01' }]))}`);
    document.body.append(el);
    expect((await loaded).detail).to.deep.equal({ count: 1, format: 'event-timeline' });
    expect(fetchedReplyReader()).to.equal(true);
    const failed = oneEvent(el, 'timeline-error') as Promise<CustomEvent<{ message: string }>>;
    el.setAttribute('src', '/test-api/status/404');
    expect((await failed).detail.message).to.contain('404');
    el.remove();
  });

  it('reads a spreadsheet from a src answering CSV with them', async () => {
    const el = document.createElement('event-timeline') as Timeline;
    el.setAttribute('time-zone', 'UTC');
    const loaded = oneEvent(el, 'timeline-load') as Promise<Load>;
    el.setAttribute('src', `/test-api/text/sheet.csv?body=${encodeURIComponent('id,title,date\nopening,Opening,2024-11-18\n')}`);
    document.body.append(el);
    const { detail } = await loaded;
    el.remove();
    expect(detail).to.deep.equal({ count: 1, format: 'csv' });
    expect(fetchedReaders()).to.equal(true);
  });

  it('fetches them for TimelineJS JSON and reads it', async () => {
    const { detail } = await load({ events: [{ start_date: { year: '1969', month: '7', day: '20' }, text: { headline: '<b>Moon</b> landing' } }] });
    expect(detail).to.deep.equal({ count: 1, format: 'timelinejs' });
    expect(fetchedReaders()).to.equal(true);
  });
});
