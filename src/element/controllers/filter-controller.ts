import type { ReactiveController } from 'lit';
import type { TimelineFilter } from '../../core/filter.js';
import type { TimelineModel } from '../../core/model.js';
import { TimelineFilterChangeEvent } from '../../events.js';
import type { Announcer } from '../support/announcer.js';
import { Memo } from '../support/memo.js';
import { OnDemand } from '../support/on-demand.js';
import { loadFilters, type FiltersPart } from '../support/parts.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';

/**
 * The items shown: the data less the groups switched off in the legend and the items the
 * search does not find. Every change, from the legend, the search field or the `filter`
 * property, fires one `timeline-filter-change` and is said in the live region ("3 of 12
 * events"); a selected item that is filtered out is deselected. The filtering (core/filter.ts)
 * comes with the legend and search (parts/filters.ts): while a filter waits for it, nothing is
 * shown rather than items it may hide.
 */

/** Whether a filter may hide anything (the part says for sure: a query of spaces hides nothing). */
const mayFilter = (filter: TimelineFilter | undefined) => filter?.groups !== undefined || (filter?.query ?? '') !== '';

export class FilterController implements ReactiveController {
  /** The model the window and the layout work on. */
  shown?: TimelineModel;
  readonly #shown = new Memo<TimelineModel>();
  /** The filter last reported; `false` until the first data, whose filter is the baseline. */
  #reported: TimelineFilter | undefined | false = false;
  readonly #part: OnDemand<FiltersPart>;

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: { model: () => TimelineModel | undefined; select: (id: string | null) => void; locale: LocaleController; announcer: Announcer },
  ) {
    this.#part = new OnDemand(host, loadFilters);
    host.addController(this);
  }

  hostUpdate(): void {
    const model = this.deps.model();
    const filter = this.host.filter;
    const part = model && mayFilter(filter) ? this.#part.get() : undefined;
    this.shown = model && (part ? this.#shown.get([model, filter], () => part.filterModel(model, filter)) : mayFilter(filter) ? undefined : model);
    const selected = this.host.selected;
    if (this.shown && selected !== null && model?.byId.has(selected) && !this.shown.byId.has(selected)) this.deps.select(null);
  }

  hostUpdated(): void {
    const model = this.deps.model();
    const filter = this.host.filter;
    if (!model || !this.shown || filter === this.#reported) return;
    const first = this.#reported === false;
    this.#reported = filter;
    if (first) return;
    const { groups, query } = this.#effective(model);
    const count = this.shown.items.length;
    const filtering = mayFilter(filter) && this.#part.get()?.isFiltering(filter);
    this.deps.announcer.say(filtering ? this.deps.locale.messages.shownOf(count, model.items.length) : '');
    this.host.dispatchEvent(new TimelineFilterChangeEvent(groups, query, count));
  }

  /** The groups shown and the query, as the event reports them. */
  #effective(model: TimelineModel): { groups: string[]; query: string } {
    const filter = this.host.filter;
    const groups = filter?.groups ? model.groups.filter((g) => filter.groups!.includes(g.id)).map((g) => g.id) : model.groups.map((g) => g.id);
    return { groups, query: filter?.query ?? '' };
  }

  /** Whether a group's items are shown (its legend button is pressed). */
  groupShown(id: string): boolean {
    const groups = this.host.filter?.groups;
    return !groups || groups.includes(id);
  }

  /** The legend: switches one group on or off. */
  toggleGroup = (id: string): void => {
    const model = this.deps.model();
    if (!model) return;
    const all = model.groups.map((g) => g.id);
    const shown = all.filter((g) => (g === id ? !this.groupShown(g) : this.groupShown(g)));
    this.#set({ groups: shown.length === all.length ? undefined : shown });
  };

  /** The search field: the text typed so far. */
  search = (query: string): void => {
    // Typed into the search field, which came with the part.
    const fold = this.#part.get()?.foldText ?? ((text: string) => text.trim());
    this.#set({ query: fold(query) === '' ? undefined : query });
  };

  #set(change: Partial<TimelineFilter>): void {
    const next: TimelineFilter = { ...this.host.filter, ...change };
    if (next.groups === undefined) delete next.groups;
    if (next.query === undefined) delete next.query;
    this.host.filter = next;
  }
}
