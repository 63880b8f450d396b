import type { ReactiveController } from 'lit';
import type { TimelineModel } from '../../core/model.js';
import { EventInput } from '../input/event-input.js';
import type { Announcer } from '../support/announcer.js';
import type { EventNames } from '../support/event-names.js';
import { TimelineSelectEvent } from '../../events.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';
import type { ViewportController } from './viewport-controller.js';

/**
 * The selected item (the `selected` property), the one item in the tab order (roving
 * tabindex), what the live region says, and the pointer and key input that change them.
 */
export class SelectionController implements ReactiveController {
  /** The item that holds the tab stop; it is drawn even when out of view. */
  focusId: string | null = null;
  #seenSelected: string | null = null;
  readonly input: EventInput;

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: { model: () => TimelineModel | undefined; locale: LocaleController; viewport: ViewportController; names: EventNames; announcer: Announcer },
  ) {
    this.input = new EventInput({
      items: () => deps.model()?.items ?? [],
      selected: () => host.selected,
      select: (id) => this.select(id),
      moveFocusTo: (id) => this.#moveFocusTo(id),
      bringIntoView: (id) => deps.viewport.bringIntoView(id),
      zoom: (how) => deps.viewport.zoomBy(how),
    });
    host.addController(this);
  }

  hostUpdate(): void {
    const { selected } = this.host;
    // The page selected an item: it takes the tab stop.
    if (selected !== this.#seenSelected && selected !== null) this.focusId = selected;
    this.#seenSelected = selected;
    const model = this.deps.model();
    if (!model) return;
    if (this.focusId === null || !model.byId.has(this.focusId)) this.focusId = selected ?? model.items[0]?.id ?? null;
  }

  /** Selects an item (or clears the selection), says so, and fires `timeline-select`. */
  select(id: string | null): void {
    if (id === this.host.selected) return;
    this.host.selected = id;
    if (id !== null) this.focusId = id;
    const item = id === null ? undefined : this.deps.model()?.byId.get(id);
    this.deps.announcer.say(item ? this.deps.locale.messages.selected(`${this.deps.names.when(item)}: ${item.title}`) : '');
    this.host.dispatchEvent(new TimelineSelectEvent(id));
  }

  /** The close button: clears the selection and gives focus back to the item. */
  closeDetails = (): void => {
    const id = this.host.selected;
    this.select(null);
    void this.host.updateComplete.then(() => this.itemElement(id)?.focus({ preventScroll: true }));
  };

  /** "Copy link" in the details: puts the address on the clipboard and says whether it worked. */
  copyLink = (link: string): void => {
    const m = this.deps.locale.messages;
    const say = (text: string) => this.deps.announcer.say(text);
    const copied = navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'));
    copied.then(
      () => say(m.linkCopied),
      () => say(m.linkNotCopied(link)),
    );
  };

  /** The drawn element of an item (part `event`), if it is drawn. */
  itemElement(id: string | null): HTMLElement | undefined {
    if (id === null) return undefined;
    const root = this.host.shadowRoot;
    if (!root) return undefined;
    for (const el of root.querySelectorAll<HTMLElement>('[part~="event"]')) if (el.dataset['id'] === id) return el;
    return undefined;
  }

  #moveFocusTo(id: string): void {
    this.focusId = id;
    this.deps.viewport.bringIntoView(id);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.itemElement(id)?.focus({ preventScroll: true }));
  }
}
