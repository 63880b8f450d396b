import type { ReactiveController } from 'lit';
import { computeFrame, frameSteps, resolveOrientation, type Frame, type FrameInput } from '../../core/frame.js';
import type { Steps } from '../../core/steps.js';
import type { Reference, TimelineItem, TimelineModel } from '../../core/model.js';
import { READ_IN_SLICES_ABOVE } from '../../core/parse.js';
import type { Backdrop } from '../../core/backdrop.js';
import { modelNeedsDateWords, useDateWords } from '../../core/date-words.js';
import { Memo } from '../support/memo.js';
import { drawNext, OnDemand } from '../support/on-demand.js';
import { loadArticle, loadBackdrop, loadDates, type ArticlePart, type BackdropPart, type DatesPart } from '../support/parts.js';
import { AXIS_GUTTER } from '../templates/render-axis.js';
import { ResizeController } from './resize-controller.js';
import { formatShortItemWhen, shortDateContext } from '../../core/short-date.js';
import { FontWatch } from '../support/font-watch.js';
import { LINE_HEIGHT, readLabelFont, TextMeasure, type LabelFont } from '../support/text-measure.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { ViewportController } from './viewport-controller.js';

/**
 * Lays out the frame the templates draw, in `hostUpdate`, from the data, the window, the
 * element's width and its label font. An update that changes none of these reuses the last
 * frame; while the window moves, frames are drawn from the moving view's stage.
 */
export class LayoutController implements ReactiveController {
  /** The frame for this update; undefined without data or a window. */
  frame?: Frame;
  /** The eras and reference lines placed for this frame. */
  backdrop?: Backdrop;
  /** Their placement, templates and styles, loaded with the first data that has any. */
  readonly backdropPart: OnDemand<BackdropPart>;
  /** The vertical layout, its templates and styles, loaded when time first runs down the page. */
  readonly articlePart: OnDemand<ArticlePart>;
  /** The words of weeks, decades, centuries, qualified dates and open ranges, loaded with the first model that has one. */
  readonly datesPart: OnDemand<DatesPart>;
  /** Whether the model shown needs those words: a pass over its dates, once per model. */
  readonly #rare = new Memo<boolean>();
  /**
   * The rows' heights in the fitted window, for this data, width and font: a window zoomed into
   * needs fewer lanes, and rows that shrank with it moved the page under the reader's wheel.
   * Every other window's rows are at least as tall (core/placement.ts, rowFloors), and the
   * fitted window is as tall again as it was.
   */
  readonly #rowFloors = new Memo<{ rows: number[] }>();
  /** Whether this update has data to draw but waits for the vertical layout or the dates' words to arrive (nothing is drawn meanwhile). */
  waiting = false;
  /** Whether this update laid out (a step of) the first picture of a large model, which the next update goes on with or draws (nothing is drawn meanwhile). */
  drawingNext = false;
  readonly #backdrops = new Memo<Backdrop>();
  readonly #size: ResizeController;
  readonly #measure = new TextMeasure();
  /** Web fonts that finish loading change every width: measure and lay out again. */
  readonly #fonts: FontWatch;
  readonly #frames = new Memo<Frame>();
  readonly #steps = new Memo<Steps<Frame>>();
  /** Reading the font forces a style recalculation: only when data, width, theme or the host's font (read by the resize observer) changed, not per zoom frame. */
  readonly #font = new Memo<LabelFont>();

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: {
      model: () => TimelineModel | undefined;
      /** Whether data is being read (fetched or parsed). */
      data: { readonly loading: boolean };
      locale: LocaleController;
      viewport: ViewportController;
      selection: SelectionController;
      /** The line for `now`, when it is on. */
      now: () => Reference | undefined;
    },
  ) {
    this.#size = new ResizeController(host);
    this.#fonts = new FontWatch(host, () => this.#measure.forget());
    this.backdropPart = new OnDemand(host, loadBackdrop);
    this.articlePart = new OnDemand(host, loadArticle);
    this.datesPart = new OnDemand(host, loadDates);
    host.addController(this);
  }

  hostUpdate(): void {
    const model = this.deps.model();
    const view = this.deps.viewport.view;
    this.waiting = false;
    this.drawingNext = false;
    // A narrow element reading its data will draw the vertical layout: it is fetched meanwhile, not
    // after. Its width is measured here, in the first update: the resize observer reports it only
    // after a frame has been drawn, by when most of a story has been read, and on a phone's
    // network the part's round trip then came after the reading (150 ms: 33 ms later a picture).
    if (this.deps.data.loading && resolveOrientation(this.host.orientation, this.#size.measure()) === 'vertical') this.articlePart.get();
    // The frame, laid out here (the last one, this.frame, is read until the new one is set).
    this.frame = model && view && model.items.length > 0 ? (() => {
      const { locale, viewport, selection } = this.deps;
      const width = Math.max(1, this.#size.measure());
      const fonts = this.#fonts.generation;
      const { font, fontSize, labelWidth } = this.#font.get([model, width, this.host.theme, fonts, this.#size.font], () => readLabelFont(this.host));
      const lineHeight = Math.ceil(fontSize * LINE_HEIGHT);
      const focusId = selection.focusId;
      const zone = locale.displayZone;
      const fitted = viewport.fitted;
      // The window that shows every item (before one is fitted, the window asked for).
      const whole = fitted ?? view;
      const dates = shortDateContext(whole, zone);
      const orientation = this.articlePart.failed ? 'horizontal' : resolveOrientation(this.host.orientation, width);
      const article = orientation === 'vertical' ? this.articlePart.get() : undefined;
      // A model with weeks, decades, centuries or qualified dates waits for their words, like the vertical layout.
      const words = !this.#rare.get([model], () => modelNeedsDateWords(model)) || this.words();
      if ((orientation === 'vertical' && !article) || !words) {
        this.waiting = true;
        return undefined;
      }
      const selectedId = this.host.selected;
      const settings = [model, width, orientation, font, fonts, locale.locale, zone, focusId, selectedId, fitted];
      const floors = this.#rowFloors.get([model, width, font, fonts, locale.locale, zone], () => ({ rows: [] }));
      const input = (): FrameInput => {
        const when = (item: TimelineItem) => formatShortItemWhen(item, locale.locale, zone, dates);
        // A card beside the rail says its group after its date (core/article.ts).
        const labels = this.#measure.labelBoxes(
          model.items,
          font,
          lineHeight,
          `${locale.locale}|${zone}|${dates.oneYear}|${dates.oneDay}|${orientation}`,
          article ? article.cardDateLine(when, model.groups) : when,
        );
        return {
          items: model.items,
          groups: model.groups,
          view,
          orientation,
          width,
          label: labels.box,
          labelAtLeast: labels.atLeast,
          maxLabelWidth: labelWidth,
          lineHeight,
          gutter: AXIS_GUTTER,
          text: this.#measure,
          fittedSpan: whole[1] - whole[0],
          locale: locale.locale,
          zone,
          keepId: focusId,
          byId: model.byId,
          selectedId,
          article,
          // Written by the fitted window laid out at rest; raised by any other window in a copy of its own.
          place: { rowFloors: fitted && !motion.moving && view[0] === fitted[0] && view[1] === fitted[1] ? (floors.rows = []) : [...floors.rows] },
        };
      };
      const { motion, motionPart } = viewport;
      // Many items: an exact layout takes longer than a frame.
      const large = model.items.length > READ_IN_SLICES_ABOVE;
      if (motion.moving && orientation === 'horizontal' && !motionPart.failed) {
        const stages = motionPart.get();
        if (stages) {
          const moving = motion.frame(settings, input(), stages, (stage) => stages.slideFrame(stage, view, width, zone, locale.locale, focusId));
          // As tall as the picture before the move, until it comes to rest: a stage is laid out over
          // more than the window, its rows as tall as that needs, and a pan of one item swung the
          // chart's height by thousands of pixels frame to frame. Lanes below are clipped meanwhile.
          const before = this.frame?.orientation === 'horizontal' && this.frame.breadth;
          return moving && before ? { ...moving, breadth: before } : moving;
        }
        // Moving before the stages arrived (asked for by the page's first window, or by a pointer
        // over the chart): a large model's picture before stays until they do, where an exact
        // layout takes longer than a frame (and the stages' module waited behind it). A smaller one
        // is laid out exactly meanwhile, as every frame is when their file could not be loaded: a
        // page's animation on a slow network goes on rather than stop for the file's round trip.
        if (large) return this.frame;
      }
      const key = [...settings, view[0], view[1]];
      let made: Frame | undefined;
      if (!this.frame && large) {
        // The first picture of a large model is laid out a step per task (frameSteps) and drawn
        // in the task after, nothing drawn meanwhile: no task holds the page as long as all would.
        const step = this.#steps.get(key, () => frameSteps(input())).next();
        this.drawingNext = true;
        drawNext(this.host);
        if (!step.done) return undefined;
        made = step.value;
      }
      return this.#frames.get(key, () => {
        const frame = made ?? computeFrame(input());
        if (orientation === 'horizontal') motion.rested(settings, frame, view);
        return frame;
      });
    })() : undefined;
    // The eras and reference lines of this frame, and the lanes of their titles; none when there
    // are none. (A frame is laid out only for a model.)
    const frame = this.frame;
    this.backdrop = frame && (() => {
      const now = this.deps.now();
      if (!(model!.eras.length || model!.references.length || now)) return undefined;
      const part = this.backdropPart.get();
      if (!part) return undefined;
      const references = now ? [...model!.references, now] : model!.references;
      const length = frame.orientation === 'vertical' ? frame.extent : frame.length;
      return this.#backdrops.get([model, frame, now?.at], () =>
        // Titles in the strip are written at 0.8 em (see .backdrop-strip in styles.ts).
        part.placeBackdrop(model!.eras, references, frame.toPx, length, (title) => Math.ceil(this.#measure.width(title) * 0.8) + 12),
      );
    })();
  }

  /**
   * Whether the words of the rarer dates (core/rare-dates.ts) are here, registered for the
   * core's formatters; asks for them (once) when not. Loading them failed (a timeline-error):
   * the dates are written without them.
   */
  words(): boolean {
    const part = this.datesPart.get();
    if (part) useDateWords(part.words);
    return part !== undefined || this.datesPart.failed;
  }
}
