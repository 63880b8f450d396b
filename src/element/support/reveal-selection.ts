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
 * After the reader chose an event: its details are on screen (the panel sticks to the bottom
 * of the box the element scrolls in, a sheet on a phone), and the event itself is not hidden
 * under them. When the panel covers the event, that box (the page, or a scrolling ancestor)
 * scrolls just far enough for the event to sit above it; nothing moves when both are already in
 * view. Only scrolling outside the element is used: scrolling the chart's clipping boxes would
 * shift the drawing.
 */
export function revealSelection(event: HTMLElement | undefined, details: HTMLElement | null): void {
  if (!details) return;
  const sheet = details.getBoundingClientRect();
  if (sheet.bottom <= 0 || sheet.top >= window.innerHeight) details.scrollIntoView({ block: 'nearest' });
  if (!event) return;
  const box = event.getBoundingClientRect();
  const panel = details.getBoundingClientRect();
  const covered = box.bottom + CLEARANCE - panel.top;
  if (covered <= 0 || box.top >= panel.bottom) return;
  const { box: scroller, top } = scrollerOf((details.getRootNode() as ShadowRoot).host);
  scroller.scrollBy({ top: Math.min(covered, Math.max(0, box.top - top)), behavior: 'instant' });
}
