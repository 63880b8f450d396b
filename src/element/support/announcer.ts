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

  say(text: string): void {
    this.text = text;
    this.#onSay();
  }
}
