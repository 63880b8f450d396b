import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import { fitDomain } from './core/domain.js';
import { formatPreciseDate } from './core/format.js';
import { computeFrame, resolveOrientation, type Frame, type FrameInput } from './core/frame.js';
import { slideFrame } from './core/motion.js';
import { messagesFor, type Messages } from './core/messages.js';
import { groupIndexOf, type TimelineModel } from './core/model.js';
import type { PlacedCluster } from './core/placement.js';
import { instantOf, parsePreciseDate } from './core/precision.js';
import type { TimelineData as TimelineDataInput } from './core/types.js';
import { isKnownZone, viewerZone } from './core/zones.js';
import { clampView, panToInclude, sameView, viewFromRange, zoomView, type View } from './core/view.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './element/events.js';
import { EventNames } from './element/event-names.js';
import { EventInput } from './element/event-input.js';
import { RangeAttributes } from './element/range-attributes.js';
import { AXIS_GUTTER } from './element/render-axis.js';
import { renderChart } from './element/render-chart.js';
import { renderDetails } from './element/render-details.js';
import { ResizeController } from './element/resize-controller.js';
import { styles, tokens } from './element/styles.js';
import { readLabelFont, TextMeasure, type LabelFont } from './element/text-measure.js';
import { TimelineData } from './element/timeline-data.js';
import { Memo } from './element/memo.js';
import { renderFailure } from './element/render-failure.js';
import { ViewAnimation } from './element/view-animation.js';
import { MovingView } from './element/moving-view.js';
import { ZoomController, type ZoomPhase } from './element/zoom-controller.js';
import { localeCandidates } from './element/page-locale.js';
import { SettingsProblems } from './element/settings-problems.js';
import { chipAction, clusterMembers } from './core/cluster-members.js';
import type { TimelineItem } from './core/model.js';
import { renderClusterList } from './element/render-cluster-list.js';
import { UpdateGuard } from './element/update-guard.js';
import { revealSelection } from './element/reveal-selection.js';
import { labelText } from './core/visible-text.js';
import { renderLongText } from './element/render-long-text.js';

/** Labels longer than this many ems end in an ellipsis; the details panel has the whole title. */
const MAX_LABEL_EMS = 16;
type DateInput = string | number | Date;

/**
 * A timeline of dated events on a real time axis. Each event is drawn at the precision its
 * date is known to: a point for a day or an instant, a band for a week, month or year, and
 * for a range. Zoom and pan with the wheel, a drag, the buttons or the keys `+`, `-`, `0`;
 * from script with the methods `zoomTo(start, end)` and `fit()`.
 *
 * @tag event-timeline
 * @summary Dated events from a small JSON list, on a time axis, with details and sources.
 *
 * @fires {TimelineLoadEvent} timeline-load - The data was read and drawn. `detail: { count }`, the number of events shown.
 * @fires {TimelineSelectEvent} timeline-select - The user selected an event, or cleared the selection. `detail: { id }` (null when cleared).
 * @fires {TimelineRangeChangeEvent} timeline-range-change - The visible window changed (after a zoom, a pan or `zoomTo`). `detail: { start, end }` as ISO strings.
 * @fires {TimelineErrorEvent} timeline-error - The data could not be loaded or read, some events were skipped, a `locale` or `time-zone` could not be used (a problem with index -1 and field `locale` or `timeZone`; the nearest usable one is used instead), or drawing failed. `detail: { message, problems: [{ index, id?, field, message }] }`.
 *
 * @slot - An optional `<script type="application/json">` holding the data inline.
 *
 * @csspart title - The document's title above the chart.
 * @csspart axis - The time axis (an SVG).
 * @csspart grid - The tick lines behind the events.
 * @csspart events - The list of events.
 * @csspart event - One event (carries `data-id`); holds `marker` and `label`.
 * @csspart marker - An event's point or band.
 * @csspart label - An event's title next to its marker.
 * @csspart group-label - The heading of a group's row.
 * @csspart controls - The zoom buttons (a toolbar).
 * @csspart control - Each zoom button; also `zoom-in`, `zoom-out` and `fit`.
 * @csspart details - The panel that shows the selected event.
 * @csspart details-title - The selected event's title.
 * @csspart details-date - The selected event's date, at its precision.
 * @csspart details-place - The selected event's place.
 * @csspart details-description - The selected event's description.
 * @csspart details-quote - The selected event's quote.
 * @csspart details-sources - The selected event's list of sources.
 * @csspart close - The button that closes the details panel.
 * @csspart details-list - In the details panel, the list of a "+N" chip's events that zooming cannot part.
 * @csspart details-item - One event of that list (a button carrying `data-id`); it selects the event.
 * @csspart cluster - A "+N" chip standing for events that found no lane in a dense stretch; it zooms in to them, or lists them in the details panel when they are at one instant or the zoom limit.
 * @csspart loading - The message shown while `src` loads.
 * @csspart empty - The message shown when there are no events.
 * @csspart error - The message shown when data could not be loaded or some events were skipped.
 *
 * @cssproperty [--timeline-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssproperty [--timeline-font-size=14px] - Base font size; labels and axis scale from it.
 * @cssproperty [--timeline-text-color=#1f2328] - Colour of titles and labels.
 * @cssproperty [--timeline-muted-color=#57606a] - Colour of secondary text (axis labels, dates).
 * @cssproperty [--timeline-background=#ffffff] - Background of the element.
 * @cssproperty [--timeline-axis-color=#57606a] - Colour of the axis line and ticks.
 * @cssproperty [--timeline-grid-color=#d8dee4] - Colour of the tick lines behind the events.
 * @cssproperty [--timeline-event-color=#0a5cc2] - Colour of event markers.
 * @cssproperty [--timeline-selected-color=#b0300b] - Colour of the selected event's marker.
 * @cssproperty [--timeline-band-opacity=0.22] - Opacity of a band's fill (periods and ranges).
 * @cssproperty [--timeline-focus-color=#0a5cc2] - Colour of the keyboard focus ring.
 * @cssproperty [--timeline-panel-background=#f6f8fa] - Background of the details panel and messages.
 * @cssproperty [--timeline-link-color=#0a5cc2] - Colour of source links.
 * @cssproperty [--timeline-error-color=#b42318] - Accent colour of error messages.
 * @cssproperty [--timeline-radius=6px] - Corner radius of panels and focus rings.
 * @cssproperty [--timeline-group-1-color=var(--timeline-event-color)] - Marker colour of the first group's events (likewise 2 to 6; groups beyond 6 start again at 1).
 * @cssproperty [--timeline-group-2-color=var(--timeline-event-color)] - Marker colour of the second group's events.
 * @cssproperty [--timeline-group-3-color=var(--timeline-event-color)] - Marker colour of the third group's events.
 * @cssproperty [--timeline-group-4-color=var(--timeline-event-color)] - Marker colour of the fourth group's events.
 * @cssproperty [--timeline-group-5-color=var(--timeline-event-color)] - Marker colour of the fifth group's events.
 * @cssproperty [--timeline-group-6-color=var(--timeline-event-color)] - Marker colour of the sixth group's events.
 */
export class EventTimeline extends LitElement {
  static override styles = [tokens, styles];

  /** The events: an array, or a document `{ title, lang, timeZone, groups, events }`. Wins over `src` and inline JSON. */
  @property({ attribute: false }) events?: TimelineDataInput;

  /** URL of a JSON document to fetch. Changing it aborts the previous request. */
  @property({ reflect: true }) src?: string;

  /** Locale for dates and axis labels (BCP 47). Defaults to the nearest `lang`, then the browser's; one Intl refuses is passed over (and reported) for the next of these, then `en`. */
  @property({ reflect: true }) locale?: string;

  /** IANA zone for dates without an offset (when the document names none) and for the axis. Defaults to the viewer's. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  /** The id of the selected event, or null. */
  @property({ reflect: true }) selected: string | null = null;

  /** The accessible name of the timeline. Defaults to the document's title. */
  @property({ reflect: true }) label?: string;

  /** Start of the visible window (ISO 8601); reflects zoom and pan, and setting it moves the view. */
  @property({ reflect: true }) start?: string;

  /** End of the visible window (ISO 8601, inclusive at its precision); reflects zoom and pan, and setting it moves the view. */
  @property({ reflect: true }) end?: string;

  /** `horizontal`, `vertical` (time runs top to bottom), or `auto`: vertical below 600 px of width. */
  @property({ reflect: true }) orientation: 'horizontal' | 'vertical' | 'auto' = 'auto';

  /** `light` or `dark` forces a colour scheme; unset, the element follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The element itself is a named region, so assistive technology finds it by its label. */
  readonly #internals = this.attachInternals();
  readonly #size = new ResizeController(this);
  readonly #data = new TimelineData(this);
  readonly #zoom = new ZoomController(this, (view, phase) => this.#userView(view, phase));
  readonly #measure = new TextMeasure();
  readonly #chart = createRef<HTMLDivElement>();
  /** The visible window; undefined shows every event (the fitted view). */
  #view?: View;
  #fitted?: View;
  #drawnModel?: TimelineModel;
  #frame?: Frame;
  readonly #range = new RangeAttributes();
  #focusId: string | null = null;
  #announcement = '';
  readonly #animation = new ViewAnimation();
  readonly #motion = new MovingView();
  #inlineObserver?: MutationObserver;
  /** [robust] Locales and zones the element cannot use, replaced and reported once. */
  readonly #settings = new SettingsProblems();
  #resolvedLocale = 'en';
  /** [robust] The events of a "+N" chip that zooming cannot part, listed in the details panel. */
  #chipList?: { items: TimelineItem[]; heading: string };
  /** [robust] Whatever an update throws ends as a timeline-error and a message. */
  readonly #guard = new UpdateGuard();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#inlineObserver = new MutationObserver(() => this.requestUpdate());
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
    this.#animation.stop();
    this.#data.cancel();
  }

  /** Shows the window from `start` to `end` (ISO strings at any precision, Dates or epoch ms), animated unless the user prefers reduced motion. */
  zoomTo(start: DateInput, end: DateInput): Promise<void> {
    const from = this.#toMs(start, 'start');
    const to = this.#toMs(end, 'end');
    if (from === undefined || to === undefined || !(to > from)) return Promise.resolve();
    return this.#animateTo(clampView([from, to]));
  }

  /** Shows every event again, with some room around them. */
  fit(): Promise<void> {
    return this.#fitted ? this.#animateTo(this.#fitted) : Promise.resolve();
  }

  /** [robust] Resolved once per update (see willUpdate): a tag Intl accepts, never one that throws. */
  get #locale(): string {
    return this.#resolvedLocale;
  }

  get #messages(): Messages {
    return messagesFor(this.#locale);
  }

  get #validZone(): string | undefined {
    return isKnownZone(this.timeZone) ? this.timeZone : undefined;
  }

  /** The zone the axis is drawn in and times are shown in. */
  get #displayZone(): string {
    return this.#validZone ?? this.#data.model?.timeZone ?? viewerZone();
  }

  /** The zone dates without an offset are read in (after the document's own). */
  get #readZone(): string {
    return this.#data.model?.timeZone ?? this.#validZone ?? viewerZone();
  }

  get #currentView(): View | undefined {
    return this.#view ?? this.#fitted;
  }

  /** [robust] Nothing thrown during an update escapes the element (see UpdateGuard). */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      this.#guard.passed();
    } catch (e) {
      const report = (message: string) => this.dispatchEvent(new TimelineErrorEvent(message, []));
      if (this.#guard.caught(e, report)) this.requestUpdate();
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.#guard.begin(changed.size > 0); // [robust]
    // [robust] An unusable locale or zone falls back to the nearest usable one and is reported.
    this.#resolvedLocale = this.#settings.locale(localeCandidates(this, this.locale));
    this.#settings.zone(this.timeZone, this.#data.model?.timeZone ?? viewerZone());
    this.#data.syncSource(this.src, this.events !== undefined);
    this.#data.update({
      events: this.events,
      src: this.src,
      inline: () => this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined,
      zone: this.#validZone ?? viewerZone(),
      messages: this.#messages,
    });
    const model = this.#data.model;
    // A large document arrives between updates (read in slices), so compare with the model last drawn.
    if (model !== this.#drawnModel) {
      this.#drawnModel = model;
      this.#chipList = undefined; // [robust] its events belong to the data drawn before
      this.#fitted = model ? fitDomain(model.items) : undefined;
      this.#animation.stop();
      this.#motion.stop();
      this.#view = this.#range.setByPage(this.start, this.end) ? this.#viewFromAttributes() : undefined;
    } else if ((changed.has('start') || changed.has('end')) && this.#range.setByPage(this.start, this.end)) {
      this.#view = this.#viewFromAttributes() ?? this.#view;
    }
    if (changed.has('selected') && this.selected !== null) this.#focusId = this.selected;
    // Reflect the fitted window here: setting properties now costs no second update.
    const view = this.#currentView;
    if (view && this.start === undefined && this.end === undefined) this.#reflect(view);
  }

  #viewFromAttributes(): View | undefined {
    const from = this.start ? this.#toMs(this.start, 'start') : undefined;
    const to = this.end ? this.#toMs(this.end, 'end') : undefined;
    return viewFromRange(from, to, this.#currentView);
  }

  #toMs = (value: DateInput, edge: 'start' | 'end'): number | undefined => instantOf(value, edge, this.#readZone);

  protected override updated(): void {
    const chart = this.#chart.value;
    const frame = this.#frame;
    const view = this.#currentView;
    if (chart && frame && view && this.#fitted) {
      this.#zoom.attach(chart);
      this.#zoom.sync(this.#fitted, frame.length, frame.breadth, view, frame.orientation === 'vertical');
    } else {
      this.#zoom.detach();
    }
    const due = this.#data.takeReport();
    const { failure, model } = this.#data;
    // [robust] Settings problems wait for data, so a listener added with the data hears them.
    const settings = model || failure ? this.#settings.take() : [];
    if (!due && settings.length === 0) return;
    if (failure && due) this.dispatchEvent(new TimelineErrorEvent(failure.message, [...settings, ...failure.problems]));
    else if (settings.length > 0) this.dispatchEvent(new TimelineErrorEvent(settings.map((p) => p.message).join(' '), settings));
    if (model && due) this.dispatchEvent(new TimelineLoadEvent(model.items.length));
  }

  /** Writes the visible window to the start and end attributes, remembering them as ours. */
  #reflect(view: View): void {
    const { start, end } = this.#range.write(view, this.#displayZone);
    this.start = start;
    this.end = end;
  }

  #commitView(): void {
    const view = this.#currentView;
    if (!view) return;
    this.#reflect(view);
    this.dispatchEvent(new TimelineRangeChangeEvent(this.start!, this.end!));
  }

  #userView(view: View, phase: ZoomPhase): void {
    const next = clampView(view);
    const moved = !sameView(next, this.#currentView);
    if (phase === 'change') {
      this.#animation.stop();
      if (moved) this.#motion.start();
    }
    // At rest again: lanes are stacked for exactly this view.
    if (moved || (phase === 'end' && this.#motion.stop())) {
      this.#view = next;
      this.requestUpdate();
    }
    if (phase === 'end') this.#commitView();
  }

  #animateTo(target: View): Promise<void> {
    const land = () => {
      this.#motion.stop();
      this.#view = target;
      this.requestUpdate();
      return this.updateComplete.then(() => this.#commitView());
    };
    const show = (view: View) => {
      this.#motion.start();
      this.#view = view;
      this.requestUpdate();
    };
    return this.#animation.run(this.isConnected ? this.#currentView : undefined, target, show, land);
  }

  #zoomBy = (how: 'in' | 'out' | 'fit'): void => {
    const view = this.#currentView;
    if (!view) return;
    if (how === 'fit') void this.fit();
    else void this.#animateTo(zoomView(view, how === 'in' ? 2 : 0.5));
  };

  readonly #names = new EventNames(() => ({ locale: this.#locale, zone: this.#displayZone, messages: this.#messages }));

  /**
   * [robust] A "+N" chip zooms in to where its events start, or, when zooming cannot part them
   * (one instant, the zoom limit), lists them in the details panel: every click makes progress.
   */
  #openCluster = (c: PlacedCluster): void => {
    const frame = this.#frame;
    const model = this.#data.model;
    const view = this.#currentView;
    if (!frame || !model || !view) return;
    const drawn = new Set(frame.placement.items.map((p) => p.item.id));
    const members = clusterMembers(model.items, c, frame.placement.rows, drawn);
    const action = chipAction(members, view);
    if (action.kind === 'zoom') {
      void this.#animateTo(action.view);
      return;
    }
    if (this.selected !== null) this.#select(null);
    this.#chipList = { items: members, heading: this.#names.clusterHeading(c) };
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="details-item"]')?.focus({ preventScroll: true }));
  };

  /** [robust] Closes the list a chip opened; the tab stop event takes focus. */
  #closeChipList = (): void => {
    this.#chipList = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#eventElement(this.#focusId)?.focus({ preventScroll: true }));
  };

  #onChipListKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    this.#closeChipList();
  };

  #formatSourceDate = (date: string): string => {
    const parsed = parsePreciseDate(date, this.#readZone);
    return parsed.ok ? formatPreciseDate(parsed.value, this.#locale, this.#displayZone) : date;
  };

  #select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id !== null) this.#focusId = id;
    if (id !== null) this.#chipList = undefined; // [robust] a picked event replaces the list
    // [robust] The reader chose it: its details, and the event itself, are brought into view.
    if (id !== null) void this.updateComplete.then(() => revealSelection(this.#eventElement(id), this.renderRoot.querySelector('[part~="details"]')));
    const item = id === null ? undefined : this.#data.model?.byId.get(id);
    this.#announcement = item ? this.#messages.selected(this.#names.name(item)) : '';
    this.dispatchEvent(new TimelineSelectEvent(id));
  }

  readonly #input = new EventInput({
    items: () => this.#data.model?.items ?? [],
    selected: () => this.selected,
    // [robust] Escape closes the details like the close button: focus goes back to the event.
    select: (id) => (id === null ? this.#closeDetails() : this.#select(id)),
    moveFocusTo: (id) => {
      this.#focusId = id;
      this.#bringIntoView(id);
      this.requestUpdate();
      void this.updateComplete.then(() => this.#eventElement(id)?.focus({ preventScroll: true }));
    },
    bringIntoView: (id) => this.#bringIntoView(id),
    zoom: (how) => this.#zoomBy(how),
  });

  #bringIntoView(id: string): void {
    const item = this.#data.model?.byId.get(id);
    const view = this.#currentView;
    if (!item || !view) return;
    const next = panToInclude(view, item.start, item.end);
    if (next !== view) void this.#animateTo(next);
  }

  #eventElement(id: string | null): HTMLElement | undefined {
    if (id === null) return undefined;
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part="event"]')].find((el) => el.dataset['id'] === id);
  }

  #closeDetails = (): void => {
    const id = this.selected;
    this.#select(null);
    void this.updateComplete.then(() => this.#eventElement(id)?.focus({ preventScroll: true }));
  };

  override render() {
    const m = this.#messages;
    // [robust] After a failure the element shows what went wrong, until a property changes.
    if (this.#guard.message !== undefined) return renderFailure({ message: this.#guard.message, problems: [], fatal: true }, m);
    const { model, failure, loading } = this.#data;
    // [robust] A name is shaped like a label: marks and length limited (see visible-text.ts).
    const name = labelText(this.label ?? model?.title ?? m.timeline);
    this.#internals.role = 'region';
    this.#internals.ariaLabel = name;
    this.#internals.ariaBusy = loading ? 'true' : 'false';
    this.#frame = undefined;
    return html`<div class="root" @keydown=${this.#input.onKeyDown}>
      ${model?.title ? html`<div part="title" class="title" lang=${model.lang ?? nothing}>${renderLongText(model.title)}</div>` : nothing}
      ${loading ? html`<p part="loading" class="status" role="status">${m.loading}</p>` : nothing}
      ${failure ? renderFailure(failure, m) : nothing}
      ${model ? this.#renderChart(model, name, m) : nothing}
      <div class="sr-only" aria-live="polite">${this.#announcement}</div>
      <slot hidden></slot>
    </div>`;
  }

  /** An update that changes none of what the frame was computed from reuses it. */
  readonly #frames = new Memo<Frame>();

  /** Reading the font forces a style recalculation: only when data, width or theme changed, not per zoom frame. */
  readonly #font = new Memo<LabelFont>();

  #computeFrame(model: TimelineModel, view: View): Frame {
    const width = Math.max(1, this.#size.measure());
    const { font, fontSize } = this.#font.get([model, width, this.theme], () => readLabelFont(this));
    const maxLabel = MAX_LABEL_EMS * fontSize;
    const focusId = this.#focusId !== null && model.byId.has(this.#focusId) ? this.#focusId : (this.selected ?? model.items[0]?.id ?? null);
    this.#focusId = focusId;
    const orientation = resolveOrientation(this.orientation, width);
    const settings = [model, width, orientation, font, this.#locale, this.#displayZone, focusId, this.#fitted];
    const input = (): FrameInput => ({
        items: model.items,
        groups: model.groups,
        view,
        orientation,
        width,
        labelWidth: this.#measure.labelWidths(model.items, font, maxLabel),
        maxLabelWidth: maxLabel,
        lineHeight: Math.ceil(fontSize * 1.5),
        gutter: AXIS_GUTTER,
        fittedSpan: this.#fitted ? this.#fitted[1] - this.#fitted[0] : view[1] - view[0],
        locale: this.#locale,
        zone: this.#displayZone,
        keepId: focusId,
      });
    if (this.#motion.moving && orientation === 'horizontal') {
      return this.#motion.frame(settings, input(), (stage) => slideFrame(stage, view, width, this.#displayZone, this.#locale, focusId));
    }
    return this.#frames.get([...settings, view[0], view[1]], () => {
      const frame = computeFrame(input());
      if (orientation === 'horizontal') this.#motion.rested(settings, frame, view);
      return frame;
    });
  }

  #renderChart(model: TimelineModel, name: string, m: Messages) {
    const view = this.#currentView;
    if (model.items.length === 0 || !view) return html`<p part="empty" class="empty">${m.empty}</p>`;
    const frame = this.#computeFrame(model, view);
    this.#frame = frame;
    const selectedItem = this.selected === null ? undefined : model.byId.get(this.selected);
    return html`
      ${renderChart({
        frame,
        selected: this.selected,
        focusId: this.#focusId,
        lang: model.lang,
        listLabel: name,
        groupIndex: groupIndexOf(model),
        describe: (p) => this.#names.name(p.item),
        messages: m,
        name,
        chartRef: this.#chart,
        onZoom: this.#zoomBy,
        onClick: this.#input.onClick,
        onFocusIn: this.#input.onFocusIn,
        describeCluster: (c) => this.#names.cluster(c),
        onOpenCluster: this.#openCluster,
      })}
      ${selectedItem
        ? renderDetails({
            item: selectedItem,
            when: this.#names.when(selectedItem),
            lang: model.lang,
            messages: m,
            formatSourceDate: this.#formatSourceDate,
            onClose: this.#closeDetails,
          })
        : this.#chipList
          ? renderClusterList({
              ...this.#chipList,
              lang: model.lang,
              messages: m,
              when: (item) => this.#names.when(item),
              onPick: (id) => {
                this.#select(id);
                void this.updateComplete.then(() => this.#eventElement(id)?.focus({ preventScroll: true }));
              },
              onClose: this.#closeChipList,
              onKeyDown: this.#onChipListKey,
            })
          : nothing}
    `;
  }
}
