import { chooseInterval, computeTicks, type Tick } from './ticks.js';

/** Ticks made for a moving view: those of one interval over a stretch around it. */
interface Run {
  key: string;
  from: number;
  to: number;
  ticks: readonly Tick[];
}

/**
 * The runs made last, newest first: a few, so that two timelines moving together on one page
 * (a chart kept in step with another) do not make each other's anew every frame.
 */
const runs: Run[] = [];
const KEPT_RUNS = 4;

/**
 * The axis of a moving view (core/motion.ts), the same ticks computeTicks gives for
 * [start, end] (property-tested against it: test/core/moving-ticks.test.ts). Frame after frame
 * such a view shows the ticks of one interval a little further on, so they are made once for a
 * stretch of three views and then only cut to each frame's view, until the view leaves the
 * stretch or needs another interval: stepping luxon's DateTimes from tick to tick for every
 * frame was 0.3-0.5 ms of each of the bench's window steps, against about 0.15 now (CPU
 * profiles of its 60 steps at 1,200 px, 10,000 items).
 */
export function movingTicks(start: number, end: number, count: number, zone: string, locale: string): Tick[] {
  if (!(end > start) || !Number.isFinite(start) || !Number.isFinite(end)) return [];
  const interval = chooseInterval(end - start, count);
  // computeTicks puts every tick on a whole unit of the local clock, whatever its stretch began
  // with (also after Lord Howe Island's half-hour change), so any stretch has the same ones.
  const key = `${interval.unit} ${interval.step} ${zone} ${locale}`;
  let run = runs.find((made) => made.key === key && start >= made.from && end <= made.to);
  if (!run) {
    const span = end - start;
    const from = start - span;
    const to = end + span;
    // Three views at three times the count: computeTicks picks its interval from span / count,
    // so it is the view's own (checked, as rounding could tip a choice at a boundary).
    const wide = chooseInterval(to - from, count * 3);
    if (wide.unit !== interval.unit || wide.step !== interval.step) return computeTicks(start, end, count, zone, locale);
    const ticks = computeTicks(from, to, count * 3, zone, locale);
    // The stretch is known up to its last tick: computeTicks stops after a few hundred, and a
    // run cut short must not serve a view beyond it. One that does not reach past this view
    // (cut short, or an axis of a tick or two over three views, cheap to make each frame) is
    // not kept, so that it does not push out the runs of other timelines on the page.
    run = { key, from, to: Math.min(to, ticks.at(-1)?.at ?? from), ticks };
    if (end > run.to) return computeTicks(start, end, count, zone, locale);
    runs.unshift(run);
    runs.length = Math.min(runs.length, KEPT_RUNS);
  }
  return run.ticks.filter((tick) => tick.at >= start && tick.at <= end);
}
