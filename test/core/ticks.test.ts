import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { chooseInterval, computeTicks, viewTicks } from '../../src/core/ticks.js';
import { clampView } from '../../src/core/view.js';

const ms = (iso: string, zone = 'UTC') => DateTime.fromISO(iso, { zone }).toMillis();

describe('computeTicks: calendar ticks in the zone and locale', () => {
  it('picks months for a span of months and writes them in the locale', () => {
    const ticks = computeTicks(ms('2024-06-01'), ms('2024-12-15'), 8, 'UTC', 'de');
    const german = new Intl.DateTimeFormat('de', { month: 'short', timeZone: 'UTC' });
    expect(ticks.map((t) => t.at)).to.deep.equal([6, 7, 8, 9, 10, 11, 12].map((m) => ms(`2024-${String(m).padStart(2, '0')}-01`)));
    expect(ticks.map((t) => t.label)).to.deep.equal(ticks.map((t) => german.format(t.at)));
    expect(ticks[4]!.label).to.match(/^Okt/);
  });

  it('marks the start of a year as a major tick showing the year', () => {
    const ticks = computeTicks(ms('2023-10-01'), ms('2024-03-01'), 8, 'UTC', 'en');
    const major = ticks.filter((t) => t.major);
    expect(major.map((t) => t.label)).to.deep.equal(['2024']);
  });

  it('puts day ticks at local midnight of the zone, across a DST change', () => {
    const zone = 'Europe/Berlin';
    const ticks = computeTicks(ms('2024-03-29', zone), ms('2024-04-02', zone), 4, zone, 'en');
    for (const t of ticks) {
      const local = DateTime.fromMillis(t.at, { zone });
      expect([local.hour, local.minute]).to.deep.equal([0, 0]);
    }
    expect(ticks.length).to.equal(5);
  });

  it('puts week ticks on Mondays', () => {
    const ticks = computeTicks(ms('2024-10-01'), ms('2024-12-01'), 9, 'UTC', 'en');
    expect(chooseInterval(ms('2024-12-01') - ms('2024-10-01'), 9).unit).to.equal('week');
    for (const t of ticks) expect(DateTime.fromMillis(t.at, { zone: 'UTC' }).weekday).to.equal(1);
  });

  it('writes hours in the locale for a span of hours', () => {
    const ticks = computeTicks(ms('2024-11-18T08:00'), ms('2024-11-18T16:00'), 8, 'UTC', 'de');
    expect(ticks[0]!.label).to.equal('08:00');
    const english = computeTicks(ms('2024-11-18T08:00'), ms('2024-11-18T16:00'), 8, 'UTC', 'en');
    expect(english.map((t) => t.label).slice(0, 2)).to.deep.equal(['8:00 AM', '9:00 AM']);
  });

  it('steps through centuries for a span of a thousand years, with no more ticks than asked', () => {
    const ticks = computeTicks(ms('1000-01-01'), ms('2000-01-01'), 10, 'UTC', 'en');
    expect(ticks.length).to.be.at.most(11);
    expect(ticks[0]!.label).to.equal('1000');
  });

  it('writes the era for years before 1 CE', () => {
    const ticks = computeTicks(DateTime.fromObject({ year: -100 }, { zone: 'UTC' }).toMillis(), DateTime.fromObject({ year: 50 }, { zone: 'UTC' }).toMillis(), 4, 'UTC', 'en');
    expect(ticks.some((t) => / BC$/.test(t.label))).to.equal(true);
  });

  it('puts ticks before 1 CE on the round years they are read as, joined to the common era\'s by the year 1', () => {
    const year = (y: number) => DateTime.fromObject({ year: y }, { zone: 'UTC' }).toMillis();
    const labels = (from: number, to: number, count: number) => computeTicks(year(from), year(to), count, 'UTC', 'en').map((t) => t.label);
    expect(labels(-520, 260, 8)).to.deep.equal(['500 BC', '400 BC', '300 BC', '200 BC', '100 BC', '1', '100', '200']);
    expect(labels(-101, 101, 10)).to.deep.equal(['100 BC', '80 BC', '60 BC', '40 BC', '20 BC', '1', '20', '40', '60', '80', '100']);
  });

  it('property: ticks of years fall on round years of their era, at most a step apart, from any view', () => {
    const at = (y: number) => DateTime.fromObject({ year: y }, { zone: 'UTC' }).toMillis();
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: 3, max: 30_000 }), fc.integer({ min: 2, max: 14 }), (from, span, count) => {
        const start = at(from);
        const end = at(from + span);
        const { unit, step } = chooseInterval(end - start, count);
        if (unit !== 'year') return;
        const years = computeTicks(start, end, count, 'UTC', 'en').map((t) => DateTime.fromMillis(t.at, { zone: 'UTC' }).year);
        for (const y of years) expect(y === 1 || (y < 1 ? (1 - y) % step : y % step) === 0, `${y} at a step of ${step}`).to.equal(true);
        for (let i = 1; i < years.length; i++) expect(years[i]! - years[i - 1]!).to.be.within(1, step);
        // None missed at the view's ends: the year a step before the first, or after the last, is outside it.
        if (years.length > 0) expect(at(years[0]! - step)).to.be.below(start);
      }),
    );
  });

  it('writes month and year ticks in the Gregorian calendar whatever calendar the locale asks for, and day ticks in its own', () => {
    const months = computeTicks(ms('2024-01-15'), ms('2024-12-15'), 12, 'UTC', 'en-u-ca-islamic');
    const gregorian = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
    const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' });
    expect(months.map((t) => t.label)).to.deep.equal(months.map((t) => (t.major ? year : gregorian).format(t.at)));
    expect(months.find((t) => t.at === ms('2024-04-01'))!.label).to.equal('Apr');
    const years = computeTicks(ms('2019-06-01'), ms('2026-06-01'), 8, 'UTC', 'en-u-ca-persian');
    expect(years.map((t) => t.label)).to.include('2024');
    const days = computeTicks(ms('2024-04-01'), ms('2024-04-08'), 8, 'UTC', 'en-u-ca-islamic');
    const islamicDay = new Intl.DateTimeFormat('en-u-ca-islamic', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    expect(days.filter((t) => !t.major).map((t) => t.label)).to.deep.equal(days.filter((t) => !t.major).map((t) => islamicDay.format(t.at)));
  });

  it('writes year and month ticks in the Buddhist calendar where the locale counts in it, as its day ticks and the cards: the same periods', () => {
    for (const locale of ['th', 'th-TH-u-ca-buddhist']) {
      const years = computeTicks(ms('2019-06-01'), ms('2026-06-01'), 8, 'UTC', locale);
      expect(years.map((t) => t.label), locale).to.include(new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(ms('2024-01-01'))).and.not.include('2024');
      const months = viewTicks(ms('2024-02-15'), ms('2024-12-15'), 10, 'UTC', locale);
      // The first says its year ("มี.ค. 2567"): the Buddhist one, as a card's day does.
      expect(months[0]!.label, locale).to.contain('2567');
      expect(months.map((t) => t.at)).to.include(ms('2024-04-01'));
    }
  });

  it('ticks a window that begins at the first date a window reaches, from the first round year, month or day after it', () => {
    // The tick before such a window lies before the first date a Date holds: there was no tick at all.
    const first = clampView([-1e17, 0])[0];
    const labels = (end: number, count: number, zone = 'UTC') => computeTicks(first, end, count, zone, 'en').map((t) => t.label);
    expect(labels(clampView([-1e17, 1e17])[1], 8)).to.deep.equal(['250000 BC', '200000 BC', '150000 BC', '100000 BC', '50000 BC', '1', '50000', '100000', '150000', '200000', '250000']);
    // Quarters from 21 April 271822 BC (the year -271821) in New York: 1 April lies before the range.
    expect(labels(first + 300 * 86_400_000, 8, 'America/New_York')).to.deep.equal(['Jul', 'Oct', '271821 BC']);
    expect(labels(first + 5 * 86_400_000, 8, 'Pacific/Kiritimati')).to.deep.equal(['Apr 21', 'Apr 22', 'Apr 23', 'Apr 24', 'Apr 25']);
  });

  it('gives no ticks for an empty span', () => {
    expect(computeTicks(5, 5, 10, 'UTC', 'en')).to.deep.equal([]);
  });

  it('puts day ticks at local midnight again after a day whose midnight did not exist (São Paulo, summer time from 00:00)', () => {
    const zone = 'America/Sao_Paulo';
    const ticks = computeTicks(Date.UTC(2018, 10, 1, 12), Date.UTC(2018, 10, 8, 12), 10, zone, 'en');
    const local = ticks.map((t) => DateTime.fromMillis(t.at, { zone }).toFormat('MM-dd HH:mm'));
    // 4 November began at 01:00.
    expect(local).to.deep.equal(['11-02 00:00', '11-03 00:00', '11-04 01:00', '11-05 00:00', '11-06 00:00', '11-07 00:00', '11-08 00:00']);
  });

  it('puts year ticks at local midnight of 1 January in a zone whose offset changed by minutes and seconds (Kolkata, 1906)', () => {
    const zone = 'Asia/Kolkata';
    // Twenty-year steps counted from 1900, whose offset (+05:21:10, Madras time) is not the one from 1906 on (+05:30).
    const ticks = computeTicks(Date.UTC(1906, 11, 31), Date.UTC(2001, 6, 1), 6, zone, 'en');
    expect(ticks.map((t) => t.label)).to.deep.equal(['1920', '1940', '1960', '1980', '2000']);
    for (const t of ticks) expect(DateTime.fromMillis(t.at, { zone }).toFormat('MM-dd HH:mm:ss'), t.label).to.equal('01-01 00:00:00');
  });

  // A moving window asks for ticks frame after frame from ever other starts: each window's must be
  // the same instants, also where a zone changed its offset by minutes and seconds long ago.
  it('property: a window shows the ticks of any wider window at the same interval, cut to it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'),
        fc.constantFrom('en', 'de', 'ja'),
        fc.double({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2090, 0, 1), noNaN: true }),
        fc.double({ min: 3_600_000, max: 150 * 365 * 86_400_000, noNaN: true }),
        fc.integer({ min: 2, max: 60 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.boolean(),
        (zone, locale, start, span, count, before, after, wideFirst) => {
          const end = start + span;
          const [wideStart, wideEnd] = [start - before * span, end + after * span];
          // As many ticks asked for per ms as in the window: the same interval (unless rounding tips it over).
          const wideCount = (count * (wideEnd - wideStart)) / span;
          const [a, b] = [chooseInterval(end - start, count), chooseInterval(wideEnd - wideStart, wideCount)];
          fc.pre(a.unit === b.unit && a.step === b.step);
          const narrow = () => computeTicks(start, end, count, zone, locale);
          const wide = () => computeTicks(wideStart, wideEnd, wideCount, zone, locale);
          const drawn = wideFirst ? { wide: wide(), narrow: narrow() } : { narrow: narrow(), wide: wide() };
          // At most 200 ticks are made: the wide window's must not have been cut short.
          fc.pre(drawn.wide.length < 200);
          expect(drawn.narrow).to.deep.equal(drawn.wide.filter((t) => t.at >= start && t.at <= end));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * The oracle for clock ticks (hours, minutes, seconds in steps), by the clock itself: every
 * instant whose local time in the zone shows a whole unit (minutes and seconds 0 for hours) with
 * its field a multiple of the step. Offsets change by whole quarters of an hour in these zones,
 * so every whole hour there falls on a quarter hour of UTC: looking at those finds them all.
 */
function clockTicksByTheClock(start: number, end: number, count: number, zone: string): number[] {
  const { unit, step } = chooseInterval(end - start, count);
  const grain = unit === 'hour' ? 900_000 : unit === 'minute' ? 60_000 : 1000;
  const out: number[] = [];
  for (let at = Math.ceil(start / grain) * grain; at <= end; at += grain) {
    const dt = DateTime.fromMillis(at, { zone });
    const whole = unit === 'hour' ? dt.minute === 0 && dt.second === 0 : unit === 'minute' ? dt.second === 0 : true;
    const field = unit === 'hour' ? dt.hour : unit === 'minute' ? dt.minute : dt.second;
    if (whole && field % step === 0) out.push(at);
  }
  return out;
}

describe('computeTicks: hours, minutes and seconds in steps', () => {
  // Lord Howe Island's clock moves by half an hour: 02:00 becomes 02:30 on 6 October 2024, and
  // 02:00 becomes 01:30 again on 7 April. An hour on from 01:00 is then 02:30, or 01:30.
  it('puts hour ticks on the hour after a change by half an hour, wherever the axis begins (Lord Howe Island)', () => {
    const zone = 'Australia/Lord_Howe';
    const local = (start: number, hours: number) =>
      computeTicks(start, start + hours * 3_600_000, hours, zone, 'en').map((t) => DateTime.fromMillis(t.at, { zone }).toFormat('dd HH:mm'));
    // Summer time begins: 02:00 to 02:30 do not exist.
    const spring = Date.parse('2024-10-05T12:30Z'); // 23:00 on the 5th
    expect(local(spring, 6)).to.deep.equal(['05 23:00', '06 00:00', '06 01:00', '06 03:00', '06 04:00', '06 05:00']);
    // The same hours from an axis that begins after the change.
    expect(local(spring + 4 * 3_600_000, 2)).to.deep.equal(['06 04:00', '06 05:00']);
    // Summer time ends: 01:30 to 02:00 come twice; the next whole hour is 02:00.
    const autumn = Date.parse('2024-04-06T12:00Z'); // 23:00 on the 6th
    expect(local(autumn, 5)).to.deep.equal(['06 23:00', '07 00:00', '07 01:00', '07 02:00', '07 03:00']);
    // Three-hour ticks a day on keep to 00:00, 03:00…, and midnight keeps its date.
    const days = computeTicks(spring, spring + 36 * 3_600_000, 12, zone, 'en');
    expect(days.map((t) => DateTime.fromMillis(t.at, { zone }).toFormat('dd HH:mm'))).to.include.members(['06 03:00', '07 00:00', '07 03:00']);
    expect(days.find((t) => DateTime.fromMillis(t.at, { zone }).toFormat('dd HH:mm') === '07 00:00')?.label).to.equal('Oct 7');
  });

  // Havana's clocks go from 00:00 to 01:00 and from 01:00 back to 00:00 (midnight comes twice);
  // the Chatham Islands are 12:45 or 13:45 ahead of UTC.
  const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns', 'America/Havana', 'Pacific/Chatham'];
  // Around the DST changes of 2024 in those zones, where a local hour is skipped or repeated.
  const changes = [
    ...['2024-03-10T06:00Z', '2024-03-31T01:00Z', '2024-04-06T15:00Z', '2024-10-06T15:00Z', '2024-10-27T01:00Z', '2024-11-03T06:00Z'],
    ...['2024-03-10T05:00Z', '2024-11-03T05:00Z', '2024-04-06T14:00Z', '2024-09-28T14:00Z'],
  ].map((iso) => Date.parse(iso));

  it('property: a tick at every whole hour (minute, second) of the local clock in the step, across changes of the offset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...changes),
        fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
        fc.integer({ min: 60_000, max: 4 * 86_400_000 }),
        fc.integer({ min: 2, max: 60 }),
        (zone, change, offset, span, count) => {
          const start = change + offset;
          const interval = chooseInterval(span, count);
          fc.pre(['hour', 'minute', 'second'].includes(interval.unit));
          const ticks = computeTicks(start, start + span, count, zone, 'en');
          expect(ticks.map((t) => t.at)).to.deep.equal(clockTicksByTheClock(start, start + span, count, zone));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('computeTicks: a change of the zone\'s offset', () => {
  it('says which of the two hours of the same name a tick is as clocks go back, and which time follows the hour that never was', () => {
    const zone = 'America/New_York';
    const back = computeTicks(ms('2024-11-02T22:00', zone), ms('2024-11-03T05:00', zone), 9, zone, 'en').map((t) => t.label);
    expect(back).to.deep.equal(['10:00 PM', '11:00 PM', 'Nov 3', '1:00 AM EDT', '1:00 AM EST', '2:00 AM', '3:00 AM', '4:00 AM', '5:00 AM']);
    const forward = computeTicks(ms('2024-03-09T22:00', zone), ms('2024-03-10T05:00', zone), 9, zone, 'en').map((t) => t.label);
    expect(forward).to.deep.equal(['10:00 PM', '11:00 PM', 'Mar 10', '1:00 AM EST', '3:00 AM EDT', '4:00 AM', '5:00 AM']);
  });

  it('says the offset of every tick of a repeated stretch, half-hourly in a zone that goes back at a quarter to four (Chatham)', () => {
    const zone = 'Pacific/Chatham';
    const ticks = computeTicks(Date.UTC(2024, 3, 6, 12, 30), Date.UTC(2024, 3, 6, 15, 30), 7, zone, 'de');
    // 03:45 at +13:45 becomes 02:45 at +12:45: 03:00 and 03:30 come twice.
    const twice = ticks.filter((t) => ticks.some((u) => u !== t && u.label.slice(0, 5) === t.label.slice(0, 5)));
    expect(twice.map((t) => t.label)).to.deep.equal(['03:00 GMT+13:45', '03:30 GMT+13:45', '03:00 GMT+12:45', '03:30 GMT+12:45']);
  });

  it('writes no zone where the offset stays the same', () => {
    const labels = computeTicks(ms('2024-06-20T07:30', 'Europe/Berlin'), ms('2024-06-20T12:00', 'Europe/Berlin'), 5, 'Europe/Berlin', 'de').map((t) => t.label);
    expect(labels).to.deep.equal(['08:00', '09:00', '10:00', '11:00', '12:00']);
  });
});

describe('viewTicks: a view of months or days says its year', () => {
  it('writes the year on the first month of a view within one year (Jul 2024 … Dez)', () => {
    const ticks = viewTicks(ms('2024-06-20'), ms('2024-12-15'), 8, 'Europe/Berlin', 'de');
    const at = (m: number) => ms(`2024-${String(m).padStart(2, '0')}-01`, 'Europe/Berlin');
    expect(ticks.map((t) => t.at)).to.deep.equal([7, 8, 9, 10, 11, 12].map(at));
    expect(ticks.map((t) => t.label)).to.deep.equal(['Juli 2024', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez']);
  });

  it('writes the year on the first day of a view of days, in English', () => {
    const ticks = viewTicks(ms('2024-06-19T12:00'), ms('2024-06-24'), 6, 'UTC', 'en');
    expect(ticks.map((t) => t.label).slice(0, 3)).to.deep.equal(['Jun 20, 2024', 'Jun 21', 'Jun 22']);
  });

  it('leaves a view alone whose first tick is a year (January)', () => {
    expect(viewTicks(ms('2024-01-01'), ms('2024-06-15'), 8, 'UTC', 'en').map((t) => t.label)).to.deep.equal(['2024', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
  });

  it('writes the day above the first time of a view of hours or minutes with no midnight, as an election night needs', () => {
    const hours = viewTicks(ms('2024-06-20T07:30'), ms('2024-06-20T12:00'), 5, 'UTC', 'en-GB');
    expect(hours.map((t) => t.label)).to.deep.equal(['20 Jun 2024\n08:00', '09:00', '10:00', '11:00', '12:00']);
    const zone = 'America/New_York';
    const night = viewTicks(ms('2024-11-05T21:13', zone), ms('2024-11-05T22:40', zone), 6, zone, 'de');
    expect(night.map((t) => t.label)).to.deep.equal(['5. Nov. 2024\n21:15', '21:30', '21:45', '22:00', '22:15', '22:30']);
  });

  it('writes the year on the first midnight of a view of hours', () => {
    const ticks = viewTicks(ms('2024-03-03T08:00'), ms('2024-03-05T20:00'), 10, 'UTC', 'en');
    expect(ticks.filter((t) => t.major).map((t) => t.label)).to.deep.equal(['Mar 4, 2024', 'Mar 5']);
    expect(ticks[0]!.label).to.equal('12:00 PM');
  });

  it('takes a finer interval where none of its ticks falls in the view: two hours on a narrow axis', () => {
    // Two ticks' room over 2 h 10 min would be 3 h apart, and 18:00 and 21:00 are both outside.
    const ticks = viewTicks(ms('2024-11-05T18:04'), ms('2024-11-05T20:16'), 2, 'UTC', 'en');
    expect(ticks.map((t) => t.label)).to.deep.equal(['Nov 5, 2024\n7:00 PM', '8:00 PM']);
  });

  it('writes the era with the year before 1 CE', () => {
    const ticks = viewTicks(ms('-000043-03-10'), ms('-000043-08-20'), 6, 'UTC', 'en');
    expect(ticks[0]!.label).to.equal('Apr 44 BC');
  });

  it('writes no era with a year of the common era, before 1901 too', () => {
    expect(viewTicks(ms('1850-02-20'), ms('1850-06-10'), 6, 'UTC', 'en')[0]!.label).to.equal('Mar 1850');
    expect(viewTicks(ms('0014-02-20'), ms('0014-06-10'), 6, 'UTC', 'en')[0]!.label).to.equal('Mar 14');
    expect(viewTicks(ms('1850-02-20'), ms('1850-06-10'), 6, 'Europe/Berlin', 'de')[0]!.label).to.equal('März 1850');
  });

  it('property: the first tick of any view of months, weeks or days (of hours, the first midnight, or the first time) names the year it is in; the others are the view\'s ticks', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2900, 0, 1) }),
        fc.oneof(fc.integer({ min: 3_600_000, max: 5 * 86_400_000 }), fc.integer({ min: 5 * 86_400_000, max: 900 * 86_400_000 })),
        fc.integer({ min: 2, max: 14 }),
        fc.constantFrom(...zones),
        fc.constantFrom('en', 'de', 'fr'),
        (start, span, given, zone, locale) => {
          const ticks = viewTicks(start, start + span, given, zone, locale);
          // Where no tick of the interval falls in the view, a finer one's (twice the count, as often as it takes).
          let count = given;
          while (computeTicks(start, start + span, count, zone, locale).length === 0 && count < 99) count *= 2;
          const plain = computeTicks(start, start + span, count, zone, locale);
          expect(ticks.map((t) => t.at)).to.deep.equal(plain.map((t) => t.at));
          const changed = ticks.filter((t, i) => t.label !== plain[i]!.label);
          const unit = chooseInterval(span, count).unit;
          // Of hours and finer, the first midnight names it, or where none is in view the first tick, its day above its time.
          const first = unit === 'year' ? undefined : ['month', 'week', 'day'].includes(unit) ? ticks[0] : (ticks.find((t) => t.major) ?? ticks[0]);
          expect(changed.filter((t) => t !== first), 'no other tick is changed').to.deep.equal([]);
          if (!first) return;
          expect(first.label).to.include(String(DateTime.fromMillis(first.at, { zone }).year));
          // A year of the common era is written without its era, 1850 as 2024.
          if (locale === 'en') expect(first.label).not.to.match(/\b(AD|BC)\b/);
          const i = ticks.indexOf(first);
          if (!first.major && !['month', 'week', 'day'].includes(unit)) expect(first.label.split('\n')[1]).to.equal(plain[i]!.label);
        },
      ),
      { numRuns: 300 },
    );
  });
});
