import { expect } from '@open-wc/testing';
import { filterModel } from '../../src/core/filter.js';
import { parseTimeline } from '../../src/core/parse.js';

describe('filterModel', () => {
  const model = parseTimeline(
    [
      { id: 'a', title: 'Kursk talks', date: '2024-02-01' },
      { id: 'b', title: 'Summit', date: '2024-06-01' },
    ],
    'UTC',
  );

  it('filters a model once per filter object: showing it, counting it and checking the selection read the same items', () => {
    const filter = { query: 'kursk' };
    const once = filterModel(model, filter);
    expect(once.items.map((i) => i.id)).to.deep.equal(['a']);
    expect(filterModel(model, filter)).to.equal(once);
    // A new filter object with the same words is filtered anew, and alike.
    const again = filterModel(model, { query: 'kursk' });
    expect(again).to.not.equal(once);
    expect(again.items.map((i) => i.id)).to.deep.equal(['a']);
    // No filter, or one that is not an object, keeps the model.
    expect(filterModel(model, null)).to.equal(model);
    expect(filterModel(model, 'kursk')).to.equal(model);
  });
});
