/**
 * Work done in steps: a generator that yields between its passes, so that a caller that must
 * not hold the page long (a first picture of 100,000 items, a sort of them) can run each in a
 * task of its own, and any other caller runs them all at once with `allSteps`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step and returns what the last one made (whatever the steps yield: a reader's count, say). */
export function allSteps<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
