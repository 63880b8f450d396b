import type { Frame } from '../../core/frame.js';
import type { ZoomAnchor } from '../../core/view.js';

/**
 * Where the zoom buttons of the vertical layout zoom about: the card nearest the middle of the
 * part of the plot that is on screen, the one the reader is looking at, kept where it is on the
 * rail (its instant at the same share of the new window as of the rail's length now), so that
 * the cards about it stay on screen. Without a card on screen, the time the rail draws at the
 * middle. The window's middle in time is no place to zoom about there: in a story with a long
 * empty stretch it lies in the stretch the rail cuts short, and two taps on "+" showed an empty
 * rail. Undefined when no part of the plot is on screen: the buttons then zoom about the
 * middle, as in the horizontal layout.
 *
 * `e` is the button's click: the plot is the one in the button's shadow root.
 */
export function railAnchor(e: Event, frame: Frame): ZoomAnchor | undefined {
  const button = e.currentTarget as Element | null;
  const plot = (button?.getRootNode() as ParentNode | undefined)?.querySelector('.plot');
  const chart = plot?.closest('.chart');
  if (!plot || !chart || !frame.toMs) return undefined;
  const at = plot.getBoundingClientRect();
  const box = chart.getBoundingClientRect();
  // On screen: inside the page's viewport and inside the chart (which scrolls when the page
  // gives the element a height), in px down the plot.
  const top = Math.max(at.top, box.top, 0) - at.top;
  const bottom = Math.min(at.bottom, box.bottom, innerHeight) - at.top;
  if (!(bottom > top)) return undefined;
  const middle = (top + bottom) / 2;
  let anchor = frame.toMs(middle);
  let distance = Infinity;
  for (const p of frame.visible) {
    const cardTop = p.labelAlong;
    const cardBottom = p.labelAlong + p.labelLength;
    const d = Math.abs((cardTop + cardBottom) / 2 - middle);
    if (cardBottom > top && cardTop < bottom && d < distance) {
      distance = d;
      // A period that began before the window: zoomView takes the window's start, where its card stands.
      anchor = p.item.start;
    }
  }
  const share = frame.toPx(anchor) / frame.length;
  return [anchor, Math.min(1, Math.max(0, share))];
}
