import type { ReactiveController } from 'lit';
import { fitDomain } from '../../core/domain.js';
import type { Frame } from '../../core/frame.js';
import type { TimelineModel } from '../../core/model.js';
import { instantOf } from '../../core/precision.js';
import { clampView, isDrawableInstant, panToInclude, sameView, viewFromRange, ZOOM_OUT_OF_FIT, zoomInAnchor, zoomView, type View, type ZoomAnchor } from '../../core/view.js';
import { TimelineRangeChangeEvent } from '../../events.js';
import { MovingView } from '../support/moving-view.js';
import { RangeAttributes, rangeStrings } from '../support/range-attributes.js';
import type { ViewAnimation } from '../support/view-animation.js';
import { OnDemand } from '../support/on-demand.js';
import type { PageMotion } from '../support/page-motion.js';
import { loadMotion, type MotionPart } from '../support/parts.js';
import { ZoomController } from './zoom-controller.js';
import type { TimelineHost } from './host.js';
import type { DataController } from './data-controller.js';
import type { LocaleController } from './locale-controller.js';

export type DateInput = string | number | Date;

export interface ZoomOptions {
  /** Animate the move (the default, unless the user prefers reduced motion); false jumps there. */
  animate?: boolean;
}

export interface ViewportInputs {
  /** The items shown (the data less what the filter hides): fit() fits them. */
  model: () => TimelineModel | undefined;
  /**
   * The data as read (`model`: a new document is what resets the window; none while a new `src`
   * loads, which resets nothing), whether the document of this update only added items to the one
   * before (`grew`, `addEvents()`) or is the same data read in another zone (`rezoned`).
   */
  data: Pick<DataController, 'model' | 'loading' | 'grew' | 'rezoned'>;
  /** The frame last laid out: d3-zoom is told its size. */
  frame: () => Frame | undefined;
  /** The window the zoom buttons or keys go to: said in the live region, where a screen reader hears what the reader sees. */
  zoomingTo: (view: View) => void;
}

/**
 * The visible window and every way it moves: the fitted view of new data, the `start`/`end`
 * attributes (read when the page sets them, rewritten to what is shown otherwise),
 * `zoomTo()`/`fit()` with their animation, and d3-zoom's wheel, drag and pinch gestures.
 *
 * After each update `start`/`end` describe the window on screen, and each change of that
 * window fires one `timeline-range-change`; while a gesture or animation runs they wait for it
 * to come to rest.
 */
export class ViewportController implements ReactiveController {
  /** Whether the window is moving (gesture or animation) and the stage it is drawn from. */
  readonly motion = new MovingView();
  /** The window asked for; undefined shows the fitted view. */
  #view?: View;
  #fitted?: View;
  #drawnDocument?: TimelineModel;
  #drawnModel?: TimelineModel;
  readonly #range = new RangeAttributes();
  /** The animation of a move, which comes with the motion part (loaded by the first animated move). */
  #animation?: ViewAnimation;
  /** The stages a moving window is drawn from, the page's motions and the animations (the layout draws from the same). */
  readonly motionPart: OnDemand<MotionPart>;
  /**
   * Where the move under way (animated, or waiting for its part) goes: a move whose part arrives
   * after a newer move or a stop (which forgets it) does not run.
   */
  #goal?: View;
  /** The frame time of the window the page set that asked for the motion part. */
  #askedAt?: number;
  readonly #zoom: ZoomController;
  /** The window `start`/`end` last described; a different one shown is a change to report. */
  #reported?: View;
  /** Whether the window shown changed since it was last reported (unset: no). */
  #changed?: boolean;
  /** Tells the page's windows that move the window from one set on its own (support/page-motion.ts). */
  #pageMotion?: PageMotion;
  /** The user zoomed or panned (gesture, buttons, keys): `follow` no longer moves the window (unset: not yet). */
  #userMoved?: boolean;
  /** The window a `zoomTo()` asked for since the last update: new data set just before it (`events = …; zoomTo(…)`) is shown there. */
  #zoomed?: View;

  constructor(
    private readonly host: TimelineHost,
    private readonly locale: LocaleController,
    private readonly inputs: ViewportInputs,
  ) {
    // A gesture moved the window (its phase: under way, or at rest again).
    this.#zoom = new ZoomController(host, (view, phase) => {
      const next = clampView(view);
      const moved = !sameView(next, this.view);
      if (phase === 'change') {
        this.#userMoved = true;
        this.#stop();
        if (moved) this.motion.moving = true;
      }
      // At rest again: lanes are stacked for exactly this view, and start/end describe it.
      const rested = phase === 'end' && this.motion.stop();
      if (moved || rested) {
        this.#view = next;
        this.host.requestUpdate();
      }
    });
    this.motionPart = new OnDemand(host, loadMotion);
    host.addController(this);
  }

  /** The window on screen, if there is data. */
  get view(): View | undefined {
    return this.#view ?? this.#fitted;
  }

  /** The window that shows every item. */
  get fitted(): View | undefined {
    return this.#fitted;
  }

  hostDisconnected(): void {
    // A gesture cut off by a move in the DOM ends where it was: the element comes back showing it.
    if (this.motion.stop()) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { data } = this.inputs;
    const doc = data.model;
    const model = this.inputs.model();
    const { start, end } = this.host;
    const before = this.view;
    // A new src loading has no document yet: the one before stays the one it is compared with.
    if (doc !== this.#drawnDocument && (doc || !data.loading)) {
      // New data: the fitted view, unless the page asked for a window, or the selected item is
      // still there (the same story, grown or corrected): then the window stays. An item
      // selected with another story's data (`events = …; selected = …`) is not: that story is
      // fitted, with the item in view. A selection the new data does not have is let go; none
      // (a src loading, a large document read again in slices for another zone) lets go of nothing.
      const { selected } = this.host;
      const item = model?.byId.get(this.#drawnDocument?.byId.has(selected) ? selected : null);
      // The window the reader went to stays while the new data has items there (the page set the
      // same story again, a framework's render a new list of it, or a grown copy), as a map keeps
      // its place when its layers change; data with none there is fitted.
      const stay = this.#userMoved && before && doc?.items.some((i) => i.start <= before[1] && i.end >= before[0]);
      if (doc && !doc.byId.has(selected)) this.host.selected = null;
      this.#drawnDocument = doc;
      this.#shown(model);
      const { grew } = data;
      // Items added while the window is animated do not stop it; new data does.
      if (!grew) this.#stop();
      this.motion.stop();
      const asked = this.#asked();
      // Kept for the selected item, the window shows it where it is now (read in another zone, a
      // corrected date). The same data read in another zone keeps the instants the reader was at.
      const keep = before && (grew || (!item && (data.rezoned || stay)) ? before : item && panToInclude(before, item.start, item.end));
      this.#view = asked ? clampView(asked) : this.#zoomed ?? keep;
      // `follow`: items added past the end of the window bring the newest into view.
      if (grew && keep && model && this.host.follow && !this.#userMoved && model.items.length > 0) {
        let newest = model.items[0]!;
        for (const item of model.items) if (item.end > newest.end) newest = item;
        if (!(newest.end <= keep[1])) this.#view = clampView(panToInclude(keep, newest.start, newest.end));
      }
    } else if (model !== this.#drawnModel) {
      // The filter changed: the window stays where it was; fit() now fits what is shown.
      this.#view ??= before;
      this.#shown(model);
    } else if (model) {
      const asked = this.#asked();
      if (asked) {
        this.#stop();
        this.#view = clampView(asked);
        // Known from now on: a gesture or the rest of a motion does not take them for new ones.
        this.#range.accept(start, end, asked);
        this.#pageMoved();
      }
    }
    // Once the window is at rest, start/end are made to describe the window shown: values the
    // page set that were clamped or could not be read are rewritten; a new window is reported.
    const view = this.view;
    if (model && view && !this.motion.moving && !this.#animation?.running) {
      const asked = this.#asked();
      // The page's own words for the window shown ("2024-04", "2024-04-30") stay, when it gave
      // both ends: one end alone (the other absent or empty) keeps the span, and both are written.
      if (asked && sameView(asked, view) && start && end) {
        this.#range.accept(start, end, view);
      } else if (!this.#range.describes(start, end, view)) {
        // The attributes' new values, start then end (the element's setters).
        Object.assign(this.host, this.#range.write(view, this.locale.displayZone));
      }
      if (this.#reported && !sameView(this.#reported, view)) this.#changed = true;
      this.#reported = view;
    }
    this.#zoomed = undefined;
  }

  /**
   * The page set a window: laid out exactly, or drawn moving when it moves on from one set in
   * the frame before (support/page-motion.ts, with the motion part).
   */
  #pageMoved(): void {
    // Asked for by the first window the page sets, as a pointer over the chart asks for the
    // gestures. It counts from when it arrives, however late (on a busy page, frames after the
    // window): the page's next window is already a motion frame, and a page that set no other
    // window meanwhile is found at rest two frames on, which changes nothing.
    const part = this.motionPart.get();
    const now = document.timeline.currentTime as number;
    // A window set in a frame after the one that asked for the part, before it arrived, is a run
    // of them: drawn moving, a large model's picture before kept until the part is here
    // (layout-controller.ts), not laid out exactly in the frame's time it does not have (48 ms at
    // 10,000 items, with the part's module waiting behind that frame). Should the part fail, each
    // window is laid out exactly, at rest.
    if (part ? this.#setByPage(part) : this.#askedAt! < now && !this.motionPart.failed) this.motion.moving = true;
    else this.motion.stop();
    if (!part) this.#askedAt ??= (void this.motionPart.ready().then((arrived) => this.#setByPage(arrived), () => this.hostDisconnected()), now);
  }

  /** Whether the window the page set now is drawn moving; at rest again, it is laid out exactly. */
  #setByPage(part: MotionPart): boolean {
    // At rest, a page's motion ends as a cut-off gesture does (hostDisconnected): an update if there was one.
    return (this.#pageMotion ??= new part.PageMotion(() => this.hostDisconnected())).set();
  }

  #shown(model: TimelineModel | undefined): void {
    this.#drawnModel = model;
    this.#fitted = model ? fitDomain(model.items) : undefined;
  }

  hostUpdated(): void {
    // The element d3-zoom listens on: the chart, found after the update that drew it (a ref
    // directive would bring lit's async directives into the main file for this one lookup).
    // An update that runs after the element left the page attaches nothing, as a ref would not.
    const chart = this.host.isConnected && this.host.shadowRoot?.querySelector('.chart');
    const frame = this.inputs.frame();
    const view = this.view;
    if (chart && frame && view && this.#fitted) {
      this.#zoom.sync(chart, this.#fitted, view, frame);
    } else {
      this.#zoom.detach();
    }
    // Out of the document (moved by a framework while the window was moving) no page hears it:
    // reported once the element is back (its first update there).
    if (!this.#changed || !this.host.isConnected) return;
    this.#changed = false;
    this.host.dispatchEvent(new TimelineRangeChangeEvent(this.host.start!, this.host.end!));
  }

  /**
   * The window `start`/`end` ask for, before the zoom limits; undefined when the page did not
   * set them (they are the values known to describe the window, RangeAttributes), or when a
   * value given cannot be read (it is ignored, and rewritten to the window shown).
   */
  #asked(): View | undefined {
    const { start, end } = this.host;
    if (!this.#range.setByPage(start, end)) return undefined;
    const from = start ? this.#toMs(start, 'start') : undefined;
    const to = end ? this.#toMs(end, 'end') : undefined;
    if ((start && from === undefined) || (end && to === undefined)) return undefined;
    return viewFromRange(from, to, this.view);
  }

  #toMs(value: DateInput, edge: 'start' | 'end'): number | undefined {
    const ms = instantOf(value, edge, this.locale.readZone);
    return ms !== undefined && isDrawableInstant(ms) ? ms : undefined;
  }

  /** `zoomTo()`: the window from `start` to `end`; arguments that name no drawable window change nothing. */
  async zoomTo(start: DateInput, end: DateInput, options?: ZoomOptions | null): Promise<void> {
    const from = this.#toMs(start, 'start');
    const to = this.#toMs(end, 'end');
    // An end that cannot be read (undefined) compares as false, as an empty or backward window does.
    if (!(to! > from!)) return;
    const target = (this.#zoomed = clampView([from!, to!]));
    if (!this.#fitted) {
      // No data yet: the window waits in the attributes, as if the page had set them (written
      // by rangeStrings, not #range.write, which would remember them as the element's own).
      Object.assign(this.host, rangeStrings(target, this.locale.displayZone));
      return;
    }
    return this.moveTo(target, options);
  }

  /** `fit()`: every item, with some room around them. */
  async fit(options?: ZoomOptions | null): Promise<void> {
    if (this.#fitted) return this.moveTo(this.#fitted, options);
  }

  /**
   * Zooms by a factor of two, or fits (the buttons and the `+ - 0` keys); about the centre, or
   * with the instant `at[0]` at the share `at[1]` of the new window (support/rail-anchor.ts).
   * Resolves once the window is shown (none: no window to zoom).
   */
  zoomBy(how: 'in' | 'out' | 'fit', at?: ZoomAnchor): Promise<void> | undefined {
    // From where a move under way goes: presses quicker than its animation each count.
    const view = this.#goal ?? this.view;
    if (!view) return;
    this.#userMoved = how !== 'fit';
    // Out by two, or as far as there is left to ZOOM_OUT_OF_FIT times the fitted window.
    const [f0, f1] = this.#fitted ?? view;
    const out = Math.min(1, Math.max(0.5, (view[1] - view[0]) / (ZOOM_OUT_OF_FIT * (f1 - f0))));
    const target =
      how === 'fit' ? (this.#fitted ?? view) : zoomView(view, how === 'in' ? 2 : out, ...(at ?? [how === 'in' ? zoomInAnchor(view, this.inputs.model()?.items ?? []) : undefined]));
    // Said as it is pressed, where the move goes: said in the order the reader pressed the keys
    // (a selection made during the animation is said after it, not overwritten by it), and
    // never a window a gesture or the page took over with.
    this.inputs.zoomingTo(target);
    return this.moveTo(target);
  }

  /** Pans just enough that the item is in view (`whole`: all of it, where it fits). */
  bringIntoView(id: string, whole?: boolean): Promise<void> | undefined {
    const item = this.inputs.model()?.byId.get(id);
    // From where a move under way goes: the focus it gives the item (focusin) asks again, and a
    // new move from the window on the way there would stop it before it arrived.
    const view = this.#goal ?? this.view;
    if (!item || !view) return;
    const next = panToInclude(view, item.start, item.end, whole);
    if (next !== view) return this.moveTo(next);
  }

  /** Moves the window to `target`, animated unless asked not to or the user prefers reduced motion; resolves once it is shown. */
  moveTo(target: View, options?: ZoomOptions | null): Promise<void> {
    // fit(null) as fit(): null is a page's way to say "no options".
    const { animate = true } = options ?? {};
    this.#goal = target;
    const arrive = async (): Promise<void> => {
      this.#goal = undefined;
      this.#view = target;
      this.host.requestUpdate();
      // An element that is not in a document does not update: the window waits for it.
      if (this.host.isConnected) await this.host.updateComplete;
    };
    // The end of an animation, or its part failing to load, lands exactly.
    const land = (): Promise<void> => {
      this.motion.stop();
      return arrive();
    };
    const show = (view: View) => {
      this.motion.moving = true;
      this.#view = view;
      this.host.requestUpdate();
    };
    this.#animation?.stop();
    if (!animate) {
      // The page moves the window itself, maybe a frame at a time, as with start/end.
      this.#pageMoved();
      return arrive();
    }
    if (!this.host.isConnected || !this.view) return land();
    // Animated from wherever the window is once the part is here; a newer move or a stop meanwhile
    // wins. A part not here within half a second (a slow network) is not waited for: the window lands
    // (and the part that comes later finds the move over).
    setTimeout(() => this.#goal === target && !this.motionPart.here && land(), 500);
    return this.motionPart.ready().then(
      (part) => (this.#goal === target ? (this.#animation ??= new part.ViewAnimation()).run(this.view, target, show, land) : undefined),
      land,
    );
  }

  /** Ends the running animation, and any move still waiting for it. */
  #stop(): void {
    this.#goal = undefined;
    this.#animation?.stop();
  }
}
