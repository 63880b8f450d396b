import { remembered } from './remembered.js';
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

/**
 * The filter a page set, as the element reads it: the `filter` property is the page's to set
 * from script or a framework's state, where none is often null. Null, or anything that is not
 * an object, filters nothing; a query that is not text is no query, groups that are not a list
 * no group filter. What is shown and what timeline-filter-change reports then agree.
 */
export function readFilter(filter: unknown): TimelineFilter {
  const { groups, query } = (filter ?? {}) as { groups?: unknown; query?: unknown };
  return { ...(Array.isArray(groups) && { groups: groups as string[] }), ...(typeof query === 'string' && { query }) };
}

/** Whether a filter hides anything at all. */
export function isFiltering(filter: unknown): boolean {
  const { groups, query = '' } = readFilter(filter);
  return groups !== undefined || foldText(query) !== '';
}

/** Each model's filtered models, by the filter object that made them. */
const filtered = new WeakMap<TimelineModel, WeakMap<object, TimelineModel>>();

/**
 * The items a filter keeps, as a model of their own (groups and problems unchanged); made once
 * per model and filter object: new data is filtered to be shown, counted for the live region
 * (legend.ts followData) and asked whether it keeps the selection, each of them a pass over
 * every item's text.
 */
export function filterModel(model: TimelineModel, filter: unknown): TimelineModel {
  if (filter === null || typeof filter !== 'object') return filterAnew(model, filter);
  const byFilter = remembered(filtered, model, () => new WeakMap<object, TimelineModel>());
  return remembered(byFilter, filter, () => filterAnew(model, filter));
}

function filterAnew(model: TimelineModel, filter: unknown): TimelineModel {
  // Read once: what isFiltering asks is whether there are groups or a folded query.
  const { groups, query: text = '' } = readFilter(filter);
  const query = foldText(text);
  if (groups === undefined && query === '') return model;
  const shown = groups ? new Set(groups) : undefined;
  // Only a group the document lists has a toggle: items of other groups are never hidden by one.
  const listed = new Set(model.groups.map((g) => g.id));
  const hidden = (group: string | undefined) => shown !== undefined && group !== undefined && listed.has(group) && !shown.has(group);
  const items = model.items.filter((item) => !hidden(item.group) && (query === '' || searchableText(item).includes(query)));
  return { ...model, items, byId: new Map(items.map((item) => [item.id, item])) };
}
