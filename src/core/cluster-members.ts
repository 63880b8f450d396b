import type { TimelineItem } from './model.js';
import type { PlacedCluster, PlacedRow } from './placement.js';
import { clampView, ZOOM_LIMITS, type View } from './view.js';

/**
 * The events a "+N" chip stands for. A chip holds the next `count` events of its row, in time
 * order, that found no lane, from its earliest start on (placement sweeps them in that order),
 * so they are found again from the events, the row and the events that are drawn.
 */
export function clusterMembers(
  items: readonly TimelineItem[],
  cluster: PlacedCluster,
  rows: readonly PlacedRow[],
  drawn: ReadonlySet<string>,
): TimelineItem[] {
  // Without groups every event is in the one row; with groups, a row holds its group's events
  // (the row without a group, those without one).
  const grouped = rows.some((r) => r.group !== undefined);
  const group = rows[cluster.row]?.group?.id;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < cluster.start) lo = mid + 1;
    else hi = mid;
  }
  const members: TimelineItem[] = [];
  for (let i = lo; i < items.length && members.length < cluster.count; i++) {
    const item = items[i]!;
    if (item.start > cluster.end) break;
    if (drawn.has(item.id) || item.end > cluster.end) continue;
    if (grouped && item.group !== group) continue;
    members.push(item);
  }
  return members;
}

/** What activating a chip does: zoom to a window, or list its events when zooming cannot part them. */
export type ChipAction = { kind: 'zoom'; view: View } | { kind: 'list' };

/** A zoom that keeps more than this share of the span shows about the same chip again. */
const MIN_PROGRESS = 0.75;

/**
 * A chip zooms to the window its events start in, where their starts spread over the width and
 * they can get lanes. Events that start at one instant can never be parted by zooming, and at
 * the zoom limit (or when the window would be about the current one) nothing would change: the
 * chip then lists them instead, so every activation makes progress.
 */
export function chipAction(members: readonly TimelineItem[], current: View, limits = ZOOM_LIMITS): ChipAction {
  if (members.length === 0) return { kind: 'list' };
  let first = Infinity;
  let last = -Infinity;
  for (const m of members) {
    if (m.start < first) first = m.start;
    if (m.start > last) last = m.start;
  }
  if (!(last > first)) return { kind: 'list' };
  const pad = (last - first) * 0.1;
  const view = clampView([first - pad, last + pad], limits);
  const span = view[1] - view[0];
  if (span > (current[1] - current[0]) * MIN_PROGRESS) return { kind: 'list' };
  return { kind: 'zoom', view };
}
