import { itemLabel } from '../../core/item-label.js';
import type { TimelineItem } from '../../core/model.js';
import type { LabelBox } from '../../core/placement.js';
import { wrapText, type WrappedText } from '../../core/wrap.js';
import { remembered } from '../../core/remembered.js';

/** A label's line height, in ems of its font (see .label in styles.ts). */
export const LINE_HEIGHT = 1.35;
/** The date line over a title is written smaller than the title (see .date in styles.ts). */
export const DATE_SCALE = 0.8;
/** Room for rounding and the last pixel of anti-aliasing, so that a line never wraps or spills in the browser. */
const SLACK_PX = 2;

// Below this code point text is Latin, Greek or Cyrillic: no shaping, so a label's width is
// the sum of its characters' widths (kerning only ever makes it a little narrower).
const SIMPLE_SCRIPT_END = 0x052f;
// So are general punctuation (dashes, quotes, the narrow no-break space in "8:01 PM") and
// currency signs: every date line has some, and each date is a different string.
const PUNCTUATION = { start: 0x2000, end: 0x20cf } as const;

/**
 * Measures label widths with a canvas, so that layout needs no DOM reflow per label. Simple
 * scripts are summed from cached character widths (thousands of labels in a few ms); any other
 * text is measured whole, since shaping changes its width.
 */
export class TextMeasure {
  #context: CanvasRenderingContext2D | null | undefined;
  #font = '';
  #contextFont = '';
  readonly #cache = new Map<string, number>();
  /** Widths of the simple-script characters by code point; NaN until measured. */
  readonly #chars = new Float64Array(PUNCTUATION.end + 1).fill(NaN);

  /** Forgets every width measured: the font's glyphs changed (a web font arrived). */
  forget(): void {
    this.#cache.clear();
    this.#chars.fill(NaN);
    this.#boxes = undefined;
  }

  width(text: string): number {
    // One pass: summed while the text is simple, measured whole at its first other character.
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!(code <= SIMPLE_SCRIPT_END || (code >= PUNCTUATION.start && code <= PUNCTUATION.end))) return this.#measure(text);
      let w = this.#chars[code]!;
      if (isNaN(w)) {
        w = this.#measure(String.fromCharCode(code));
        this.#chars[code] = w;
      }
      sum += w;
    }
    return sum;
  }

  #measure(text: string): number {
    return remembered(this.#cache, text, () => {
      this.#context ??= document.createElement('canvas').getContext('2d');
      if (!this.#context) return text.length * 8;
      // Setting a canvas font parses it: only when it changed.
      if (this.#contextFont !== this.#font) this.#context.font = this.#contextFont = this.#font;
      return this.#context.measureText(text).width;
    });
  }

  #boxes?: { items: readonly TimelineItem[]; key: string; boxes: LabelBoxes };

  /**
   * Each item's label: its date line and its title broken into lines at most `measure` px
   * wide, with the room they take (a line of `lineHeight` px each). Made when first asked for,
   * remembered per list of items, font and date line (`key`): a crowded view never measures
   * the items it only counts. `atLeast` is a width the label is never narrower than (its title's
   * lines without the date line), for the layout to rule out an item without writing its date.
   */
  labelBoxes(items: readonly TimelineItem[], font: string, lineHeight: number, key: string, dateOf: (item: TimelineItem) => string): LabelBoxes {
    const fullKey = `${font}|${lineHeight}|${key}`;
    const b = this.#boxes;
    if (b && b.items === items && b.key === fullKey) return b.boxes;
    // Another font: every width measured was the last one's (the boxes are made anew below).
    if (font !== this.#font) {
      this.#font = font;
      this.forget();
    }
    // Per measure (a resize brings a new one; the old ones are not needed again): each item's
    // label, and its wrapped title (the bound of the label's width before the label is made).
    const byMeasure = new Map<number, { boxes: (LabelBox | undefined)[]; titles: WrappedText[] }>();
    const at = (measure: number) =>
      remembered(byMeasure, measure, () => {
        if (byMeasure.size > 4) byMeasure.clear();
        return { boxes: [], titles: [] };
      });
    const measureText = (text: string) => this.width(text);
    // The title as labels show it (marks and length limited: see item-label.ts), wrapped once:
    // a label made after its bound was asked for (most of them) reuses the bound's lines.
    const title = (item: TimelineItem, measure: number) => (at(measure).titles[item.index] ??= wrapText(itemLabel(item), measure - SLACK_PX, measureText));
    const made: LabelBoxes = {
      box: (item, measure) =>
        (at(measure).boxes[item.index] ??= (() => {
          const wrapped = title(item, measure);
          // A date line wider than the measure (a range with times, on a phone) is broken too.
          const date = wrapText(dateOf(item), (measure - SLACK_PX) / DATE_SCALE, measureText);
          const width = Math.ceil(Math.max(wrapped.width, date.width * DATE_SCALE)) + SLACK_PX;
          return { date: date.lines, lines: wrapped.lines, width, height: (wrapped.lines.length + date.lines.length) * lineHeight };
        })()),
      // The label's own width once it was made (a window step after the first), else its title's
      // lines without the date line. Remembered: the next window step asks again.
      atLeast: (item, measure) => at(measure).boxes[item.index]?.width ?? Math.ceil(title(item, measure).width) + SLACK_PX,
    };
    this.#boxes = { items, key: fullKey, boxes: made };
    return made;
  }
}

/** Each item's label (`box`), and a width its label is never narrower than, known without its date line (`atLeast`). */
export interface LabelBoxes {
  box: (item: TimelineItem, measure: number) => LabelBox;
  atLeast: (item: TimelineItem, measure: number) => number;
}

export interface LabelFont {
  font: string;
  fontSize: number;
  /** The readable measure of a label's lines in px: `--timeline-label-width`. */
  labelWidth: number;
}

/** A label's measure when the page sets none: about 60 characters of a Latin script. */
const LABEL_EMS = 18;

/** The font labels inherit from the element, as a canvas font string and its size in px, and the label measure. */
export function readLabelFont(el: Element): LabelFont {
  const style = getComputedStyle(el);
  const fontSize = parseFloat(style.fontSize) || 14;
  // --timeline-label-width in px, as the browser resolves any length (em, rem, ch, vw, calc()):
  // the host's column-gap holds it, which lays out nothing in a column of one (base.styles.ts).
  // What is not a length (a percentage, a word) leaves the gap "normal": the default measure.
  const gap = style.columnGap;
  const labelWidth = gap.endsWith('px') ? parseFloat(gap) : LABEL_EMS * fontSize;
  return { font: `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, fontSize, labelWidth: Math.max(4 * fontSize, labelWidth) };
}
