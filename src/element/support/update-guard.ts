import { errorMessage } from '../../core/error-message.js';

/**
 * The last net under the element's updates: whatever an update throws (a property set to a
 * value no code expected, a library failing on an input nobody foresaw) becomes a readable
 * message, reported as `timeline-error` once per run of failing updates, instead of an
 * uncaught exception and a blank element.
 */
export class UpdateGuard {
  #failing = false;

  /**
   * Runs an update; if it throws, `report` hears the message (once per run of failing updates:
   * when the update before went through) and `draw` shows it in place of the chart (every time:
   * the controllers that failed run in every update). Not even a message that cannot be drawn
   * escapes.
   */
  run(update: () => void, report: (message: string) => void, draw: (message: string) => void): void {
    try {
      update();
      // An update went through: the next failure is news again.
      this.#failing = false;
    } catch (e) {
      const message = `The timeline could not be drawn (${errorMessage(e)}).`;
      if (!this.#failing) report(message);
      this.#failing = true;
      try {
        draw(message);
      } catch {
        // Not even the message could be drawn; it was reported.
      }
    }
  }
}
