import type { Frame, FrameInput } from '../../core/frame.js';
import type * as Motion from '../../core/motion.js';
import type { KeyedStage, Stage } from '../../core/motion.js';
import type { View } from '../../core/view.js';

/**
 * Whether the view is moving (a gesture or an animation is under way), and the stage its
 * frames are drawn from meanwhile: laid out again only when the view leaves it, zooms past its
 * level, or what it was laid out from (`key`: data, width, font, …) changes. Which stage that
 * is comes with the stages themselves (core/motion.ts `stageFor`, loaded on demand).
 */
export class MovingView {
  /** Set when a motion begins (a gesture's first change, an animation's first frame, a page's second window in a row). */
  moving = false;
  /** The scale when the motion began: zoom levels are counted from it. */
  #base?: number;
  #stage?: KeyedStage;
  /** The last exact layout: a motion that zooms into it begins without laying out anew. */
  #rest?: KeyedStage;

  /** Ends the motion; true when there was one (and the view wants an exact layout again). */
  stop(): boolean {
    const was = this.moving;
    this.moving = false;
    this.#base = this.#stage = undefined;
    return was;
  }

  /** Remembers a frame laid out exactly for `view` at rest. */
  rested(key: readonly unknown[], frame: Frame, view: View): void {
    this.#rest = { key, stage: { frame, span: view, perMs: frame.length / (view[1] - view[0]) } };
  }

  /** A frame drawn from the stage, laid out again when needed (with core/motion.ts, loaded on demand). */
  frame(key: readonly unknown[], input: FrameInput, motion: Pick<typeof Motion, 'stageFor'>, draw: (stage: Stage) => Frame): Frame {
    const next = motion.stageFor(this.#stage, this.#rest, this.#base, key, input);
    this.#stage = next.current;
    this.#base = next.base;
    return draw(next.current.stage);
  }
}
