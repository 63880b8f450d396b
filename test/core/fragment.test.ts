import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fragmentValue, withFragmentValue } from '../../src/core/fragment.js';

const key = fc.string({ minLength: 1, maxLength: 8 });
const value = fc.string({ maxLength: 20 });
/** Other pairs of the page's own, with names that are not the key under test. */
const otherPairs = fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,4}$/), fc.stringMatching(/^[a-z0-9]{0,4}$/)), { maxLength: 4 });

describe('the URL fragment as key=value pairs', () => {
  it('reads a value among others, decoded', () => {
    expect(fragmentValue('#a=1&tl=troops%20sent&b', 'tl')).to.equal('troops sent');
    expect(fragmentValue('#a=1', 'tl')).to.equal(null);
    expect(fragmentValue('', 'tl')).to.equal(null);
  });

  it('sets, replaces and removes one key and keeps the others as they were written', () => {
    expect(withFragmentValue('#a=1&b', 'tl', 'x')).to.equal('#a=1&b&tl=x');
    expect(withFragmentValue('#a=1&tl=x&b=2', 'tl', 'y')).to.equal('#a=1&tl=y&b=2');
    expect(withFragmentValue('#a=1&tl=x&b=2', 'tl', null)).to.equal('#a=1&b=2');
    expect(withFragmentValue('#tl=x', 'tl', null)).to.equal('');
  });

  it('property: what is written reads back, and the other pairs stay in order', () => {
    fc.assert(
      fc.property(otherPairs, key, value, (others, k, v) => {
        const rest = others.filter(([name]) => name !== k).map(([n, x]) => `${n}=${x}`);
        const hash = rest.length ? `#${rest.join('&')}` : '';
        const written = withFragmentValue(hash, k, v);
        const removed = withFragmentValue(written, k, null);
        return fragmentValue(written, k) === v && removed === hash;
      }),
    );
  });
});
