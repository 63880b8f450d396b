import type { TimelineItem } from '../../core/model.js';
import { keyAction } from './keyboard.js';

/** What pointer and keyboard input on the events may ask of the element. */
export interface EventInputHost {
  /** The events in time order. */
  items(): readonly TimelineItem[];
  /** Whether the details panel is open: an item's details, or the list a "+N" chip opened. */
  open(): boolean;
  /** Selects an item, or clears the selection; `close`: as the details' close button does (focus back to the item). */
  select(id: string | null, close?: boolean): void;
  /** Moves the tab stop (and the view, if needed) to an event; resolves once it is focused. */
  moveFocusTo(id: string): Promise<unknown>;
  bringIntoView(id: string): void;
  /** Zooms about the middle, or about the event `id` (the one the key was pressed on), which stays where it is. */
  zoom(how: 'in' | 'out' | 'fit', id?: string): void;
}

/** The event element (part `event`) that an input event happened on, if any. */
export function eventElementOf(e: Event): HTMLElement | undefined {
  return e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.getAttribute('part') === 'event');
}

/** Clicks, focus and keys on the events, turned into selection, focus moves and zoom. */
export class EventInput {
  /**
   * The item the last arrow key sent the focus to, until it has it: the update that draws it
   * may wait for a part (the animation's, loaded at the first move), and a key pressed
   * meanwhile (Enter right after an arrow) is meant for that item, not the one still focused.
   */
  #heading?: string;

  constructor(private readonly host: EventInputHost) {}

  onClick = (e: MouseEvent): void => {
    const el = eventElementOf(e);
    if (!el) return;
    el.focus({ preventScroll: true });
    this.host.select(el.dataset['id']!);
  };

  /** Tabbing onto an event that is out of view brings it into view. */
  onFocusIn = (e: FocusEvent): void => {
    const id = eventElementOf(e)?.dataset['id'];
    if (id !== undefined) this.host.bringIntoView(id);
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const el = eventElementOf(e);
    const id = el && (this.#heading ?? el.dataset['id']!);
    const action = keyAction(e.key, el !== undefined);
    // A text field's keys are its own: "1990" or "euro-zone" typed into the search is not a zoom.
    if (!action || e.altKey || e.ctrlKey || e.metaKey || e.composedPath()[0] instanceof HTMLInputElement) return;
    switch (action.kind) {
      case 'zoom':
        e.preventDefault();
        this.host.zoom(action.how, id);
        return;
      case 'clear':
        if (!this.host.open()) return;
        e.preventDefault();
        // On an item the focus stays where the reader is; elsewhere (the details) it goes back to the item.
        this.host.select(null, !el);
        return;
      case 'select':
        e.preventDefault();
        this.host.select(id!);
        return;
      case 'move': {
        const items = this.host.items();
        if (items.length === 0) return;
        e.preventDefault();
        const index = items.findIndex((i) => i.id === id);
        const last = items.length - 1;
        const to = items[{ next: Math.min(last, index + 1), previous: Math.max(0, index - 1), first: 0, last }[action.to]]!.id;
        this.#heading = to;
        void this.host.moveFocusTo(to).then(() => this.#heading === to && (this.#heading = undefined));
      }
    }
  };
}
