import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeEntities, htmlToText } from '../../src/core/import/html-text.js';

describe('htmlToText: imported HTML becomes the words it shows, never markup', () => {
  it('drops tags and keeps their words', () => {
    expect(htmlToText('The <b>Berlin</b> <a href="https://example.org">Wall</a>')).to.equal('The Berlin Wall');
  });

  it('drops scripts and styles with everything inside them', () => {
    expect(htmlToText('Before<script>alert("x")</script> after<style>p { color: red }</style>')).to.equal('Before after');
  });

  it('drops an image with an onerror handler, even with ">" inside a quoted attribute', () => {
    expect(htmlToText('<img src=x onerror="if(1>0)alert(1)">Caption')).to.equal('Caption');
  });

  it('drops comments and a tag cut off by the end of the text', () => {
    expect(htmlToText('Kept<!-- hidden <b>note</b> --> text <img src=x onerror=alert(1)')).to.equal('Kept text');
  });

  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('Fish &amp; chips &mdash; caf&eacute; &#8364;5 &#x1F600; &unknown;')).to.equal('Fish & chips — café €5 😀 &unknown;');
  });

  it('decodes the accented letters, symbols and Greek letters of Western and Central European and scientific text', () => {
    expect(decodeEntities('Espa&ntilde;a &aacute;&iacute;&oacute;&uacute; &Ccedil;&atilde;o &aring;&oslash;&aelig; &Scaron;koda &iexcl;Ol&eacute;! &frac12; &hearts;')).to.equal('España áíóú Ção åøæ Škoda ¡Olé! ½ ♥');
    expect(decodeEntities('&alpha;&beta;&gamma; &Delta;t &sigma; &sigmaf; &Sigma; &Omega; &omega; &Tau;&tau;')).to.equal('αβγ Δt σ ς Σ Ω ω Ττ');
    // A name HTML does not have stays as written, as the browser shows it.
    expect(decodeEntities('&Sigmaf; &ALPHA; &qq; &acute;')).to.equal('&Sigmaf; &ALPHA; &qq; ´');
  });

  it('keeps an escaped tag as the words it spells, not as a tag', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });

  it('turns blocks and breaks into lines, and joins them for a title', () => {
    const html = '<p>First   paragraph</p>\n\n<p>Second<br>line</p>';
    expect(htmlToText(html)).to.equal('First paragraph\nSecond\nline');
    expect(htmlToText(html, { lines: false })).to.equal('First paragraph Second line');
  });

  it('leaves a lone "<" that opens no tag as text', () => {
    expect(htmlToText('3 < 4 and 5 > 2')).to.equal('3 < 4 and 5 > 2');
  });

  it('never returns a tag for any mix of tags and text', () => {
    const piece = fc.oneof(
      fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<b>', '</b>', '<a href="javascript:alert(1)">', '<svg onload=alert(1)>', '<!--', '-->', '<p>', '&lt;', '&amp;'),
      fc.string({ maxLength: 6 }).filter((s) => !s.includes('<') && !s.includes('&')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const html = pieces.join('');
        // Text with no "&" to decode cannot spell a tag that was not in the markup; whatever was a tag is gone.
        expect(htmlToText(html.replace(/&/g, ''))).not.to.match(/<[a-zA-Z/!]/);
      }),
    );
  });
});
