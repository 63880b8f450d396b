import fc from 'fast-check';
import type { DateSpec, EventSpec } from './fuzz-oracle.js';

/** Texts that break naive code: bidi controls, emoji, lone surrogates, NUL, markup, JSON-looking text. */
const nasty = [
  '\u200F\u202Eevil\u202C',
  '\u061C\u05D0\u05D1',
  '👩🏽‍🚀🇺🇦',
  '\uD800',
  'x\uDFFFy',
  '\u0000',
  '<img src=x onerror=alert(1)>',
  '{"id":"a"}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  ' ',
];

export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...nasty) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...nasty), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')) },
  // Right at and just over the 100,000-character field limit, and far over it.
  { weight: 1, arbitrary: fc.constantFrom(100_000, 100_001, 400_000).map((n) => 'é'.repeat(n)) },
);

/** Any JSON value, some of them deeply nested. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), text) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown) },
);

const pad2 = (n: number) => String(n).padStart(2, '0');
function yearText(y: number, expanded: boolean): string {
  // Four digits, with a minus before 1 CE (EDTF), or ISO 8601 expanded: a sign and six digits.
  if (!expanded && y >= -9999 && y <= 9999) return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
  return `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`;
}

const year = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1583, max: 2400 }) },
  { weight: 3, arbitrary: fc.integer({ min: -9999, max: 9999 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1900, 2000, 2020, 2024, 2026) },
);
const expanded = fc.boolean();
const offsets: fc.Arbitrary<[string, number | 'bad' | undefined]> = fc.constantFrom(
  ['', undefined],
  ['Z', 0],
  ['+05:30', 330],
  ['-11:00', -660],
  ['+14:00', 840],
  ['-0330', -210],
  ['+19:00', 'bad'],
  ['+01:60', 'bad'],
);

const yearDate = fc
  .record({ y: fc.oneof(year, fc.constantFrom(-271821, -271820, 275759, 275760, 999999)), x: expanded })
  .map(({ y, x }): DateSpec => ({ kind: 'year', y, text: yearText(y, x) }));
const monthDate = fc
  .record({ y: year, m: fc.integer({ min: 0, max: 13 }), x: expanded })
  .map(({ y, m, x }): DateSpec => ({ kind: 'month', y, m, text: `${yearText(y, x)}-${pad2(m)}` }));
const weekDate = fc
  .record({ y: year, w: fc.integer({ min: 0, max: 54 }), x: expanded })
  .map(({ y, w, x }): DateSpec => ({ kind: 'week', y, w, text: `${yearText(y, x)}-W${pad2(w)}` }));
const dayDate = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 0, max: 32 }), x: expanded })
  .map(({ y, m, d, x }): DateSpec => ({ kind: 'day', y, m, d, text: `${yearText(y, x)}-${pad2(m)}-${pad2(d)}` }));
const timeDate = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), hh: fc.integer({ min: 0, max: 25 }), mm: fc.integer({ min: 0, max: 61 }), off: offsets, x: expanded })
  .map(({ y, m, d, hh, mm, off, x }): DateSpec => ({
    kind: 'time',
    y,
    m,
    d,
    hh,
    mm,
    offsetMin: off[1],
    text: `${yearText(y, x)}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${pad2(mm)}${off[0]}`,
  }));
/** Garbage: ISO-looking but wrong, and not strings at all. */
const garbageDate = fc
  .oneof(
    fc.constantFrom('2024-1-5', '24-11-18', '2024/11/18', '2024-11-18T', '2024-11-18 10:00', '20241118', '+2024-11-18', '2024-W5', 'T10:00', '2024-11-18T10:00:60', '٢٠٢٤', '２０２４'),
    fc.stringMatching(/^[+-]?\d{1,7}(-[W\d]{1,3}){0,2}$/).filter((s) => !/^(-?\d{4}|[+-]\d{6})(-(\d{2}|W\d{2})(-\d{2})?)?$/.test(s)),
    junk,
  )
  .map((text): DateSpec => ({ kind: 'garbage', text }));

/** A date whose parts are known, so that the oracle can judge it; some are impossible. */
export const dateSpec: fc.Arbitrary<DateSpec> = fc.oneof(
  { weight: 2, arbitrary: yearDate },
  { weight: 2, arbitrary: monthDate },
  { weight: 2, arbitrary: weekDate },
  { weight: 3, arbitrary: dayDate },
  { weight: 3, arbitrary: timeDate },
  { weight: 1, arbitrary: garbageDate },
);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** Sometimes a field holds the wrong type of value. */
const field = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 9, arbitrary: arb }, { weight: 1, arbitrary: junk });
const dateField = (spec: DateSpec, pad = false) => (spec.kind === 'garbage' ? spec.text : pad ? ` ${spec.text}\t` : spec.text);

const ids = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '__proto__', 'constructor', '\u202Eid', '👩🏽‍🚀') },
  { weight: 2, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ') },
);
/** Mostly usable titles and names, with every kind of nasty text among them. */
const label = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 10 }).map((s) => `${s}x`) }, { weight: 2, arbitrary: text });
const source = fc.record(
  { name: field(label), url: maybe(field(fc.constantFrom('https://example.org/a', 'http://x.test', 'javascript:alert(1)', 'data:text/html,<b>', ' https://ok.test '))), date: maybe(dateSpec) },
  { requiredKeys: [] },
);

/** A simple generated event: its raw JSON object, and the date specs the oracle needs. */
export const eventSpec: fc.Arbitrary<EventSpec> = fc
  .record(
    {
      id: field(ids),
      title: field(label),
      form: fc.oneof(
        { weight: 4, arbitrary: fc.constant('date') },
        { weight: 2, arbitrary: fc.constant('start') },
        { weight: 3, arbitrary: fc.constant('start-end') },
        { weight: 1, arbitrary: fc.constantFrom('date-end', 'date-start', 'none') },
      ),
      d1: dateSpec,
      d2: dateSpec,
      description: maybe(field(text)),
      place: maybe(field(text)),
      quote: maybe(field(text)),
      group: maybe(field(fc.constantFrom('g1', 'g2', '__proto__'))),
      sources: maybe(field(fc.array(fc.oneof({ weight: 5, arbitrary: source }, { weight: 1, arbitrary: junk }), { maxLength: 3 }))),
      nonObject: fc.oneof({ weight: 14, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: junk }),
      pad: fc.boolean(),
    },
    { requiredKeys: ['id', 'title', 'form', 'd1', 'd2', 'nonObject', 'pad'] },
  )
  .map((g): EventSpec => {
    if (g.nonObject !== undefined) return { raw: g.nonObject, dates: {}, sourceDates: [] };
    const raw: Record<string, unknown> = {};
    const dates: EventSpec['dates'] = {};
    for (const key of ['id', 'title', 'description', 'place', 'quote', 'group'] as const) if (g[key] !== undefined) raw[key] = g[key];
    const put = (k: 'date' | 'start' | 'end', spec: DateSpec) => {
      raw[k] = dateField(spec, g.pad);
      dates[k] = spec;
    };
    if (g.form === 'date' || g.form === 'date-end' || g.form === 'date-start') put('date', g.d1);
    if (g.form === 'start' || g.form === 'start-end' || g.form === 'date-start') put('start', g.form === 'date-start' ? g.d2 : g.d1);
    if (g.form === 'start-end' || g.form === 'date-end') put('end', g.d2);
    const sourceDates: (DateSpec | undefined)[] = [];
    if (g.sources !== undefined) {
      raw['sources'] = Array.isArray(g.sources)
        ? g.sources.map((s: unknown, i) => {
            if (typeof s !== 'object' || s === null || !('name' in s || 'url' in s || 'date' in s) || Array.isArray(s)) return s;
            const { date, ...rest } = s as { date?: DateSpec };
            if (date === undefined) return rest;
            sourceDates[i] = date;
            return { ...rest, date: dateField(date) };
          })
        : g.sources;
    }
    return { raw, dates, sourceDates };
  });

/** Object keys that try to reach a prototype, among ordinary ones. */
const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'events', 'title', 'timeZone', 'groups', 'lang', 'id', 'date'), fc.string({ maxLength: 6 }));

/** A hostile JSON text: any shape, `__proto__` keys written as own keys, deep nesting. */
export const hostileJson: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', '0', '-1e400', '1e-400', '""'),
    text.map((s) => JSON.stringify(s)),
    dateSpec.map((d) => JSON.stringify(d.kind === 'garbage' ? d.text : d.text) ?? 'null'),
    tie('object'),
    tie('array'),
  ),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  array: fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
})).value;

/** A document wrapping hostile events the way real ones are wrapped. */
export const hostileDocumentJson: fc.Arbitrary<string> = fc.oneof(
  hostileJson,
  fc.array(hostileJson, { maxLength: 8 }).map((events) => `[${events.join(',')}]`),
  fc
    .record({ events: fc.array(hostileJson, { maxLength: 8 }), extra: fc.array(fc.tuple(key, hostileJson), { maxLength: 4 }) })
    .map(({ events, extra }) => `{${[...extra.map(([k, v]) => `${JSON.stringify(k)}:${v}`), `"events":[${events.join(',')}]`].join(',')}}`),
  fc.integer({ min: 1, max: 20000 }).map((n) => `{"events":${'['.repeat(n)}${']'.repeat(n)}}`),
);
