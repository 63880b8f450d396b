import type { TimelineDocument, TimelineEventInput } from '../../src/index.js';

/** The seed story, as shipped in demo/data and served by Storybook at /data. */
export const seedSrc = {
  de: 'data/north-korea-troops.de.json',
  en: 'data/north-korea-troops.en.json',
} as const;

export const years: TimelineDocument = {
  title: 'Known only to the year',
  events: [
    { id: 'y2019', title: 'First survey', date: '2019' },
    { id: 'y2021', title: 'Second survey', date: '2021' },
    { id: 'y2024', title: 'Third survey', date: '2024' },
  ],
};

export const months: TimelineDocument = {
  title: 'Known only to the month',
  events: [
    { id: 'm1', title: 'Harvest begins', date: '2024-08' },
    { id: 'm2', title: 'Harvest report', date: '2024-10' },
    { id: 'm3', title: 'Budget agreed', date: '2024-12' },
  ],
};

export const weeks: TimelineDocument = {
  title: 'Known to the ISO week',
  events: [
    { id: 'w1', title: 'Sprint review', date: '2024-W45' },
    { id: 'w2', title: 'Release freeze', date: '2024-W47' },
    { id: 'w3', title: 'Year-end week', date: '2025-W01' },
  ],
};

export const days: TimelineDocument = {
  title: 'Known to the day',
  events: [
    { id: 'd1', title: 'Application filed', date: '2024-11-04' },
    { id: 'd2', title: 'Hearing', date: '2024-11-18' },
    { id: 'd3', title: 'Ruling', date: '2024-11-29' },
  ],
};

/** Times with an offset, in UTC (`Z`), and without one (read in the document's zone). */
export const times: TimelineDocument = {
  title: 'Known to the minute, in several zones',
  timeZone: 'Europe/Berlin',
  events: [
    { id: 't1', title: 'Talks open (Berlin time)', date: '2024-11-18T09:00' },
    { id: 't2', title: 'Statement (UTC)', date: '2024-11-18T14:30Z' },
    { id: 't3', title: 'Reply from Seoul (+09:00)', date: '2024-11-19T08:15+09:00' },
    { id: 't4', title: 'Talks close (New York, -05:00)', date: '2024-11-19T17:45:30-05:00' },
  ],
};

/** One day by the hour: ranges of two times of that day, a time, and a range into the next day. */
export const hours: TimelineDocument = {
  title: 'A day in the state parliament',
  timeZone: 'Europe/Berlin',
  events: [
    { id: 'h1', title: 'Council of elders meets', start: '2024-11-18T09:30', end: '2024-11-18T11:00' },
    { id: 'h2', title: 'Budget debate', start: '2024-11-18T13:00', end: '2024-11-18T18:45' },
    { id: 'h3', title: 'Vote', date: '2024-11-18T19:10' },
    { id: 'h4', title: 'Night session into the morning', start: '2024-11-18T22:00', end: '2024-11-19T02:30' },
  ],
};

/** Ranges whose ends have different precisions; an end is inclusive at its own precision. */
export const ranges: TimelineDocument = {
  title: 'Ranges',
  timeZone: 'Europe/Berlin',
  events: [
    { id: 'r1', title: 'Exhibition (day to day)', start: '2024-09-12', end: '2024-11-03' },
    { id: 'r2', title: 'Renovation (month to month)', start: '2024-07', end: '2024-09' },
    { id: 'r3', title: 'Conference (time to time)', start: '2024-10-14T09:00', end: '2024-10-16T18:00' },
    { id: 'r4', title: 'Open-ended study (start only)', start: '2024-11-20' },
    { id: 'r5', title: 'Campaign (week to week)', start: '2024-W40', end: '2024-W43' },
  ],
};

export const allPrecisions: TimelineDocument = {
  title: 'Every precision side by side',
  timeZone: 'UTC',
  events: [
    { id: 'p-year', title: 'A year', date: '2024' },
    { id: 'p-month', title: 'A month', date: '2024-03' },
    { id: 'p-week', title: 'An ISO week', date: '2024-W23' },
    { id: 'p-day', title: 'A day', date: '2024-08-15' },
    { id: 'p-time', title: 'A time', date: '2024-10-01T12:00Z' },
    { id: 'p-range', title: 'A range', start: '2024-05-06', end: '2024-07-19' },
  ],
};

export const groups: TimelineDocument = {
  title: 'Negotiations, by party',
  timeZone: 'UTC',
  groups: [
    { id: 'council', label: 'City council' },
    { id: 'union', label: 'Transport union' },
    { id: 'press', label: 'Press' },
  ],
  events: [
    { id: 'g1', title: 'Council proposes new timetable', date: '2024-03-04', group: 'council' },
    { id: 'g2', title: 'Union rejects proposal', date: '2024-03-11', group: 'union' },
    { id: 'g3', title: 'Strike', start: '2024-03-18', end: '2024-03-20', group: 'union' },
    { id: 'g4', title: 'Editorial: "Both sides must move"', date: '2024-03-19', group: 'press' },
    { id: 'g5', title: 'Council revises timetable', date: '2024-04', group: 'council' },
    { id: 'g6', title: 'Agreement signed', date: '2024-04-22', group: 'union' },
    // A group not listed in `groups` gets a row of its own.
    { id: 'g7', title: 'Mediator appointed', date: '2024-03-25', group: 'mediator' },
  ],
};

export const longAndNonLatin: TimelineDocument = {
  title: 'Long titles and other scripts',
  timeZone: 'UTC',
  events: [
    {
      id: 'long',
      title:
        'An exceptionally long title that goes on and on, naming every committee, sub-committee and working group that took part in the decision, so that no label could ever hold it whole',
      date: '2024-02-10',
      description: 'The label wraps onto as many lines as the title needs, whole; the details panel shows it too.',
    },
    { id: 'arabic', title: 'توقيع اتفاقية التعاون الاقتصادي بين البلدين', date: '2024-03-05' },
    { id: 'chinese', title: '两国签署经济合作协议', date: '2024-04-12' },
    { id: 'cyrillic', title: 'Подписание соглашения об экономическом сотрудничестве', date: '2024-05-20' },
    { id: 'german', title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenübergabe', date: '2024-06-01' },
  ],
};

export const oneEvent: TimelineDocument = {
  title: 'A single event',
  events: [{ id: 'only', title: 'The only event', date: '2024-11-18', description: 'The axis still spans a readable range around it.' }],
};

export const empty: TimelineDocument = { title: 'Nothing yet', events: [] };

/** Some events are fine, some are not: the valid ones show and the problems are listed. */
export const someBad: TimelineDocument = {
  title: 'Some events are broken',
  timeZone: 'UTC',
  events: [
    { id: 'ok-1', title: 'A valid event', date: '2024-05-02' },
    { id: 'no-title', date: '2024-05-03' } as unknown as TimelineEventInput,
    { id: 'bad-date', title: 'A date that does not exist', date: '2024-02-30' },
    { id: 'backwards', title: 'Ends before it starts', start: '2024-06-10', end: '2024-06-01' },
    { id: 'ok-2', title: 'Another valid event', date: '2024-06-20' },
    { id: 'ok-1', title: 'A duplicate id', date: '2024-06-21' },
    { id: 'ok-3', title: 'A third valid event', date: '2024-W30' },
  ],
};

/** A small PRNG so that the dense story is the same on every load (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` events within `days` days from 1 March 2024, deterministically from `seed`. */
export function denseEvents(count = 300, days = 21, seed = 7): TimelineDocument {
  const next = random(seed);
  const start = Date.UTC(2024, 2, 1);
  const groups = ['north', 'south', 'east', 'west'];
  const events: TimelineEventInput[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(start + Math.floor(next() * days * 24 * 60) * 60_000);
    const group = groups[Math.floor(next() * groups.length)]!;
    const timeOnly = next() < 0.7;
    events.push({
      id: `e${i + 1}`,
      title: `Report ${i + 1} from the ${group}`,
      // Most are times; some are known only to the day.
      date: timeOnly ? at.toISOString().slice(0, 16) + 'Z' : at.toISOString().slice(0, 10),
      group,
    });
  }
  return {
    title: `${count} reports in ${days} days`,
    timeZone: 'UTC',
    groups: groups.map((id) => ({ id, label: `Region ${id}` })),
    events,
  };
}

/** Arabic texts for the right-to-left locale story. */
export const arabic: TimelineDocument = {
  title: 'مفاوضات المناخ',
  lang: 'ar',
  timeZone: 'Asia/Dubai',
  events: [
    { id: 'ar1', title: 'افتتاح المؤتمر', date: '2023-11-30', place: 'دبي', description: 'بدء أعمال مؤتمر الأطراف.' },
    { id: 'ar2', title: 'يوم الطاقة', date: '2023-12-05' },
    { id: 'ar3', title: 'مسودة الاتفاق', date: '2023-12-11T18:00' },
    { id: 'ar4', title: 'اختتام المؤتمر', date: '2023-12-13' },
    { id: 'ar5', title: 'أسبوع المشاورات', date: '2023-W49' },
  ],
};

/** Instants that fall on different calendar days depending on the zone they are shown in. */
export const aroundMidnight: TimelineDocument = {
  title: 'Around midnight UTC',
  events: [
    { id: 'z1', title: 'Launch window opens', date: '2024-12-31T22:30Z' },
    { id: 'z2', title: 'Launch', date: '2024-12-31T23:59Z' },
    { id: 'z3', title: 'Orbit reached', date: '2025-01-01T00:40Z' },
    { id: 'z4', title: 'First signal', date: '2025-01-01T03:10Z' },
  ],
};
