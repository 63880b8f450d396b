import type { ReactiveController } from 'lit';
import type { TimelineModel } from '../../core/model.js';
import { OnDemand } from '../support/on-demand.js';
import { loadDetails, type DetailsPart } from '../support/parts.js';
import type { TimelineHost } from './host.js';
import type { SelectionController } from './selection-controller.js';
import type { ViewportController } from './viewport-controller.js';

/**
 * A link to an item: with `hash-key="tl"` the selection is mirrored in the page's fragment as
 * `#tl=<id>`. Opening the page with it, or a `hashchange` to it, selects the item and brings it
 * into view; selecting rewrites the fragment in place (`history.replaceState`: no jump, no
 * history entry per click). Without `hash-key` the URL is never read or touched.
 */
export class HashController implements ReactiveController {
  /** The fragment asks for an item not yet read (data still loading): look again on the next update. */
  #readDue = true;
  /** The selection the fragment last described. */
  #written: string | null = null;
  /** An item the fragment selected, to bring into view once this update is drawn. */
  #reveal: string | null = null;
  /** Reading and writing the fragment comes with the details panel, which a selection shows anyway. */
  readonly #part: OnDemand<DetailsPart>;

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: { model: () => TimelineModel | undefined; selection: SelectionController; viewport: ViewportController },
  ) {
    this.#part = new OnDemand(host, loadDetails);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    this.#readDue = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  #onHashChange = (): void => {
    if (!this.host.hashKey) return;
    this.#readDue = true;
    this.host.requestUpdate();
  };

  hostUpdate(): void {
    const key = this.host.hashKey;
    const model = this.deps.model();
    if (!key || !this.#readDue || !model) return;
    // No fragment names no item: it needs no reading (nor the part that reads it).
    const part = location.hash.length > 1 ? this.#part.get() : undefined;
    if (!part && location.hash.length > 1) return;
    this.#readDue = false;
    const id = part ? part.fragmentValue(location.hash, key) : null;
    this.#written = id;
    if (id === null || !model.byId.has(id) || id === this.host.selected) return;
    this.deps.selection.select(id);
    // The window for this update is already decided: move it in the next one.
    this.#reveal = id;
  }

  hostUpdated(): void {
    if (this.#reveal !== null) {
      this.deps.viewport.bringIntoView(this.#reveal);
      this.#reveal = null;
    }
    const key = this.host.hashKey;
    const selected = this.host.selected;
    if (!key || this.#readDue || selected === this.#written) return;
    // Comes with the details of the selection; this runs again when they are drawn.
    const part = this.#part.get();
    if (!part) return;
    this.#written = selected;
    const hash = part.withFragmentValue(location.hash, key, selected);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** The address of the page with this item selected, for "copy link". */
  linkTo(id: string): string | undefined {
    const key = this.host.hashKey;
    const part = key ? this.#part.get() : undefined;
    if (!key || !part) return undefined;
    return `${location.origin}${location.pathname}${location.search}${part.withFragmentValue(location.hash, key, id)}`;
  }
}
