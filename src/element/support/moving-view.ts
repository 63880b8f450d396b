import type { Frame, FrameInput } from '../../core/frame.js';
import type * as Motion from '../../core/motion.js';
import type { Stage } from '../../core/motion.js';
import type { View } from '../../core/view.js';

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * Whether the view is moving (a gesture or an animation is under way), and the stage its
 * frames are drawn from meanwhile: laid out again only when the view leaves it, zooms past its
 * level, or what it was laid out from (`key`: data, width, font, …) changes.
 */
export class MovingView {
  #moving = false;
  /** The scale when the motion began: zoom levels are counted from it. */
  #base?: number;
  #stage?: { key: readonly unknown[]; stage: Stage };
  /** The last exact layout: a motion that zooms into it begins without laying out anew. */
  #rest?: { key: readonly unknown[]; stage: Stage };

  get moving(): boolean {
    return this.#moving;
  }

  start(): void {
    this.#moving = true;
  }

  /** Ends the motion; true when there was one (and the view wants an exact layout again). */
  stop(): boolean {
    const was = this.#moving;
    this.#moving = false;
    this.#base = undefined;
    this.#stage = undefined;
    return was;
  }

  /** Remembers a frame laid out exactly for `view` at rest. */
  rested(key: readonly unknown[], frame: Frame, view: View): void {
    this.#rest = { key, stage: { frame, span: view, perMs: frame.length / (view[1] - view[0]) } };
  }

  /** A frame drawn from the stage, laid out again when needed (with core/motion.ts, loaded on demand). */
  frame(key: readonly unknown[], input: FrameInput, motion: Pick<typeof Motion, 'layStage' | 'stageServes'>, draw: (stage: Stage) => Frame): Frame {
    const { layStage, stageServes } = motion;
    const perMs = input.width / (input.view[1] - input.view[0]);
    const rest = this.#rest;
    if (!this.#stage && rest && sameKey(rest.key, key) && stageServes(rest.stage, input.view, perMs)) {
      this.#stage = rest;
      this.#base = rest.stage.perMs;
    }
    this.#base ??= perMs;
    let last = this.#stage;
    if (!last || !sameKey(last.key, key) || !stageServes(last.stage, input.view, perMs)) {
      last = this.#stage = { key, stage: layStage(input, this.#base) };
    }
    return draw(last.stage);
  }
}
