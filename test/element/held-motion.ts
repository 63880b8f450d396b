import { centreX, everyFrame, inner, mountWith, parts } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

/**
 * For the tests of a page that moves the window before the element's motion part is here
 * (motion-arriving.test.ts) or when it cannot be loaded (motion-missing.test.ts): each in a page
 * of its own, which has not loaded the part before. The test server holds the part's file back
 * or fails it (test/server/test-api.mjs).
 */
const DAY = 86_400_000;
const MOTION_PART = encodeURIComponent('/src/element/parts/motion.ts');

/** `count` events spread over 2024. */
const eventsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const at = Date.UTC(2024, 0, 1) + ((i * 7919) % 366) * DAY + (i % 24) * 3_600_000;
    return { id: `e${i}`, title: `Event number ${i}`, date: new Date(at).toISOString() };
  });

/** A small story: 300 events, laid out exactly in a few milliseconds. */
export const events = eventsOf(300);
/** A large one: 6,000 events, more than an exact layout does in a frame (READ_IN_SLICES_ABOVE in core/parse.ts). */
export const many = eventsOf(6000);

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Where each drawn event is, relative to the element, by id. */
export function boxes(el: EventTimeline): Map<string, DOMRect> {
  const host = el.getBoundingClientRect();
  return new Map(
    parts(el, 'event').map((e) => {
      const r = e.getBoundingClientRect();
      return [e.dataset['id']!, new DOMRect(r.left - host.left, r.top - host.top, r.width, r.height)];
    }),
  );
}

/** Where each drawn event's mark is (its instant on the axis), relative to the element, by id. */
export const marks = (el: EventTimeline) => new Map(parts(el, 'event').map((e) => [e.dataset['id']!, centreX(inner(e, 'marker')) - el.getBoundingClientRect().left]));

/** The axis' text, as a reader sees it. */
export const axis = (el: EventTimeline) => el.shadowRoot!.querySelector('[part~="axis"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** The window of frame `i` of the page's scrub: five months, panned on by four days a frame. */
export const windowAt = (i: number): [string, string] => [new Date(Date.UTC(2024, 2, 1) + i * 4 * DAY).toISOString(), new Date(Date.UTC(2024, 7, 1) + i * 4 * DAY).toISOString()];

/** Sets the window of frame i in `frames` frames in a row, and calls `check(i)` in the frame after each. */
export const scrub = (el: EventTimeline, frames: number, check: (i: number) => void): Promise<void> =>
  everyFrame(frames, (i) => ([el.start, el.end] = windowAt(i)), check);

/**
 * Has the test server hold back the next `times` requests for the element's motion part by
 * `ms`, or fail them with `status` (a module that failed to load is asked for again by the
 * next import()).
 */
export async function holdMotionPart(ms: number, { status = 0, times = 1 } = {}): Promise<void> {
  await fetch(`/test-api/hold?path=${MOTION_PART}&ms=${ms}&status=${status}&times=${times}`);
}

/** Lets go of the motion part: the server's holds would reach the next test file's page. */
export async function releaseMotionPart(): Promise<void> {
  await fetch(`/test-api/hold?path=${MOTION_PART}&times=0`);
}

/** A timeline of `data` opened at the window of frame i, horizontal at 900 px. */
export async function freshAt(i: number, data: typeof many): Promise<EventTimeline> {
  const fresh = await mountWith(data, { orientation: 'horizontal', width: 900 });
  [fresh.start, fresh.end] = windowAt(i);
  await fresh.updateComplete;
  return fresh;
}
