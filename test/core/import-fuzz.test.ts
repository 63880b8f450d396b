import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CsvText } from '../../src/core/import/csv-text.js';
import { readAnyData } from '../../src/core/import/read-any.js';
import { TimelineDataError } from '../../src/core/parse.js';
import { junk } from './fuzz-arbitraries.js';

/** Hostile values in every place the readers look. */
const anything = fc.oneof(junk, fc.constantFrom('<img src=x onerror=alert(1)>', '__proto__', '', ' ', '2024', '13', '-1', '1e400'), fc.integer(), fc.date({ noInvalidDate: false }));
const dateParts = fc.dictionary(fc.constantFrom('year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', '__proto__'), anything);
const timelineJsEvent = fc.record(
  { start_date: fc.oneof(dateParts, anything), end_date: fc.oneof(dateParts, anything), text: fc.oneof(fc.record({ headline: anything, text: anything }), anything), unique_id: anything, group: anything, media: anything },
  { requiredKeys: [] },
);
const timelineJs = fc.record({ title: fc.oneof(fc.record({ text: fc.record({ headline: anything }) }), anything), events: fc.array(fc.oneof(timelineJsEvent, anything), { maxLength: 8 }), eras: fc.array(fc.oneof(timelineJsEvent, anything), { maxLength: 3 }) }, { requiredKeys: ['events'] });
const visItem = fc.record({ id: anything, content: anything, start: anything, end: anything, group: anything, type: fc.oneof(fc.constantFrom('background', 'range', 'point'), anything), title: anything }, { requiredKeys: ['content'] });
const vis = fc.oneof(fc.array(fc.oneof(visItem, anything), { maxLength: 8 }), fc.record({ items: fc.array(visItem, { maxLength: 8 }), groups: fc.oneof(fc.array(fc.record({ id: anything, content: anything }), { maxLength: 3 }), anything) }));
const cellText = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '""', ',', '\n', '\r\n', '2024', '13', '25:00', '2:30 PM', '<b>x</b>'));
const csv = fc
  .tuple(fc.constantFrom('Year,Month,Day,Time,End Year,Headline,Text,Type,Group', 'id,title,date,start,end,group,place,description', 'title,start'), fc.array(fc.array(cellText, { maxLength: 10 }), { maxLength: 6 }))
  .map(([header, rows]) => new CsvText([header, ...rows.map((r) => r.join(','))].join('\n')));

describe('the import readers never fail on hostile data', () => {
  it('read any TimelineJS-, vis- or CSV-shaped data to events and problems, or refuse it as a whole with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(timelineJs, vis, csv), (data) => {
        let read: ReturnType<typeof readAnyData>;
        try {
          read = readAnyData(data, 'Europe/Berlin');
        } catch (e) {
          expect(e).to.be.instanceOf(TimelineDataError);
          return;
        }
        const { model } = read;
        // One problem at most per source entry (document-level ones, index -1, are not entries), each
        // with a field; every event shown has a title and an id of its own.
        const indexes = model.problems.map((p) => p.index).filter((i) => i >= 0);
        expect(new Set(indexes).size).to.equal(indexes.length);
        for (const p of model.problems) expect(p.field).to.be.a('string').and.not.equal('');
        for (const item of model.items) expect(item.title.trim()).not.to.equal('');
        expect(new Set(model.items.map((i) => i.id)).size).to.equal(model.items.length);
      }),
      { numRuns: 300 },
    );
  });
});
