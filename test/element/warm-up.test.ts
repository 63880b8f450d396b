import { expect } from '@open-wc/testing';
import { rehearsal } from '../../src/element/warm-up.js';

describe('the idle rehearsal after the module loads', () => {
  it('runs in several short steps and leaves the page exactly as it was', () => {
    const before = document.body.innerHTML;
    const heard: string[] = [];
    const types = ['timeline-load', 'timeline-error', 'timeline-range-change', 'timeline-select'];
    const listen = (e: Event) => heard.push(e.type);
    for (const type of types) window.addEventListener(type, listen);
    try {
      const steps = rehearsal();
      let count = 0;
      while (!steps.next().done) count++;
      expect(count).to.be.greaterThan(2);
      expect(document.body.innerHTML).to.equal(before);
      expect(heard).to.deep.equal([]);
    } finally {
      for (const type of types) window.removeEventListener(type, listen);
    }
  });
});
