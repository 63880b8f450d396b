import { expect } from '@open-wc/testing';
import { LIMITS, parseJsonText, parseTimeline, TimelineDataError } from '../../src/core/parse.js';

describe('documented limits: refused readably, never a frozen tab', () => {
  it('refuses JSON text longer than 32 Mi characters before parsing it', () => {
    const text = `[${' '.repeat(LIMITS.maxTextLength)}]`;
    expect(() => parseJsonText(text)).to.throw(TimelineDataError, 'The data is larger than 32 MiB.');
  });

  it(`refuses a document with more than ${LIMITS.maxEvents} events as a whole`, () => {
    const events = new Array<unknown>(LIMITS.maxEvents + 1).fill(null);
    expect(() => parseTimeline(events, 'UTC')).to.throw(TimelineDataError, `The data has ${LIMITS.maxEvents + 1} events; at most ${LIMITS.maxEvents} are shown.`);
    expect(parseTimeline(events.slice(1), 'UTC').problems).to.have.length(LIMITS.maxEvents);
  });

  it(`skips an event whose text field is over ${LIMITS.maxFieldLength} characters, naming the field`, () => {
    const long = 'x'.repeat(LIMITS.maxFieldLength + 1);
    const model = parseTimeline(
      [
        { id: 'a', title: long, date: '2024' },
        { id: 'b', title: 'B', date: '2024', description: long },
        { id: 'c', title: 'C', date: '2024', sources: [{ name: long }] },
        { id: 'd', title: 'x'.repeat(LIMITS.maxFieldLength), date: '2024' },
      ],
      'UTC',
    );
    expect(model.items.map((i) => i.id)).to.deep.equal(['d']);
    expect(model.problems.map((p) => [p.index, p.field, p.message])).to.deep.equal([
      [0, 'title', 'title is longer than 100000 characters'],
      [1, 'description', 'description is longer than 100000 characters'],
      [2, 'sources[0].name', 'sources[0]: name is longer than 100000 characters'],
    ]);
  });

  it('refuses a date string longer than 64 characters without running a pattern over it', () => {
    const model = parseTimeline([{ id: 'a', title: 'A', date: `2024${' '.repeat(10)}${'9'.repeat(100)}` }], 'UTC');
    expect(model.problems[0]!.message).to.equal('date is too long to be a date');
  });
});
