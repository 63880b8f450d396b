import { filterModel, foldText, isFiltering, readFilter, type TimelineFilter } from '../../core/filter.js';
import type { Messages } from '../../core/messages.js';
import type { TimelineModel } from '../../core/model.js';
import { TimelineFilterChangeEvent, TimelineSelectEvent } from '../../events.js';
import type { TimelineHost } from '../controllers/host.js';
import type { FiltersProps } from '../templates/render-filters.js';
import type { Announcer } from './announcer.js';

/**
 * What the legend and the search field show and the filter they set, and how a changed filter
 * is reported. It comes with them and the filtering (parts/filters.ts): FilterController in the
 * main file only asks it.
 */

/**
 * The filters the legend set, each with the groups there were when it was set: a group not
 * among them was never switched off by the reader (followData).
 */
const madeByLegend = new WeakMap<TimelineFilter, readonly string[]>();

/** Sets the `filter` property to the current one with `change`; `all`: the groups the legend knew, for a filter whose groups it set. */
function setFilter(host: TimelineHost, change: Partial<TimelineFilter>, all = host.filter && madeByLegend.get(host.filter)): TimelineFilter {
  const next: TimelineFilter = { ...readFilter(host.filter), ...change };
  if (next.groups === undefined) delete next.groups;
  if (next.query === undefined) delete next.query;
  if (all) madeByLegend.set(next, all);
  return (host.filter = next);
}

/**
 * A reader's change of the filter: set, and where it hides the selected item, the selection
 * cleared with a `timeline-select` (null), as the reader's Escape clears it. (A filter the page
 * sets clears it without one: filter-controller.ts.)
 */
function readerFilter(host: TimelineHost, model: TimelineModel, change: Partial<TimelineFilter>, all?: readonly string[]): void {
  const next = setFilter(host, change, all);
  if (host.selected == null || filterModel(model, next).byId.has(host.selected)) return;
  host.selected = null;
  host.dispatchEvent(new TimelineSelectEvent(null));
}

/**
 * The legend's filter when the data changes: the groups the reader switched off stay off, and
 * every other group is shown, those of a new story or those new items brought (a list of the
 * groups shown would hide them). A filter the page set is the page's, and left as it is.
 */
export function followData(host: TimelineHost, model: TimelineModel, say: { announcer: Announcer; locale: { messages: Messages } }): void {
  const filter = host.filter;
  const was = followed.get(host);
  followed.set(host, model);
  const all = filter && madeByLegend.get(filter);
  const groups = readFilter(filter).groups;
  const ids = model.groups.map((g) => g.id);
  if (all && groups && ids.join('\n') !== all.join('\n')) {
    const shown = ids.filter((id) => groups.includes(id) || !all.includes(id));
    setFilter(host, { groups: shown.length === ids.length ? undefined : shown }, ids);
    return;
  }
  // New data under the same filter: the live region says what it shows now, not what it showed
  // of the data before ("3 of 12 events" stayed after a new document of 40). A changed filter
  // (above) is reported as every change is.
  if (was && was !== model && isFiltering(readFilter(filter))) say.announcer.say(say.locale.messages.shownOf(filterModel(model, filter).items.length, model.items.length));
}

/** The model each element's filter last followed: a new one is new data. */
const followed = new WeakMap<TimelineHost, TimelineModel>();

/** The legend's toggles and the search field: each change sets the `filter` property. */
export function filtersProps(host: TimelineHost, messages: Messages, model: TimelineModel): FiltersProps {
  // Read at each use: two clicks may come before the next picture.
  const groupShown = (id: string) => readFilter(host.filter).groups?.includes(id) ?? true;
  return {
    messages,
    groups: model.groups,
    groupShown,
    // Switches one group on or off; all on is no group filter.
    onToggleGroup: (id) => {
      const all = model.groups.map((g) => g.id);
      const shown = all.filter((g) => (g === id ? !groupShown(g) : groupShown(g)));
      readerFilter(host, model, { groups: shown.length === all.length ? undefined : shown }, all);
    },
    searchable: host.searchable,
    query: readFilter(host.filter).query ?? '',
    // The text typed so far; only spaces is no query.
    onSearch: (query) => readerFilter(host, model, { query: foldText(query) === '' ? undefined : query }),
  };
}

/**
 * What each element last reported (groups, query, count): a filter set again as it was
 * (`filter = {}` twice, every group listed where none was) changes nothing, and is neither said
 * nor fired. (The first filter the page sets is reported, even one that hides nothing.)
 */
const reported = new WeakMap<TimelineHost, string>();
/** The elements whose last reported filter hid something. */
const filtered = new WeakSet<TimelineHost>();

/**
 * A changed filter: said in the live region ("3 of 12 events") and fired as one
 * `timeline-filter-change`. A filter taken off is said too ("12 of 12 events"): a reader who
 * switched the last group back on or emptied the search heard nothing, and could not tell that
 * every item was back. A first filter that hides nothing (a page setting `{}`) says nothing.
 */
export function reportFilter(host: TimelineHost, say: { announcer: Announcer; messages: Messages }, model: TimelineModel, shown: TimelineModel): void {
  const filter = readFilter(host.filter);
  const groups = model.groups.map((g) => g.id).filter((id) => filter.groups?.includes(id) ?? true);
  const query = filter.query ?? '';
  const count = shown.items.length;
  const key = JSON.stringify([groups, query, count]);
  if (key === reported.get(host)) return;
  reported.set(host, key);
  const filtering = isFiltering(filter);
  say.announcer.say(filtering || filtered.has(host) ? say.messages.shownOf(count, model.items.length) : '');
  if (filtering) filtered.add(host);
  else filtered.delete(host);
  host.dispatchEvent(new TimelineFilterChangeEvent(groups, query, count));
}
