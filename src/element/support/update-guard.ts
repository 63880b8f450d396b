import { errorMessage } from '../../core/error-message.js';

/**
 * The last net under the element's updates: whatever an update throws (a property set to a
 * value no code expected, a library failing on an input nobody foresaw) becomes a readable
 * message, reported as `timeline-error` once per run of failing updates, instead of an
 * uncaught exception and a blank element.
 */
export class UpdateGuard {
  #failing = false;

  /** The message for what was thrown; `report` hears it when the update before went through. */
  caught(thrown: unknown, report: (message: string) => void): string {
    const message = `The timeline could not be drawn (${errorMessage(thrown)}).`;
    if (!this.#failing) report(message);
    this.#failing = true;
    return message;
  }

  /**
   * Runs an update; if it throws, `report` hears the message (once per run of failing updates)
   * and `draw` shows it in place of the chart (every time: the controllers that failed run in
   * every update). Not even a message that cannot be drawn escapes.
   */
  run(update: () => void, report: (message: string) => void, draw: (message: string) => void): void {
    try {
      update();
      this.passed();
    } catch (e) {
      const message = this.caught(e, report);
      try {
        draw(message);
      } catch {
        // Not even the message could be drawn; it was reported.
      }
    }
  }

  /** An update went through: the next failure is news again. */
  passed(): void {
    this.#failing = false;
  }
}
