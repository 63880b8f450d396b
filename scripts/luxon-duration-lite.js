// Stand-in for luxon/src/duration.js in dist/event-timeline.js only (see luxonWithoutParsers in
// bundle-plugins.mjs). DateTime asks a Duration for three things: to read the argument of
// plus() and minus(), to name a unit for startOf(), and to turn the clock part of a duration
// into milliseconds. This does those and nothing else; anything more throws. Its imports are
// luxon's own, resolved from luxon/src.
import { normalizeObject, isNumber } from './impl/util.js';
import { InvalidArgumentError, InvalidUnitError } from './errors.js';

const UNITS = {
  year: 'years',
  quarter: 'quarters',
  month: 'months',
  week: 'weeks',
  day: 'days',
  hour: 'hours',
  minute: 'minutes',
  second: 'seconds',
  millisecond: 'milliseconds',
};
for (const plural of Object.values(UNITS)) UNITS[plural] = plural;

// luxon's "casual" lengths (a year of 365 days, a month of 30), in ms.
const DAY = 864e5;
const MS = { years: 365 * DAY, quarters: 91 * DAY, months: 30 * DAY, weeks: 7 * DAY, days: DAY, hours: 36e5, minutes: 6e4, seconds: 1e3, milliseconds: 1 };

function missing(what) {
  throw new Error(`luxon/src/duration.js (${what}) is left out of dist/event-timeline.js`);
}

export default class Duration {
  constructor(values) {
    this.values = values;
    this.isLuxonDuration = true;
  }

  static normalizeUnit(unit) {
    const normalized = UNITS[unit ? unit.toLowerCase() : unit];
    if (!normalized) throw new InvalidUnitError(unit);
    return normalized;
  }

  static fromObject(obj) {
    if (obj == null || typeof obj !== 'object') throw new InvalidArgumentError('Duration.fromObject: argument expected to be an object');
    return new Duration(normalizeObject(obj, Duration.normalizeUnit));
  }

  static fromMillis(count) {
    return Duration.fromObject({ milliseconds: count });
  }

  static fromDurationLike(durationLike) {
    if (isNumber(durationLike)) return Duration.fromMillis(durationLike);
    if (Duration.isDuration(durationLike)) return durationLike;
    if (typeof durationLike === 'object') return Duration.fromObject(durationLike);
    throw new InvalidArgumentError(`Unknown duration argument ${durationLike} of type ${typeof durationLike}`);
  }

  static isDuration(o) {
    return (o && o.isLuxonDuration) || false;
  }

  static invalid() {
    missing('Duration.invalid');
  }

  get isValid() {
    return true;
  }

  negate() {
    const negated = {};
    for (const k of Object.keys(this.values)) negated[k] = this.values[k] === 0 ? 0 : -this.values[k];
    return new Duration(negated);
  }

  as(unit) {
    let ms = 0;
    for (const k of Object.keys(this.values)) ms += this.values[k] * MS[k];
    return ms / MS[Duration.normalizeUnit(unit)];
  }
}

for (const unit of Object.keys(MS)) {
  Object.defineProperty(Duration.prototype, unit, {
    get() {
      return this.values[unit] || 0;
    },
  });
}
