import type { TimelineModel } from '../../core/model.js';
import { fragmentValue, withFragmentValue } from '../../core/fragment.js';
import type { TimelineHost } from '../controllers/host.js';
import type { SelectionController } from '../controllers/selection-controller.js';
import type { ViewportController } from '../controllers/viewport-controller.js';

export interface HashLinkDeps {
  model: () => TimelineModel | undefined;
  selection: SelectionController;
  viewport: ViewportController;
}

/**
 * What `hash-key` does (controllers/hash-controller.ts runs it in the controllers' order): the
 * selection mirrored in the page's fragment as `#tl=<id>`. Opening the page with it, or a
 * `hashchange` to it, selects the item and brings it into view; selecting rewrites the
 * fragment in place (`history.replaceState`: no jump, no history entry per click). Loaded on
 * demand with the first update that has `hash-key` (parts/hash.ts): a page without links
 * never downloads it.
 */
export class HashLink {
  /** The fragment asks for an item not yet read (data still loading): look again on the next update. */
  #readDue = true;
  /** The selection the fragment last described. */
  #written: string | null = null;
  /** An item the fragment selected, to bring into view once this update is drawn. */
  #reveal: string | null = null;
  #listening = false;
  /** The reader went to another fragment (a link in the page, back or forward) since the last update. */
  #navigated = false;

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: HashLinkDeps,
  ) {}

  connect(): void {
    if (!this.#listening) window.addEventListener('hashchange', this.#onHashChange);
    this.#listening = true;
    this.#readDue = true;
  }

  disconnect(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#listening = false;
  }

  #onHashChange = (): void => {
    if (!this.host.hashKey) return;
    this.#readDue = this.#navigated = true;
    this.host.requestUpdate();
  };

  hostUpdate(key: string): void {
    const model = this.deps.model();
    if (!this.#readDue || !model) return;
    this.#readDue = false;
    const id = fragmentValue(location.hash, key);
    this.#written = id;
    // Gone to a fragment without the key (the page's own anchor, `#notes`): it no longer asks for
    // the item, which is let go, and the fragment stays the page's (no key written into it).
    // On a page's first load the fragment only adds to a `selected` the page set.
    if (id === null && this.#navigated) this.deps.selection.select(null);
    this.#navigated = false;
    if (!model.byId.has(id) || id === this.host.selected) return;
    this.deps.selection.select(id);
    // The window for this update is already decided: move it in the next one.
    this.#reveal = id;
  }

  hostUpdated(key: string | undefined): void {
    const id = this.#reveal;
    if (id !== null) {
      this.deps.viewport.bringIntoView(id);
      this.#reveal = null;
      // On a long page (time down a phone's screen) the item may lie far below what is shown:
      // once its window is drawn the page scrolls it to a quarter of the screen's height, clear
      // of the details panel, which takes at most the lower half.
      void this.host.updateComplete.then(() => {
        const box = this.deps.selection.itemElement(id)?.getBoundingClientRect();
        if (box && (box.top < 0 || box.bottom > innerHeight)) window.scrollBy({ top: box.top - innerHeight / 4, behavior: 'instant' });
      });
    }
    const selected = this.host.selected;
    if (!key || this.#readDue || selected === this.#written) return;
    this.#written = selected;
    const hash = withFragmentValue(location.hash, key, selected);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** The address of the page with this item selected, for "copy link". */
  linkTo(key: string, id: string): string {
    return `${location.origin}${location.pathname}${location.search}${withFragmentValue(location.hash, key, id)}`;
  }
}
