import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import { bundle, bundlePage, fetched, mountBundle, type BundleTimeline as Timeline } from './bundle-helpers.js';

/**
 * d3-zoom comes on demand, in dist/event-timeline-zoom-gestures.js beside the bundle: the first
 * pointer over the chart asks for it, and a gesture started before it arrived is handed over.
 * This file loads the bundle alone and drives it with real gestures (a wheel turn, a mouse
 * drag), which go through d3-zoom and d3-transition's `interrupt` as bundled there.
 */
type RangeChange = CustomEvent<{ start: string; end: string }> & { start?: string; end?: string };

await import(bundle);

const items = [
  { id: 'jan', title: 'January', date: '2024-01-15' },
  { id: 'may', title: 'May', date: '2024-05-15' },
  { id: 'oct', title: 'October', date: '2024-10-15' },
  { id: 'dec', title: 'December', date: '2024-12-15' },
];

const fetchedGestures = () => fetched('event-timeline-zoom-gestures.js');
const ms = (iso: string | null) => Date.parse(iso!);
const window_ = (el: Timeline) => [ms(el.getAttribute('start')), ms(el.getAttribute('end'))] as const;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function mount(): Promise<Timeline> {
  const el = await mountBundle(items, { orientation: 'horizontal' });
  await nextFrame();
  // A wheel turn in the page's first second is taken as the page's own gesture (it scrolls:
  // zoom-controller.ts); on a fast machine this file's first turn came within it.
  await new Promise((r) => setTimeout(r, Math.max(0, 1100 - performance.now())));
  return el;
}

/** The element in a page of its own (`bundlePage`), where no part has been loaded yet. */
async function mountInFrame(frame: HTMLIFrameElement): Promise<{ win: Window & typeof globalThis; inFrame: Timeline }> {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const inFrame = frame.contentDocument!.createElement('event-timeline') as Timeline;
  for (const [name, value] of Object.entries({ locale: 'en', 'time-zone': 'UTC', orientation: 'horizontal' })) inFrame.setAttribute(name, value);
  inFrame.style.width = '800px';
  const loaded = oneEvent(inFrame, 'timeline-load');
  inFrame.events = items;
  frame.contentDocument!.body.append(inFrame);
  await loaded;
  return { win, inFrame };
}

/** A point of the events area that no item covers, so a press there starts a pan, not a click. */
function emptySpot(el: Timeline): [number, number] {
  const box = el.shadowRoot!.querySelector('[part~="events"]')!.getBoundingClientRect();
  const x = Math.round(box.left + box.width / 2);
  for (let y = Math.round(box.bottom) - 2; y > box.top; y -= 4) {
    const hit = el.shadowRoot!.elementFromPoint(x, y);
    if (hit && !hit.closest('[part~="event"], [part~="cluster"], button')) return [x, y];
  }
  throw new Error('no empty spot in the events area');
}

describe('dist/event-timeline.js zooms and pans with real gestures', () => {
  let el: Timeline;
  afterEach(async () => {
    await resetMouse();
    el?.remove();
  });

  it('the element under test comes from the bundle, not from src/', async () => {
    el = await mount();
    expect(customElements.get('event-timeline')).to.equal(el.constructor);
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded).to.include(bundle);
    expect(loaded.filter((path) => path.startsWith('/src/'))).to.deep.equal([]);
  });

  it('a page the pointer never comes over does not download the gestures', async () => {
    el = await mount();
    await el.updateComplete;
    await nextFrame();
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(items.length);
    expect(fetchedGestures()).to.equal(false);
    expect(fetched('event-timeline-motion.js'), 'the stages a gesture is drawn from').to.equal(false);
  });

  it('a pointer over the chart (a page of its own) asks for the gestures and the stages a gesture is drawn from, before it moves anything', async () => {
    const frame = await bundlePage();
    try {
      const { win, inFrame } = await mountInFrame(frame);
      const arrived = (file: string) => () => win.performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/dist/${file}`));
      expect(arrived('event-timeline-zoom-gestures.js')(), 'gestures before the pointer').to.equal(false);
      expect(arrived('event-timeline-motion.js')(), 'stages before the pointer').to.equal(false);
      const window0 = window_(inFrame);
      const [x, y] = emptySpot(inFrame);
      inFrame.shadowRoot!.elementFromPoint(x, y)!.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true, clientX: x, clientY: y }));
      await waitUntil(arrived('event-timeline-zoom-gestures.js'), 'the gestures were not loaded');
      await waitUntil(arrived('event-timeline-motion.js'), 'the stages were not loaded with the gestures');
      // Asked for, not used: the window has not moved.
      expect(window_(inFrame)).to.deep.equal(window0);
    } finally {
      frame.remove();
    }
  });

  it('a wheel turn that comes before the gestures have arrived still zooms in, and the page does not scroll for it', async () => {
    el = await mount();
    expect(fetchedGestures()).to.equal(false);
    const [start, end] = window_(el);
    const [x, y] = emptySpot(el);
    const changed = oneEvent(el, 'timeline-range-change') as Promise<RangeChange>;
    const turn = new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, deltaY: -400 });
    el.shadowRoot!.elementFromPoint(x, y)!.dispatchEvent(turn);
    expect(turn.defaultPrevented).to.equal(true);
    await changed;
    await el.updateComplete;
    const [start2, end2] = window_(el);
    expect(end2 - start2).to.be.lessThan((end - start) * 0.8);
    expect(start2).to.be.greaterThan(start);
    expect(fetchedGestures()).to.equal(true);
  });

  it('a drag pressed before the gestures have arrived still pans once they are here (a page of its own, where they are not loaded yet)', async () => {
    const frame = await bundlePage();
    try {
      const { win, inFrame } = await mountInFrame(frame);
      const arrived = () => win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/event-timeline-zoom-gestures.js'));
      expect(arrived()).to.equal(false);
      const [start, end] = window_(inFrame);
      const perPx = (end - start) / inFrame.shadowRoot!.querySelector('[part~="events"]')!.getBoundingClientRect().width;
      const [x, y] = emptySpot(inFrame);
      const at = (type: string, dx: number) => new win.MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: win, clientX: x + dx, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 });
      inFrame.shadowRoot!.elementFromPoint(x, y)!.dispatchEvent(at('mousedown', 0));
      await waitUntil(arrived, 'the gestures were not loaded');
      // Fetched, then evaluated and handed the press: a moment later, as for a user.
      await new Promise((r) => setTimeout(r, 200));
      const changed = oneEvent(inFrame, 'timeline-range-change') as Promise<RangeChange>;
      win.dispatchEvent(at('mousemove', -100));
      win.dispatchEvent(at('mousemove', -200));
      win.dispatchEvent(at('mouseup', -200));
      await changed;
      await inFrame.updateComplete;
      const [start2, end2] = window_(inFrame);
      expect(end2 - start2).to.be.closeTo(end - start, perPx);
      expect((start2 - start) / perPx).to.be.closeTo(200, 3);
    } finally {
      frame.remove();
    }
  });

  it('a wheel turn over the events zooms in: a narrower window in start/end and a timeline-range-change', async () => {
    el = await mount();
    const [start, end] = window_(el);
    const changed = oneEvent(el, 'timeline-range-change') as Promise<RangeChange>;
    await executeServerCommand('wheel', { position: emptySpot(el), deltaY: -400 });
    const event = await changed;
    await el.updateComplete;
    const [start2, end2] = window_(el);
    expect(end2 - start2).to.be.lessThan((end - start) * 0.8);
    expect(start2).to.be.greaterThan(start);
    expect(end2).to.be.lessThan(end);
    expect([ms(event.detail.start), ms(event.detail.end)]).to.deep.equal([start2, end2]);
  });

  it('a drag to the left pans to later dates: the same span moved by the dragged distance', async () => {
    el = await mount();
    const [start, end] = window_(el);
    const perPx = (end - start) / el.shadowRoot!.querySelector('[part~="events"]')!.getBoundingClientRect().width;
    const [x, y] = emptySpot(el);
    const changed = oneEvent(el, 'timeline-range-change') as Promise<RangeChange>;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 100, y] });
    await sendMouse({ type: 'move', position: [x - 200, y] });
    await sendMouse({ type: 'up' });
    const event = await changed;
    await el.updateComplete;
    const [start2, end2] = window_(el);
    expect(end2 - start2).to.be.closeTo(end - start, perPx);
    expect((start2 - start) / perPx).to.be.closeTo(200, 3);
    expect([ms(event.detail.start), ms(event.detail.end)]).to.deep.equal([start2, end2]);
  });
});
