import { errorMessage } from '../../core/error-message.js';
import type { Messages } from '../../core/messages.js';
import { formatOf } from '../../core/import/format-of.js';
import type { Imported, TimelineFormat } from '../../core/import/imported.js';
import type { TimelineModel } from '../../core/model.js';
import { parseJsonText, parseTimelineSteps, READ_IN_SLICES_ABOVE, TimelineDataError } from '../../core/parse.js';
import type { TimelineProblem } from '../../core/types.js';
import { SourceLoader } from '../controllers/source-loader.js';
import { ListDocument } from './list-input.js';
import { nextTask } from './next-task.js';
import { updateAfter } from './on-demand.js';
import type { TimelineHost } from '../controllers/host.js';
import { allSteps } from '../../core/steps.js';

export interface Failure {
  /**
   * Why a document was refused, in the element's words at the time it is said (its locale may
   * change meanwhile); problems have their sentences instead (problemSections).
   */
  message?: (m: Messages) => string;
  problems: TimelineProblem[];
}

/** What the element was given, strongest first: the property, `src`, inline JSON, a list child. */
export interface Inputs {
  events: unknown;
  src: string | undefined;
  /** The inline script's text, or undefined without one (textContent's type says null too, read as none alike by update()'s ??). */
  inline: () => string | null | undefined;
  list: () => ListDocument | undefined;
  /**
   * The zone for dates without an offset (an unknown attribute's is passed over:
   * locale-controller.ts). Asked when a read needs it: a new document's in its first slice.
   */
  zone: () => string;
}

/**
 * How long one slice of a large read may hold the main thread. At 100,000 items the young
 * generation fills with items that all survive, and a slice that holds its collection takes
 * that too: 26-35 ms here (traced, Chromium 150). Slices of 25 ms then made tasks of 43 ms
 * (median of 8 pages) and up to 54; slices of 12 ms, 36 and up to 39, for a read 4 % longer.
 */
const SLICE_MS = 12;
/**
 * Items read between two looks at the clock: a slice ends within about this many. A slice
 * that a young collection falls in takes it as well, and a step of 1,000 items run by code V8
 * has just thrown back (as it does when it starts to allocate a site's objects old) took 25 ms
 * more of it; in steps of 250 the longest loading task at 100,000 items went from 59 to 52 ms
 * (medians of 18 pages each, alternated; December).
 */
const ITEMS_A_STEP = 250;

/** The input of an element that has none but items added with `addEvents()`. */
const NONE: readonly unknown[] = [];

/**
 * Problems by what came of them, each list under its sentence: events skipped, events shown
 * without part of their data, and the rest (periods, dates, settings: index -1; not counted as
 * events). Those it has, in that order.
 */
export function problemSections(problems: readonly TimelineProblem[], m: Messages): [string, TimelineProblem[]][] {
  return [m.skipped, m.incomplete, () => m.leftOut]
    .map((say, k): [string, TimelineProblem[]] => {
      const list = problems.filter((p) => (p.index < 0 ? 2 : p.kept ? 1 : 0) === k);
      return [say(list.length), list];
    })
    .filter(([, list]) => list.length);
}

/** The document with the added items after its own (a bare list stays a list). */
function withAdded(data: unknown, added: readonly unknown[]): unknown {
  if (added.length === 0) return data;
  if (Array.isArray(data)) return [...data, ...added];
  const events = (data as { events?: unknown } | null)?.events;
  if (data !== null && typeof data === 'object' && Array.isArray(events)) return { ...data, events: [...events, ...added] };
  return data;
}

function describe(e: unknown): string {
  // Whatever a page's getter threw, even a value that cannot become text, ends as a sentence.
  let ours = false;
  try {
    ours = e instanceof TimelineDataError;
  } catch {
    // A revoked Proxy throws even on instanceof.
  }
  return ours ? (e as TimelineDataError).message : `The data could not be read (${errorMessage(e)}).`;
}

/**
 * Turns the element's inputs into a model or a failure, re-reading only when an input
 * changed, and remembers that a `timeline-load` / `timeline-error` report is due.
 */
export class DataReader {
  model?: TimelineModel;
  /** The shape the current model was read from. */
  format?: TimelineFormat;
  failure?: Failure;
  readonly #loader: SourceLoader;
  #raw: unknown;
  /** The zone the model was read in; undefined until a new read has asked for it (then no change of zone can have been missed). */
  #zone?: string;
  /** True once per new model or failure, until the controller reports it (and sets it back): so each is reported exactly once. Unset at first. */
  reportDue?: boolean;
  /** Items added with `addEvents()` since the input last changed. */
  #added: readonly unknown[] = [];
  #addedRead: readonly unknown[] = [];
  /** The input items are added to: the property's value, the `src` address, the inline text or list. */
  #base: unknown;
  /** Whether the model last made only added items to the one before it. */
  grew = false;
  /** Whether the model last made is the same input read again in another zone (with items added since, or not). */
  rezoned = false;
  /** Bumped by every new read, so that a read in slices that was overtaken stops. */
  #generation = 0;
  #slicing = false;
  /**
   * Puts the problems of imported data in the source's rows and words: `finishImport`, which
   * comes with the readers (a document of the element's own shape or a list needs nothing).
   */
  #finish: (model: TimelineModel, imported: Imported) => TimelineModel = (model) => model;

  constructor(private readonly host: TimelineHost) {
    this.#loader = new SourceLoader(host);
  }

  /** While `src` loads, and while a large document is read in slices. */
  get loading(): boolean {
    return this.#loader.state.status === 'loading' || this.#slicing;
  }

  /**
   * Stops a read in slices (the element was removed); it starts again when the element comes
   * back. A finished model is kept: an element moved in the DOM shows what it showed before.
   */
  cancel(): void {
    if (!this.#slicing) return;
    this.#generation++;
    this.#slicing = false;
    this.#raw = undefined;
  }

  /** Starts or cancels the `src` request when the inputs that choose it changed. */
  syncSource(src: string | undefined, hasEvents: boolean): void {
    if (hasEvents || !src) this.#loader.cancel();
    else if (this.#loader.state.status === 'idle' || ('url' in this.#loader.state && this.#loader.state.url !== src)) this.#loader.load(src);
  }

  /** Appends items to whatever the input is; they stay until the input itself changes. */
  add(items: readonly unknown[]): void {
    this.#added = [...this.#added, ...items];
  }

  /** Re-reads the data when the current input, the zone or the added items changed. */
  update(inputs: Inputs): void {
    const s = this.#loader.state;
    // The input that is there, strongest first: the property, `src`'s reply (the failed state
    // itself, so that one failure is reported once; none while it loads), inline JSON, a list.
    let raw = inputs.events ?? (inputs.src ? (s.status === 'loaded' ? s.data : s.status === 'failed' ? s : undefined) : (inputs.inline() ?? inputs.list()));
    const zone = inputs.zone;
    // A new input, or none after one, starts without the added items. A `src` is the input from
    // the moment it is set, by its address: items added while it loads stay with what it brings.
    const input = inputs.events ?? (inputs.src || raw);
    if (input !== this.#base) {
      if (this.#base !== undefined) this.#added = [];
      this.#base = input;
    }
    // Without any input the added items are shown alone, and stay with the first document that comes.
    raw ??= this.#added.length && !inputs.src ? NONE : undefined;
    // Items added to no data grew from nothing, even at the first read (no zone read before).
    const grew = this.#added !== this.#addedRead && (raw === NONE || (raw === this.#raw && !!this.model && zone() === this.#zone));
    if (raw === this.#raw && this.#added === this.#addedRead && (!this.#zone || zone() === this.#zone)) return;
    // (A new input's read still under way when the zone changes shows no model meanwhile: fitted when it comes, zoom.test.ts.)
    this.rezoned = raw === this.#raw;
    this.#raw = raw;
    this.#zone = undefined;
    this.#addedRead = this.#added;
    this.grew = grew;
    const read = ++this.#generation;
    this.#slicing = false;
    if (raw === undefined) {
      this.model = this.failure = undefined;
      return;
    }
    if (s.status === 'failed' && raw === s) return this.#fail(s.message);
    try {
      // A list is read in the page into the element's own document: no reader to load.
      if (raw instanceof ListDocument) {
        if (!raw.data) return this.#fail(raw.failure ?? '');
        return this.#readDocument({ format: 'list', data: raw.data, problems: [] }, read, zone);
      }
      const data = typeof raw === 'string' ? parseJsonText(raw) : raw;
      if (formatOf(data) === 'event-timeline') return this.#readDocument({ format: 'event-timeline', data, problems: [] }, read, zone);
      // TimelineJS, vis-timeline and CSV data become an event-timeline document first, by readers
      // loaded only now: a page that hands over its own documents never loads them.
      // Like the element's other parts, `updateComplete` waits for them and the update after.
      this.#slicing = true;
      void updateAfter(
        this.host,
        import('../../core/import/readers.js').then(
          ({ importData, finishImport }) => {
            this.#finish = finishImport;
            if (read !== this.#generation) return;
            this.#slicing = false;
            try {
              this.#readDocument(importData(data), read, zone);
            } catch (e) {
              this.#fail(describe(e));
            }
          },
          (e: unknown) => {
            if (read !== this.#generation) return;
            this.#slicing = false;
            this.#fail(describe(e));
          },
        ),
      );
    } catch (e) {
      this.#fail(describe(e));
    }
  }

  /** Validates a document of the element's own shape, at once or (when large) in slices. */
  #readDocument(imported: Imported, read: number, zone: () => string): void {
    const data = withAdded(imported.data, this.#added);
    const steps = parseTimelineSteps(data, () => (this.#zone = zone()), ITEMS_A_STEP);
    // Its events: a bare list, or the document's list (anything else has none to slice).
    const events = Array.isArray(data) ? data : (data as { events?: unknown } | null)?.events;
    if (!Array.isArray(events) || events.length <= READ_IN_SLICES_ABOVE) return this.#done(allSteps(steps), imported);
    // A large document is read a slice per task, so the page never freezes for long; one
    // that only grew keeps showing what it had meanwhile.
    if (!this.grew) {
      this.model = this.failure = undefined;
    }
    this.#slicing = true;
    void (async () => {
      try {
        // A large document's first step asks whether the zone is known (a formatter, in most
        // pages the first of Intl's: ICU loads its data, 40-56 ms here in one task). Half of
        // that load first, in a task of its own: the subtags a locale is completed with
        // (`maximize`, 13-30 ms; the same for any tag), which the formatter then finds loaded
        // (16-35 ms). Work the read needs anyway, split in two, not done ahead of it.
        await nextTask();
        new Intl.Locale('en').maximize();
        for (;;) {
          // Every slice in a task of its own, the first too: the page's task that handed the
          // data over (and made it, often) is not made longer by a slice.
          await nextTask();
          if (read !== this.#generation) return;
          const began = performance.now();
          let step: IteratorResult<number, TimelineModel>;
          let now = began;
          let last = 0;
          // A step is taken only when one as long as the last still fits in the slice.
          do {
            const before = now;
            step = steps.next();
            now = performance.now();
            last = now - before;
          } while (!step.done && now - began + last < SLICE_MS);
          // (No newer read can have begun since the check above: the steps run without a pause.)
          if (step.done) {
            // The first picture of a large document is a task's work of its own, not the end of a slice's.
            await nextTask();
            if (read !== this.#generation) return;
            this.#slicing = false;
            this.#done(step.value, imported);
            break;
          }
        }
      } catch (e) {
        if (read !== this.#generation) return;
        this.#slicing = false;
        this.#fail(describe(e));
      }
      this.host.requestUpdate();
    })();
  }

  #done(read: TimelineModel, imported: Imported): void {
    const model = this.#finish(read, imported);
    this.model = model;
    this.format = imported.format;
    this.failure = model.problems.length > 0 ? { problems: [...model.problems] } : undefined;
    this.reportDue = true;
  }

  /** The data could not be loaded: why in English, for the page's author; the sentence around it in the element's words. */
  #fail(reason: string): void {
    this.model = this.format = undefined;
    this.failure = { message: (m) => m.loadFailed(reason), problems: [] };
    this.reportDue = true;
  }
}
