/** Measures label widths with a canvas, so that layout needs no DOM reflow per label. */
export class TextMeasure {
  #context: CanvasRenderingContext2D | null | undefined;
  #font = '';
  readonly #cache = new Map<string, number>();

  setFont(font: string): void {
    if (font === this.#font) return;
    this.#font = font;
    this.#cache.clear();
  }

  width(text: string): number {
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
}
