import { DateTime } from 'luxon';
import type { View } from '../core/view.js';

/**
 * The `start` and `end` attributes both report the visible window and move it. This tells
 * the two apart: it remembers what the element itself last wrote, so a value that differs was
 * set by the page.
 */
export class RangeAttributes {
  #written: { start?: string; end?: string } = {};

  /** The window as the ISO strings the attributes get, in `zone`; remembered as the element's own. */
  write(view: View, zone: string): { start: string; end: string } {
    const iso = (ms: number) => DateTime.fromMillis(Math.round(ms), { zone }).toISO({ suppressMilliseconds: true }) ?? '';
    const range = { start: iso(view[0]), end: iso(view[1]) };
    this.#written = range;
    return range;
  }

  /** Whether these attribute values were set by the page rather than written by the element. */
  setByPage(start: string | undefined, end: string | undefined): boolean {
    const given = start !== undefined || end !== undefined;
    return given && (start !== this.#written.start || end !== this.#written.end);
  }
}
