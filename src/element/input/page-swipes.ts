/**
 * A one-finger swipe over a chart laid out across is the page's when it goes more up or down
 * than sideways: the page scrolls (the chart's `touch-action: pan-y`), the chart stays. Sideways,
 * it pans the chart (d3-zoom). The direction is known only at the finger's first move, after
 * d3-zoom would have taken the touch and cancelled that move (and with it the page's scroll): so
 * the touch is held from d3-zoom until then, and given to it again only for a sideways swipe.
 *
 * Listens on `element` in the capture phase, before d3-zoom's own listeners there. Two fingers
 * (a pinch) go to d3-zoom at once; a swipe the page took keeps its later fingers too.
 */
export function pageSwipes(element: Element, across: () => boolean): () => void {
  /** The one-finger touch held back, until its first move says whose it is. */
  let held: TouchEvent | undefined;
  /** The node the held touch first reached (an event's path is empty once its dispatch has ended). */
  let heldAt: EventTarget | undefined;
  /** Whose the touches down now are: the page's, the chart's, or not known yet. */
  let owner: 'page' | 'chart' | undefined;
  /** A held touch given again: d3-zoom takes it this time. */
  const released = new WeakSet<Event>();

  const start = (event: Event) => {
    const e = event as TouchEvent;
    if (released.has(e)) return;
    if (owner === 'page') return e.stopImmediatePropagation();
    if (owner === undefined && e.touches.length === 1 && across()) {
      held = e;
      heldAt = e.composedPath()[0];
      e.stopImmediatePropagation();
    } else {
      // A second finger (its touchstart lists every finger: the pinch is d3-zoom's), or a touch
      // on a chart laid out down the page (d3-zoom takes only two fingers there).
      held = undefined;
      owner = 'chart';
    }
  };
  const move = (event: Event) => {
    const e = event as TouchEvent;
    if (owner === undefined && held) {
      const [from, to] = [held.touches[0]!, e.touches[0]!];
      const [dx, dy] = [Math.abs(to.clientX - from.clientX), Math.abs(to.clientY - from.clientY)];
      if (dx === 0 && dy === 0) return e.stopImmediatePropagation();
      owner = dy > dx ? 'page' : 'chart';
      if (owner === 'chart') {
        released.add(held);
        // Dispatched again at the node it first reached, with its touches as they were.
        (heldAt instanceof Node && heldAt.isConnected ? heldAt : element).dispatchEvent(held);
      }
      held = undefined;
    }
    if (owner === 'page') e.stopImmediatePropagation();
  };
  const end = (event: Event) => {
    const e = event as TouchEvent;
    if (e.touches.length > 0) return;
    held = undefined;
    owner = undefined;
  };
  const listeners: [string, (event: Event) => void][] = [
    ['touchstart', start],
    ['touchmove', move],
    ['touchend', end],
    ['touchcancel', end],
  ];
  for (const [type, listener] of listeners) element.addEventListener(type, listener, true);
  return () => {
    for (const [type, listener] of listeners) element.removeEventListener(type, listener, true);
  };
}
