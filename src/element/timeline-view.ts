import type { PlacedCluster } from '../core/placement.js';
import { chipAction, clusterMembers } from '../core/cluster-members.js';
import { formatPreciseDate } from '../core/format.js';
import { groupIndexOf } from '../core/model.js';
import { parsePreciseDate } from '../core/precision.js';
import { labelText } from '../core/visible-text.js';
import type { DataController } from './controllers/data-controller.js';
import type { FilterController } from './controllers/filter-controller.js';
import type { HashController } from './controllers/hash-controller.js';
import type { TimelineHost } from './controllers/host.js';
import type { LayoutController } from './controllers/layout-controller.js';
import type { LocaleController } from './controllers/locale-controller.js';
import type { SelectionController } from './controllers/selection-controller.js';
import type { ViewportController } from './controllers/viewport-controller.js';
import type { Announcer } from './support/announcer.js';
import type { EventNames } from './support/event-names.js';
import type { TimelineProps } from './templates/render-timeline.js';

/** The element's controllers, as the view reads them. */
export interface TimelineParts {
  host: TimelineHost;
  locale: LocaleController;
  data: DataController;
  filter: FilterController;
  viewport: ViewportController;
  selection: SelectionController;
  hash: HashController;
  layout: LayoutController;
  names: EventNames;
  announcer: Announcer;
}

/**
 * What the templates draw for one update, gathered from what the controllers worked out, and
 * the few actions that need several of them. The element's `render()` hands over to this, as
 * lit's LitVirtualizer hands over to Virtualizer: the element file stays its public API.
 */
export class TimelineView {
  constructor(private readonly p: TimelineParts) {}

  /** The accessible name of the timeline: the label, the document's title, or "Timeline" (shaped like a label). */
  get name(): string {
    return labelText(this.p.host.label ?? this.p.data.model?.title ?? this.p.locale.messages.timeline);
  }

  /**
   * A "+N" chip zooms in to where its events start, or, when zooming cannot part them (one
   * instant, the zoom limit), lists them in the details panel: every click makes progress.
   */
  openCluster = (c: PlacedCluster): void => {
    const { layout, filter, viewport, selection, names } = this.p;
    const frame = layout.frame;
    const model = filter.shown;
    const view = viewport.view;
    if (!frame || !model || !view) return;
    const drawn = new Set(frame.placement.items.map((p) => p.item.id));
    const members = clusterMembers(model.items, c, frame.placement.rows, drawn);
    const action = chipAction(members, view);
    if (action.kind === 'zoom') void viewport.moveTo(action.view);
    else selection.openChipList(members, names.clusterHeading(c));
  };

  /** A source's date, written like the item's own. */
  formatSourceDate = (date: string): string => {
    const { locale } = this.p;
    const parsed = parsePreciseDate(date, locale.readZone);
    return parsed.ok ? formatPreciseDate(parsed.value, locale.locale, locale.displayZone) : date;
  };

  props(): TimelineProps {
    const { host, locale, data, filter, viewport, selection, hash, layout, names, announcer } = this.p;
    const model = filter.shown;
    const m = locale.messages;
    const frame = layout.frame;
    const name = this.name;
    const input = selection.input;
    const chipList = selection.chipList;
    const selectedItem = frame && host.selected !== null ? model?.byId.get(host.selected) : undefined;
    return {
      messages: m,
      title: model?.title,
      lang: model?.lang,
      loading: data.loading,
      failure: data.failure,
      hasModel: model !== undefined,
      filters: model && {
        messages: m,
        groups: model.groups,
        groupShown: (id) => filter.groupShown(id),
        onToggleGroup: filter.toggleGroup,
        searchable: host.searchable,
        query: host.filter?.query ?? '',
        onSearch: filter.search,
      },
      chart: model && frame && {
        frame,
        selected: host.selected,
        focusId: selection.focusId,
        activeId: (host.shadowRoot?.activeElement as HTMLElement | null)?.dataset['id'] ?? null,
        lang: model.lang,
        listLabel: name,
        groupIndex: groupIndexOf(model),
        describe: (p) => names.name(p.item),
        isNew: (id) => data.newIds.has(id),
        locale: locale.locale,
        messages: m,
        name,
        chartRef: viewport.chartRef,
        onZoom: (how) => viewport.zoomBy(how),
        onClick: input.onClick,
        onFocusIn: input.onFocusIn,
        describeCluster: (c) => names.cluster(c),
        onOpenCluster: this.openCluster,
        backdrop: layout.backdrop && {
          backdrop: layout.backdrop,
          frame,
          label: m.periods,
          laneHeight: frame.lineHeight,
          when: (entry) => ('date' in entry ? names.whenDate(entry.date) : names.whenPeriod(entry.from, entry.to)),
        },
      },
      details: selectedItem && {
        item: selectedItem,
        when: names.when(selectedItem),
        lang: model?.lang,
        messages: m,
        formatSourceDate: this.formatSourceDate,
        onClose: selection.closeDetails,
        link: hash.linkTo(selectedItem.id),
        onCopyLink: selection.copyLink,
      },
      // The events of a chip that zooming cannot part.
      chipList: chipList && model && {
        ...chipList,
        lang: model.lang,
        messages: m,
        when: (item) => names.when(item),
        onPick: selection.pickFromList,
        onClose: selection.closeChipList,
        onKeyDown: selection.onChipListKey,
      },
      announcement: announcer.text,
      onKeyDown: input.onKeyDown,
    };
  }
}
