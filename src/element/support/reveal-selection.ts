/** Room kept between the chosen event and the details panel, in px. */
const CLEARANCE = 8;

/**
 * After the reader chose an event: its details are on screen (the panel sticks to the bottom
 * of the screen while the element reaches below it, a sheet on a phone), and the event itself
 * is not hidden under them. When the panel covers the event, the page scrolls just far enough
 * for the event to sit above it; nothing moves when both are already in view. Only the page's
 * own scrolling is used: scrolling the chart's clipping boxes would shift the drawing.
 */
export function revealSelection(event: HTMLElement | undefined, details: HTMLElement | null): void {
  if (!details) return;
  const sheet = details.getBoundingClientRect();
  if (sheet.bottom <= 0 || sheet.top >= window.innerHeight) details.scrollIntoView({ block: 'nearest' });
  if (!event) return;
  const box = event.getBoundingClientRect();
  const panel = details.getBoundingClientRect();
  const covered = box.bottom + CLEARANCE - panel.top;
  if (covered > 0 && box.top < panel.bottom) window.scrollBy({ top: Math.min(covered, Math.max(0, box.top)), behavior: 'instant' });
}
