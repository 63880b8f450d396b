import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { centreX, eventById, inner, mountWith, part, parts, rectsOverlap } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

describe('<event-timeline> rendering', () => {
  it('renders one event part per event, each with data-id, a marker and a label', async () => {
    const el = await mountWith([
      { id: 'a', title: 'Alpha', date: '2024-01-10' },
      { id: 'b', title: 'Beta', date: '2024-03-01' },
    ]);
    const events = parts(el, 'event');
    expect(events.map((e) => e.dataset['id'])).to.have.members(['a', 'b']);
    for (const event of events) {
      expect(inner(event, 'marker')).to.exist;
      expect(inner(event, 'label')).to.exist;
    }
    expect(inner(eventById(el, 'a'), 'label').textContent).to.equal('Alpha');
    expect(part(el, 'axis')).to.exist;
  });

  it('places points at x proportional to their time', async () => {
    const el = await mountWith([
      { id: 'a', title: 'A', date: '2024-01-01' },
      { id: 'b', title: 'B', date: '2024-01-11' },
      { id: 'c', title: 'C', date: '2024-01-31' },
    ]);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => centreX(inner(eventById(el, id), 'marker')));
    expect((c! - a!) / (b! - a!)).to.be.closeTo(3, 0.02);
  });

  it('draws a month as a band spanning the month, from its 1st to the 1st of the next', async () => {
    const el = await mountWith([
      { id: 'start', title: 'Oct 1', date: '2024-10-01' },
      { id: 'month', title: 'October', date: '2024-10' },
      { id: 'next', title: 'Nov 1', date: '2024-11-01' },
    ]);
    const band = inner(eventById(el, 'month'), 'marker').getBoundingClientRect();
    const oct1 = centreX(inner(eventById(el, 'start'), 'marker'));
    const nov1 = centreX(inner(eventById(el, 'next'), 'marker'));
    expect(band.left).to.be.closeTo(oct1, 1);
    expect(band.right).to.be.closeTo(nov1, 1);
    expect(eventById(el, 'month').dataset['kind']).to.equal('band');
    expect(eventById(el, 'start').dataset['kind']).to.equal('point');
  });

  it('never overlaps labels, even for many events on the same days', async () => {
    const events = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, title: `Event number ${i} with a longer title`, date: `2024-05-${String((i % 6) + 1).padStart(2, '0')}` }));
    const el = await mountWith(events);
    const labels = parts(el, 'label').map((l) => l.getBoundingClientRect());
    expect(labels).to.have.length(60);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(rectsOverlap(labels[i]!, labels[j]!), `${i} vs ${j}`).to.equal(false);
    }
  });

  it('keeps every marker and label inside the element horizontally', async () => {
    const el = await mountWith([
      { id: 'a', title: 'The very first event of the year', date: '2024-01-01' },
      { id: 'b', title: 'The very last event of the year', date: '2024-12-31' },
    ]);
    const host = el.getBoundingClientRect();
    for (const label of parts(el, 'label')) {
      const r = label.getBoundingClientRect();
      expect(r.left).to.be.at.least(host.left - 0.5);
      expect(r.right).to.be.at.most(host.right + 0.5);
    }
  });

  it('lays out again when its width changes', async () => {
    const el = await mountWith(
      [
        { id: 'a', title: 'A', date: '2024-01-01' },
        { id: 'b', title: 'B', date: '2024-12-31' },
      ],
      { orientation: 'horizontal' },
    );
    const before = centreX(inner(eventById(el, 'b'), 'marker')) - centreX(inner(eventById(el, 'a'), 'marker'));
    el.style.width = '400px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    await nextFrame();
    const after = centreX(inner(eventById(el, 'b'), 'marker')) - centreX(inner(eventById(el, 'a'), 'marker'));
    expect(after / before).to.be.closeTo(0.5, 0.02);
  });

  it('writes axis ticks in the element locale', async () => {
    const data = [
      { id: 'a', title: 'A', date: '2024-06-01' },
      { id: 'b', title: 'B', date: '2024-12-20' },
    ];
    const de = await mountWith(data, { locale: 'de' });
    const en = await mountWith(data, { locale: 'en' });
    const text = (el: EventTimeline) => part(el, 'axis')!.textContent!;
    expect(text(de)).to.contain('Okt');
    expect(text(en)).to.contain('Oct');
  });

  it('says the year of a story within one year on the axis, where the cards leave it out, wide and on a phone, above its first card', async () => {
    const data = [
      { id: 'a', title: 'Warning', date: '2024-06-20' },
      { id: 'b', title: 'Troops sent', date: '2024-10-18' },
      { id: 'c', title: 'Confirmed', date: '2024-11-23' },
    ];
    const wide = await mountWith(data, { width: 1280, locale: 'de', timeZone: 'Europe/Berlin' });
    const labels = [...part(wide, 'axis')!.querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect(labels[0]).to.equal('Juli 2024');
    expect(labels.slice(1).join(' ')).not.to.contain('2024');
    expect(inner(eventById(wide, 'a'), 'date').textContent).to.equal('20. Juni');
    const phone = await mountWith(data, { width: 390, locale: 'en' });
    const rail = [...part(phone, 'axis')!.querySelectorAll<HTMLElement>('.rail-tick-label')];
    // June's item is alone above a break ("3 months"): the rail's top names its month and year,
    // above the card that writes "Jun 20", not only October's tick after the break.
    expect(rail[0]!.textContent!.trim()).to.equal('Jun 2024');
    expect(rail[0]!.checkVisibility(), 'drawn').to.equal(true);
    expect(inner(eventById(phone, 'a'), 'date').textContent).to.equal('Jun 20');
    expect(rail[0]!.getBoundingClientRect().bottom).to.be.at.most(inner(eventById(phone, 'a'), 'date').getBoundingClientRect().top);
    expect(rail[0]!.getBoundingClientRect().top).to.be.at.least(phone.getBoundingClientRect().top);
  });

  it('names the day of a story within one night on the axis, where the cards write only times, wide and on a phone', async () => {
    const data = {
      timeZone: 'America/New_York',
      events: [
        { id: 'a', title: 'Polls close', date: '2024-11-05T19:00' },
        { id: 'b', title: 'First results', date: '2024-11-05T19:42' },
        { id: 'c', title: 'Concession call', date: '2024-11-05T23:40' },
      ],
    };
    const wide = await mountWith(data, { width: 1280, timeZone: 'America/New_York' });
    const labels = [...part(wide, 'axis')!.querySelectorAll('text')].map((t) => t.textContent!.trim()).filter(Boolean);
    expect(labels[0]).to.match(/^Nov 5, 2024\s+7:00\sPM$/);
    expect(inner(eventById(wide, 'a'), 'date').textContent).to.equal('7:00 PM');
    const phone = await mountWith(data, { width: 390, timeZone: 'America/New_York' });
    const first = part(phone, 'axis')!.querySelector<HTMLElement>('.rail-tick-label')!;
    expect(first.innerText).to.match(/^Nov 5, 2024\n7:00\sPM$/);
    const box = first.getBoundingClientRect();
    expect(box.left).to.be.at.least(phone.getBoundingClientRect().left);
    expect(box.height, 'two lines').to.be.above(1.5 * parseFloat(getComputedStyle(first).lineHeight));
  });

  it('says the day or the year again on a phone\'s rail where it resumes after a break', async () => {
    const rail = async (data: { id: string; title: string; date: string }[]) => {
      const phone = await mountWith(data, { width: 390, timeZone: 'Europe/Berlin' });
      // Top to bottom, as they are read.
      return [...part(phone, 'axis')!.querySelectorAll<HTMLElement>('.rail-tick-label, .rail-break-label')]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((l) => l.innerText.trim());
    };
    const days = await rail([
      { id: 'a', title: 'Talks open', date: '2024-11-03T02:00Z' },
      { id: 'b', title: 'Talks close', date: '2024-11-06T02:00Z' },
    ]);
    // After "3 days", the morning is Nov 6's, not the first one's.
    expect(days).to.include('3 days');
    expect(days.join(' | ')).to.match(/Nov 6, 2024\n3:00\sAM/);
    const years = await rail([
      { id: 'a', title: 'Begun', date: '2023-03-01' },
      { id: 'b', title: 'Ended', date: '2025-02-01' },
    ]);
    // Each side of the break says its year: the rail above it 2023's, the first date below it 2025's.
    const cut = years.indexOf('23 months');
    expect(cut, years.join(' | ')).to.be.above(0);
    expect(years.slice(0, cut).join(' | ')).to.match(/2023/);
    expect(years[cut + 1]).to.match(/^Feb (1, )?2025$/);
  });

  it('writes the axis dates apart and inside the element, in a larger font and where a midnight names the day near the end', async () => {
    const stories = [
      // A day and a half: midnights ("Mar 5") among hours.
      ['2024-03-04T00:00', '2024-03-05T18:00'],
      // Two and a half hours before a midnight, whose date is the widest label, at the far end.
      ['2024-03-04T21:13', '2024-03-04T23:59'],
      ['2023-12-20', '2024-02-11'],
    ];
    for (const [width, fontSize] of [[1600, 16], [1000, 20], [1000, 24], [600, 24]] as const) {
      for (const [from, to] of stories) {
        const el = await fixture<EventTimeline>(
          html`<event-timeline style=${`width: ${width}px; font-size: ${fontSize}px`} locale="en" time-zone="UTC" orientation="horizontal"></event-timeline>`,
        );
        const loaded = oneEvent(el, 'timeline-load');
        el.events = [
          { id: 'a', title: 'First', date: from },
          { id: 'b', title: 'Last', date: to },
        ];
        await loaded;
        const box = el.getBoundingClientRect();
        const texts = [...part(el, 'axis')!.querySelectorAll('text')].filter((t) => t.textContent!.trim() !== '');
        const rects = texts.map((t) => t.getBoundingClientRect());
        const where = `${width} px, ${fontSize} px, ${from}..${to}: ${texts.map((t) => t.textContent).join(' · ')}`;
        expect(texts.length, where).to.be.at.least(2);
        expect(texts.some((t) => t.textContent!.includes('2024')), `the year: ${where}`).to.equal(true);
        for (const [i, r] of rects.entries()) {
          expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `inside: ${where}`).to.equal(true);
          for (const other of rects.slice(i + 1)) expect(r.right + 8 < other.left || other.right + 8 < r.left, `apart: ${where}`).to.equal(true);
        }
      }
    }
  });

  it('defaults the locale to the nearest lang attribute', async () => {
    const wrapper = await fixture(html`<div lang="de"><event-timeline style="width: 800px"></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    el.events = [{ id: 'm', title: 'Monat', date: '2024-10' }];
    await el.updateComplete;
    expect(eventById(el, 'm').getAttribute('aria-label')).to.equal('Oktober 2024: Monat');
  });

  it('shows groups as labelled rows, in the order given', async () => {
    const el = await mountWith({
      groups: [
        { id: 'ru', label: 'Russia' },
        { id: 'us', label: 'United States' },
      ],
      events: [
        { id: 'u', title: 'US event', date: '2024-02-01', group: 'us' },
        { id: 'r', title: 'Russian event', date: '2024-02-01', group: 'ru' },
      ],
    });
    expect(parts(el, 'group-label').map((g) => g.textContent!.trim())).to.deep.equal(['Russia', 'United States']);
    const top = (id: string) => eventById(el, id).getBoundingClientRect().top;
    expect(top('r')).to.be.lessThan(top('u'));
  });

  it('sets the items without a group apart from the last group by a rule, on screen and in its picture', async () => {
    const el = await mountWith(
      {
        groups: [{ id: 'g', label: 'Group G' }],
        events: [
          { id: 'a', title: 'In G', date: '2024-02-01', group: 'g' },
          { id: 'b', title: 'No group', date: '2024-03-01' },
          { id: 'c', title: 'No group either', date: '2024-04-01' },
        ],
      },
      { orientation: 'horizontal', width: 900 },
    );
    const rules = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row-rule')].filter((r) => !r.hidden).map((r) => r.getBoundingClientRect().top);
    expect(rules, 'one rule, between the two rows').to.have.length(1);
    const top = (id: string) => eventById(el, id).getBoundingClientRect().top;
    expect(top('a')).to.be.lessThan(rules[0]!);
    expect(top('b')).to.be.greaterThan(rules[0]!);
    expect(top('c')).to.be.greaterThan(rules[0]!);
    // And in the muted colour, not the events' colour the first group has.
    const colour = (id: string) => getComputedStyle(inner(eventById(el, id), 'marker')).color;
    const muted = getComputedStyle(el.shadowRoot!.querySelector('.date')!).color;
    expect(colour('b')).to.equal(muted);
    expect(colour('a')).to.not.equal(muted);
    // The picture draws the same rule: a grid line (class g, not the axis's line) across the whole plot.
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const across = [...svg.querySelectorAll('line.g')].filter((l) => l.getAttribute('y1') === l.getAttribute('y2'));
    expect(across, 'a rule across the plot').to.have.length(1);
    const fills = [...svg.querySelectorAll('circle[fill]')].map((c) => c.getAttribute('fill'));
    expect(fills.filter((f) => f === muted), 'the two points of no group, muted').to.have.length(2);
  });

  it('colours each group’s markers as the page set it, and the selected item’s in the selection colour over its group’s', async () => {
    // Groups the items name without a list of them: the first named is the first group.
    const el = await mountWith([
      { id: 'r', title: 'Russian event', date: '2024-02-01', group: 'ru' },
      { id: 'u', title: 'US event', date: '2024-03-01', group: 'us' },
    ]);
    el.style.setProperty('--timeline-group-1-color', 'rgb(10, 20, 30)');
    el.style.setProperty('--timeline-group-2-color', 'rgb(40, 50, 60)');
    el.style.setProperty('--timeline-selected-color', 'rgb(70, 80, 90)');
    const colour = (id: string) => getComputedStyle(inner(eventById(el, id), 'marker')).color;
    expect([colour('r'), colour('u')]).to.deep.equal(['rgb(10, 20, 30)', 'rgb(40, 50, 60)']);
    eventById(el, 'u').click();
    await el.updateComplete;
    expect([colour('r'), colour('u')]).to.deep.equal(['rgb(10, 20, 30)', 'rgb(70, 80, 90)']);
  });

  it('reads dates without an offset in the document zone, else the time-zone attribute', async () => {
    const inDocZone = await mountWith(
      { timeZone: 'Asia/Tokyo', events: [{ id: 't', title: 'Tokyo noon', date: '2024-11-18T12:00' }] },
      { timeZone: 'UTC' },
    );
    expect(eventById(inDocZone, 't').getAttribute('aria-label')).to.contain('3:00');
    const inAttrZone = await mountWith([{ id: 't', title: 'Noon', date: '2024-11-18T12:00' }], { timeZone: 'America/New_York' });
    expect(eventById(inAttrZone, 't').getAttribute('aria-label')).to.match(/12:00\sPM EST/);
  });

  it('shows an empty message for an empty list', async () => {
    const el = await mountWith([]);
    expect(part(el, 'empty')!.textContent).to.contain('No events');
    expect(parts(el, 'event')).to.have.length(0);
  });
});
