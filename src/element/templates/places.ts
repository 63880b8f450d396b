import { noChange, type ChildPart } from 'lit';
import { directive, Directive, PartType, type PartInfo } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue } from 'lit/directive-helpers.js';

/**
 * A list whose nodes belong to places, not to items: the n-th node shows the n-th item. A view
 * that zooms replaces most of its drawn items every frame (nine in ten at 10,000 items), and
 * rewriting a node costs the browser less than removing one and creating another (measured: a
 * fifth less main-thread time a window step than nodes keyed by item). Nodes are only ever
 * rewritten, added or removed, never moved; the one item named `keepId` (the one with focus)
 * keeps its own node wherever it goes in the list, so that focus never passes to another item.
 */
class PlacesDirective extends Directive {
  #parts: ChildPart[] = [];
  #ids: readonly string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('places() belongs in a child position');
  }

  render(_ids: readonly string[], values: readonly unknown[], _keepId: string | null): readonly unknown[] {
    return values;
  }

  override update(container: ChildPart, [ids, values, keepId]: [readonly string[], readonly unknown[], string | null]): typeof noChange {
    const old = this.#parts;
    const parts: ChildPart[] = [];
    const was = keepId === null ? -1 : this.#ids.indexOf(keepId);
    const now = was < 0 ? -1 : ids.indexOf(keepId!);
    if (now >= 0) {
      const kept = old[was]!;
      fill(container, old.slice(0, was), values.slice(0, now), parts, kept);
      setChildPartValue(kept, values[now]);
      parts.push(kept);
      fill(container, old.slice(was + 1), values.slice(now + 1), parts, undefined);
    } else {
      fill(container, old, values, parts, undefined);
    }
    this.#parts = parts;
    this.#ids = ids;
    return noChange;
  }
}

/** Shows `values` in the nodes of `old` in order, adding nodes before `before` (or at the end) or removing those left over. */
function fill(container: ChildPart, old: readonly ChildPart[], values: readonly unknown[], out: ChildPart[], before: ChildPart | undefined): void {
  const reused = Math.min(old.length, values.length);
  for (let k = 0; k < reused; k++) {
    setChildPartValue(old[k]!, values[k]);
    out.push(old[k]!);
  }
  for (let k = reused; k < old.length; k++) removePart(old[k]!);
  for (let k = reused; k < values.length; k++) {
    const part = insertPart(container, before);
    setChildPartValue(part, values[k]);
    out.push(part);
  }
}

/** `values` (the items' templates) in nodes kept by place, the item `keepId` in a node of its own; `ids` names each value's item. */
export const places = directive(PlacesDirective);
