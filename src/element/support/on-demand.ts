import type { CSSResult } from 'lit';
import { errorMessage } from '../../core/error-message.js';
import { remembered } from '../../core/remembered.js';
import { TimelineErrorEvent } from '../../events.js';
import type { TimelineHost } from '../controllers/host.js';
import { adoptMore } from './keep-styles.js';
import { nextTask } from './next-task.js';

/** What a part loaded on demand brings: its templates (and whatever they need) and their styles, if any. */
export interface Part {
  readonly styles?: CSSResult;
}

/** The parts this page has loaded: an element made later draws them from its first update. */
const arrived = new Map<() => Promise<object>, Part>();
/** Per element: the parts on their way, and the styles of those it adopted. */
const coming = new WeakMap<TimelineHost, Set<Promise<void>>>();
const adopted = new WeakMap<TimelineHost, CSSResult[]>();

/**
 * A part of the drawing that the first picture does not need (the details panel, eras and
 * reference lines), loaded with `import()` the first time an update needs it: that update
 * draws without it, the one after it arrived draws it. Its styles are then adopted by the
 * shadow root as a constructed sheet, which a strict CSP allows like the element's own.
 * `updateComplete` waits for a part on its way (see `afterParts`), so that whoever awaits it
 * sees the part drawn.
 */
export class OnDemand<P extends object> {
  #part?: P;
  #coming?: Promise<void>;
  /**
   * The part could not be loaded: said once (a timeline-error), not asked for again by every
   * update; whoever waits for it goes on without it. (Set here alone.)
   */
  failed = false;

  constructor(
    private readonly host: TimelineHost,
    private readonly load: () => Promise<P>,
  ) {}

  /** The part, when it is here; otherwise asks for it (once) and draws again when it arrives. */
  get(): P | undefined {
    if (this.#part) return this.#part;
    const here = arrived.get(this.load) as P | undefined;
    if (here) {
      this.#part = here;
      const { styles } = here as Part;
      if (!styles) return here;
      adoptMore(this.host.shadowRoot, styles);
      remembered(adopted, this.host, () => []).push(styles);
      return here;
    }
    if (!this.#coming && !this.failed) {
      const done = this.load().then(
        (part) => void arrived.set(this.load, part),
        (error: unknown) => {
          this.failed = true;
          this.host.dispatchEvent(new TimelineErrorEvent(`A part of the timeline could not be loaded: ${errorMessage(error)}`, []));
        },
      );
      this.#coming = updateAfter(this.host, done, () => (this.#coming = undefined));
    }
    return undefined;
  }

  /** The part if the page has it, without asking for it (a picture file of what is drawn: whatever drew it is here). */
  get here(): P | undefined {
    return arrived.get(this.load) as P | undefined;
  }

  /** The part, once it is here (for an action that needs it, such as opening a chip). */
  async ready(): Promise<P> {
    for (let part = this.get(); ; part = this.get()) {
      if (part) return part;
      await this.#coming;
      // Every caller goes on without the part and reads no reason: the page was told once (timeline-error).
      if (!arrived.has(this.load)) throw Error();
    }
  }
}

/** Asks for an update once `work` is done, and makes `updateComplete` wait for that update (see afterParts). */
export function updateAfter(host: TimelineHost, work: Promise<void>, done?: () => void): Promise<void> {
  const waiting = remembered(coming, host, () => new Set());
  const after = work.then(() => {
    waiting.delete(after);
    done?.();
    host.requestUpdate();
  });
  waiting.add(after);
  return after;
}

/**
 * Loads a part before an update asks for it, when what the user just did says it comes next
 * (a pointer over the chart: a gesture, drawn from the moving view's stages). A part that
 * fails is reported by the update that asks for it.
 */
export function prefetch(load: () => Promise<object>): void {
  void load().then((part) => void arrived.set(load, part), () => undefined);
}

/**
 * Asks for an update in the next task, and makes `updateComplete` wait for it: work of the
 * update asked for in this one (a large first picture, laid out now) is a task of its own.
 */
export function drawNext(host: TimelineHost): void {
  void updateAfter(host, nextTask());
}

/**
 * `updateComplete` of an element with parts on demand: resolves after the update that draws
 * the parts asked for meanwhile (a click that selects resolves once the details are drawn).
 */
export async function afterParts(host: TimelineHost, update: () => Promise<boolean>): Promise<boolean> {
  let done = await update();
  for (let waiting = coming.get(host); waiting && waiting.size > 0; waiting = coming.get(host)) {
    await Promise.all(waiting);
    done = await update();
  }
  return done;
}

/** The styles of the parts an element adopted, to give back with its own after a move (keep-styles.ts). */
export const partStyles = (host: TimelineHost): readonly CSSResult[] => adopted.get(host) ?? [];
