import type { TimelineJsDocument, VisTimelineData } from '../../src/index.js';

/**
 * Data in the shapes people already keep their timelines in, for the import stories: written
 * for these stories, every field each format knows, and HTML where the format allows it.
 */

/** TimelineJS JSON: partial dates, HTML headlines and texts, media, groups, an era. */
export const timelineJsStory: TimelineJsDocument = {
  title: { text: { headline: 'The <em>Moon</em> race', text: '<p>From Sputnik to Apollo 11</p>' } },
  events: [
    {
      start_date: { year: 1957, month: 10, day: 4 },
      text: { headline: 'Sputnik 1', text: '<p>The first artificial satellite <b>beeps</b> from orbit.</p>' },
      media: { url: 'https://example.org/sputnik.jpg', caption: 'Sputnik 1', credit: 'Archive' },
      group: 'USSR',
      unique_id: 'sputnik',
    },
    { start_date: { year: 1961, month: 4, day: 12, hour: 9, minute: 7 }, text: { headline: 'Gagarin in orbit' }, group: 'USSR' },
    { start_date: { year: 1961, month: 5 }, text: { headline: 'Kennedy&rsquo;s Moon speech', text: 'Before Congress.' }, group: 'USA' },
    { start_date: { year: 1965 }, end_date: { year: 1966 }, text: { headline: 'Gemini flights' }, group: 'USA', background: { color: '#123' } },
    {
      start_date: { year: 1969, month: 7, day: 20, hour: 20, minute: 17, display_date: '20 July 1969' },
      text: { headline: 'Apollo 11 lands', text: '<p>&ldquo;The Eagle has landed.&rdquo;</p><script>alert(1)</script>' },
      group: 'USA',
    },
  ],
  eras: [{ start_date: { year: 1957 }, end_date: { year: 1975 }, text: { headline: 'Space race' } }],
};

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

/** vis-timeline items with groups: ISO strings, Dates and epoch ms, a range and a background item. */
export const visStory: VisTimelineData = {
  groups: [
    { id: 'design', content: '<b>Design</b>' },
    { id: 'build', content: 'Build' },
  ],
  items: [
    { id: 1, content: 'Kick-off', start: '2024-09-02', group: 'design', type: 'box', title: 'Everyone in <i>room 4</i>' },
    { id: 2, content: 'Sketches', start: '2024-09-03', end: '2024-09-13', group: 'design', type: 'range' },
    { id: 3, content: 'Review', start: new Date(utc(2024, 9, 16, 13)), group: 'design', type: 'point' },
    { id: 4, content: 'Prototype', start: utc(2024, 9, 17, 8), end: utc(2024, 9, 27, 17), group: 'build' },
    { id: 5, content: 'Demo day', start: '2024-09-30T15:00', group: 'build' },
    { id: 6, content: 'Holidays', start: '2024-09-23', end: '2024-09-25', type: 'background' },
  ],
};
