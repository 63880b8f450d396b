import { expect, waitUntil } from '@open-wc/testing';
import { mountWith, part } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineDocument } from '../../src/core/types.js';

// A document in English shown by an element in German: a screen reader reads each text in the
// voice of its nearest `lang`, so the element's own words and its dates say `de`, the document's
// texts `en` (data-format.md, `lang`).
const story = {
  lang: 'en',
  groups: [{ id: 'city', label: 'City council' }],
  events: [
    {
      id: 'a',
      title: 'The bridge closes',
      date: '2024-03',
      group: 'city',
      place: 'Harbour',
      description: 'Cracks were found.',
      quote: 'We had no choice.',
      sources: [{ name: 'Harbour Times', url: 'https://example.org/a' }],
    },
    { id: 'b', title: 'A second item', date: '2024-05-02' },
  ],
};

const langOf = (node: Element | null | undefined): string | undefined => node?.closest('[lang]')?.getAttribute('lang') ?? undefined;

async function withDetails(): Promise<EventTimeline> {
  const el = await mountWith(story, { locale: 'de', width: 900 });
  el.selected = 'a';
  await el.updateComplete;
  // The panel is a part of its own, loaded on demand.
  for (let i = 0; i < 50 && !part(el, 'details'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  return el;
}

describe('<event-timeline> the languages of the details panel', () => {
  it('marks the element’s own words and the dates with its locale', async () => {
    const el = await withDetails();
    const root = el.shadowRoot!;
    expect(langOf(part(el, 'details'))).to.equal('de');
    expect(langOf(part(el, 'details-date')), part(el, 'details-date')!.textContent!).to.equal('de');
    expect(langOf(root.querySelector('[part~="details-place"] strong')), 'Ort:').to.equal('de');
    expect(langOf(root.querySelector('[part~="details-group"] strong')), 'Gruppe:').to.equal('de');
    expect(langOf(part(el, 'close'))).to.equal('de');
    expect(root.querySelector('[part~="details-place"] strong')!.textContent).to.equal('Ort:');
  });

  it('marks each text of the document with the document’s language', async () => {
    const el = await withDetails();
    const root = el.shadowRoot!;
    expect(langOf(part(el, 'details-title'))).to.equal('en');
    expect(langOf(part(el, 'details-description'))).to.equal('en');
    expect(langOf(part(el, 'details-quote'))).to.equal('en');
    const place = [...root.querySelectorAll('[part~="details-place"] *')].find((n) => n.textContent === 'Harbour');
    expect(langOf(place), 'the place').to.equal('en');
    const group = [...root.querySelectorAll('[part~="details-group"] *')].find((n) => n.textContent === 'City council');
    expect(langOf(group), 'the group').to.equal('en');
    const source = [...root.querySelectorAll('[part~="details-sources"] a')].find((n) => n.textContent === 'Harbour Times');
    expect(langOf(source), 'the source').to.equal('en');
  });
});

describe('<event-timeline> the language of the error part', () => {
  it('words the sentence over skipped items and over a refused document in the locale the element has now', async () => {
    const partial = { events: [{ id: 'ok', title: 'Kept', date: '2024-01-02' }, { id: 'bad', date: '2024-02-02' }] };
    const el = await mountWith(partial as TimelineDocument, { locale: 'de', width: 700 });
    const sentence = () => part(el, 'error')?.querySelector('p')?.textContent;
    await waitUntil(() => sentence() === '1 Ereignis wurde übersprungen:', 'in German first');
    el.locale = 'en';
    await el.updateComplete;
    expect(sentence()).to.equal('1 event was skipped:');
    // The item's own line was in the element's words already.
    expect(part(el, 'error')!.querySelector('li')!.textContent).to.match(/^Event 2 \("bad"\): /);
    el.events = null;
    el.src = 'data:application/json,{ not JSON';
    await waitUntil(() => sentence()?.startsWith('The events could not be loaded. '), 'a refused document');
    el.locale = 'de';
    await waitUntil(() => sentence()?.startsWith('Die Ereignisse konnten nicht geladen werden. '), 'a refused document in German');
  });
});

describe('<event-timeline> the languages of its own words and of the document', () => {
  const untagged = { title: 'The bridge story', groups: [{ id: 'city', label: 'City council' }], events: story.events.map((e) => ({ ...e, group: 'city' })) };

  it('marks its own words with its locale, and a document that names no language with the page\'s', async () => {
    const page = document.createElement('div');
    page.lang = 'en';
    document.body.append(page);
    try {
      const el = document.createElement('event-timeline') as EventTimeline;
      el.setAttribute('locale', 'de');
      el.setAttribute('searchable', '');
      el.style.width = '900px';
      page.append(el);
      el.events = untagged;
      await waitUntil(() => part(el, 'event'), 'drawn', { timeout: 5000 });
      el.selected = 'a';
      await waitUntil(() => part(el, 'details'), 'details', { timeout: 5000 });
      await el.updateComplete;
      // Its own words: the zoom buttons, the search field, the legend, the live region, the panel's.
      expect(langOf(part(el, 'zoom-in')), 'zoom').to.equal('de');
      expect(langOf(part(el, 'search')), 'search').to.equal('de');
      expect(langOf(part(el, 'legend-item')), 'legend').to.equal('de');
      expect(langOf(el.shadowRoot!.querySelector('[aria-live]')), 'live region').to.equal('de');
      expect(langOf(part(el, 'close')), 'close').to.equal('de');
      // The document's texts: the page's language, as the page wrote them.
      expect(langOf(part(el, 'title')), 'title').to.equal('en');
      expect(langOf(part(el, 'event')), 'items').to.equal('en');
      expect(langOf(part(el, 'details-title')), 'details title').to.equal('en');
      // A document that names its language keeps it.
      el.events = { ...untagged, lang: 'fr' };
      await waitUntil(() => langOf(part(el, 'title')) === 'fr', 'the document\'s own language', { timeout: 5000 });
      expect(langOf(part(el, 'event'))).to.equal('fr');
      expect(langOf(part(el, 'zoom-in'))).to.equal('de');
    } finally {
      page.remove();
    }
  });
});

describe('<event-timeline> in a language it has no words of its own in', () => {
  // Korean has no catalog here: the buttons, the live region and the panel's words are English,
  // and say so, while the dates are written in Korean and say that; so do the document's texts
  // where neither it nor the page names their language (the locale is the best guess left).
  const untagged = {
    events: [
      { id: 'a', title: 'The bridge closes', date: '2024-03', sources: [{ name: 'Harbour Times', url: 'https://example.org/a', date: '2024-03-02' }] },
      { id: 'b', title: 'A second item', date: '2024-05-02' },
    ],
  };

  it('marks its English words English, and its dates and the untagged document with the locale', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await mountWith(untagged, { locale: 'ko', width: 900 });
      expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
      expect(langOf(part(el, 'zoom-in')), 'zoom').to.equal('en');
      expect(langOf(el.shadowRoot!.querySelector('[aria-live]')), 'live region').to.equal('en');
      expect(langOf(part(el, 'event')), 'items').to.equal('ko');
      el.selected = 'a';
      await waitUntil(() => part(el, 'details'), 'details', { timeout: 5000 });
      await el.updateComplete;
      expect(langOf(part(el, 'close')), 'close').to.equal('en');
      const date = part(el, 'details-date')!;
      expect(date.textContent, 'a Korean date').to.match(/2024년 3월/);
      expect(langOf(date), 'its date').to.equal('ko');
      expect(langOf(part(el, 'details-title')), 'its title').to.equal('ko');
      const sources = el.shadowRoot!.querySelector('[part~="details-sources"] li')!;
      const sourceDate = [...sources.querySelectorAll('span')].find((s) => /2024년/.test(s.textContent!));
      expect(langOf(sourceDate), 'a source\u2019s date').to.equal('ko');
      expect(langOf(sources.querySelector('a')), 'a source\u2019s name').to.equal('ko');
    } finally {
      if (before !== null) document.documentElement.setAttribute('lang', before);
    }
  });

  it('marks its words with the locale again once the locale has words here', async () => {
    const el = await mountWith(untagged, { locale: 'ko', width: 900 });
    expect(langOf(part(el, 'zoom-in'))).to.equal('en');
    el.locale = 'de';
    await waitUntil(() => part(el, 'zoom-in')?.getAttribute('aria-label') === 'Vergrößern', 'German words', { timeout: 5000 });
    expect(langOf(part(el, 'zoom-in'))).to.equal('de');
    // English words in an English locale keep its region.
    el.locale = 'en-GB';
    await waitUntil(() => part(el, 'zoom-in')?.getAttribute('aria-label') === 'Zoom in', 'English words', { timeout: 5000 });
    expect(langOf(part(el, 'zoom-in'))).to.equal('en-GB');
  });
});
