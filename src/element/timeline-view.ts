import type { PlacedCluster } from '../core/placement.js';
import { needsDateWords } from '../core/date-words.js';
import { formatPreciseDate } from '../core/format.js';
import { groupIndexOf } from '../core/model.js';
import { wordsLang } from '../core/messages.js';
import { parsePreciseDate } from '../core/precision.js';
import { labelText } from '../core/visible-text.js';
import type { TimelineGroup } from '../core/types.js';
import type { DataController } from './controllers/data-controller.js';
import type { FilterController } from './controllers/filter-controller.js';
import type { HashController } from './controllers/hash-controller.js';
import type { TimelineHost } from './controllers/host.js';
import type { LayoutController } from './controllers/layout-controller.js';
import type { PrintController } from './controllers/print-controller.js';
import type { LocaleController } from './controllers/locale-controller.js';
import type { SelectionController } from './controllers/selection-controller.js';
import type { ViewportController } from './controllers/viewport-controller.js';
import type { Announcer } from './support/announcer.js';
import type { EventNames } from './support/event-names.js';
import type { TemplateResult } from 'lit';
import type { TimelineProps } from './templates/render-timeline.js';
import { renderPrint } from './templates/render-print.js';
import { Memo } from './support/memo.js';
import { Picture } from './support/picture.js';

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
  print: PrintController;
  names: EventNames;
  announcer: Announcer;
}

/** An item's or a chip's name with its group's, when it has one. */
const withGroup = (name: string, group?: TimelineGroup) => (group ? `${name} (${group.label})` : name);

/**
 * What the templates draw for one update, gathered from what the controllers worked out, and
 * the few actions that need several of them. The element's `render()` hands over to this, as
 * lit's LitVirtualizer hands over to Virtualizer: the element file stays its public API.
 */
export class TimelineView {
  /** The print list last drawn, and what it was drawn from. */
  readonly #printList = new Memo<TemplateResult>();

  /** `toSVG()`, `toPNG()` and the export buttons. */
  readonly picture: Picture;

  constructor(private readonly p: TimelineParts) {
    this.picture = new Picture(p, () => this.name);
  }

  /** The accessible name of the timeline: the label, the document's title, or "Timeline" (shaped like a label). */
  get name(): string {
    // A label bound from a framework may be a number: written as its text, as the attribute would be.
    // An empty or blank one names nothing: the title stands in, as for no label.
    return labelText(String(this.p.host.label ?? '').trim() || this.p.data.model?.title || this.p.locale.messages.timeline);
  }

  /** A "+N" chip: what it does comes with the details panel (asked for when the pointer or focus came to the chip). */
  openCluster = (c: PlacedCluster): void => {
    const part = this.p.selection.details.get();
    if (part) part.openChip(this.p, c);
    else this.p.selection.details.ready().then((ready) => ready.openChip(this.p, c), () => undefined);
  };

  /** A pointer or focus on an item or a chip: the details panel is asked for now, so a click finds it here. */
  #intent = (e: Event): void => {
    // One look along the path for either part: the same answer as a look for each in turn.
    const onItem = e.composedPath().some((n) => n instanceof Element && n.getAttribute('part')?.split(' ').some((part) => part === 'event' || part === 'cluster'));
    if (onItem) this.p.selection.details.get();
  };

  /** A source's date, written like the item's own. */
  formatSourceDate = (date: string): string => {
    const { locale } = this.p;
    const parsed = parsePreciseDate(date, locale.readZone);
    if (!parsed.ok) return date;
    // A week, a span or a qualified date: written once its words are here (the update after they arrive).
    if (needsDateWords(parsed.value)) this.p.layout.words();
    return formatPreciseDate(parsed.value, locale.locale, locale.displayZone);
  };

  /** While `src` loads, a large document is read in slices, or its first picture is drawn in the next task. */
  get loading(): boolean {
    return this.p.data.loading || this.p.layout.drawingNext;
  }

  props(): TimelineProps {
    const { host, locale, data, filter, viewport, selection, layout, print, names, announcer } = this.p;
    const model = filter.shown;
    const m = locale.messages;
    const frame = layout.frame;
    const name = this.name;
    const input = selection.input;
    const chipList = selection.chipList;
    const selectedItem = frame ? model?.byId.get(host.selected) : undefined;
    const panel = selectedItem || (chipList && model) ? selection.details.get() : undefined;
    const wantsFilters = model !== undefined && (model.groups.length > 0 || host.searchable);
    const filters = wantsFilters ? filter.part.get() : undefined;
    // Data that waits for a part of its first picture (the vertical layout, the legend) or for
    // the next task to draw it draws nothing yet, not "no events".
    const waiting = layout.waiting || layout.drawingNext || (wantsFilters && !filters && !filter.part.failed);
    return {
      messages: m,
      title: model?.title,
      lang: locale.textLang,
      locale: wordsLang(m, locale.locale),
      // Said once the element's words are here (locale.waiting).
      loading: this.loading && !locale.waiting,
      failure: data.failure,
      hasModel: model !== undefined && !waiting,
      filters: model && filters && { ...filters.filtersProps(host, m, model), renderFilters: filters.renderFilters },
      chart: model && frame && {
        frame,
        selected: host.selected,
        focusId: selection.focusId,
        activeId: (host.shadowRoot?.activeElement as HTMLElement | null)?.dataset['id'] ?? null,
        lang: locale.textLang,
        groupIndex: groupIndexOf(model),
        // Its group said too: the vertical layout shows it by colour alone, and a list read item
        // by item passes the horizontal rows' headings by.
        describe: ({ item }) => withGroup(names.name(item), model.groups.find((g) => g.id === item.group)),
        isNew: (id) => data.newIds.has(id),
        messages: m,
        onZoom: (how, at) => viewport.zoomBy(how, at),
        onExport: host.exportable ? this.picture.download : undefined,
        onClick: input.onClick,
        onFocusIn: (e) => {
          this.#intent(e);
          input.onFocusIn(e);
        },
        onIntent: this.#intent,
        // A chip of a horizontal row, its row's group: three rows' chips of the same days were named alike.
        describeCluster: (c) => withGroup(names.cluster(c), frame.placement.rows[c.row]?.group),
        onOpenCluster: this.openCluster,
        // The vertical layout's templates when the page has them (a vertical frame was laid out
        // with them); the templates draw them for a vertical frame alone.
        article: layout.articlePart.here,
        marks: layout.datesPart.here?.marks,
        backdrop: layout.backdrop && {
          // Their templates: loaded whenever the layout placed a backdrop.
          ...layout.backdropPart.get()!,
          backdrop: layout.backdrop,
          frame,
          label: m.periods,
          laneHeight: frame.lineHeight,
          locale: locale.locale,
          zone: locale.displayZone,
        },
      },
      // The panel's props come with its templates.
      details: panel && selectedItem && panel.detailsProps(this.p, selectedItem, this.formatSourceDate),
      // The events of a chip that zooming cannot part.
      chipList: panel && chipList && model && panel.chipListProps(this.p, chipList),
      // Every item shown (not only those in the window), and only while printing; made again only
      // when what it says changed, so that updates meanwhile (print media emulated while one
      // zooms) write none of its thousands of entries.
      print: print.printing && model
        ? this.#printList.get([model.items, name, locale.textLang, m, locale.locale, locale.displayZone], () =>
            renderPrint({ items: model.items, label: name, lang: locale.textLang, messages: m, when: (item) => names.when(item), formatSourceDate: this.formatSourceDate }),
          )
        : undefined,
      panel,
      announcement: announcer.text,
      onKeyDown: input.onKeyDown,
    };
  }
}
