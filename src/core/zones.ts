import { IANAZone, Info, type Zone } from 'luxon';
import { remembered } from './remembered.js';

// Luxon checks a zone name by building an Intl.DateTimeFormat every time; remember the answers.
const known = new Map<string, boolean>();

/** Whether `name` is an IANA zone this browser knows. */
export function isKnownZone(name: string): boolean {
  // (No name is none luxon knows: it answers false without asking Intl.)
  return remembered(known, name, () => IANAZone.isValidZone(name));
}

const DAY = 86_400_000;
const MAX_REMEMBERED = 200_000;

/**
 * An IANA zone that remembers its UTC offset per UTC day when the offset is the same at both
 * ends of that day (no transition inside it; no zone changes twice in a day), learning a
 * week at a time where it can. Luxon asks Intl
 * for the offset of every date it makes (tens of microseconds each); this makes reading
 * 100,000 dates fast, and a day with a transition is still asked instant by instant.
 */
class RememberingZone extends IANAZone {
  readonly #offsets = new Map<number, number>();
  readonly #weekStarts = new Map<number, number>();

  // Its name, type, validity, equality and offset names are luxon's IANA zone's; its formatOffset
  // writes this remembered offset, the one its DateTimes hold.
  override offset(ts: number): number {
    const day = Math.floor(ts / DAY);
    let offset = this.#offsets.get(day);
    if (offset === undefined) {
      if (this.#offsets.size >= MAX_REMEMBERED) this.#offsets.clear();
      // First try the whole week around the day: no zone changes its clock twice in a week,
      // so equal offsets at both ends mean none of its days has a change.
      const week = Math.floor(day / 7) * 7;
      const first = this.#weekStart(week);
      if (first === this.#weekStart(week + 7)) {
        for (let d = week; d < week + 7; d++) this.#offsets.set(d, first);
        offset = first;
      } else {
        const next = super.offset((day + 1) * DAY);
        const start = super.offset(day * DAY);
        // NaN marks a day with a transition in it.
        offset = start === next ? start : NaN;
        this.#offsets.set(day, offset);
      }
    }
    return isNaN(offset) ? super.offset(ts) : offset;
  }

  /** The offset as a week begins; neighbouring weeks share it, so each is asked of Intl once. */
  #weekStart(day: number): number {
    let offset = this.#weekStarts.get(day);
    if (offset === undefined) {
      if (this.#weekStarts.size >= MAX_REMEMBERED) this.#weekStarts.clear();
      offset = super.offset(day * DAY);
      this.#weekStarts.set(day, offset);
    }
    return offset;
  }
}

/**
 * Whether the zone's offset changes within `by` ms either side of `at`: a time there is written
 * with the zone's name (an axis tick, a label), as clocks going back repeat an hour of times.
 * (No zone changes its clock twice within a few hours.)
 */
export const offsetChangesNear = (zone: Zone, at: number, by: number): boolean => zone.offset(at - by) !== zone.offset(at + by);

const zones = new Map<string, Zone>();

/** The luxon zone for a name, made once per page. */
export function zoneNamed(name: string): Zone {
  return remembered(zones, name, () => new RememberingZone(name));
}

/**
 * The luxon zone for a name as the element holds it (an IANA name, or anything luxon reads).
 * Handing luxon the name instead makes it check the name again (a new Intl.DateTimeFormat)
 * for every DateTime it makes: most of a cold render's time in luxon.
 */
export function luxonZone(name: string): Zone {
  // "UTC" and "GMT" are luxon's fixed zero offset (written "Z"), not the IANA zone of that name.
  return !/^(utc|gmt)$/i.test(name) && isKnownZone(name) ? zoneNamed(name) : Info.normalizeZone(name);
}

let viewer: { zone: string; at: number } | undefined;

/**
 * The zone the viewer's browser is in. Asking Intl makes a new formatter each time (8% of a
 * cold render at 10,000 items, asked in every update); the answer is kept for a second, so a
 * viewer whose clock moves to another zone is followed within one.
 */
export function viewerZone(): string {
  const now = Date.now();
  if (!viewer || now - viewer.at > 1000) viewer = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now };
  return viewer.zone;
}
