import { interpolateView } from '../../core/interpolate-view.js';
import type { View } from '../../core/view.js';

const ANIMATION_MS = 280;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Ease in and out, so a zoom starts and lands gently. */
function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

/**
 * Moves the view from one window to another over a few frames, or at once when the user
 * prefers reduced motion. A new animation, or stop(), ends the running one (its promise
 * still resolves).
 */
export class ViewAnimation {
  #running?: { frame: number; done: () => void };

  /** Whether an animation is under way (the window shown is between two others). */
  get running(): boolean {
    return this.#running !== undefined;
  }

  stop(): void {
    if (!this.#running) return;
    cancelAnimationFrame(this.#running.frame);
    this.#running.done();
    this.#running = undefined;
  }

  /** Calls `show` with each in-between view, then `land` with the target; resolves after `land`. */
  run(from: View | undefined, to: View, show: (view: View) => void, land: () => Promise<void>): Promise<void> {
    this.stop();
    if (!from || prefersReducedMotion()) return land();
    return new Promise<void>((resolve) => {
      const began = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - began) / ANIMATION_MS);
        if (t >= 1) {
          this.#running = undefined;
          void land().then(resolve);
          return;
        }
        show(interpolateView(from, to, ease(t)));
        this.#running = { frame: requestAnimationFrame(step), done: resolve };
      };
      this.#running = { frame: requestAnimationFrame(step), done: resolve };
    });
  }
}
