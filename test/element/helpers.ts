import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineData } from '../../src/core/types.js';

export { html };

/** Shadow parts by name, as a user's `::part()` would find them. */
export function parts(el: EventTimeline, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function part(el: EventTimeline, name: string): HTMLElement | undefined {
  return parts(el, name)[0];
}

export function eventById(el: EventTimeline, id: string): HTMLElement {
  const found = parts(el, 'event').find((e) => e.dataset['id'] === id);
  if (!found) throw new Error(`no event part with data-id ${id}`);
  return found;
}

export function inner(event: HTMLElement, name: 'marker' | 'label' | 'date'): HTMLElement {
  return event.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

export function centreX(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.left + r.width / 2;
}

/** Mounts a timeline of a given width with data set through the `events` property. */
export async function mountWith(
  data: TimelineData,
  attrs: { width?: number; locale?: string; timeZone?: string; orientation?: string } = {},
): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(
    html`<event-timeline
      style=${`width: ${attrs.width ?? 800}px`}
      locale=${attrs.locale ?? 'en'}
      time-zone=${attrs.timeZone ?? 'UTC'}
      orientation=${attrs.orientation ?? 'auto'}
    ></event-timeline>`,
  );
  const loaded = oneEvent(el, 'timeline-load');
  el.events = data;
  await loaded;
  return el;
}

export function rectsOverlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Records every long task (over 50 ms) from now until `stop()`, which answers their durations. */
export function watchLongTasks(): { stop: () => number[] } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop: () => {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return durations;
    },
  };
}

/**
 * Errors and unhandled rejections that reach the page while the calling `describe` block runs
 * (its `before` and `after` hooks listen): the list to assert empty.
 */
export function uncaughtInPage(): string[] {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(e.reason)}`);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return seen;
}

/** Five items of 2024 (points and a period): a small story for the gesture tests. */
export const yearOfFive = [
  { id: 'jan', title: 'January event', date: '2024-01-15' },
  { id: 'apr', title: 'April event', date: '2024-04-15' },
  { id: 'jul', title: 'Summer', start: '2024-06-20', end: '2024-08-10' },
  { id: 'oct', title: 'October event', date: '2024-10-15' },
  { id: 'dec', title: 'December event', date: '2024-12-15' },
];

/**
 * Runs `move(i)` in `frames` animation frames in a row, as a page's own animation does, and
 * `check(i)` in the frame after each, before the next move (what move i drew, read while it is
 * on screen). Awaiting the element between moves instead let a frame pass without a window on
 * a busy machine, which the element rightly takes for the motion's end.
 */
export function everyFrame(frames: number, move: (i: number) => void, check: (i: number) => void): Promise<void> {
  return new Promise((done, fail) => {
    let i = 0;
    const frame = () => {
      try {
        if (i > 0) check(i - 1);
        if (i === frames) return done();
        move(i++);
        requestAnimationFrame(frame);
      } catch (e) {
        fail(e);
      }
    };
    requestAnimationFrame(frame);
  });
}
