import { expect } from '@open-wc/testing';

// The runner sends a failure's `actual` and `expected` out of the page: an element there once
// stalled the browser until it disconnected (test/support/readable-failures.ts).
describe('a failed assertion about an element', () => {
  it('carries the element’s markup as what was found, so that the failure is reported', () => {
    const p = document.createElement('p');
    p.textContent = 'drawn';
    let failure: (Error & { actual?: unknown; expected?: unknown }) | undefined;
    try {
      expect(p).to.equal(null);
    } catch (error) {
      failure = error as Error & { actual?: unknown; expected?: unknown };
    }
    expect(failure?.message).to.contain('to equal null');
    expect(failure?.actual).to.equal('<p>drawn</p>');
    expect(failure?.expected).to.equal(null);
  });

  it('carries a list of elements as their markup too', () => {
    const items = ['a', 'b'].map((text) => Object.assign(document.createElement('li'), { textContent: text }));
    let failure: (Error & { actual?: unknown }) | undefined;
    try {
      expect(items).to.deep.equal([]);
    } catch (error) {
      failure = error as Error & { actual?: unknown };
    }
    expect(failure?.actual).to.deep.equal(['<li>a</li>', '<li>b</li>']);
  });
});
