import { DateTime } from 'luxon';
import type { Reference } from '../../core/model.js';
import { parsePreciseDate } from '../../core/precision.js';
import { luxonZone } from '../../core/zones.js';

/**
 * The line for `now` (controllers/now-controller.ts), which comes with the eras and reference
 * lines it is drawn with (parts/backdrop.ts): at the start of today in the display zone, as
 * the line names a day and moves when the day does.
 */
export function todayLine(zone: string, title: string): Reference | undefined {
  const today = DateTime.now().setZone(luxonZone(zone)).toISODate();
  const date = parsePreciseDate(today ?? '', zone);
  return date.ok ? { title, date: date.value, at: date.value.startMs } : undefined;
}

/** How long until the next midnight of the zone, when the line moves (at least a second). */
export function untilMidnight(zone: string): number {
  const midnight = DateTime.now().setZone(luxonZone(zone)).plus({ days: 1 }).startOf('day').toMillis();
  return Math.max(1000, midnight - Date.now());
}

/** Calls `then` at the zone's next midnight; answers what cancels it. Timers over about 24.8 days overflow; a day is well within. */
export function atMidnight(zone: string, then: () => void): () => void {
  const timer = setTimeout(then, untilMidnight(zone));
  return () => clearTimeout(timer);
}
