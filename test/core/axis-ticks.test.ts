import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { axisTicks, tickCount, tickLabelWidth, type TextWidth } from '../../src/core/axis-ticks.js';
import { viewTicks, type Tick } from '../../src/core/ticks.js';

const ms = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' }).toMillis();
/** A font of `perChar` px a character. */
const font = (perChar: number): TextWidth => ({ width: (text) => text.length * perChar });

/** Where a tick's date is drawn along the axis, as render-axis.ts writes it: from its anchor `dx` px from the tick, or up to it (`end`). */
function extent(tick: Tick, x: number, text: TextWidth): [number, number] {
  const width = tickLabelWidth(tick, text);
  const anchor = x + tick.dx!;
  return tick.end ? [anchor - width, anchor] : [anchor, anchor + width];
}

describe('axisTicks: the horizontal axis writes its dates apart and inside it', () => {
  it('writes a date near the far end before its tick, and leaves out one that would run into its neighbour', () => {
    const view: [number, number] = [ms('2024-03-04T21:13'), ms('2024-03-05T00:05')];
    // 12 ticks of 15 minutes, the last a midnight whose date ("Mar 5, 2024") is wide and bold.
    const ticks = axisTicks(view, 1600, 'UTC', 'en', font(8));
    const labels = ticks.map((t) => t.label);
    expect(labels.at(-1)).to.equal('Mar 5, 2024');
    expect(ticks.at(-1)!.end).to.equal(true);
    expect(labels.at(-2), 'the quarter before it, no room').to.equal('');
    expect(labels.slice(0, 3)).to.deep.equal(['9:15 PM', '9:30 PM', '9:45 PM']);
    expect(ticks.slice(0, -1).some((t) => t.end)).to.equal(false);
    expect([ticks[0]!.dx, ticks.at(-1)!.dx]).to.deep.equal([3, -3]);
  });

  it('writes the day of a narrow axis over its tick, up to the far end, where neither side of the tick has room', () => {
    const zone = 'America/New_York';
    const view: [number, number] = [Date.parse('2024-11-05T18:10Z'), Date.parse('2024-11-05T20:10Z')];
    // Two ticks, at 150 and 330 px: 2:00 PM with its day (19 characters of 14 px at 0.8: 213 px,
    // room on neither side) ends at the far end, from 147 px, over its tick; 3:00 PM has no room.
    const ticks = axisTicks(view, 360, zone, 'en', font(14));
    expect(ticks.map((t) => t.label)).to.deep.equal(['Nov 5, 2024\n2:00 PM', '']);
    expect(ticks[0]!.dx).to.be.closeTo(147.2 - 150, 1e-9);
    expect(ticks[0]!.end).to.equal(undefined);
  });

  it('leaves every date in where there is room, as a default font on a wide screen has', () => {
    const view: [number, number] = [ms('2023-01-01'), ms('2024-12-31')];
    const ticks = axisTicks(view, 1280, 'UTC', 'en', font(6));
    expect(ticks.length).to.be.at.least(8);
    expect(ticks.every((t) => t.label !== '')).to.equal(true);
  });

  it('never lets two dates overlap or leave the axis, and leaves one out only where it has no room (property)', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata'];
    const locales = ['en', 'de', 'ar', 'ja'];
    fc.assert(
      fc.property(
        fc.integer({ min: ms('1900-01-01'), max: ms('2100-01-01') }),
        fc.integer({ min: 60_000, max: 40 * 365 * 86_400_000 }),
        fc.integer({ min: 120, max: 2400 }),
        fc.double({ min: 3, max: 16, noNaN: true }),
        fc.constantFrom(...zones),
        fc.constantFrom(...locales),
        (start, span, length, perChar, zone, locale) => {
          const view: [number, number] = [start, start + span];
          const text = font(perChar);
          const ticks = axisTicks(view, length, zone, locale, text);
          const plain = viewTicks(start, start + span, tickCount(length, 'horizontal'), zone, locale);
          // The same ticks, some without their date.
          expect(ticks.map((t) => t.at)).to.deep.equal(plain.map((t) => t.at));
          const x = (t: Tick) => ((t.at - start) * length) / span;
          const written = ticks.filter((t) => t.label !== '').map((t) => extent(t, x(t), text));
          for (const [i, [from, to]] of written.entries()) {
            expect(from).to.be.at.least(-1e-9);
            expect(to).to.be.at.most(length + 1e-9);
            for (const [otherFrom, otherTo] of written.slice(i + 1)) expect(to + 12 <= otherFrom + 1e-9 || otherTo + 12 <= from + 1e-9).to.equal(true);
          }
          ticks.forEach((tick, i) => {
            const { label } = plain[i]!;
            if (tick.label !== '') return expect(tick.label).to.equal(label);
            // Left out: written after its tick, or before it at the far end, or from the axis's start
            // where neither side has room, it would not fit the axis or come within 12 px of one written.
            const width = tickLabelWidth({ ...tick, label }, text);
            const after = x(tick) + 3 + width <= length;
            const before = x(tick) - 3 - width >= 0;
            const [from, to] = after ? [x(tick) + 3, x(tick) + 3 + width] : before ? [x(tick) - 3 - width, x(tick) - 3] : [length - width, length];
            const crowded = width > length || written.some(([f, t]) => to + 12 > f + 1e-9 && t + 12 > from + 1e-9);
            expect(crowded, `${label} left out`).to.equal(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
