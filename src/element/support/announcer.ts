/**
 * What the element's polite live region says: the last thing said wins. Selection, filtering
 * and new items all speak through it, so there is one region and one voice.
 */
export class Announcer {
  text = '';

  constructor(private readonly onSay: () => void) {}

  say(text: string): void {
    this.text = text;
    this.onSay();
  }
}
