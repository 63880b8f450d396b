import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { errorMessage } from '../../src/core/error-message.js';

/** Values a page's code can throw, the awkward ones included. */
const thrown = fc.oneof(
  fc.anything(),
  fc.string().map((m) => new Error(m)),
  fc.string().map((m) => new TypeError(m)),
  fc.constant(Object.create(null) as unknown),
  fc.string().map((d) => Symbol(d) as unknown),
  fc.constant({ toString: () => { throw new Error('no'); } }),
  fc.constant({ [Symbol.toPrimitive]: () => { throw Object.create(null); } }),
  fc.constant(Object.defineProperty(new Error(), 'message', { get: () => { throw Object.create(null); } })),
);

describe('errorMessage: readable text for whatever was thrown', () => {
  it('never throws and always gives some text of bounded length', () => {
    fc.assert(
      fc.property(thrown, (value) => {
        const text = errorMessage(value);
        expect(text).to.be.a('string');
        expect(text.trim().length).to.be.greaterThan(0);
        expect(text.length).to.be.at.most(300);
      }),
    );
  });

  it('reads neither a revoked Proxy nor one whose every trap throws', () => {
    // Outside fast-check: it inspects the values it generates, and these throw at any look.
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const hostile = new Proxy({}, { get: () => { throw Object.create(null); }, getPrototypeOf: () => { throw Object.create(null); } });
    for (const value of [revoked.proxy, hostile]) expect(errorMessage(value)).to.equal('a value that is not an error');
  });

  it('keeps what an Error or a string says', () => {
    expect(errorMessage(new RangeError('Invalid language tag: root'))).to.equal('Invalid language tag: root');
    expect(errorMessage('disk full')).to.equal('disk full');
    expect(errorMessage(Object.create(null), 'unknown')).to.equal('unknown');
    expect(errorMessage({})).to.equal('a value that is not an error');
  });
});
