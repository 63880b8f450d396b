import type { ReactiveController } from 'lit';
import { TimelineErrorEvent, TimelineLoadEvent } from '../../events.js';
import type { TimelineProblem } from '../../core/types.js';
import { DataReader, problemSections } from '../support/data-reader.js';
import { ListInput } from '../support/list-input.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';
import type { Announcer } from '../support/announcer.js';

/** How long items added by `addEvents()` stay marked as new. */
const NEW_FOR_MS = 5000;

/**
 * The data the element shows: from the `events` property, else `src`, else inline JSON (a
 * child `<script type="application/json">`), else a child `<ol>`/`<ul>`; both children are
 * watched for edits. Reads in `hostUpdate`, so the
 * model is ready for the viewport and the layout of the same update, and reports each new model
 * or failure once, after it is drawn, as `timeline-load` / `timeline-error`.
 */
export class DataController implements ReactiveController {
  readonly #reader: DataReader;
  #inline?: MutationObserver;
  readonly #list: ListInput;
  /** Ids of the items `addEvents()` brought, marked as new for a few seconds. */
  newIds: ReadonlySet<string> = new Set();
  /** The items shown when `addEvents()` was last called (added items are read with the whole input again): what is not among them came. */
  #before?: ReadonlyMap<string, unknown>;
  /** The problems last reported (index and field), so that the items added later report only their own. */
  #told = new Set<string>();

  constructor(
    private readonly host: TimelineHost,
    private readonly locale: LocaleController,
    private readonly announcer: Announcer,
  ) {
    this.#reader = new DataReader(host);
    this.#list = new ListInput(() => host.requestUpdate());
    host.addController(this);
  }

  get model() {
    return this.#reader.model;
  }

  get failure() {
    return this.#reader.failure;
  }

  get loading(): boolean {
    return this.#reader.loading || this.#list.loading;
  }

  /** Whether the model of this update only added items to the one before. */
  get grew(): boolean {
    return this.#reader.grew;
  }

  /** Whether the model of this update is the same input read in another zone (the time-zone attribute changed). */
  get rezoned(): boolean {
    return this.#reader.rezoned;
  }

  /** `addEvents()`: appends items in the same format to whatever the input is. */
  add(items: unknown): void {
    // A document gives its events; one item is a list of one, and anything else is read as an
    // item: a page that passed something wrong is told so (timeline-error), as it would be of a
    // wrong item in a list.
    const list = [(items as { events?: unknown } | null)?.events ?? items].flat();
    if (list.length === 0) return;
    this.#before = this.#reader.model?.byId;
    this.#reader.add(list);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // One callback for all the edits of a task, so they make one update. The element's own
    // attributes (reflected properties) are not the data.
    this.#inline = new MutationObserver((records) => {
      if (records.every((r) => r.type === 'attributes' && r.target === this.host)) return;
      this.#list.changed();
      this.host.requestUpdate();
    });
    this.#inline.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
    // Whatever changed while the element was away is read again.
    this.#list.changed();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#inline?.disconnect();
    this.#inline = undefined;
    this.#reader.cancel();
    this.newIds = new Set();
  }

  hostUpdate(): void {
    const host = this.host;
    // Only white space names no address, as an empty src does (fetched, it was the page itself).
    const src = host.src?.trim();
    this.#reader.syncSource(src, host.events != null);
    // Read once the words are here: a problem is reported in the element's language.
    if (this.locale.waiting) return;
    this.#reader.update({
      events: host.events,
      src,
      inline: () => host.querySelector(':scope > script[type="application/json"]')?.textContent,
      list: () => this.#list.read(host),
      zone: () => this.locale.readingZone,
    });
  }

  hostUpdated(): void {
    // A removed element tells no one (its events would reach no listener of the page): what is due waits for its return.
    if (!this.host.isConnected) return;
    const due = this.#reader.reportDue;
    this.#reader.reportDue = false;
    const { failure, model } = this.#reader;
    // Problems of the settings (locale, zone) wait for data, so a listener added with the data
    // hears them. (A zone is checked when first needed: one a refused document never needed, when
    // the next document does.)
    const settings = model || failure ? this.locale.settings.take() : [];
    // After addEvents() only the problems it brought: those of the items read before were told
    // then. (A problem is known by its index and field; a field's name never begins with a digit.)
    const grew = this.#reader.grew;
    const key = (p: TimelineProblem) => p.index + p.field;
    const fresh = failure?.problems.filter((p) => !(grew && this.#told.has(key(p)))) ?? [];
    if (due) this.#told = new Set(failure?.problems.map(key));
    // After addEvents() its sentence counts what it brought, as its problems do.
    const m = this.locale.messages;
    if (failure && due && (fresh.length > 0 || !grew)) this.host.dispatchEvent(new TimelineErrorEvent(failure.message?.(m) ?? problemSections(fresh, m)[0]![0], [...settings, ...fresh]));
    else if (settings.length > 0) this.host.dispatchEvent(new TimelineErrorEvent(settings.map((p) => p.message).join(' '), settings));
    if (!due || !model) return;
    let added: number | undefined;
    if (grew) {
      // The added items that were read are marked as new for a while, and how many came is said:
      // the ids read that were not there before (an added item refused because its id is taken is
      // neither counted nor marked, and neither is the item that holds that id).
      const ids = new Set([...model.byId.keys()].filter((id) => !this.#before?.has(id)));
      this.newIds = new Set([...this.newIds, ...ids]);
      added = ids.size;
      if (added > 0) this.announcer.say(m.added(added));
      // Each call's items stay new for NEW_FOR_MS from their own addition, a timer per call: one
      // timer for all, set again by every call, kept a feed that adds more often marked for good.
      setTimeout(() => {
        this.newIds = new Set([...this.newIds].filter((id) => !ids.has(id)));
        this.host.requestUpdate();
      }, NEW_FOR_MS);
    }
    const load = new TimelineLoadEvent(model.items.length, this.#reader.format ?? 'event-timeline', added);
    // Read and drawn: once the update is complete, with the parts it loads on demand (the vertical layout).
    void this.host.updateComplete.then(() => this.host.dispatchEvent(load));
  }
}
