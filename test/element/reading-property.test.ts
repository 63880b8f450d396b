import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/index.js';
import type { EventTimeline, TimelineDocument } from '../../src/index.js';
import type { TimelineEventInput } from '../../src/core/types.js';
import { readingProblems } from './readable-checks.js';

/** Words of four scripts, a long address without a space among them now and then. */
const WORDS: Record<string, string[]> = {
  de: ['Bundestag', 'beschließt', 'Haushalt', 'nach', 'langer', 'Debatte', 'über', 'Schuldenbremse', 'Vize-Außenminister', 'warnt', '1.500', '„Waffen“', '—'],
  en: ['Parliament', 'passes', 'the', 'budget', 'after', 'a', 'long', 'debate', 'on', 'spending', 'first', 'confirmation', 'by', '11,000', 'troops'],
  ar: ['البرلمان', 'يقر', 'الميزانية', 'بعد', 'نقاش', 'طويل', 'حول', 'قواعد', 'الإنفاق'],
  ja: ['国会が予算を可決', '長い議論の後', '歳出規則について', '東京', '二〇二四年'],
};
const ADDRESS = 'https://example.org/a/very/long/path/without/spaces/in/it/0123456789';

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant written at a precision, as the data format takes it. */
function written(ms: number, precision: string): string {
  const d = new Date(ms);
  const [y, m, day] = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
  if (precision === 'year') return `${y}`;
  if (precision === 'month') return `${y}-${m}`;
  if (precision === 'week') {
    // The ISO week holding the day: its Thursday names the week's year (a later instant never has an earlier week).
    const thursday = new Date(Date.UTC(y, d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3));
    const weekYear = thursday.getUTCFullYear();
    return `${weekYear}-W${pad(1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000)))}`;
  }
  if (precision === 'day') return `${y}-${m}-${day}`;
  return `${y}-${m}-${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Stories of 1 to 30 events over minutes, days, months or 66 years; points and ranges, with and without groups, in one of four scripts. */
const stories = fc
  .record({
    lang: fc.constantFrom('de', 'en', 'ar', 'ja'),
    span: fc.constantFrom(3 * 3_600_000, 40 * 86_400_000, 400 * 86_400_000, 66 * 365 * 86_400_000),
    start: fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2030, 0, 1) }),
    groups: fc.integer({ min: 0, max: 3 }),
    events: fc.array(
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.double({ min: 0, max: 0.3, noNaN: true }), range: fc.boolean(), words: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), address: fc.boolean(), group: fc.nat() }),
      { minLength: 1, maxLength: 30 },
    ),
  })
  .map(({ lang, span, start, groups, events }) => {
    const precisions = span < 86_400_000 ? ['time'] : span < 100 * 86_400_000 ? ['day', 'time', 'week'] : span < 1000 * 86_400_000 ? ['month', 'day', 'week'] : ['year', 'month', 'day'];
    const words = WORDS[lang]!;
    const list: TimelineEventInput[] = events.map((e, i) => {
      const pieces = e.words.map((w) => words[w % words.length]!);
      if (e.address) pieces.splice(1, 0, ADDRESS);
      const title = pieces.join(lang === 'ja' ? '' : ' ').slice(0, 120).trim() || 'x';
      const precision = precisions[i % precisions.length]!;
      const from = start + e.at * span;
      const when = e.range ? { start: written(from, precision), end: written(from + e.length * span, precision) } : { date: written(from, precision) };
      return { id: `e${i}`, title, ...when, ...(groups > 0 ? { group: `g${e.group % groups}` } : {}) };
    });
    return { lang, doc: { events: list } as TimelineDocument };
  });

describe('<event-timeline> reads well for stories it has not seen (#10)', () => {
  for (const width of [1280, 390, 320]) {
    it(`property: at ${width} px, every title whole, inside the element and over nothing; dates on the cards`, async function () {
      this.timeout(120_000);
      await setViewport({ width, height: 800 });
      document.body.style.margin = '0';
      // A fixed seed: the same stories every run (a random one belongs in a fuzz run, not in CI).
      await fc.assert(
        fc.asyncProperty(stories, async ({ lang, doc }) => {
          const wrapper = await fixture(html`<div dir=${lang === 'ar' ? 'rtl' : 'ltr'} lang=${lang}><event-timeline style=${`width: ${width}px`} locale=${lang} time-zone="Europe/Berlin"></event-timeline></div>`);
          const el = wrapper.querySelector<EventTimeline>('event-timeline')!;
          const loaded = oneEvent(el, 'timeline-load');
          el.events = doc;
          await loaded;
          await el.updateComplete;
          expect(readingProblems(el, new Map(doc.events.map((e) => [e.id, e.title])))).to.deep.equal([]);
        }),
        { numRuns: 25, seed: 20261202 },
      );
    });
  }
});
