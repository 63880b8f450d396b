import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from './element/style-map.js';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { IANAZone } from 'luxon';
import { fitDomain } from './core/domain.js';
import { formatPreciseDate, formatWhen } from './core/format.js';
import { messagesFor, type Messages } from './core/messages.js';
import type { TimelineModel, TimelineItem } from './core/model.js';
import { parseJsonText, parseTimeline, TimelineDataError } from './core/parse.js';
import { placeItems, type Placement, type PlacedItem } from './core/placement.js';
import { parsePreciseDate } from './core/precision.js';
import { computeTicks } from './core/ticks.js';
import type { TimelineData, TimelineProblem } from './core/types.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './element/events.js';
import { AXIS_HEIGHT, renderAxis, renderGrid } from './element/render-axis.js';
import { renderDetails } from './element/render-details.js';
import { renderEvents } from './element/render-events.js';
import { ResizeController } from './element/resize-controller.js';
import { SourceLoader } from './element/source-loader.js';
import { styles, tokens } from './element/styles.js';
import { TextMeasure } from './element/text-measure.js';

const LAYOUT = {
  laneHeight: 28,
  headerHeight: 22,
  pointRadius: 6,
  labelGap: 6,
  laneGap: 8,
  minBandWidth: 4,
} as const;
/** Labels longer than this many ems end in an ellipsis; the details panel has the whole title. */
const MAX_LABEL_EMS = 16;
const TICK_SPACING_PX = 110;

type InputKind = 'events' | 'src' | 'inline' | undefined;

interface Failure {
  message: string;
  problems: TimelineProblem[];
  fatal: boolean;
}

function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A timeline of dated events on a real time axis. Each event is drawn at the precision its
 * date is known to: a point for a day or an instant, a band for a week, month or year, and
 * for a range.
 *
 * @summary Dated events from a small JSON list, on a time axis, with details and sources.
 *
 * @fires timeline-load - The data was read and drawn. `detail: { count }`, the number of events shown.
 * @fires timeline-select - The user selected an event, or cleared the selection. `detail: { id }` (null when cleared).
 * @fires timeline-error - The data could not be loaded or read, or some events were skipped. `detail: { message, problems: [{ index, id?, field, message }] }`.
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
 * @csspart details - The panel that shows the selected event.
 * @csspart details-title - The selected event's title.
 * @csspart details-date - The selected event's date, at its precision.
 * @csspart details-place - The selected event's place.
 * @csspart details-description - The selected event's description.
 * @csspart details-quote - The selected event's quote.
 * @csspart details-sources - The selected event's list of sources.
 * @csspart close - The button that closes the details panel.
 * @csspart loading - The message shown while `src` loads.
 * @csspart empty - The message shown when there are no events.
 * @csspart error - The message shown when data could not be loaded or some events were skipped.
 *
 * @cssproperty [--timeline-font-family=system-ui, sans-serif] - Font of all text.
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
 */
export class EventTimeline extends LitElement {
  static override styles = [tokens, styles];

  /** The events: an array, or a document `{ title, lang, timeZone, groups, events }`. Wins over `src` and inline JSON. */
  @property({ attribute: false }) events?: TimelineData;

  /** URL of a JSON document to fetch. Changing it aborts the previous request. */
  @property({ reflect: true }) src?: string;

  /** Locale for dates and axis labels (BCP 47). Defaults to the nearest `lang`, then the browser's. */
  @property({ reflect: true }) locale?: string;

  /** IANA zone for dates without an offset (when the document names none) and for the axis. Defaults to the viewer's. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  /** The id of the selected event, or null. */
  @property({ reflect: true }) selected: string | null = null;

  /** The accessible name of the timeline. Defaults to the document's title. */
  @property({ reflect: true }) label?: string;

  @state() private model?: TimelineModel;
  @state() private failure?: Failure;

  readonly #size = new ResizeController(this);
  readonly #loader = new SourceLoader(this);
  readonly #measure = new TextMeasure();
  #raw: unknown;
  #rawKind: InputKind;
  #pendingReport = false;
  #focusId: string | null = null;
  #announcement = '';
  #inlineObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#inlineObserver = new MutationObserver(() => this.requestUpdate());
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.src && this.events === undefined && this.#loader.state.status !== 'loaded') this.#loader.load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
  }

  get #locale(): string {
    if (this.locale) return this.locale;
    const lang = this.closest('[lang]')?.getAttribute('lang');
    return lang || document.documentElement.lang || navigator.language || 'en';
  }

  get #messages(): Messages {
    return messagesFor(this.#locale);
  }

  /** The zone that dates without an offset fall back to, and that the axis is drawn in. */
  get #zone(): string {
    return this.timeZone && IANAZone.isValidZone(this.timeZone) ? this.timeZone : viewerZone();
  }

  get #displayZone(): string {
    if (this.timeZone && IANAZone.isValidZone(this.timeZone)) return this.timeZone;
    return this.model?.timeZone ?? viewerZone();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.events === undefined) {
      if (this.src) this.#loader.load(this.src);
      else this.#loader.cancel();
    }
    if (changed.has('events') && this.events !== undefined) this.#loader.cancel();
    const { raw, kind, loadError } = this.#currentInput();
    if (raw !== this.#raw || kind !== this.#rawKind || changed.has('timeZone')) {
      this.#raw = raw;
      this.#rawKind = kind;
      this.#read(raw, loadError);
    }
    if (changed.has('selected') && this.selected !== null) this.#focusId = this.selected;
  }

  /** Which input speaks now: the property, then `src`, then inline JSON. */
  #currentInput(): { raw: unknown; kind: InputKind; loadError?: string } {
    if (this.events !== undefined) return { raw: this.events, kind: 'events' };
    if (this.src) {
      const s = this.#loader.state;
      if (s.status === 'loaded') return { raw: s.data, kind: 'src' };
      // The failed state itself is the input, so that one failure is reported once.
      if (s.status === 'failed') return { raw: s, kind: 'src', loadError: s.message };
      return { raw: undefined, kind: undefined };
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { raw: script.textContent ?? '', kind: 'inline' };
    return { raw: undefined, kind: undefined };
  }

  #read(raw: unknown, loadError: string | undefined): void {
    const m = this.#messages;
    if (loadError !== undefined) {
      this.#fail(m.loadFailed(loadError));
      return;
    }
    if (raw === undefined) {
      this.model = undefined;
      this.failure = undefined;
      return;
    }
    if (this.timeZone && !IANAZone.isValidZone(this.timeZone)) {
      this.#fail(`Unknown time zone "${this.timeZone}" in the time-zone attribute.`);
      return;
    }
    try {
      const data = typeof raw === 'string' ? parseJsonText(raw) : raw;
      const model = parseTimeline(data, this.#zone);
      this.model = model;
      this.failure =
        model.problems.length > 0
          ? { message: m.skipped(model.problems.length), problems: [...model.problems], fatal: false }
          : undefined;
      this.#pendingReport = true;
    } catch (e) {
      const message = e instanceof TimelineDataError ? e.message : `The data could not be read (${String(e)}).`;
      this.#fail(message);
    }
  }

  #fail(message: string): void {
    this.model = undefined;
    this.failure = { message, problems: [], fatal: true };
    this.#pendingReport = true;
  }

  protected override updated(): void {
    if (!this.#pendingReport) return;
    this.#pendingReport = false;
    if (this.failure) this.dispatchEvent(new TimelineErrorEvent(this.failure.message, this.failure.problems));
    if (this.model) this.dispatchEvent(new TimelineLoadEvent(this.model.items.length));
  }

  #scale(width: number, items: readonly TimelineItem[]): ScaleLinear<number, number> | undefined {
    const domain = fitDomain(items);
    return domain ? scaleLinear().domain(domain).range([0, width]) : undefined;
  }

  #place(items: readonly TimelineItem[], scale: ScaleLinear<number, number>, width: number): Placement {
    const style = getComputedStyle(this);
    const fontSize = Number.parseFloat(style.fontSize) || 14;
    this.#measure.setFont(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`);
    const maxLabel = MAX_LABEL_EMS * fontSize;
    return placeItems(
      items,
      this.model?.groups ?? [],
      (ms) => scale(ms),
      (item) => Math.min(maxLabel, Math.ceil(this.#measure.width(item.title)) + 2),
      { ...LAYOUT, width },
    );
  }

  #describe = (p: PlacedItem): string => `${this.#when(p.item)}: ${p.item.title}`;

  #when(item: TimelineItem): string {
    return formatWhen(item.from, item.to, this.#locale, this.#displayZone);
  }

  #formatSourceDate = (date: string): string => {
    const parsed = parsePreciseDate(date, this.#displayZone);
    return parsed.ok ? formatPreciseDate(parsed.value, this.#locale, this.#displayZone) : date;
  };

  #select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id !== null) this.#focusId = id;
    const item = id === null ? undefined : this.model?.items.find((i) => i.id === id);
    this.#announcement = item ? this.#messages.selected(`${this.#when(item)}: ${item.title}`) : '';
    this.dispatchEvent(new TimelineSelectEvent(id));
  }

  #eventFrom(e: Event): HTMLElement | undefined {
    const target = e.composedPath().find((n) => n instanceof HTMLElement && n.dataset['id'] !== undefined && n.getAttribute('part') === 'event');
    return target as HTMLElement | undefined;
  }

  #onClick = (e: MouseEvent): void => {
    const el = this.#eventFrom(e);
    if (el) {
      el.focus();
      this.#select(el.dataset['id']!);
    }
  };

  #onKeyDown = (e: KeyboardEvent): void => {
    const el = this.#eventFrom(e);
    const items = this.model?.items ?? [];
    if (!el || items.length === 0) return;
    const index = items.findIndex((i) => i.id === el.dataset['id']);
    let next = -1;
    switch (e.key) {
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.#select(el.dataset['id']!);
        return;
      case 'Escape':
        if (this.selected !== null) {
          e.preventDefault();
          this.#select(null);
        }
        return;
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(items.length - 1, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.#focusId = items[next]!.id;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#eventElement(this.#focusId)?.focus());
  };

  #eventElement(id: string | null): HTMLElement | null | undefined {
    if (id === null) return null;
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[part="event"]'))].find((el) => el.dataset['id'] === id);
  }

  #closeDetails = (): void => {
    const id = this.selected;
    this.#select(null);
    void this.updateComplete.then(() => this.#eventElement(id)?.focus());
  };

  override render() {
    const m = this.#messages;
    const loading = this.#loader.state.status === 'loading';
    const model = this.model;
    const name = this.label ?? model?.title ?? m.timeline;
    return html`
      ${model?.title ? html`<div part="title" class="title" lang=${model.lang ?? nothing}>${model.title}</div>` : nothing}
      ${loading ? html`<p part="loading" class="status" role="status">${m.loading}</p>` : nothing}
      ${this.failure ? this.#renderFailure(this.failure, m) : nothing}
      ${model ? this.#renderChart(model, name, m) : nothing}
      <div class="sr-only" aria-live="polite">${this.#announcement}</div>
      <slot hidden></slot>
    `;
  }

  #renderFailure(failure: Failure, m: Messages) {
    return html`<div part="error" class="error" role="alert">
      <p>${failure.message}</p>
      ${failure.problems.length > 0
        ? html`<ul>
            ${failure.problems.map((p) => html`<li>${m.problem(p.index, p.id, p.message)}</li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  #renderChart(model: TimelineModel, name: string, m: Messages) {
    if (model.items.length === 0) return html`<p part="empty" class="empty">${m.empty}</p>`;
    const width = Math.max(1, this.#size.measure());
    const scale = this.#scale(width, model.items)!;
    const [d0, d1] = scale.domain() as [number, number];
    const placement = this.#place(model.items, scale, width);
    const ticks = computeTicks(d0, d1, Math.max(2, Math.floor(width / TICK_SPACING_PX)), this.#displayZone, this.#locale);
    const toX = (ms: number) => scale(ms);
    const ids = new Set(model.items.map((i) => i.id));
    const focusId = this.#focusId !== null && ids.has(this.#focusId) ? this.#focusId : (this.selected ?? model.items[0]!.id);
    const selectedItem = this.selected === null ? undefined : model.items.find((i) => i.id === this.selected);
    return html`
      <div class="chart" role="group" aria-label=${name}>
        <svg part="axis" class="axis" height=${AXIS_HEIGHT} aria-hidden="true">${renderAxis(ticks, toX, width)}</svg>
        <div class="plot" style=${styleMap({ position: 'relative', height: `${placement.height}px` })}
          @click=${this.#onClick} @keydown=${this.#onKeyDown}>
          <svg part="grid" class="grid" aria-hidden="true">${renderGrid(ticks, toX, placement.height)}</svg>
          ${renderEvents({
            placed: placement.items,
            rows: placement.rows,
            height: placement.height,
            laneHeight: LAYOUT.laneHeight,
            headerHeight: LAYOUT.headerHeight,
            selected: this.selected,
            focusId,
            lang: model.lang,
            listLabel: name,
            describe: this.#describe,
          })}
        </div>
      </div>
      ${selectedItem
        ? renderDetails({
            item: selectedItem,
            when: this.#when(selectedItem),
            lang: model.lang,
            messages: m,
            formatSourceDate: this.#formatSourceDate,
            onClose: this.#closeDetails,
          })
        : nothing}
    `;
  }
}
