import { expect } from '@open-wc/testing';
import { hasOtherWords, messagesFor, type Messages } from '../../src/core/messages.js';
import { rareDateWords } from '../../src/core/rare-dates.js';
import * as words from '../../src/element/parts/words.js';
import { zhHant } from '../../src/core/messages-zh-hant.js';

const { ar, de, es, fr, he, it: italian, ja, nl, pl, pt, ru, uk, zh } = words.catalogs;

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
    expect(messagesFor('it-IT', words).zoomIn).to.equal('Ingrandisci');
    expect(messagesFor('pt-BR', words).zoomIn).to.equal('Ampliar');
    expect(messagesFor('uk-UA', words).zoomIn).to.equal('Збільшити');
    expect(messagesFor('sv-SE', words).zoomIn).to.equal('Zoom in');
    expect(messagesFor('fr', undefined).zoomIn).to.equal('Zoom in');
  });

  it('are in simplified Chinese characters for Chinese, and in traditional ones for zh-Hant and Taiwan’s, Hong Kong’s and Macao’s Chinese', () => {
    for (const locale of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'zh-Hans-TW', 'zh-CN-u-nu-hanidec']) {
      expect(messagesFor(locale, words).timeline, locale).to.equal('时间线');
    }
    for (const locale of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'zh-Hant-CN', 'zh-TW-u-ca-roc']) {
      expect(messagesFor(locale, words).timeline, locale).to.equal('時間軸');
    }
  });

  it('choose the same script as the words of the dates (the dates part), for any Chinese tag', () => {
    const tags = ['zh', 'zh-CN', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-SG', 'zh-Hans', 'zh-Hant', 'zh-Hans-HK', 'zh-Hant-CN', 'zh-Hant-TW', 'zh-TWX', 'zh-HKG', 'zh-hant-tw', 'zh-TW-u-ca-roc', 'zh-x-hk'];
    for (const tag of tags) {
      // The dates' "approximately" is 約 in traditional characters and 约 in simplified ones.
      const traditionalDates = rareDateWords.qualify('2024', 'approximate', tag, false).startsWith('約');
      expect(words.wordsFor(tag) === zhHant, tag).to.equal(traditionalDates);
    }
  });

  it('are loaded for exactly the locales whose language has a catalog', () => {
    const have = ['ar', 'ar-EG', 'de', 'de-CH', 'es', 'es-419', 'fr', 'fr-CA', 'he', 'he-IL', 'it', 'ja', 'ja-JP', 'nl-BE', 'pl', 'pt-BR', 'pt-PT', 'ru', 'uk-UA', 'zh', 'zh-Hant-TW'];
    for (const locale of have) expect(hasOtherWords(locale), locale).to.equal(true);
    // Tags as Intl writes them whose language is none of those: three letters that begin or end
    // like one (Asturian, Filipino, Jamaican, Zhuang), a longer tag, Swedish.
    for (const locale of ['en', 'en-GB', 'ast', 'dea', 'fil', 'jam', 'rde', 'zha', 'sv-SE', 'und']) expect(hasOtherWords(locale), locale).to.equal(false);
    // Every language the test says it has is one the part brings, and the other way round.
    expect(Object.keys(words.catalogs).sort()).to.deep.equal([...new Set(have.map((l) => l.split('-')[0]))].sort());
  });

  it('say every sentence in every language, none empty nor left in English', () => {
    const say = (m: Messages) =>
      Object.entries(m).map(([key, value]) => [key, typeof value === 'function' ? (value as (...a: unknown[]) => string)(3, 'X', 'Y') : value] as [string, string]);
    const english = new Map(say(messagesFor('en')));
    for (const m of [ar, de, es, fr, he, italian, ja, nl, pl, pt, ru, uk, zh, zhHant]) {
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
    expect([zh.clusterList(1, 'x'), zhHant.clusterList(5, 'x')]).to.deep.equal(['1个事件，x', '5個事件，x']);
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

  it('count in Polish, Russian and Ukrainian with their forms for one, a few and many, as CLDR parts them', () => {
    const counts = [1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 112];
    expect(counts.map((n) => pl.clusterList(n, 'x'))).to.deep.equal(
      ['1 wydarzenie', '2 wydarzenia', '4 wydarzenia', '5 wydarzeń', '11 wydarzeń', '12 wydarzeń', '21 wydarzeń', '22 wydarzenia', '25 wydarzeń', '101 wydarzeń', '112 wydarzeń'].map((t) => `${t}, x`),
    );
    expect(counts.map((n) => ru.clusterList(n, 'x'))).to.deep.equal(
      ['1 событие', '2 события', '4 события', '5 событий', '11 событий', '12 событий', '21 событие', '22 события', '25 событий', '101 событие', '112 событий'].map((t) => `${t}, x`),
    );
    expect(counts.map((n) => uk.clusterList(n, 'x'))).to.deep.equal(
      ['1 подія', '2 події', '4 події', '5 подій', '11 подій', '12 подій', '21 подія', '22 події', '25 подій', '101 подія', '112 подій'].map((t) => `${t}, x`),
    );
    // After "пропущено" Ukrainian's feminine noun is in the accusative; a new one is an adjective's agreement too.
    expect([1, 3, 5].map((n) => uk.skipped(n))).to.deep.equal(['Пропущено 1 подію:', 'Пропущено 3 події:', 'Пропущено 5 подій:']);
    expect([1, 3, 5].map((n) => ru.added(n))).to.deep.equal(['1 новое событие', '3 новых события', '5 новых событий']);
    expect([1, 3, 5].map((n) => pl.added(n))).to.deep.equal(['1 nowe wydarzenie', '3 nowe wydarzenia', '5 nowych wydarzeń']);
  });

  it('count in Italian, Portuguese and Dutch with the singular for one', () => {
    expect([1, 2].map((n) => italian.cluster(n, 'x'))).to.deep.equal(['1 altro evento, x', 'altri 2 eventi, x']);
    expect([1, 2].map((n) => pt.cluster(n, 'x'))).to.deep.equal(['mais 1 evento, x', 'mais 2 eventos, x']);
    expect([1, 2].map((n) => nl.skipped(n))).to.deep.equal(['1 gebeurtenis is overgeslagen:', '2 gebeurtenissen zijn overgeslagen:']);
  });
});
