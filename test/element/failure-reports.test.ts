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

  it('carries an element inside a plain object as its markup, the rest of the object as it was', () => {
    const title = Object.assign(document.createElement('span'), { textContent: 'Vertrag' });
    let failure: (Error & { actual?: unknown; expected?: unknown }) | undefined;
    try {
      expect({ at: 3, label: { title, lines: [title] } }).to.deep.equal({ at: 4, label: { title: null, lines: [] } });
    } catch (error) {
      failure = error as Error & { actual?: unknown; expected?: unknown };
    }
    expect(failure?.actual).to.deep.equal({ at: 3, label: { title: '<span>Vertrag</span>', lines: ['<span>Vertrag</span>'] } });
    expect(failure?.expected).to.deep.equal({ at: 4, label: { title: null, lines: [] } });
  });

  it('leaves a failure about plain data as it was', () => {
    const found = { at: 3, lines: ['a', 'b'] };
    let failure: (Error & { actual?: unknown }) | undefined;
    try {
      expect(found).to.deep.equal({ at: 3, lines: ['a'] });
    } catch (error) {
      failure = error as Error & { actual?: unknown };
    }
    expect(failure?.message).to.contain('to deeply equal');
    expect(failure?.actual).to.deep.equal(found);
  });
});
