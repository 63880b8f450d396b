import { DateTime } from 'luxon';
import { sameView, type View } from '../../core/view.js';
import { luxonZone } from '../../core/zones.js';

/** The window as the ISO strings `start` and `end` get, in `zone`. */
export function rangeStrings(view: View, zone: string): { start: string; end: string } {
  const at = luxonZone(zone);
  // ISO 8601 writes an offset in whole minutes, and a zone's offset before its standard time may
  // have seconds (New York's -4:56:02 until 1883): written "-04:56" by a clock of -4:56:02, the
  // value was two seconds off (an outside harness). Such an instant is written in UTC.
  const iso = (ms: number) => DateTime.fromMillis(Math.round(ms), { zone: at.offset(ms) % 1 ? 'UTC' : at }).toISO({ suppressMilliseconds: true }) ?? '';
  return { start: iso(view[0]), end: iso(view[1]) };
}

/**
 * The `start` and `end` attributes both report the visible window and move it. This tells
 * the two apart: it remembers the values that last described the window (written by the
 * element, or the page's own that it accepted), so a value that differs was set by the page.
 */
export class RangeAttributes {
  #known: { start?: string; end?: string } = {};
  /** The window the known values describe. */
  #knownView?: View;

  /** The window as the ISO strings the attributes get, in `zone`; remembered as the element's own. */
  write(view: View, zone: string): { start: string; end: string } {
    const range = rangeStrings(view, zone);
    this.#known = range;
    this.#knownView = view;
    return range;
  }

  /** The page's values describe the window shown: they stay, and count as known. */
  accept(start: string | undefined, end: string | undefined, view: View): void {
    this.#known = { start, end };
    this.#knownView = view;
  }

  /** Whether these values are the known ones and still describe `view` (an absent or empty end describes nothing). */
  describes(start: string | undefined, end: string | undefined, view: View): boolean {
    return !!start && !!end && !this.setByPage(start, end) && sameView(this.#knownView, view);
  }

  /** Whether these attribute values were set by the page rather than known to describe the window. */
  setByPage(start: string | undefined, end: string | undefined): boolean {
    const given = start !== undefined || end !== undefined;
    return given && (start !== this.#known.start || end !== this.#known.end);
  }
}
