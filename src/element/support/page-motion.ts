/**
 * A page that sets `start`/`end` frame after frame (a scrubber, a chart kept in step, its own
 * animation) moves the window as a gesture does. Stacking lanes anew each frame would reshuffle
 * events under the reader's eyes and cost more than a frame has, so the element draws such a
 * run from a stage, like its own motions, and lays the window out exactly once the page left it
 * alone for a whole frame. This tells the frames apart (it comes with the motion part: only a
 * page that moves its window loads it).
 *
 * A window set in the frame right after a frame with one, however long that frame took (a slow
 * one must not end the motion: that is when it matters most), moves the window; one set on its
 * own, or after a whole frame without any, is laid out exactly; a second one in the same frame
 * is drawn as the first was.
 */
export class PageMotion {
  /** The frame time of the page's last window. */
  #at = Number.NEGATIVE_INFINITY;
  /**
   * Whether the last window was set in the task running now. A frame is told by its time and
   * its task: under load Chromium may run the next frame's callbacks with the time of the one
   * before (seen in the tests), which is a new frame all the same.
   */
  #inTask = false;
  /** Whether the last window was drawn moving. */
  #moving = false;
  /** Whether frames are watched for one without a window. */
  #watching = false;

  /** `rest` is called once the page left its window alone for a whole frame. */
  constructor(private readonly rest: () => void) {}

  /** The page set a window (or the part arrived after one): answers whether it is drawn moving. */
  set(): boolean {
    // The time of the frame being run or prepared: every call within one frame agrees.
    const now = document.timeline.currentTime as number;
    if (this.#inTask && now === this.#at) return this.#moving;
    this.#at = now;
    this.#inTask = true;
    setTimeout(() => (this.#inTask = false));
    this.#moving = this.#watching;
    if (!this.#watching) {
      this.#watching = true;
      this.#watch(now);
    }
    return this.#moving;
  }

  /**
   * Calls `rest` in the first frame after a frame without a window. (The page's own callback
   * may come after this one within a frame: hence a whole frame without.)
   */
  #watch(since: number): void {
    requestAnimationFrame((now) => {
      // Within a millisecond: a frame's time and the callback's are not always rounded alike.
      if (this.#at > since - 1) return this.#watch(now);
      this.#watching = false;
      this.rest();
    });
  }
}
