import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/core/parse.js';
import { dateTimeAt } from '../../src/core/precision.js';

async function load(lang: string): Promise<unknown> {
  const response = await fetch(`/demo/data/north-korea-troops.${lang}.json`);
  return response.json();
}

describe('the seed story data', () => {
  for (const lang of ['de', 'en']) {
    it(`(${lang}) is valid, with the checked dates and precisions of the brief`, async () => {
      const model = parseTimeline(await load(lang), 'UTC');
      expect(model.problems).to.deep.equal([]);
      expect(model.lang).to.equal(lang);
      const when = Object.fromEntries(model.items.map((i) => [i.id, [i.from.precision, dateTimeAt(i.from).toISODate()]]));
      expect(when['putin-warning']).to.deep.equal(['day', '2024-06-20']);
      expect(when['nk-deployment']).to.deep.equal(['month', '2024-10-01']);
      expect(when['singh-briefing']).to.deep.equal(['day', '2024-11-18']);
      expect(when['rudenko-warning']).to.deep.equal(['day', '2024-11-24']);
      expect(when['nis-report']).to.deep.equal(['day', '2024-10-18']);
      expect(when['kovalenko-belgorod']).to.deep.equal(['day', '2024-11-22']);
      expect(when['isw-kursk']).to.deep.equal(['day', '2024-11-23']);
      expect(model.groups.length).to.be.greaterThan(3);
      for (const item of model.items) {
        expect(item.group, item.id).to.be.a('string');
        expect(item.sources.length, item.id).to.be.greaterThan(0);
      }
    });
  }

  it('has the same events, groups and dates in German and English', async () => {
    const [de, en] = [parseTimeline(await load('de'), 'UTC'), parseTimeline(await load('en'), 'UTC')];
    expect(de.items.map((i) => [i.id, i.start, i.end, i.group])).to.deep.equal(en.items.map((i) => [i.id, i.start, i.end, i.group]));
    expect(de.groups.map((g) => g.id)).to.deep.equal(en.groups.map((g) => g.id));
  });

  it('quotes the article in German: Rudenko and Putin', async () => {
    const de = parseTimeline(await load('de'), 'UTC');
    const quote = (id: string) => de.items.find((i) => i.id === id)!.quote!;
    expect(quote('rudenko-warning')).to.contain('unsere Beziehungen vollständig zerstören wird');
    expect(quote('putin-warning')).to.contain('der aktuellen Führung Südkoreas vermutlich nicht gefallen werden');
  });
});
