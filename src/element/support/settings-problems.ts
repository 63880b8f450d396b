import { resolveLocale } from '../../core/locale.js';
import type { TimelineProblem } from '../../core/types.js';
import { isKnownZone } from '../../core/zones.js';

/** Settings are not events: their problems carry this index. */
export const SETTINGS_INDEX = -1;

/**
 * Settings the element cannot use as given (a locale Intl refuses, an unknown zone) are
 * replaced by the nearest usable one and reported once per value: as a `timeline-error`
 * problem (collected here until the element reports) and a console warning.
 */
export class SettingsProblems {
  readonly #reported = new Set<string>();
  /** Each problem's words are written when it is reported: the zone used instead is known once the data is (its own timeZone). */
  #pending: Array<() => TimelineProblem> = [];

  /** The first usable locale among the candidates (nearest first). */
  locale(candidates: readonly unknown[]): string {
    const choice = resolveLocale(candidates);
    for (const tag of choice.rejected) {
      this.#note('locale', tag, () => `Intl does not accept the locale "${tag}"; dates are written in "${choice.locale}".`);
    }
    return choice.locale;
  }

  /**
   * The zone the attribute names when the browser knows it; one it does not know is reported:
   * times are shown in the `fallback` instead (the controller's zones, locale-controller.ts).
   */
  zone(name: unknown, fallback: () => string): string | undefined {
    // A value that is not text names no zone, as no attribute or an empty one does. Only a name
    // given is reported: none is not a problem.
    const given = typeof name === 'string' ? name : '';
    if (isKnownZone(given)) return given;
    if (given) this.#note('timeZone', given, () => `Unknown time zone "${given}" in the time-zone attribute; times are shown in ${fallback()}.`);
  }

  /** The problems not reported yet; each is handed out once. */
  take(): TimelineProblem[] {
    const pending = this.#pending.map((problem) => problem());
    this.#pending = [];
    return pending;
  }

  #note(field: string, value: string, message: () => string): void {
    if (this.#first(`${field}|${value}`)) this.#pending.push(() => ({ index: SETTINGS_INDEX, field, message: warned(message()) }));
  }

  /** Whether this is the first time `key` comes up (each value is reported once). */
  #first(key: string): boolean {
    // The size before adding is read first: a new key makes the set one larger.
    return this.#reported.size < this.#reported.add(key).size;
  }
}

/** `message`, said on the console too. */
function warned(message: string): string {
  console.warn(`<event-timeline>: ${message}`);
  return message;
}
