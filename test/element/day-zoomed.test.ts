import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { eventById, inner, mountWith } from './helpers.js';

// A day known to the day is that day: zoomed into its hours it is drawn over them, not as a point
// at its first instant (an outside harness found five items of 10 March neither drawn nor counted
// in a window of 10:00-14:00 that day, at 1,200 px).
describe('<event-timeline> zoomed finer than a day', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  const items = [
    ...Array.from({ length: 5 }, (_, i) => ({ id: `d${i}`, title: `Known to the day ${i}`, date: '2024-03-10' })),
    { id: 'noon', title: 'At noon', date: '2024-03-10T12:00' },
    { id: 'before', title: 'A year before', date: '2023-03-10' },
  ];

  it('draws an item of a day as a band over the hours of it in view, an instant as a point (horizontal)', async () => {
    const el = await mountWith(items, { orientation: 'horizontal', width: 1200 });
    el.setAttribute('start', '2024-03-10T10:00:00Z');
    el.setAttribute('end', '2024-03-10T14:00:00Z');
    await el.updateComplete;
    const plot = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect();
    for (let i = 0; i < 5; i++) {
      const event = eventById(el, `d${i}`);
      const marker = inner(event, 'marker').getBoundingClientRect();
      expect(event.dataset['kind'], `d${i}`).to.equal('band');
      expect(event.dataset['precision']).to.equal('day');
      // The day runs from before the window to after it: its band covers the whole axis.
      expect(marker.left, `d${i} left`).to.be.at.most(plot.left + 1);
      expect(marker.right, `d${i} right`).to.be.at.least(plot.right - 1);
      const label = inner(event, 'label').getBoundingClientRect();
      expect(label.left, `d${i}'s title in view`).to.be.within(plot.left, plot.right - label.width);
    }
    const noon = eventById(el, 'noon');
    expect(noon.dataset['kind']).to.equal('point');
    const centre = (r: DOMRect) => (r.left + r.right) / 2;
    expect(centre(inner(noon, 'marker').getBoundingClientRect())).to.be.closeTo(centre(plot), 2);
    // The picture draws them alike: one point (noon's filled circle), the days as bands.
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(svg.querySelectorAll('circle[fill]'), 'points in the picture').to.have.length(1);
  });

  it('draws the same items as points where a day is narrower than a point (the fitted year)', async () => {
    const el = await mountWith(items, { orientation: 'horizontal', width: 1200 });
    for (const id of ['d0', 'noon', 'before']) expect(eventById(el, id).dataset['kind'], id).to.equal('point');
  });

  it('draws a decade over a window of an hour, not cut off before the view', async () => {
    // A decade at this zoom is billions of px long: Chromium lays out no box that long.
    const el = await mountWith([{ id: 'dec', title: 'The 2020s', date: '202X' }, ...items], { orientation: 'horizontal', width: 1200 });
    el.setAttribute('start', '2024-03-10T11:00:00Z');
    el.setAttribute('end', '2024-03-10T12:00:00Z');
    await el.updateComplete;
    const plot = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect();
    const marker = inner(eventById(el, 'dec'), 'marker').getBoundingClientRect();
    expect(marker.left).to.be.at.most(plot.left + 1);
    expect(marker.right).to.be.at.least(plot.right - 1);
    expect(inner(eventById(el, 'dec'), 'label').getBoundingClientRect().left).to.be.within(plot.left, plot.right);
  });

  it('draws every day of a view alike where a day is just 48 px wide', async () => {
    const days = Array.from({ length: 25 }, (_, i) => ({ id: `j${i}`, title: `June ${5 + i}`, date: `2024-06-${String(5 + i).padStart(2, '0')}` }));
    const el = await mountWith(days, { orientation: 'horizontal', width: 1200 });
    const axis = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect().width;
    // A window of `axis / 48` days: each day 48 px, give or take the rounding of each.
    const span = (axis / 48) * 86_400_000;
    const start = Date.UTC(2024, 5, 5);
    el.setAttribute('start', new Date(start).toISOString());
    el.setAttribute('end', new Date(start + span).toISOString());
    await el.updateComplete;
    const kinds = new Set(days.map((d) => eventById(el, d.id)?.dataset['kind']).filter(Boolean));
    expect([...kinds]).to.deep.equal(['point']);
  });

  it('draws the day beside the rail over the window of its hours (vertical)', async () => {
    const el = await mountWith(items, { orientation: 'vertical', width: 390 });
    el.setAttribute('start', '2024-03-10T10:00:00Z');
    el.setAttribute('end', '2024-03-10T14:00:00Z');
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    const event = eventById(el, 'd0');
    expect(event.dataset['kind']).to.equal('band');
    const marker = inner(event, 'marker').getBoundingClientRect();
    const noon = inner(eventById(el, 'noon'), 'marker').getBoundingClientRect();
    // Its band runs along the rail from above the noon point to below it: the day holds noon.
    expect(marker.top).to.be.below(noon.top);
    expect(marker.bottom).to.be.above(noon.bottom);
    expect(marker.height).to.be.greaterThan(host.height / 4);
  });

  it('leaves out of a window of one day, on a phone, the days after it, which begin at its very end', async () => {
    // An outside harness saw a 10 June window end in "+30 more events, Jun 11 - Jun 19".
    const after = Array.from({ length: 5 }, (_, i) => ({ id: `next${i}`, title: `Next day ${i}`, date: '2024-03-11' }));
    const el = await mountWith([...items, ...after], { orientation: 'vertical', width: 390 });
    el.setAttribute('start', '2024-03-10');
    el.setAttribute('end', '2024-03-10');
    await el.updateComplete;
    const drawn = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((e) => e.dataset['id']);
    expect(drawn.filter((id) => id!.startsWith('next')), 'the next day drawn').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[part~="cluster"]'), 'chips').to.have.length(0);
    expect(drawn, 'the day itself').to.include.members(['d0', 'noon']);
  });
});
