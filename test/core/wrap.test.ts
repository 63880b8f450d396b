import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { wrapText } from '../../src/core/wrap.js';

/** Every grapheme cluster 10 px wide, wide ideographs 20: additive, like summed glyph advances. */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);
const wide = (c: string) => /[\u3040-\u9fff\uac00-\ud7af]/.test(c);
const measure = (text: string) => clusters(text).reduce((w, c) => w + (wide(c) ? 20 : 10), 0);
const trimBreakSpaces = (line: string) => line.replace(/[ \t\n\r\f\u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]+$/u, '');

const pieces = fc.constantFrom('Putin', 'warnt', 'Seoul', 'Vize-Außenminister', 'Kursk', '10.000', 'İstanbul', 'e\u0301', '👩‍👩‍👧', 'ﺍﻟﻌﺮﺑﻴﺔ', '北朝鮮', '軍を派遣。', 'Donaudampfschifffahrtsgesellschaft');
const separators = fc.constantFrom(' ', '  ', '-', '\u00a0', '', '\u3000', ' – ');
const titles = fc.oneof(
  fc.array(fc.tuple(pieces, separators), { maxLength: 20 }).map((parts) => parts.map(([p, s]) => p + s).join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
);

describe('wrapText: whole titles in lines that fit the measure', () => {
  it('breaks at spaces, keeping each space at the end of its line', () => {
    const { lines, width } = wrapText('Putin warnt Seoul vor Waffenlieferungen', 120, measure);
    // "Waffenlieferungen" alone is 170 px: broken between its letters, 12 to a line.
    expect(lines).to.deep.equal(['Putin warnt ', 'Seoul vor ', 'Waffenliefer', 'ungen']);
    expect(width).to.equal(120);
  });

  it('breaks a word longer than a line between its letters', () => {
    const { lines } = wrapText('Donaudampfschifffahrt', 100, measure);
    expect(lines).to.deep.equal(['Donaudampf', 'schifffahr', 't']);
  });

  it('breaks after a hyphen inside a word', () => {
    expect(wrapText('Russlands Vize-Außenminister', 150, measure).lines).to.deep.equal(['Russlands Vize-', 'Außenminister']);
  });

  it('breaks Chinese and Japanese between characters, never before closing punctuation', () => {
    const { lines } = wrapText('北朝鮮が軍を派遣。', 60, measure);
    expect(lines.join('')).to.equal('北朝鮮が軍を派遣。');
    expect(lines.every((l) => measure(l) <= 60 || l.endsWith('。'))).to.equal(true);
    expect(lines.some((l) => l.startsWith('。'))).to.equal(false);
  });

  it('keeps a title that fits on one line', () => {
    expect(wrapText('Kursk', 200, measure)).to.deep.equal({ lines: ['Kursk'], width: 50 });
  });

  it('property: the lines joined give back the title, none empty', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 0, max: 400 }), (title, max) => {
        const { lines } = wrapText(title, max, measure);
        expect(lines.join('')).to.equal(title);
        expect(lines.every((l) => l.length > 0)).to.equal(true);
      }),
    );
  });

  it('property: no line is wider than the measure unless it is one grapheme cluster', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 0, max: 400 }), (title, max) => {
        const { lines, width } = wrapText(title, max, measure);
        for (const line of lines) {
          const shown = trimBreakSpaces(line);
          if (measure(shown) > max) expect(clusters(shown), JSON.stringify(line)).to.have.length(1);
          expect(measure(shown)).to.be.at.most(width);
        }
      }),
    );
  });

  it('property: never splits a grapheme cluster across lines', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 0, max: 200 }), (title, max) => {
        const { lines } = wrapText(title, max, measure);
        const whole = clusters(title);
        expect(lines.flatMap(clusters)).to.deep.equal(whole);
      }),
    );
  });

  it('property: greedy, each line is as full as it can be (the next line’s first word would not fit)', () => {
    const words = fc.array(fc.constantFrom('a', 'bb', 'ccc', 'dddd', 'eeeee'), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, fc.integer({ min: 50, max: 300 }), (title, max) => {
        const { lines } = wrapText(title, max, measure);
        for (let i = 0; i + 1 < lines.length; i++) {
          const nextWord = lines[i + 1]!.split(' ')[0]!;
          expect(measure(lines[i]! + nextWord)).to.be.greaterThan(max);
        }
      }),
    );
  });
});
