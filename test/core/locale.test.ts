import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FALLBACK_LOCALE, resolveLocale } from '../../src/core/locale.js';

const valid = fc.constantFrom('de', 'en-GB', 'fr-CA', 'ar-EG-u-nu-arab', 'en-u-ca-islamic', 'zh-Hant-TW', 'und');
const invalid = fc.constantFrom('xx-invalid-@@', 'root', 'x-private', 'i-klingon', '-', 'en_', 'e', '12', 'de--DE', '😀');
const empty = fc.constantFrom('', '   ', null, undefined);

describe('locale: the first tag Intl accepts, nearest first', () => {
  it('takes the first valid candidate and reports every invalid one before it, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(invalid, empty)), valid, fc.array(fc.oneof(valid, invalid)), (before, chosen, after) => {
        const choice = resolveLocale([...before, chosen, ...after]);
        expect(choice.locale).to.equal(Intl.getCanonicalLocales(chosen)[0]);
        expect(choice.rejected).to.deep.equal(before.filter((c) => typeof c === 'string' && c.trim() !== ''));
        // What it chose never throws in Intl.
        expect(() => new Intl.DateTimeFormat(choice.locale).format(0)).not.to.throw();
      }),
    );
  });

  it('reads en_US and de_AT as the tags they mean', () => {
    expect(resolveLocale(['en_US'])).to.deep.equal({ locale: 'en-US', rejected: [] });
    expect(resolveLocale(['root', 'de_AT']).locale).to.equal('de-AT');
  });

  it('falls back to English when nothing is usable', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(invalid, empty)), (candidates) => {
        expect(resolveLocale(candidates).locale).to.equal(FALLBACK_LOCALE);
      }),
    );
  });
});
