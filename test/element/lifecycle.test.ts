import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { eventById, mountWith, part, parts } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const slowSrc = (id: string) => `/test-api/json?delay=400&body=${encodeURIComponent(JSON.stringify([{ id, title: id, date: '2024' }]))}`;

/** Counts what is alive now: observers observing, window/document listeners, pending timers. */
function installCounters() {
  const live = { resize: 0, mutation: 0, listeners: 0, timers: 0 };
  const restore: (() => void)[] = [];
  const wrapObserver = <T extends typeof ResizeObserver | typeof MutationObserver>(name: 'ResizeObserver' | 'MutationObserver', key: 'resize' | 'mutation') => {
    const Original = window[name] as T;
    class Counted extends (Original as typeof ResizeObserver) {
      #observing = false;
      override observe(...args: Parameters<ResizeObserver['observe']>) {
        if (!this.#observing) live[key]++;
        this.#observing = true;
        return super.observe(...args);
      }
      override disconnect() {
        if (this.#observing) live[key]--;
        this.#observing = false;
        return super.disconnect();
      }
    }
    (window as unknown as Record<string, unknown>)[name] = Counted;
    restore.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  };
  wrapObserver('ResizeObserver', 'resize');
  wrapObserver('MutationObserver', 'mutation');
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
      live.listeners++;
      return add.apply(this, args);
    };
    target.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
      live.listeners--;
      return remove.apply(this, args);
    };
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const { setTimeout: st, clearTimeout: ct, setInterval: si } = window;
  const pending = new Set<number>();
  window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
    const id = st(() => {
      pending.delete(id);
      fn();
    }, ms, ...rest);
    pending.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    ct(id);
  }) as typeof clearTimeout;
  window.setInterval = ((...args: Parameters<typeof setInterval>) => {
    live.timers += 1000; // any interval at all is a leak for this element
    return si(...args);
  }) as typeof setInterval;
  restore.push(() => Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si }));
  return {
    live: () => ({ ...live, timers: live.timers + pending.size }),
    restore: () => restore.reverse().forEach((r) => r()),
  };
}

async function heapAfterGc(): Promise<number> {
  const { usedSize } = (await executeServerCommand('heap')) as { usedSize: number };
  return usedSize;
}

describe('<event-timeline> lifecycle: mounted and unmounted a thousand times', () => {
  it('creating, connecting, moving and removing it 1,000 times with loads in flight leaks no observers, listeners, timers, elements or memory', async function () {
    this.timeout(120000);
    const host = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const [a, b] = [host.querySelector('#a')!, host.querySelector('#b')!];
    const refs: WeakRef<EventTimeline>[] = [];
    const fired: string[] = [];
    const cycle = async (i: number, keep: boolean) => {
      const el = document.createElement('event-timeline');
      el.addEventListener('timeline-load', () => fired.push('load'));
      el.addEventListener('timeline-error', () => fired.push('error'));
      el.src = slowSrc(`e${i}`);
      a.append(el);
      if (i % 3 === 0) await el.updateComplete;
      b.append(el); // moved: disconnected and connected again
      if (i % 5 === 0) el.events = [{ id: 'p', title: 'P', date: '2024' }];
      if (i % 2 === 0) await Promise.resolve();
      el.remove();
      if (keep) refs.push(new WeakRef(el));
    };
    // Warm up, so that first-use caches (luxon, Intl, Lit templates) are not counted as leaks.
    for (let i = 0; i < 50; i++) await cycle(i, false);
    await sleep(600);
    const baseline = await heapAfterGc();
    const counters = installCounters();
    try {
      const before = counters.live();
      for (let i = 0; i < 1000; i++) await cycle(i, true);
      await sleep(600); // any load that escaped its abort would land by now
      const after = counters.live();
      expect(after).to.deep.equal(before);
    } finally {
      counters.restore();
    }
    const heap = await heapAfterGc();
    await sleep(0);
    await heapAfterGc();
    const alive = refs.filter((r) => r.deref() !== undefined).length;
    expect(alive, 'elements still reachable after removal and GC').to.equal(0);
    // Events were fired only by the elements that got data by property (every fifth, synchronously).
    expect(fired.filter((f) => f === 'error')).to.deep.equal([]);
    expect(heap - baseline, `heap grew by ${Math.round((heap - baseline) / 1024)} KiB`).to.be.below(2 * 1024 * 1024);
  });
});

describe('<event-timeline> moved while its window moves', () => {
  it('reports a window that came to rest while it was out of the document once it is back, where the page hears it', async () => {
    const el = await mountWith([
      { id: 'a', title: 'First', date: '2001-01-01' },
      { id: 'b', title: 'Last', date: '2010-01-01' },
    ]);
    const box = el.parentElement!;
    const heard: Array<{ start: string; end: string }> = [];
    const listen = (e: Event) => heard.push((e as CustomEvent<{ start: string; end: string }>).detail);
    document.addEventListener('timeline-range-change', listen);
    try {
      el.remove();
      await el.zoomTo('2004', '2005', { animate: false });
      await el.updateComplete;
      expect(heard).to.deep.equal([]);
      box.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(heard).to.have.length(1);
      expect([heard[0]!.start, heard[0]!.end]).to.deep.equal([el.start, el.end]);
      expect(el.start!.startsWith('2004')).to.equal(true);
    } finally {
      document.removeEventListener('timeline-range-change', listen);
    }
  });
});

describe('<event-timeline> given data while out of the document', () => {
  it('reports the data read while it was removed (timeline-load, timeline-error) once it is back, where the page hears it, and once', async () => {
    const el = await mountWith([{ id: 'a', title: 'First', date: '2001-01-01' }]);
    const box = el.parentElement!;
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(`${e.type} ${(e.target as EventTimeline).isConnected}`);
    document.addEventListener('timeline-load', listen);
    document.addEventListener('timeline-error', listen);
    try {
      el.remove();
      el.events = [
        { id: 'c', title: 'Later', date: '2021-01-10' },
        { id: 'bad', title: 'Unreadable', date: 'nope' },
      ];
      await el.updateComplete;
      expect(heard).to.deep.equal([]);
      box.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(heard.sort()).to.deep.equal(['timeline-error true', 'timeline-load true']);
      expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['c']);
      el.requestUpdate();
      await el.updateComplete;
      expect(heard).to.have.length(2);
    } finally {
      document.removeEventListener('timeline-load', listen);
      document.removeEventListener('timeline-error', listen);
    }
  });
});

describe('<event-timeline> several on one page', () => {
  it('keeps selection, locale, errors and loading separate for each element', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <event-timeline id="one" locale="de" time-zone="UTC" style="width: 600px"></event-timeline>
      <event-timeline id="two" locale="en" time-zone="UTC" style="width: 600px"></event-timeline>
      <event-timeline id="three" locale="en" style="width: 600px"></event-timeline>
      <event-timeline id="four" locale="en" style="width: 600px"></event-timeline>
    </div>`);
    const [one, two, three, four] = ['one', 'two', 'three', 'four'].map((id) => page.querySelector<EventTimeline>(`#${id}`)!) as [EventTimeline, EventTimeline, EventTimeline, EventTimeline];
    const data = [
      { id: 'a', title: 'A', date: '2024-10' },
      { id: 'b', title: 'B', date: '2024-11-18' },
    ];
    const loads = [oneEvent(one, 'timeline-load'), oneEvent(two, 'timeline-load')];
    one.events = data;
    two.events = data;
    const failed = oneEvent(three, 'timeline-error');
    three.events = [{ id: 'x', title: 'X', date: '2024-02-30' }];
    four.src = slowSrc('slow');
    await Promise.all(loads);
    await failed;
    await Promise.all([one, two, three, four].map((el) => el.updateComplete));

    parts(one, 'event')[1]!.click();
    await one.updateComplete;
    expect(one.selected).to.equal('b');
    expect(two.selected).to.equal(null);
    expect(part(two, 'details')).to.equal(undefined);
    expect(part(one, 'details-date')!.textContent).to.equal('18. November 2024');

    expect(parts(one, 'event')[0]!.getAttribute('aria-label')).to.equal('Oktober 2024: A');
    expect(parts(two, 'event')[0]!.getAttribute('aria-label')).to.equal('October 2024: A');
    for (const el of [one, two, four]) expect(part(el, 'error')).to.equal(undefined);
    expect(part(three, 'error')!.textContent).to.contain('date is not a date that exists');
    expect(part(four, 'loading')).to.not.equal(undefined);
    for (const el of [one, two, three]) expect(part(el, 'loading')).to.equal(undefined);

    await oneEvent(four, 'timeline-load');
    await four.updateComplete;
    expect(parts(four, 'event').map((e) => e.dataset['id'])).to.deep.equal(['slow']);
    expect(one.selected).to.equal('b');
    expect(parts(one, 'event')).to.have.length(2);
  });
});

describe('<event-timeline> moved to another document', () => {
  it('is styled there and again at home, its details panel too (adoptNode)', async () => {
    const el = await mountWith([
      { id: 'feb', title: 'February', date: '2024-02-10' },
      { id: 'jun', title: 'June', date: '2024-06-10' },
    ]);
    eventById(el, 'jun').click();
    await el.updateComplete;
    const parent = el.parentElement!;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const look = () => {
      const style = (name: string) => getComputedStyle(part(el, name)!);
      return { controls: style('controls').display, details: style('details').position };
    };
    const home = look();
    expect(home).to.deep.equal({ controls: 'flex', details: 'sticky' });
    frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
    await el.updateComplete;
    expect(look()).to.deep.equal(home);
    parent.append(document.adoptNode(el));
    await el.updateComplete;
    expect(look()).to.deep.equal(home);
    frame.remove();
  });

  it('draws every part there as at home, in a page of the same size: every element styled alike', async () => {
    // Groups bring the legend's sheet, whose colours come after the events' sheet.
    const el = await mountWith({
      groups: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      events: [
        { id: 'feb', title: 'February', date: '2024-02-10', group: 'a' },
        { id: 'spring', title: 'Spring', start: '2024-03', end: '2024-05', group: 'b' },
        { id: 'jun', title: 'June', date: '2024-06-10', group: 'b' },
      ],
    });
    eventById(el, 'jun').click();
    await el.updateComplete;
    // Focus does not go along to the other document: compared without it.
    (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    const parent = el.parentElement!;
    // A page in standards mode, as this one (about:blank is in quirks mode: quirks.test.ts).
    const frame = document.createElement('iframe');
    // As large as this page's viewport: the details panel's height follows the viewport's.
    frame.style.width = `${innerWidth}px`;
    frame.style.height = `${innerHeight}px`;
    frame.srcdoc = '<!doctype html><body></body>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const properties = ['display', 'position', 'margin-top', 'margin-bottom', 'line-height', 'color', 'box-shadow', 'background-color', 'font-size', 'font-weight', 'z-index', 'overflow-x', 'overflow-y', 'padding-left', 'border-left-width', 'width', 'height', 'white-space', 'text-align', 'opacity'];
    const look = () =>
      [...el.shadowRoot!.querySelectorAll('*')]
        .filter((node) => node.localName !== 'style')
        .map((node) => {
          const style = node.ownerDocument.defaultView!.getComputedStyle(node);
          return `${node.localName}.${node.getAttribute('class') ?? ''}: ${properties.map((p) => style.getPropertyValue(p)).join(' ')}`;
        });
    const home = look();
    frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
    await el.updateComplete;
    const abroad = look();
    expect(abroad.map((line, i) => (line === home[i] ? "" : `${home[i]} -> ${line}`)).filter(Boolean)).to.deep.equal([]);
    parent.append(document.adoptNode(el));
    frame.remove();
  });
});
