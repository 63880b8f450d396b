import { errorMessage } from '../core/error-message.js';

/**
 * The last net under the element's updates: whatever an update throws (a property set to a
 * value no code expected, a library failing on an input nobody foresaw) becomes a readable
 * `timeline-error` and a drawn message, not an uncaught exception and a blank element. The
 * element draws only the message until one of its properties changes; then it tries again.
 */
export class UpdateGuard {
  /** What went wrong, while the element shows only that. */
  message?: string;
  /** A failure while drawing the message itself is not retried, so failures cannot loop. */
  #retrying = false;

  /** Remembers the failure; true when the element should draw again to show it. */
  caught(thrown: unknown, report: (message: string) => void): boolean {
    const first = this.message === undefined;
    this.message = `The timeline could not be drawn (${errorMessage(thrown)}).`;
    if (first) report(this.message);
    const retry = !this.#retrying;
    this.#retrying = true;
    return retry;
  }

  /** Called as an update begins: changed properties are a reason to try the whole element again. */
  begin(propertiesChanged: boolean): void {
    if (propertiesChanged) this.message = undefined;
  }

  /** An update went through: a later failure may be shown again. */
  passed(): void {
    this.#retrying = false;
  }
}
