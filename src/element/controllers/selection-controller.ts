import type { ReactiveController } from 'lit';
import type { TimelineModel } from '../../core/model.js';
import { itemColumns } from '../../core/item-columns.js';
import { EventInput } from '../input/event-input.js';
import type { Announcer } from '../support/announcer.js';
import type { EventNames } from '../support/event-names.js';
import { TimelineSelectEvent } from '../../events.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { TimelineItem } from '../../core/model.js';
import { OnDemand } from '../support/on-demand.js';
import { loadDetails, type DetailsPart } from '../support/parts.js';

/**
 * The selected item (the `selected` property), the one item in the tab order (roving
 * tabindex), what the live region says, and the pointer and key input that change them. What
 * the details panel's and a chip list's own buttons do comes with the panel (support/panel.ts).
 */
export class SelectionController implements ReactiveController {
  /** The item that holds the tab stop; it is drawn even when out of view. */
  focusId: string | null = null;
  /** The selection last seen (unset before the first update, where only a selected item, not null, counts as new). */
  #seenSelected?: string | null;
  /**
   * Whether an update may have taken the focus with its item, a zoom or export button or the
   * details panel it was in (new data, a filter, the first picture of the other layout, which
   * may wait for its part with nothing drawn): set when one of them has it
   * as an update begins (unset before the first), kept after it
   * while the page's body has it. The tab stop gets it back once drawn, or a keyboard user would
   * have to find the chart again from the top of the page.
   */
  #lost?: boolean;
  /** The item (or chip list entry) that had the focus as the update began, by id. */
  #had?: string;
  /** The tab stop this controller chose (no one else has put it anywhere since), null at first. */
  #auto: string | null = null;
  readonly input: EventInput;
  /**
   * The events of a "+N" chip that zooming cannot part, listed in the details panel (opened by
   * support/panel.ts), the model they were listed from, and the chip (that has the focus back).
   */
  chipList?: { items: TimelineItem[]; heading: string; from: TimelineModel; chip?: HTMLElement };
  /** The details panel: a selection draws it, and brings it into view with the item (the view draws from the same: one part, one report should it fail). */
  readonly details: OnDemand<DetailsPart>;

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: { model: () => TimelineModel | undefined; locale: LocaleController; viewport: ViewportController; names: EventNames; announcer: Announcer },
  ) {
    this.input = new EventInput({
      items: () => deps.model()?.items ?? [],
      open: () => host.selected !== null || !!this.chipList,
      select: (id, close) => (close ? this.closeDetails() : this.select(id)),
      moveFocusTo: (id) => {
        this.focusId = id;
        const moved = this.deps.viewport.bringIntoView(id, true);
        this.host.requestUpdate();
        // Focused where it is drawn, and scrolled to if it is off screen: down the page in the
        // vertical layout, or a lane below the fold of a tall chart; and out from under the open
        // details panel, which sticks to the bottom of the screen. A window that moves to the
        // item moves it too (down the page, far from where it is drawn before): it is scrolled
        // to where the window comes to rest, not to where it was and then back.
        return this.host.updateComplete
          .then(() => {
            this.itemElement(id)?.focus({ preventScroll: !!moved });
            return moved;
          })
          .then(() => this.#reveal(id));
      },
      bringIntoView: (id) => deps.viewport.bringIntoView(id),
      // About the item the key was pressed on: about the middle, the focus could leave the window.
      // Then the item is scrolled to where the zoom took it: in the vertical layout, zooming out
      // moved a card near the bottom of the screen below it, the focus with it.
      zoom: (how, id) => {
        const item = deps.model()?.byId.get(id);
        void deps.viewport.zoomBy(how, item && [item.start])?.then(() => this.itemElement(id)?.scrollIntoView({ block: 'nearest' }));
      },
    });
    this.details = new OnDemand(host, loadDetails);
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.#lost ||= active?.matches('[part~="event"],[part~="control"],[part~="details"] *');
    this.#had = active?.dataset['id'];
    const { selected } = this.host;
    // The page selected an item: it takes the tab stop, and is shown (its details would
    // otherwise open beside a window without it), not under its details, as a reader's choice is.
    if (selected !== this.#seenSelected && selected !== null) {
      this.deps.viewport.bringIntoView((this.focusId = selected));
      void this.host.updateComplete.then(() => this.#reveal(selected));
    }
    this.#seenSelected = selected;
    const model = this.deps.model();
    // A list made from other data (new events, another filter) is stale.
    if (this.chipList && model !== this.chipList.from) this.chipList = undefined;
    if (!model) return;
    // The selected item, else the first: a selection the data no longer has (or never had) leaves the items a tab stop.
    if (!model.byId.has(this.focusId)) this.focusId = model.byId.has(selected) ? selected : (this.#auto = model.items[0]?.id ?? null);
    // Until the user or the page puts the tab stop on an item, it follows the window at rest
    // (while no item has the focus): Tab lands on the first item from the window's start on (in
    // view, unless the window holds none; one that ends as the window starts is not in it), not
    // on one the page zoomed away from. The tab stop's item is laid out first: one moving with
    // the window would lay it out anew each frame. (A model without items may have no window;
    // nothing is found then.) Read from the list's ends (core/item-columns.ts): at 100,000 items
    // the item objects up to a late window took tens of ms.
    const [from] = this.deps.viewport.view ?? [];
    if (this.focusId === this.#auto && !this.#lost && !this.deps.viewport.motion.moving) {
      this.#auto = this.focusId = model.items[itemColumns(model.items).ends.findIndex((end) => end > from!)]?.id ?? this.focusId;
    }
  }

  hostUpdated(): void {
    const { activeElement, body } = this.host.ownerDocument;
    // Still with the element (or gone on elsewhere, by the user): not lost. Once the tab stop
    // has it back, the host is the page's active element and this is false again. Lost too: to
    // a node that now draws another item (new data without the one it drew: places.ts reuses
    // the nodes), where a reader would go on from an item they never moved to.
    this.#lost &&= !activeElement || activeElement === body || (this.host.shadowRoot?.activeElement as HTMLElement | null)?.dataset['id'] !== this.#had;
    // Scrolled to, as any focus a key moves: where an arrow key's move took the item it left
    // away, this is the focus the move then gives again (and a second focus() does not scroll).
    if (this.#lost) this.itemElement(this.focusId)?.focus();
  }

  /** Selects an item (or clears the selection), says so, and fires `timeline-select`. */
  select(id: string | null): void {
    if (id === this.host.selected) {
      // With nothing selected, clearing (Escape anywhere in the element) closes a chip's list:
      // an open one is let go, with an update that draws it gone.
      this.chipList &&= void this.host.requestUpdate();
      return;
    }
    // A reader's choice, not the page's (see hostUpdate): the view stays where the reader is.
    this.host.selected = this.#seenSelected = id;
    if (id !== null) this.focusId = id;
    const item = this.deps.model()?.byId.get(id);
    this.deps.announcer.say(item ? this.deps.locale.messages.selected(this.deps.names.name(item)) : '');
    this.host.dispatchEvent(new TimelineSelectEvent(id));
    if (id === null) return;
    // A chosen item replaces the list, and its details and the item itself are brought into view.
    this.chipList = undefined;
    void this.host.updateComplete.then(() => this.#reveal(id));
  }

  /** The details panel (when open) and the item in view, the item not under the panel (support/reveal-selection.ts). */
  #reveal(id: string): void {
    this.details.get()?.revealSelection(this.itemElement(id), this.host.shadowRoot!.querySelector('[part~="details"]'));
  }

  /** The close button (and Escape in the details): clears the selection and gives focus back to the item, the tab stop with it. */
  closeDetails = (): void => {
    const id = this.host.selected;
    this.select(null);
    this.focusId = id ?? this.focusId;
    void this.host.updateComplete.then(() => this.itemElement(id)?.focus({ preventScroll: true }));
  };

  /** The drawn element of an item (part `event`), if it is drawn; none for no item (null or undefined is no element's id, which is text). */
  itemElement(id: string | null | undefined): HTMLElement | undefined {
    for (const el of this.host.shadowRoot?.querySelectorAll<HTMLElement>('[part~="event"]') ?? []) if (el.dataset['id'] === id) return el;
    return undefined;
  }
}
