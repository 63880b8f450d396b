import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SlugMaker, slugOf } from '../../src/core/import/slug.js';

const title = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Gespräche in Genf', 'Talks', 'talks', 'TALKS!', '¡¿ !?', '', '   ', '北朝鮮', 'Ωmega', '<img src=x onerror=alert(1)>'));

describe('slugs: the ids of entries that bring none', () => {
  it('are lower-case letters, digits and inner hyphens, at most 60 characters, and a slug of a slug is itself', () => {
    fc.assert(
      fc.property(title, (t) => {
        const slug = slugOf(t);
        expect(slug).to.match(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        expect(slug.length).to.be.at.most(60);
        expect(slug).to.equal(slug.toLowerCase());
        expect(slugOf(slug)).to.equal(slug);
      }),
    );
  });

  it('are unique among themselves and the given ids, and the same for the same data', () => {
    fc.assert(
      fc.property(fc.array(title, { maxLength: 12 }), fc.uniqueArray(fc.oneof(fc.constantFrom('talks', 'talks-2', 'event'), fc.string({ minLength: 1, maxLength: 8 })), { maxLength: 5 }), (titles, given) => {
        const make = () => {
          const slugs = new SlugMaker(given);
          return titles.map((t) => slugs.next(t));
        };
        const ids = make();
        expect(new Set([...ids, ...given]).size).to.equal(ids.length + given.length);
        expect(make()).to.deep.equal(ids);
        // Each is its title's slug, or that slug with a number when it was taken.
        ids.forEach((id, i) => expect(id === slugOf(titles[i]!) || id.startsWith(`${slugOf(titles[i]!)}-`)).to.equal(true));
      }),
    );
  });
});
