import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJsonText, parseTimeline, TimelineDataError } from '../../src/core/parse.js';
import { eventSpec, hostileDocumentJson } from './fuzz-arbitraries.js';
import { judge } from './fuzz-oracle.js';

/** Not a speed goal: only a bound that a hang (or catastrophic backtracking) would cross. */
const HANG_MS = 3000;

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','));

function expectUnpolluted(before: string[]): void {
  expect(snapshot()).to.deep.equal(before);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'x', 'id', 'title', 'events', 'isAdmin']) expect(probe[key], key).to.equal(undefined);
}

function timed<T>(run: () => T): T {
  const t0 = performance.now();
  const result = run();
  const took = performance.now() - t0;
  if (took > HANG_MS) throw new Error(`one document took ${Math.round(took)} ms`);
  return result;
}

describe('fuzzing the parser with 10,000+ generated documents', () => {
  const before = snapshot();
  afterEach(() => expectUnpolluted(before));

  it('keeps exactly the events an independent oracle finds valid, at the instant it computes, and names index and field of every other (6,000 documents)', function () {
    this.timeout(240000);
    const tally = { events: 0, valid: 0, duplicates: 0 };
    fc.assert(
      fc.property(fc.array(eventSpec, { maxLength: 8 }), fc.boolean(), (generated, wrapped) => {
        const text = JSON.stringify(wrapped ? { title: 'Fuzz', events: generated.map((s) => s.raw) } : generated.map((s) => s.raw));
        // The oracle judges what JSON carries (-Infinity becomes null, undefined disappears).
        const parsed = JSON.parse(text) as unknown[] | { events: unknown[] };
        const carried = Array.isArray(parsed) ? parsed : parsed.events;
        const specs = generated.map((s, i) => ({ ...s, raw: carried[i] }));
        const model = timed(() => parseTimeline(parseJsonText(text), 'UTC'));
        const seen = new Set<string>();
        const expected = specs.map((spec) => {
          const verdict = judge(spec, seen);
          const id = (spec.raw as { id?: unknown } | null)?.id;
          if (typeof id === 'string' && seen.has(id)) tally.duplicates++;
          if (verdict.bad.size === 0) tally.valid++;
          tally.events++;
          if (verdict.bad.size === 0) seen.add((spec.raw as { id: string }).id);
          return verdict;
        });
        const keptIndices = model.items.map((i) => i.index).sort((a, b) => a - b);
        const validIndices = expected.flatMap((v, i) => (v.bad.size === 0 ? [i] : []));
        expect(keptIndices, 'kept events').to.deep.equal(validIndices);
        for (const item of model.items) expect(item.start, `start of event ${item.index}`).to.equal(expected[item.index]!.start);
        expect(model.problems.map((p) => p.index)).to.deep.equal(expected.flatMap((v, i) => (v.bad.size > 0 ? [i] : [])));
        for (const p of model.problems) {
          expect([...expected[p.index]!.bad], `event ${p.index}: ${p.message}`).to.include(p.field);
          expect(p.message).to.be.a('string').and.not.equal('');
          const id = (specs[p.index]!.raw as { id?: unknown } | null)?.id;
          expect(p.id).to.equal(typeof id === 'string' ? id : undefined);
        }
      }),
      { numRuns: 6000 },
    );
    // The generator must make plenty of valid events and duplicates, or the oracle proves little.
    expect(tally.valid / tally.events).to.be.greaterThan(0.15);
    expect(tally.duplicates).to.be.greaterThan(500);
  });

  it('never throws anything but TimelineDataError on hostile JSON: any shape, __proto__ keys, deep nesting, huge and broken text (4,000 documents)', function () {
    this.timeout(240000);
    let refused = 0;
    let read = 0;
    fc.assert(
      fc.property(hostileDocumentJson, fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kathmandu'), (text, zone) => {
        timed(() => {
          try {
            const data = parseJsonText(text);
            const model = parseTimeline(data, zone);
            const events = Array.isArray(data) ? data : (data as { events: unknown[] }).events;
            expect(model.items.length + model.problems.length).to.equal(events.length);
            for (const p of model.problems) {
              expect(p.index).to.be.within(0, events.length - 1);
              expect(p.field).to.match(/^(event|id|title|date|start|end|description|place|quote|group|sources(\[\d+\](\.(name|url|date))?)?)$/);
            }
            for (const item of model.items) {
              expect(Number.isFinite(item.start) && Number.isFinite(item.end) && item.end >= item.start).to.equal(true);
              expect(Object.getPrototypeOf(item)).to.equal(Object.prototype);
            }
            read++;
          } catch (e) {
            if (!(e instanceof TimelineDataError)) throw e;
            expect(e.message).to.be.a('string').and.not.equal('');
            refused++;
          }
        });
      }),
      { numRuns: 4000 },
    );
    // Both paths were exercised, not just one.
    expect(read).to.be.greaterThan(100);
    expect(refused).to.be.greaterThan(100);
  });

  it('treats JSON __proto__ and constructor keys as data at every level', () => {
    const text = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"events":[{"__proto__":{"title":"inherited"},"id":"a","date":"2024"},{"id":"b","title":"B","date":"2024","sources":[{"__proto__":{"name":"x"}}]}]}';
    const model = parseTimeline(parseJsonText(text), 'UTC');
    expect(model.items).to.deep.equal([]);
    expect(model.problems.map((p) => [p.index, p.field])).to.deep.equal([
      [0, 'title'],
      [1, 'sources[0].name'],
    ]);
  });
});
