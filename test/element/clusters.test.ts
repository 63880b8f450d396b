import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { eventById, mountWith, parts, rectsOverlap } from './helpers.js';

describe('<event-timeline> with dense data', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  const dense = Array.from({ length: 2000 }, (_, i) => ({
    id: `e${i}`,
    title: `Dense event ${i}`,
    date: `2024-10-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
  }));

  it('counts what does not fit into "+N" chips that never overlap the events, and renders only a bounded DOM', async () => {
    const el = await mountWith(dense, { orientation: 'horizontal' });
    const chips = parts(el, 'cluster');
    expect(chips.length).to.be.greaterThan(0);
    const shown = parts(el, 'event').length;
    const counted = chips.reduce((sum, c) => sum + Number(c.dataset['count']), 0);
    expect(shown + counted).to.equal(2000);
    expect(shown).to.be.lessThan(1000);
    expect(chips[0]!.textContent!.trim()).to.match(/^\+\d+$/);
    expect(chips[0]!.getAttribute('aria-label')).to.match(/more events/);
    const boxes = [...parts(el, 'label'), ...chips].map((e) => e.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (rectsOverlap(boxes[i]!, boxes[j]!)) expect.fail(`boxes ${i} and ${j} overlap`);
    }
  });

  it('names each chip of an hour by its times, not only by the day they all share', async () => {
    const hour = Array.from({ length: 2000 }, (_, i) => ({ id: `m${i}`, title: `In the hour ${i}`, date: `2024-10-05T14:${String(i % 60).padStart(2, '0')}:${String(i % 59).padStart(2, '0')}Z` }));
    const el = await mountWith(hour, { orientation: 'horizontal', width: 800, timeZone: 'UTC' });
    const names = parts(el, 'cluster').map((c) => c.getAttribute('aria-label')!);
    expect(names.length, 'chips').to.be.at.least(2);
    // The day once, then the first time and the last, and the zone ("2:05 – 2:09 PM UTC").
    for (const name of names) expect(name).to.match(/^\d+ more events?, Oct 5, 2024,? 2:\d\d(:\d\d)?(\s?PM)?(\s–\s2:\d\d(:\d\d)?)?\s?PM UTC$/);
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
  });

  it('names a chip of timed items by the times of its first and last item, not a minute before the last', async () => {
    // Items every third minute: a chip's two times are both times of its items.
    const minutes = Array.from({ length: 2000 }, (_, i) => ({ id: `t${i}`, title: `Every third minute ${i}`, date: `2024-10-05T14:${String(3 * (i % 20)).padStart(2, '0')}Z` }));
    for (const [orientation, width] of [['horizontal', 800], ['vertical', 390]] as const) {
      const el = await mountWith(minutes, { orientation, width, timeZone: 'UTC' });
      const names = parts(el, 'cluster').map((c) => c.getAttribute('aria-label')!);
      expect(names.length, `chips (${orientation})`).to.be.at.least(1);
      for (const name of names) {
        const times = [...name.matchAll(/2:(\d\d)/g)].map((m) => Number(m[1]));
        expect(times.length, name).to.be.within(1, 2);
        for (const minute of times) expect(minute % 3, `${orientation}: ${name}`).to.equal(0);
      }
    }
  });

  it('names a chip of items known to the day by its days, not from midnight to 23:59', async () => {
    const days = Array.from({ length: 600 }, (_, i) => ({ id: `d${i}`, title: `On a day ${i}`, date: `2024-10-0${(i % 3) + 1}` }));
    for (const [orientation, width] of [['horizontal', 800], ['vertical', 390]] as const) {
      const el = await mountWith(days, { orientation, width, timeZone: 'Europe/Berlin' });
      const names = parts(el, 'cluster').map((c) => c.getAttribute('aria-label')!);
      expect(names.length, `chips (${orientation})`).to.be.at.least(1);
      for (const name of names) expect(name, orientation).to.match(/^\d+ more events?, Oct [1-3], 2024( – Oct [1-3], 2024)?$/);
    }
    // The day Berlin's clocks move forward lasts 23 hours: still named by its day.
    const short = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, title: `On a short day ${i}`, date: '2024-03-31' }));
    const el = await mountWith(short, { orientation: 'horizontal', width: 800, timeZone: 'Europe/Berlin' });
    const names = parts(el, 'cluster').map((c) => c.getAttribute('aria-label')!);
    expect(names.length, 'chips of the short day').to.be.at.least(1);
    for (const name of names) expect(name).to.match(/^\d+ more events?, Mar 31, 2024$/);
  });

  for (const [orientation, width] of [['horizontal', 800], ['vertical', 390]] as const) it(`keeps the selected event drawn, not counted into a chip, while the keys move the focus on to other events (${orientation})`, async () => {
    const el = await mountWith(dense, { orientation, width });
    const drawn = () => parts(el, 'event').map((e) => e.dataset['id']!);
    // An event of the crowded middle that the fitted view counts into a chip.
    const hidden = dense.map((e) => e.id).filter((id) => !drawn().includes(id));
    const chosen = hidden[Math.floor(hidden.length / 2)]!;
    el.selected = chosen;
    await el.updateComplete;
    expect(drawn()).to.include(chosen);
    eventById(el, chosen).focus();
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const now = el.shadowRoot!.activeElement?.getAttribute('data-id');
      expect(now, 'the focus moved on').to.not.equal(chosen);
      focused.push(now!);
      expect(drawn(), `focus on ${now}`).to.include.members([chosen, now!]);
      expect(eventById(el, chosen).getAttribute('aria-current'), 'drawn as the selected one').to.equal('true');
    }
    expect(new Set(focused).size).to.equal(4);
    expect(el.selected).to.equal(chosen);
  });

  it('names each chip with the group of its row, as its items are named: chips of the same days in two rows are told apart', async () => {
    // Two groups crowded into the same week: chips in both rows over the same days.
    const events = ['north', 'south'].flatMap((group) =>
      Array.from({ length: 150 }, (_, i) => ({ id: `${group}${i}`, title: `${group} item ${i}`, date: `2024-03-0${1 + (i % 7)}T${String(i % 24).padStart(2, '0')}:00`, group })),
    );
    const el = await mountWith({ groups: [{ id: 'north', label: 'North desk' }, { id: 'south', label: 'South desk' }], events }, { width: 900, orientation: 'horizontal' });
    const chips = parts(el, 'cluster');
    const named = (label: string) => chips.filter((c) => c.getAttribute('aria-label')!.endsWith(`(${label})`));
    expect(named('North desk').length, 'chips of the first row').to.be.greaterThan(0);
    expect(named('South desk').length, 'chips of the second row').to.be.greaterThan(0);
    expect(named('North desk').length + named('South desk').length, 'every chip').to.equal(chips.length);
    // A chip sits in its group's row: below the first row's chips, the second's.
    const top = (c: HTMLElement) => c.getBoundingClientRect().top;
    expect(Math.min(...named('South desk').map(top))).to.be.greaterThan(Math.max(...named('North desk').map(top)));
  });

  it('zooms in to a chip\'s events when it is clicked', async () => {
    const el = await mountWith(dense, { orientation: 'horizontal' });
    const before = Date.parse(el.end!) - Date.parse(el.start!);
    const chip = parts(el, 'cluster')[0]!;
    chip.focus();
    chip.click();
    await oneEvent(el, 'timeline-range-change');
    expect(Date.parse(el.end!) - Date.parse(el.start!)).to.be.lessThan(before / 2);
    // The chip is gone: the focus is on one of its items (it had the focus, as a click gives it),
    // in view, and the window is said.
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('event');
    const at = Date.parse(dense.find((e) => e.id === focused.dataset['id'])!.date + 'Z');
    expect(at).to.be.within(Date.parse(el.start!), Date.parse(el.end!));
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim()).to.match(/^Showing .+/);
    // And it is the items' one tab stop: Shift+Tab and Tab come back to it, not to another item.
    await el.updateComplete;
    expect(parts(el, 'event').filter((e) => e.tabIndex === 0)).to.deep.equal([focused]);
  });
});

describe('<event-timeline> zoomed into long items', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  // Items that began days before the window and go on after it (an outside harness found ten of
  // seventy such items neither drawn nor counted: their chips sat where they began, out of view).
  const long = Array.from({ length: 90 }, (_, i) => ({ id: `l${i}`, title: `Long item ${i}`, start: `2024-03-0${1 + (i % 8)}`, end: `2024-03-${12 + (i % 9)}` }));

  for (const [orientation, width] of [['horizontal', 1200], ['vertical', 390]] as const) it(`draws every item that covers the window, or counts it in a chip in view (${orientation})`, async () => {
    const el = await mountWith(long, { orientation, width });
    el.setAttribute('start', '2024-03-10T10:00:00Z');
    el.setAttribute('end', '2024-03-10T14:00:00Z');
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const inView = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.right > box.left && r.left < box.right && r.width > 0;
    };
    const drawn = parts(el, 'event').filter(inView).length;
    const chips = parts(el, 'cluster').filter(inView);
    const counted = chips.reduce((sum, c) => sum + Number(c.dataset['count']), 0);
    expect(drawn, 'drawn').to.be.greaterThan(0);
    expect(drawn + counted, `${drawn} drawn, ${counted} in ${chips.length} chips`).to.equal(90);
  });
});
