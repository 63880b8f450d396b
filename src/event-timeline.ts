import { LitElement, render, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { addControllers } from './element/controllers/add-controllers.js';
import { TimelineErrorEvent } from './events.js';
import { errorMessage } from './core/error-message.js';
import type { TimelineJsDocument, VisTimelineData } from './core/import/shapes.js';
import type { TimelineData, TimelineDocument, TimelineEventInput } from './core/types.js';
import type { DateInput, ZoomOptions } from './element/controllers/viewport-controller.js';
import { keepStyles } from './element/support/keep-styles.js';
import { afterParts, partStyles } from './element/support/on-demand.js';
import { renderTimeline } from './element/templates/render-timeline.js';
import { TimelineView } from './element/timeline-view.js';
import { toDocument } from './core/to-document.js';
import { renderFailure } from './element/templates/render-failure.js';
import type { TimelineFilter } from './core/filter.js';
import { styles, tokens } from './element/templates/styles.js';

/**
 * A timeline of dated events on a real time axis. Each event is drawn at the precision its
 * date is known to: a point for a day or an instant, a band for a week, month or year, and
 * for a range. Zoom and pan with the wheel, a drag, the buttons or the keys `+`, `-`, `0`;
 * from script with the methods `zoomTo(start, end)` and `fit()`.
 *
 * Besides its own JSON document it reads the data people already have, recognised by its shape
 * from any input: TimelineJS JSON, vis-timeline items (a bare array, or `{ items, groups }`),
 * and, from a `src` answering `text/csv` or ending in `.csv`, a spreadsheet (TimelineJS's Google
 * Sheets columns, or a header row `id, title, date, start, end, group, place, description`). Their
 * HTML texts become plain text. `toJSON()` returns what was read as an event-timeline document,
 * so that such data can be converted once and kept.
 *
 * Printed, it leaves out its controls and prints light: the chart at the window shown, scaled to
 * the page's width, then every event shown with its date, texts and sources' addresses
 * (`print-list`, drawn only from `beforeprint` to `afterprint` or under print media).
 *
 * @tag event-timeline
 * @summary Dated events from a small JSON list, on a time axis, with details and sources.
 *
 * @fires {TimelineLoadEvent} timeline-load - The data was read and drawn. `detail: { count, format, added? }`: the number of events, the shape they were read from (`event-timeline`, `timelinejs`, `vis`, `csv` or `list`), and how many `addEvents()` brought.
 * @fires {TimelineSelectEvent} timeline-select - The user selected an event, or cleared the selection. `detail: { id }` (null when cleared).
 * @fires {TimelineRangeChangeEvent} timeline-range-change - The visible window changed (a zoom, a pan, `zoomTo`, `start`/`end`; a moving window once it rests). `detail: { start, end }` as ISO strings.
 * @fires {TimelineFilterChangeEvent} timeline-filter-change - The filter changed (legend, search or the `filter` property). `detail: { groups, query, count }`, the groups shown, the text searched and the number of events shown.
 * @fires {TimelineErrorEvent} timeline-error - The data could not be loaded or read, some events were skipped, a `locale` or `time-zone` could not be used (a problem with index -1 and field `locale` or `timeZone`; the nearest usable one is used instead), or drawing failed. `detail: { message, problems: [{ index, id?, field, message }] }`.
 *
 * @slot - The data inline, when neither `events` nor `src` is set: a `<script type="application/json">`, else an `<ol>` or `<ul>` whose `<li>`s are the events (`<time datetime>` the date, two a range; the first heading or `<strong>` the title; the rest of the text the description; `<blockquote>` the quote; `<a href>`s the sources; `id`, `data-group`, `data-place`), which is what readers see before and without JavaScript. Once drawn, the children are hidden, not removed; edits to them redraw.
 *
 * @csspart title - The document's title above the chart.
 * @csspart axis - The time axis (an SVG); in the vertical layout, the rail with its ticks and breaks.
 * @csspart grid - The tick lines behind the events.
 * @csspart events - The list of events.
 * @csspart event - One event (carries `data-id`, and `data-new` for a few seconds after `addEvents()`); holds `marker` and `label`.
 * @csspart marker - An event's point or band; `data-certainty="approximate|uncertain|both"` for a date given with `~`, `?` or `%` (a range's also `data-certainty-start`/`-end` for each end so given, which alone fades), `data-open="end|start"` for a range that goes on (`"end": ".."`) or whose start is unknown.
 * @csspart label - An event's whole title next to its marker, wrapped within `--timeline-label-width` (each line a block of its own).
 * @csspart date - An event's date, short and at its precision, over its title.
 * @csspart group-label - The heading of a group's row.
 * @csspart controls - The zoom buttons (a labelled group).
 * @csspart control - Each zoom button; also `zoom-in`, `zoom-out` and `fit`.
 * @csspart export - With `exportable`: the two buttons (in the controls) that download the picture as SVG and as PNG, named after `label` or the title; also `export-svg` and `export-png`.
 * @csspart details - The panel that shows the selected event.
 * @csspart details-title - The selected event's title.
 * @csspart details-date - The selected event's date, at its precision.
 * @csspart details-group - The selected event's group, with its colour (data with groups).
 * @csspart details-place - The selected event's place.
 * @csspart details-description - The selected event's description.
 * @csspart details-quote - The selected event's quote.
 * @csspart details-sources - The selected event's list of sources.
 * @csspart close - The button that closes the details panel.
 * @csspart media - The selected event's picture (`media`), loaded only once it is selected.
 * @csspart media-credit - The credit under the picture.
 * @csspart legend - With groups: the row of group toggles above the chart.
 * @csspart legend-item - One group's toggle (a button with `aria-pressed` and the group's colour).
 * @csspart search - With `searchable`: the search field above the chart.
 * @csspart era - A period of the document's `eras`, a band behind the items (carries `data-title`).
 * @csspart era-label - An era's title, in the strip above the axis (a list of periods and dates for assistive technology).
 * @csspart reference - A line across the plot at a date of the document's `references` (or today, with `now`); carries `data-title`.
 * @csspart reference-label - A reference line's title, in the same strip.
 * @csspart copy-link - With `hash-key`: the button in the details panel that copies a link to the selected event.
 * @csspart details-list - In the details panel, the list of a "+N" chip's events that zooming cannot part.
 * @csspart details-item - One event of that list (a button carrying `data-id`); it selects the event.
 * @csspart cluster - A "+N" chip standing for events that found no lane in a dense stretch; it zooms in to them, or lists them in the details panel when they are at one instant or the zoom limit.
 * @csspart print-list - Only while printing: the list of every event shown, under the chart.
 * @csspart print-item - One event of that list (carries `data-id`).
 * @csspart loading - The message shown while `src` loads.
 * @csspart empty - The message shown when there are no events.
 * @csspart error - The message shown when data could not be loaded or some events were skipped.
 *
 * @cssproperty [--timeline-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssproperty [--timeline-font-size=max(14px, 0.875rem)] - Base font size: 14px at a browser's usual text size, larger with a reader's larger one; labels and axis scale from it.
 * @cssproperty [--timeline-text-color=#1f2328] - Colour of titles and labels.
 * @cssproperty [--timeline-muted-color=#48515b] - Colour of secondary text (axis labels, dates); also of eras' tints and edges, and of the items without a group in a story with groups.
 * @cssproperty [--timeline-background=#ffffff] - Background of the element.
 * @cssproperty [--timeline-axis-color=#48515b] - Colour of the axis line and ticks.
 * @cssproperty [--timeline-grid-color=#d8dee4] - Colour of the tick lines behind the events.
 * @cssproperty [--timeline-event-color=#0a5cc2] - Colour of event markers in a story without groups (with groups, the first group's unless `--timeline-group-1-color` is set), and of the "+N" chips' rims.
 * @cssproperty [--timeline-selected-color=#a82d0a] - Colour of the selected event's marker; also of reference lines and their titles, and of the halo of items just added.
 * @cssproperty [--timeline-band-opacity=0.22] - Opacity of a band's fill (periods and ranges). The fill lies over the band's title: above about 0.3 it lowers the title's contrast.
 * @cssproperty [--timeline-focus-color=#0a5cc2] - Colour of the keyboard focus ring.
 * @cssproperty [--timeline-panel-background=#f6f8fa] - Background of the details panel and messages.
 * @cssproperty [--timeline-link-color=#0a5cc2] - Colour of source links.
 * @cssproperty [--timeline-error-color=#b42318] - Accent colour of error messages.
 * @cssproperty [--timeline-radius=6px] - Corner radius of panels and focus rings.
 * @cssproperty [--timeline-label-width=18em] - The readable measure of an event's label: titles wrap onto as many lines as they need within it (any length: em, rem, ch, px, vw, calc()). Read as the element lays out for a new width, font, `theme` or data: set alone later, it waits for one of them.
 * @cssproperty [--timeline-group-1-color=var(--timeline-event-color)] - Marker and legend colour of the first group's events (groups beyond 6 start again at 1).
 * @cssproperty [--timeline-group-2-color=light-dark(#1a7f37, #3fb950)] - Marker and legend colour of the second group's events (green).
 * @cssproperty [--timeline-group-3-color=light-dark(#8250df, #bc8cff)] - Marker and legend colour of the third group's events (purple).
 * @cssproperty [--timeline-group-4-color=light-dark(#9a6700, #d29922)] - Marker and legend colour of the fourth group's events (amber).
 * @cssproperty [--timeline-group-5-color=light-dark(#bf3989, #f778ba)] - Marker and legend colour of the fifth group's events (pink).
 * @cssproperty [--timeline-group-6-color=light-dark(#1b7c83, #39c5cf)] - Marker and legend colour of the sixth group's events (teal).
 */
export class EventTimeline extends LitElement {
  static override styles = [tokens, styles];
  // Lit's options for each property, as a static field: its decorators would add their module
  // (0.4 KiB gzipped) to the bundle. Each property's documentation is on its field below.
  static override properties = {
    events: { attribute: false }, src: { reflect: true }, locale: { reflect: true }, timeZone: { attribute: 'time-zone', reflect: true },
    selected: { reflect: true }, label: { reflect: true }, start: { reflect: true }, end: { reflect: true },
    // Taken away, the attribute leaves the default, not null (the type has no null).
    orientation: { reflect: true, converter: (value: string | null) => value ?? 'auto' },
    theme: { reflect: true }, hashKey: { attribute: 'hash-key', reflect: true }, filter: { attribute: false }, follow: { type: Boolean, reflect: true },
    now: { type: Boolean, reflect: true }, searchable: { type: Boolean, reflect: true }, exportable: { type: Boolean, reflect: true },
  };

  /** The events: an array, or a document `{ title, lang, timeZone, groups, events }` (or TimelineJS JSON, or vis-timeline items). Wins over `src`, inline JSON and a list; `undefined` or `null` sets none. */
  events?: TimelineData | TimelineJsDocument | VisTimelineData | null;
  /** URL of a JSON document (or a CSV spreadsheet) to fetch. Changing it aborts the previous request. */
  src?: string;
  /**
   * Locale for dates, axis labels and its own words (BCP 47). Defaults to the nearest `lang`, then the browser's; one Intl refuses is passed over (and reported) for the next of these, then `en`.
   * Its own words (buttons, chips, panel, search) are Arabic, Chinese (traditional for zh-Hant, -TW, -HK, -MO), Dutch, French, German, Hebrew, Italian, Japanese, Polish, Portuguese, Russian, Spanish or Ukrainian for those languages, else English.
   */
  locale?: string;
  /** IANA zone for dates without an offset (when the document names none) and for the axis. Defaults to the viewer's. */
  timeZone?: string;
  /** The id of the selected event, or null. Set, the event is shown with its details. */
  selected: string | null = null;
  /** The accessible name of the timeline. Defaults to the document's title. */
  label?: string;
  /**
   * Start of the visible window (ISO 8601); reflects zoom and pan, and setting it moves the view.
   * Set frame after frame (the page's own animation), the events slide in their lanes like a
   * gesture's, stacked anew once the page leaves the window alone for a frame.
   */
  start?: string;
  /** End of the visible window (ISO 8601, a date inclusive at its precision); reflects zoom and pan as the instant the window ends, and setting it moves the view. With `start` absent or empty, the window keeps its span and ends there; both are then written as shown. An end not after the start shows no window: the view stays, and both are written back. */
  end?: string;
  /** `horizontal`, `vertical` (time runs top to bottom), or `auto`: vertical below 600 px of width. */
  orientation: 'horizontal' | 'vertical' | 'auto' = 'auto';
  /** `light` or `dark` forces a colour scheme; unset, the element follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';

  /**
   * Mirrors the selection in the page's URL fragment under this key (`#tl=<id>`, other keys
   * kept): a link with it opens the page with that event selected and in view, and going to a
   * fragment without it (the page's own `#notes`) lets the selection go. Unset, the URL is never
   * touched.
   */
  hashKey?: string;

  /**
   * Which events are shown: `{ groups?: string[], query?: string }`, the ids of the groups shown
   * (unset: all) and text to find in titles, descriptions, places and quotes (ignoring case and
   * diacritics); `null` or unset, all events. The legend and the search field set it too; every
   * change fires `timeline-filter-change`.
   */
  filter?: TimelineFilter | null;

  /** When events are added beyond the end of the window, the window moves to show the newest, unless the user has zoomed or panned. */
  follow = false;
  /** Draws a reference line at the start of today, moved at each midnight. */
  now = false;
  /** Shows a search field above the chart that filters the events as one types. */
  searchable = false;
  /** Shows buttons in the controls that download the picture (`toSVG()`, `toPNG()`) as a file named after `label` or the title. */
  exportable = false;

  /** The element itself is a named region, so assistive technology finds it by its label. */
  readonly #internals = this.attachInternals();
  /** The moving parts (src/element/controllers), and what they give the templates. */
  readonly #parts = addControllers(this, { internals: this.#internals, flush: () => this.performUpdate() });
  readonly #view = new TimelineView(this.#parts);

  /**
   * Shows the window from `start` to `end` (ISO strings at any precision, Dates or epoch ms),
   * animated unless the user prefers reduced motion. With `{ animate: false }` it goes there at
   * once (called so frame after frame, the window moves as with `start`/`end`). Arguments that
   * name no window leave the view as it was. Resolves once the window is shown.
   */
  zoomTo(start: DateInput, end: DateInput, options?: ZoomOptions | null): Promise<void> {
    return this.#parts.viewport.zoomTo(start, end, options);
  }

  /**
   * Adds items (a list, one item, or a document's `events`) to whatever the element shows: the
   * window and the selection stay, the new items are announced and marked (`data-new` on
   * their `event` part) for a few seconds, and `timeline-load` fires with `added`. Of a document
   * only its events are added (the title and groups shown stay); what cannot be read is reported
   * as `events` are.
   */
  addEvents(items: TimelineEventInput[] | TimelineEventInput | TimelineDocument): void {
    this.#parts.data.add(items);
  }

  /** Shows every event again, with some room around them. Resolves once they are shown. */
  fit(options?: ZoomOptions | null): Promise<void> {
    return this.#parts.viewport.fit(options);
  }

  /**
   * The events shown, as an event-timeline document (dates in the ISO form of their precision),
   * whatever shape they were read from; `JSON.stringify(timeline)` writes it. Null until data is read.
   */
  toJSON(): TimelineDocument | null {
    const model = this.#parts.data.model;
    return model ? toDocument(model) : null;
  }

  /**
   * The window shown as a standalone SVG document, in the colours and font of the current theme.
   * It holds the axis, eras, events with their dates and whole titles as text, "+N" chips and
   * reference lines, with the label as its `<title>`; no script and nothing external, so an
   * `<img>` shows it as drawn here. A web font of the page is named (this answers at once);
   * `toPNG()` and the downloaded files hold the font itself.
   */
  toSVG(): string {
    return this.#view.picture.svg();
  }

  /**
   * The picture of `toSVG()` as a PNG blob, `scale` (default 2) times the element's size in pixels.
   * It is drawn through an image of a `data:` URL, which a Content-Security-Policy must allow (`img-src data:`).
   * It rejects, saying why, when nothing is drawn (no data yet, an element of no size), when the
   * picture is larger than a canvas holds (a smaller scale may fit), and with a RangeError for a
   * `scale` that is not a number above 0.
   */
  toPNG(options?: { scale?: number }): Promise<Blob> {
    return this.#view.picture.png(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Lit types them as possibly native sheets; these are the `css` results of `styles` above, kept as they are.
    keepStyles(this.shadowRoot, [...(EventTimeline.elementStyles as CSSResult[]), ...partStyles(this)]);
  }

  /** Resolves once the update has drawn what it needed, parts loaded on demand included (support/on-demand.ts). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterParts(this, () => super.getUpdateComplete());
  }

  /**
   * Whether the last update failed: a run of failing updates is reported once (the update after
   * one that went through is news again).
   */
  #failing?: boolean;

  /**
   * The last net under the element's updates: whatever an update throws (a property set to a
   * value no code expected, a library failing on an input nobody foresaw) becomes a readable
   * message, reported as `timeline-error` once per run of failing updates, and drawn in place of
   * the chart every time (the controllers that failed run in every update), instead of an
   * uncaught exception and a blank element. Not even a message that cannot be drawn escapes.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      this.#failing = false;
    } catch (e) {
      const message = `The timeline could not be drawn (${errorMessage(e)}).`;
      if (!this.#failing) this.dispatchEvent(new TimelineErrorEvent(message, []));
      this.#failing = true;
      try {
        render(renderFailure({ message: () => message, problems: [] }, this.#parts.locale.messages), this.renderRoot, this.renderOptions);
      } catch {
        // Not even the message could be drawn; it was reported.
      }
    }
  }

  /** The region's name and busy state, from what the controllers read for this update. */
  protected override update(changed: PropertyValues<this>): void {
    this.#internals.role = 'region';
    this.#internals.ariaLabel = this.#view.name;
    this.#internals.ariaBusy = String(this.#view.loading);
    super.update(changed);
  }

  // Typed through 'lit' (what the package depends on), not the 'lit-html' the inferred type names.
  override render(): TemplateResult {
    return renderTimeline(this.#view.props());
  }
}
