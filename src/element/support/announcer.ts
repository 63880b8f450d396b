/**
 * What the element's polite live region says: the last thing said wins. Selection, filtering
 * and new items all speak through it, so there is one region and one voice.
 */
export class Announcer {
  text = '';

  readonly #onSay: () => void;

  constructor(onSay: () => void) {
    this.#onSay = onSay;
  }

  /**
   * Says `text`; the same words again are said again (a no-break space added or taken away: a
   * live region speaks only what changed, and a zoom button pressed at the zoom's limit reached
   * the same window, which a reader should hear again rather than nothing).
   */
  say(text: string): void {
    this.text = text === this.text ? `${text}\u00a0` : text;
    this.#onSay();
  }
}
