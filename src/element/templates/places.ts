import { noChange, type ChildPart } from 'lit';
import { directive, Directive, type DirectiveResult } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue } from 'lit/directive-helpers.js';

/**
 * A list that reuses its nodes for whatever items it shows next. A view that zooms or pans
 * replaces some of its drawn items every frame, and rewriting a node costs less than removing
 * one and creating another. So when most items are new, the n-th node shows the n-th item;
 * when most stay (a window step, a gesture drawn from a stage, a selection), each that stays
 * keeps its node, which then only moves, and the new ones take over the nodes of those that
 * left between the same neighbours. Nodes left over there are moved to where new items lack
 * one rather than removed and made anew (at 1,200 px and 10,000 items a window step made and
 * dropped about 22 of its 120 nodes so: cloning a template, making its parts and collecting
 * the old ones). The item `keepId` (the one with focus) always keeps its node and is never
 * moved (moving a node blurs it); the list stays in time order. The "+N" chips are drawn
 * through it too (render-events.ts), keyed by row and time.
 */
// Only this project's templates use it, always as a child (no check of where it is, as Lit's own make: bytes of every page).
class PlacesDirective extends Directive {
  #parts: ChildPart[] = [];
  #ids: readonly string[] = [];

  render(_ids: readonly string[], values: readonly unknown[], _keepId: string | null): readonly unknown[] {
    return values;
  }

  override update(container: ChildPart, [ids, values, keepId]: [readonly string[], readonly unknown[], string | null]): typeof noChange {
    const old = this.#parts;
    // Between two items that keep their nodes (or the ends): the old nodes there and the new items.
    const gaps: { old: ChildPart[]; from: number; to: number; before: ChildPart | undefined }[] = [];
    let fromOld = 0;
    let fromNew = 0;
    for (const [now, was] of anchors(this.#ids, ids, keepId)) {
      gaps.push({ old: old.slice(fromOld, was), from: fromNew, to: now, before: old[was] });
      fromOld = was + 1;
      fromNew = now + 1;
    }
    gaps.push({ old: old.slice(fromOld), from: fromNew, to: ids.length, before: undefined });
    // Nodes left over in one gap are moved to gaps with more new items than nodes, rather than
    // removed there and made anew here (cloning a template and making its parts costs more).
    const spare: ChildPart[] = [];
    for (const gap of gaps) spare.push(...gap.old.slice(gap.to - gap.from));
    const parts: ChildPart[] = [];
    for (const gap of gaps) {
      for (let k = gap.from; k < gap.to; k++) {
        const reused = gap.old[k - gap.from];
        const part = reused ?? insertPart(container, gap.before, spare.pop());
        setChildPartValue(part, values[k]);
        parts.push(part);
      }
      if (gap.before) {
        setChildPartValue(gap.before, values[gap.to]);
        parts.push(gap.before);
      }
    }
    // removePart leaves a part's end marker behind (lit/lit#5010): a comment node for every item
    // that ever left the view, without end (14,000 after 60 data swaps, each update slower).
    for (const part of spare) {
      removePart(part);
      (part.endNode as ChildNode).remove();
    }
    this.#parts = parts;
    this.#ids = ids;
    return noChange;
  }
}

/**
 * The items that keep their nodes, as [new place, old place], in order in both lists: the one
 * with focus, and when at least half the items stayed, every other that stayed in order with it.
 * Ids are text: a `keepId` of null (no item has focus) is found in neither list.
 */
function anchors(before: readonly string[], ids: readonly (string | null)[], keepId: string | null): [number, number][] {
  const was = new Map<string | null, number>();
  before.forEach((id, i) => was.set(id, i));
  const keepNow = ids.indexOf(keepId);
  const keepWas = was.get(keepId);
  const focus: [number, number][] = keepNow >= 0 && keepWas !== undefined ? [[keepNow, keepWas]] : [];
  let stayed = 0;
  for (const id of ids) if (was.has(id)) stayed++;
  if (2 * stayed < ids.length) return focus;
  const found: [number, number][] = [];
  let last = -1;
  ids.forEach((id, now) => {
    const then = was.get(id);
    if (then === undefined || then <= last) return;
    // On the same side of the focused item in both lists, so that it can keep its node too.
    if (focus.length > 0 && now !== keepNow && now < keepNow !== then < keepWas!) return;
    found.push([now, then]);
    last = then;
  });
  return found;
}

/** `values` (the items' templates) in reused nodes, the item `keepId` in its own; `ids` names each value's item, in the order of `values`. */
// Its type written out: inferred, the declarations would name 'lit-html', which the package does not depend on.
export const places: (ids: readonly string[], values: readonly unknown[], keepId: string | null) => DirectiveResult<typeof PlacesDirective> = directive(PlacesDirective);
