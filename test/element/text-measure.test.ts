import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTimeline } from '../../src/core/parse.js';
import { TextMeasure } from '../../src/element/support/text-measure.js';

const font = '400 14px sans-serif';
const words = fc.array(fc.constantFrom('Bundestag', 'votes', 'on', 'the', 'budget', 'Koalitionsausschuss', 'überraschend', 'a', 'long', 'day', '—', '2024'), { minLength: 1, maxLength: 30 });

describe('TextMeasure.labelBoxes: labels measured once, and a bound of their width', () => {
  it('property: the bound of a label is never wider than the label, and a label made after its bound is the one made without it', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), fc.integer({ min: 60, max: 400 }), (titles, measure) => {
        const model = parseTimeline(titles.map((t, i) => ({ id: `e${i}`, title: t.join(' '), date: '2024-11-18' })), 'UTC');
        const dateOf = () => '18 Nov';
        const boundFirst = new TextMeasure().labelBoxes(model.items, font, 19, 'k', dateOf);
        const direct = new TextMeasure().labelBoxes(model.items, font, 19, 'k', dateOf);
        for (const item of model.items) {
          const least = boundFirst.atLeast(item, measure);
          const label = boundFirst.box(item, measure);
          expect(least).to.be.at.most(label.width);
          expect(label).to.deep.equal(direct.box(item, measure));
          // Once made, the bound is the label's own width.
          expect(boundFirst.atLeast(item, measure)).to.equal(label.width);
          for (const line of label.lines) expect(line.length).to.be.greaterThan(0);
        }
      }),
      { numRuns: 40 },
    );
  });
});
