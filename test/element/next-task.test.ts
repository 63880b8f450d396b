import { expect } from '@open-wc/testing';
import { nextTask } from '../../src/element/support/next-task.js';

describe('nextTask: the next piece of work in a task of its own', () => {
  // Only what a task guarantees: the order against another channel's message or a timer is the
  // browser's to choose (two message pipes need not deliver in the order they were posted to).
  it('resolves after every microtask this task queued, however deep their chain', async () => {
    let depth = 0;
    const chain = (): Promise<void> => (++depth < 1000 ? Promise.resolve().then(chain) : Promise.resolve());
    const next = nextTask().then(() => depth);
    void chain();
    expect(await next).to.equal(1000);
  });
});
