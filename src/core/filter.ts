import type { TimelineItem, TimelineModel } from './model.js';

/** Which items are shown: those of the listed groups (items without a group always) that contain the query. */
export interface TimelineFilter {
  /** The ids of the groups shown; unset, every group. */
  groups?: readonly string[];
  /** Text the title, description, place or quote must contain, ignoring case and diacritics. */
  query?: string;
}

/**
 * Text folded for searching: decomposed, without combining marks, lower case, spaces
 * squeezed. "München" becomes "munchen", so "munchen" and "MÜNCHEN" find it (and "muenchen",
 * a spelling rather than a diacritic, does not).
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const folded = new WeakMap<TimelineItem, string>();

function searchableText(item: TimelineItem): string {
  let text = folded.get(item);
  if (text === undefined) {
    text = foldText([item.title, item.description, item.place, item.quote].filter(Boolean).join('\n'));
    folded.set(item, text);
  }
  return text;
}

/** Whether a filter hides anything at all. */
export function isFiltering(filter: TimelineFilter | undefined): boolean {
  return filter !== undefined && (filter.groups !== undefined || foldText(filter.query ?? '') !== '');
}

/** The items a filter keeps, as a model of their own (groups and problems unchanged). */
export function filterModel(model: TimelineModel, filter: TimelineFilter | undefined): TimelineModel {
  if (!isFiltering(filter)) return model;
  const shown = filter!.groups ? new Set(filter!.groups) : undefined;
  // Only a group the document lists has a toggle: items of other groups are never hidden by one.
  const listed = new Set(model.groups.map((g) => g.id));
  const hidden = (group: string | undefined) => shown !== undefined && group !== undefined && listed.has(group) && !shown.has(group);
  const query = foldText(filter!.query ?? '');
  const items = model.items.filter((item) => !hidden(item.group) && (query === '' || searchableText(item).includes(query)));
  return { ...model, items, byId: new Map(items.map((item) => [item.id, item])) };
}
