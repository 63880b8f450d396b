import { expect } from '@open-wc/testing';
import { nextTask } from '../../src/element/support/next-task.js';

describe('nextTask: the next piece of work in a task of its own', () => {
  it('resolves after the microtasks queued in this task, and after a task the page queued before it', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('page task');
    channel.port2.postMessage(0);
    const next = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await next;
    expect(order).to.deep.equal(['microtask', 'page task', 'next task']);
    channel.port1.close();
  });
});
