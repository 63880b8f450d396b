/**
 * A page that sets `start`/`end` frame after frame (a scrubber, a chart kept in step, its own
 * animation) moves the window as a gesture does. Stacking lanes anew each frame would reshuffle
 * events under the reader's eyes and cost more than a frame has, so the element draws such a
 * run from a stage, like its own motions, and lays the window out exactly once the page left it
 * alone for a whole frame. This waits for that frame (with the motion part: only a page that
 * moves its window loads it).
 *
 * `last` is the frame time of the page's last window; `rest` is called once, in the first frame
 * after a frame without one. (The page's own callback may come after this one within a frame:
 * hence a whole frame without.)
 */
export function afterRest(last: () => number, rest: () => void, since = last()): void {
  // Within a millisecond: a frame's time and the callback's are not always rounded alike.
  requestAnimationFrame((now) => (last() > since - 1 ? afterRest(last, rest, now) : rest()));
}
