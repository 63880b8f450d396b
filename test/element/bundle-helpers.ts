import { oneEvent, waitUntil } from '@open-wc/testing';

/** For tests of dist/event-timeline.js itself: the element as a page without a build step gets it. */
export type BundleTimeline = HTMLElement & { events: unknown; selected: string | null; updateComplete: Promise<boolean> };

// A path in a variable: TypeScript does not try to resolve the built file.
export const bundle = '/dist/event-timeline.js';

/** Whether this page downloaded a file of dist/ (a part the bundle loads on demand). */
export const fetched = (file: string): boolean => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === `/dist/${file}`);

/** An element of the bundle's, 800 px wide, in UTC and English, with `items` read and drawn. */
export async function mountBundle(items: unknown, attributes: Record<string, string> = {}): Promise<BundleTimeline> {
  const el = document.createElement('event-timeline') as BundleTimeline;
  for (const [name, value] of Object.entries({ locale: 'en', 'time-zone': 'UTC', ...attributes })) el.setAttribute(name, value);
  el.style.width = '800px';
  const loaded = oneEvent(el, 'timeline-load');
  el.events = items;
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** A page of its own (an iframe) with the bundle alone loaded: nothing it loads on demand is there yet. */
export async function bundlePage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '900px', height: '500px' });
  frame.src = '/test/pages/bundle-only.html';
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements?.get('event-timeline') !== undefined, 'bundle did not register the tag', { timeout: 10000 });
  return frame;
}
