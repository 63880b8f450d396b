import { dateTimeAt, type PreciseDate } from './precision.js';

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 years: four digits, or beyond 0–9999 a sign and six (astronomical: 0 is 1 BC). */
export function isoYear(y: number): string {
  return y >= 0 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(y, 6)}`;
}

/**
 * A date written back in the ISO form that states its precision, as the element reads it: the
 * same period in the same zone (wall-clock fields there, and the offset when one was given).
 */
export function writePreciseDate(date: PreciseDate): string {
  const qualifier = date.certainty ? { approximate: '~', uncertain: '?', both: '%' }[date.certainty] : '';
  return writeExactDate(date) + qualifier;
}

function writeExactDate(date: PreciseDate): string {
  const d = dateTimeAt(date);
  // EDTF's unspecified digits: 201X is the 2010s, 19XX the 1900s; before 1 CE they count back
  // from the digits before them (-0004XX is -499 to -400): the span's last year's, sign kept (-0000XX).
  const x = date.precision === 'decade' ? 1 : date.precision === 'century' ? 2 : 0;
  if (x) return (d.year < 0 ? `-${pad(d.year + 10 ** x - 1, 6)}` : isoYear(d.year)).slice(0, -x) + 'X'.repeat(x);
  if (date.precision === 'week') return `${isoYear(d.weekYear)}-W${pad(d.weekNumber, 2)}`;
  const y = isoYear(d.year);
  if (date.precision === 'year') return y;
  const month = `${y}-${pad(d.month, 2)}`;
  if (date.precision === 'month') return month;
  const day = `${month}-${pad(d.day, 2)}`;
  if (date.precision === 'day') return day;
  let time = `${day}T${pad(d.hour, 2)}:${pad(d.minute, 2)}`;
  if (date.hasSeconds || d.second !== 0 || d.millisecond !== 0) time += `:${pad(d.second, 2)}`;
  if (d.millisecond !== 0) time += `.${pad(d.millisecond, 3)}`;
  // The offset the string gave (a fixed zone of whole minutes), as luxon writes it ("+05:30"), or Z for none.
  return date.hasOffset ? time + (d.offset === 0 ? 'Z' : d.zone.formatOffset(d.toMillis(), 'short')) : time;
}
