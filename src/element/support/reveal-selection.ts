import { composedParent } from './composed-parent.js';

/** Room kept between the chosen event and the details panel, in px. */
const CLEARANCE = 8;

/**
 * The box the element is scrolled in: its nearest ancestor that scrolls (a side panel, a
 * dialog's body), out of the shadow roots it sits in, else the page. The panel sticks to that
 * box's bottom, so that is the box to scroll, and its top is where the event may go up to.
 */
function scrollerOf(host: Element): { box: Element | Window; top: number } {
  for (let up = composedParent(host); up && up !== document.body && up !== document.documentElement; up = composedParent(up)) {
    const { overflowY } = getComputedStyle(up);
    if ((overflowY === 'auto' || overflowY === 'scroll') && up.scrollHeight > up.clientHeight) return { box: up, top: up.getBoundingClientRect().top };
  }
  return { box: window, top: 0 };
}

/**
 * Where an event may go up to in the box the element scrolls in: its top, or below the zoom bar
 * where that sticks to it (the phone's layout).
 */
function clearTop(host: Element, top: number): number {
  const bar = host.shadowRoot?.querySelector('.controls')?.getBoundingClientRect();
  return bar && bar.top <= top + 1 ? bar.bottom : top;
}

/**
 * After the reader (or the page) chose an event: its details are on screen (the panel sticks to
 * the bottom of the box the element scrolls in, a sheet on a phone), and the event itself is not
 * hidden under them, nor under the zoom bar at the top (a card tapped where it showed below the
 * bar). When the panel covers the event, that box (the page, or a scrolling ancestor) scrolls
 * just far enough for the event to sit above it, when the bar does, for it to sit below; nothing
 * moves when both are already in view. Only scrolling outside the element is used: scrolling the
 * chart's clipping boxes would shift the drawing.
 */
export function revealSelection(event: HTMLElement | undefined, details: HTMLElement | null): void {
  if (!details) return event && keepInView(event);
  const sheet = details.getBoundingClientRect();
  const host = (details.getRootNode() as ShadowRoot).host;
  if (sheet.bottom <= 0 || sheet.top >= window.innerHeight) {
    // A choice the page made (the `selected` property; the reader's focus is elsewhere) moves
    // nothing when the panel is off screen: a page that loads with an item selected, the
    // element below the fold, is not scrolled to it.
    if (!host.matches(':focus-within')) return;
    details.scrollIntoView({ block: 'nearest' });
  }
  if (!event) return;
  const box = event.getBoundingClientRect();
  const panel = details.getBoundingClientRect();
  const { box: scroller, top } = scrollerOf(host);
  const from = clearTop(host, top);
  const covered = box.bottom + CLEARANCE - panel.top;
  const by = covered > 0 && box.top < panel.bottom ? Math.min(covered, Math.max(0, box.top - from - CLEARANCE)) : box.top < from ? box.top - from - CLEARANCE : 0;
  if (by !== 0) scroller.scrollBy({ top: by, behavior: 'instant' });
}

/**
 * The event the keys moved the focus to, on screen: `focus()` scrolls to an element it focuses,
 * but not to one that has the focus already, and a node that drew the item the focus left may
 * draw the next one (the nodes are kept by place, templates/places.ts), below the screen (a
 * crowded stretch of the phone's rail). Scrolled as far as it takes (by the box the element
 * scrolls in), clear of the zoom bar that sticks to the top of the screen.
 */
function keepInView(event: HTMLElement): void {
  const host = (event.getRootNode() as ShadowRoot).host;
  const { box: scroller, top } = scrollerOf(host);
  const from = clearTop(host, top);
  const to = scroller === window ? window.innerHeight : (scroller as Element).getBoundingClientRect().bottom;
  const box = event.getBoundingClientRect();
  const by = box.bottom > to ? Math.min(box.bottom - to + CLEARANCE, box.top - from - CLEARANCE) : box.top < from ? box.top - from - CLEARANCE : 0;
  if (by !== 0) scroller.scrollBy({ top: by, behavior: 'instant' });
}
