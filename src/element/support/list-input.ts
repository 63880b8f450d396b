import type { TimelineDocument } from '../../core/types.js';
import { errorMessage } from '../../core/error-message.js';

/**
 * The document read from the element's `<ol>`/`<ul>` (the weakest input, `format: "list"`),
 * or why it could not be read: the list's reader did not load (a copy of the bundle without
 * dist/event-timeline-list-walk.js beside it, the network gone).
 */
export class ListDocument {
  constructor(
    readonly data: TimelineDocument | undefined,
    readonly failure?: string,
  ) {}
}

type Walk = typeof import('./list-walk.js');

/**
 * The element's list child, read again only after the light DOM changed (`changed()`, from the
 * element's MutationObserver), and handed out as the same object while what it says is the
 * same: the data reader reads the data again only for a new object, so an edit that changes
 * nothing (or a change elsewhere) does not redraw. The walk through the list is loaded on
 * demand (dist/event-timeline-list-walk.js): a page without a list never downloads it.
 */
export class ListInput {
  #dirty = true;
  #key = '';
  #last?: ListDocument;
  #walk?: Walk;
  /** While the walk is being loaded for a list that is there. */
  loading = false;
  readonly #requestUpdate: () => void;

  constructor(requestUpdate: () => void) {
    this.#requestUpdate = requestUpdate;
  }

  changed(): void {
    this.#dirty = true;
  }

  read(host: Element): ListDocument | undefined {
    if (!this.#dirty) return this.#last;
    // The first list inside, a child or deeper (a CMS wraps what it writes in a <div>, a
    // <section> with its heading): never one nested in another, which comes after it.
    const list = host.querySelector('ol,ul');
    if (list && !this.#walk) {
      if (!this.loading) {
        // The walk is loaded once at a time; a failure is kept until the list changes.
        this.loading = true;
        void import('./list-walk.js').then(
          (walk) => {
            this.#walk = walk;
            this.loading = false;
            this.#requestUpdate();
          },
          (e: unknown) => {
            this.loading = false;
            this.#dirty = false;
            // Kept until the list changes (an edit tries again; a list removed is no input).
            this.#key = 'failed';
            this.#last = new ListDocument(undefined, errorMessage(e));
            this.#requestUpdate();
          },
        );
      }
      return this.#last;
    }
    this.#dirty = false;
    const data = list && this.#walk ? this.#walk.readListElement(list) : undefined;
    const key = data ? JSON.stringify(data) : '';
    if (key !== this.#key) {
      this.#key = key;
      this.#last = data && new ListDocument(data);
    }
    return this.#last;
  }

  // (The walk is loaded in read(), in place, when a list is there.)
}
