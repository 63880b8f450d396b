import { itemLabel } from '../../core/item-label.js';
import type { TimelineItem } from '../../core/model.js';

// Below this code point text is Latin, Greek or Cyrillic: no shaping, so a label's width is
// the sum of its characters' widths (kerning only ever makes it a little narrower).
const SIMPLE_SCRIPT_END = 0x052f;

function isSimple(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > SIMPLE_SCRIPT_END) return false;
  return true;
}

/**
 * Measures label widths with a canvas, so that layout needs no DOM reflow per label. Simple
 * scripts are summed from cached character widths (thousands of labels in a few ms); any other
 * text is measured whole, since shaping changes its width.
 */
export class TextMeasure {
  #context: CanvasRenderingContext2D | null | undefined;
  #font = '';
  readonly #cache = new Map<string, number>();
  /** Widths of the simple-script characters by code point; NaN until measured. */
  readonly #chars = new Float64Array(SIMPLE_SCRIPT_END + 1).fill(Number.NaN);
  #for?: { items: readonly TimelineItem[]; font: string; max: number; width: (item: TimelineItem) => number };

  setFont(font: string): void {
    if (font === this.#font) return;
    this.#font = font;
    this.#cache.clear();
    this.#chars.fill(Number.NaN);
  }

  width(text: string): number {
    if (isSimple(text)) {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum += this.#charWidth(text.charCodeAt(i));
      return sum;
    }
    return this.#measure(text);
  }

  #charWidth(code: number): number {
    let w = this.#chars[code]!;
    if (Number.isNaN(w)) {
      w = this.#measure(String.fromCharCode(code));
      this.#chars[code] = w;
    }
    return w;
  }

  #measure(text: string): number {
    let w = this.#cache.get(text);
    if (w === undefined) {
      this.#context ??= document.createElement('canvas').getContext('2d');
      if (this.#context) {
        this.#context.font = this.#font;
        w = this.#context.measureText(text).width;
      } else {
        w = text.length * 8;
      }
      this.#cache.set(text, w);
    }
    return w;
  }

  /**
   * Each event's label width (capped at `max`), measured when first asked for and remembered
   * per list of events and font: a crowded view never measures the events it only counts.
   */
  labelWidths(items: readonly TimelineItem[], font: string, max: number): (item: TimelineItem) => number {
    const f = this.#for;
    if (f && f.items === items && f.font === font && f.max === max) return f.width;
    this.setFont(font);
    let last = 0;
    for (const item of items) last = Math.max(last, item.index);
    // By the event's position in the input; 0 means not measured yet (a measured width is at least 2).
    const widths = new Float64Array(last + 1);
    const width = (item: TimelineItem): number => {
      let w = widths[item.index]!;
      if (w === 0) {
        w = Math.min(max, Math.ceil(this.width(itemLabel(item))) + 2);
        widths[item.index] = w;
      }
      return w;
    };
    this.#for = { items, font, max, width };
    return width;
  }
}

export interface LabelFont {
  font: string;
  fontSize: number;
}

/** The font labels inherit from the element, as a canvas font string and its size in px. */
export function readLabelFont(el: Element): LabelFont {
  const style = getComputedStyle(el);
  return { font: `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, fontSize: Number.parseFloat(style.fontSize) || 14 };
}
