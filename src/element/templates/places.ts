import { noChange, type ChildPart } from 'lit';
import { directive, Directive, PartType, type PartInfo } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue } from 'lit/directive-helpers.js';

/**
 * A list that reuses its nodes for whatever items it shows next. A view that zooms replaces
 * most of its drawn items every frame (nine in ten at 10,000 items), and rewriting a node costs
 * less than removing one and creating another (measured at 1,200 px: 2-17% less main-thread
 * CPU a window step than nodes keyed by item, less script and style recalculation, a little
 * more layout; a tenth of the nodes made and dropped). So when most items are new, the n-th
 * node shows the n-th item; when most stay (a pan, a gesture drawn from a stage, a
 * selection), each that stays keeps its node, which then only moves, and the new ones take
 * over the nodes of those that left between the same neighbours. Nodes are rewritten, added
 * or removed, never moved (moving a node blurs it). The item `keepId` (the one with focus)
 * always keeps its node.
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
    let fromOld = 0;
    let fromNew = 0;
    for (const [now, was] of anchors(this.#ids, ids, keepId)) {
      const kept = old[was]!;
      fill(container, old.slice(fromOld, was), values.slice(fromNew, now), parts, kept);
      setChildPartValue(kept, values[now]);
      parts.push(kept);
      fromOld = was + 1;
      fromNew = now + 1;
    }
    fill(container, old.slice(fromOld), values.slice(fromNew), parts, undefined);
    this.#parts = parts;
    this.#ids = ids;
    return noChange;
  }
}

/**
 * The items that keep their nodes, as [new place, old place], in order in both lists: the one
 * with focus, and when at least half the items stayed, every other that stayed in order with it.
 */
function anchors(before: readonly string[], ids: readonly string[], keepId: string | null): [number, number][] {
  const was = new Map<string, number>();
  before.forEach((id, i) => was.set(id, i));
  const keepNow = keepId === null ? -1 : ids.indexOf(keepId);
  const keepWas = keepId === null ? undefined : was.get(keepId);
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

/** `values` (the items' templates) in reused nodes, the item `keepId` in its own; `ids` names each value's item, in the order of `values`. */
export const places = directive(PlacesDirective);
