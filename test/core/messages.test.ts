import { expect } from '@open-wc/testing';
import { messagesFor, OTHER_LANGUAGES, type Messages } from '../../src/core/messages.js';
import * as words from '../../src/element/parts/words.js';

const { ar, de, es, fr, he, ja } = words;

describe('the element’s own words', () => {
  it('name a chip of one item in the singular and of more in the plural, in English and German', () => {
    const en = messagesFor('en-GB');
    expect(en.cluster(1, 'Mar 1, 2024')).to.equal('1 more event, Mar 1, 2024');
    expect(en.cluster(12, 'Mar 1 – 9, 2024')).to.equal('12 more events, Mar 1 – 9, 2024');
    expect(de.cluster(1, '1. März 2024')).to.equal('1 weiteres Ereignis, 1. März 2024');
    expect(de.cluster(12, '1.–9. März 2024')).to.equal('12 weitere Ereignisse, 1.–9. März 2024');
  });

  it('head the list a chip opens in the singular for one item and in the plural for more', () => {
    const en = messagesFor('en');
    expect(en.clusterList(1, 'Jan 10, 2024')).to.equal('1 event, Jan 10, 2024');
    expect(en.clusterList(3, 'Jan 10, 2024')).to.equal('3 events, Jan 10, 2024');
    expect(de.clusterList(1, '10. Jan. 2024')).to.equal('1 Ereignis, 10. Jan. 2024');
    expect(de.clusterList(3, '10. Jan. 2024')).to.equal('3 Ereignisse, 10. Jan. 2024');
  });

  it('are picked by the locale\'s language, English where it has no catalog', () => {
    expect(messagesFor('fr-CA', words).zoomIn).to.equal('Zoom avant');
    expect(messagesFor('es-MX', words).zoomIn).to.equal('Acercar');
    expect(messagesFor('ja', words).zoomIn).to.equal('拡大');
    expect(messagesFor('ar-EG', words).zoomIn).to.equal('تكبير');
    expect(messagesFor('he-IL', words).zoomIn).to.equal('התקרבות');
    expect(messagesFor('de-AT', words).zoomIn).to.equal('Vergrößern');
    expect(messagesFor('it-IT', words).zoomIn).to.equal('Zoom in');
    expect(messagesFor('fr', undefined).zoomIn).to.equal('Zoom in');
  });

  it('are loaded for exactly the locales whose language has a catalog', () => {
    for (const locale of ['ar', 'ar-EG', 'de', 'de-CH', 'es', 'es-419', 'fr', 'fr-CA', 'he', 'he-IL', 'ja', 'ja-JP']) expect(OTHER_LANGUAGES.test(locale), locale).to.equal(true);
    for (const locale of ['en', 'en-GB', 'it', 'pt-BR', 'nl', 'ast', 'dea', 'fil', 'jam']) expect(OTHER_LANGUAGES.test(locale), locale).to.equal(false);
    // Every language the test says it has is one the part brings.
    expect(Object.keys(words).sort()).to.deep.equal(['ar', 'de', 'es', 'fr', 'he', 'ja']);
  });

  it('say every sentence in every language, none empty nor left in English', () => {
    const say = (m: Messages) =>
      Object.entries(m).map(([key, value]) => [key, typeof value === 'function' ? (value as (...a: unknown[]) => string)(3, 'X', 'Y') : value] as [string, string]);
    const english = new Map(say(messagesFor('en')));
    for (const m of [ar, de, es, fr, he, ja]) {
      expect(Object.keys(m).sort()).to.deep.equal([...english.keys()].sort());
      for (const [key, text] of say(m)) expect(text, key).to.be.a('string').and.not.equal('');
      // Only words that are the same in English may be: "Zoom" (the controls' group) and "Sources" (French).
      const same = say(m).filter(([key, text]) => text === english.get(key));
      expect(same.map(([key]) => key).every((key) => ['zoomControls', 'sources'].includes(key)), same.map(([k]) => k).join()).to.equal(true);
    }
  });

  it('count in French with the singular for one, in Arabic with its dual and its forms for 3-10, 11-99 and 100', () => {
    expect(fr.cluster(1, 'x')).to.equal('1 autre événement, x');
    expect(fr.cluster(2, 'x')).to.equal('2 autres événements, x');
    expect(fr.added(1)).to.equal('1 nouvel événement');
    expect(es.clusterList(1, 'x')).to.equal('1 evento, x');
    expect(es.clusterList(4, 'x')).to.equal('4 eventos, x');
    expect(he.clusterList(1, 'x')).to.equal('אירוע אחד, x');
    expect(he.clusterList(5, 'x')).to.equal('5 אירועים, x');
    expect(ja.clusterList(5, 'x')).to.equal('5件のイベント、x');
    expect([1, 2, 3, 10, 11, 99, 100, 103].map((n) => ar.clusterList(n, 'x'))).to.deep.equal([
      'حدث واحد، x',
      'حدثان، x',
      '3 أحداث، x',
      '10 أحداث، x',
      '11 حدثًا، x',
      '99 حدثًا، x',
      '100 حدث، x',
      '103 أحداث، x',
    ]);
  });
});
