import type { ReactiveController } from 'lit';
import type { TimelineFilter } from '../../core/filter.js';
import type { TimelineModel } from '../../core/model.js';
import type { Announcer } from '../support/announcer.js';
import { OnDemand } from '../support/on-demand.js';
import { loadFilters, type FiltersPart } from '../support/parts.js';
import type { DataController } from './data-controller.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';

/**
 * The items shown: the data less the groups switched off in the legend and the items the
 * search does not find. Every change, from the legend, the search field or the `filter`
 * property, fires one `timeline-filter-change` and is said in the live region ("3 of 12
 * events"), as is what a filter shows of new data; a selected item that is filtered out is deselected. The filtering (core/filter.ts),
 * the legend's and search field's actions and that report (support/legend.ts) come with the
 * legend and search (parts/filters.ts): while a filter waits for them, nothing is shown rather
 * than items it may hide.
 */

/** Whether a filter may hide anything: a list of groups (an empty one hides every group), or a query (the part says for sure: a query of spaces hides nothing). */
const mayFilter = (filter: TimelineFilter | null | undefined) => !!(filter?.groups || filter?.query);

export class FilterController implements ReactiveController {
  /** The model the window and the layout work on. */
  shown?: TimelineModel;
  /** The filter last reported; `false` until the first data, whose filter is the baseline. */
  #reported: TimelineFilter | null | undefined | false = false;
  /** The legend and the search field (the view draws from the same: one part, one report should it fail). */
  readonly part: OnDemand<FiltersPart>;

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: { data: Pick<DataController, 'model'>; locale: LocaleController; announcer: Announcer },
  ) {
    this.part = new OnDemand(host, loadFilters);
    host.addController(this);
  }

  hostUpdate(): void {
    const model = this.deps.data.model;
    const filtering = model && mayFilter(this.host.filter);
    const part = filtering ? this.part.get() : undefined;
    // The legend's filter follows new data (support/legend.ts): what the reader switched off stays off, new groups show.
    part?.followData(this.host, model!, this.deps);
    const filter = this.host.filter;
    // A filter whose part could not be loaded shows every item (the page was told: a timeline-error).
    this.shown = model && (part ? part.filterModel(model, filter) : filtering && !this.part.failed ? undefined : model);
    const selected = this.host.selected;
    // A filter the page set that hides the selected item clears the selection, with no
    // timeline-select (which says what the reader did), as new data does; the legend and the
    // search field clear it with one as the reader uses them (support/legend.ts).
    if (this.shown && model?.byId.has(selected) && !this.shown.byId.has(selected)) this.host.selected = null;
    // Reported before the render, which then draws what the live region says: said after it
    // (hostUpdated), the words asked for a second update of the whole element.
    if (!model || !this.shown || filter === this.#reported) return;
    // The first data's filter is the baseline, not a change.
    if (this.#reported === false) return void (this.#reported = filter);
    // The report comes with the part (a filter that hides nothing did not ask for it): the
    // update after it arrived makes it, and updateComplete waits for that.
    const filters = this.part.get();
    if (!filters) return;
    this.#reported = filter;
    filters.reportFilter(this.host, { announcer: this.deps.announcer, messages: this.deps.locale.messages }, model, this.shown);
  }
}
