import type { TimelineDocument } from '../../src/index.js';

/**
 * Stories for the readable layout (issue #10): every title whole, every date shown, at any
 * width. Used by the Storybook stories and by the geometry tests alike.
 */

/** Nine items minutes apart, one evening: the date line is the time alone. */
export const minutesApart: TimelineDocument = {
  title: 'Election night, minute by minute',
  lang: 'en',
  timeZone: 'Europe/Berlin',
  events: Array.from({ length: 9 }, (_, i) => ({
    id: `m${i}`,
    title: ['Polls close', 'First exit poll published by the public broadcaster', 'Turnout reported at 74 percent', 'Party leaders appear', 'First projection', 'Concession speech from the opposition leader', 'Markets react overnight in Asia', 'Second projection', 'Final result announced'][i]!,
    date: `2024-11-18T20:${String(i * 4 + 1).padStart(2, '0')}`,
  })),
};

/** Months, ranges and ISO weeks across two years, in German. */
export const monthsAndWeeks: TimelineDocument = {
  title: 'Bauprojekt Hauptbahnhof',
  lang: 'de',
  groups: [
    { id: 'plan', label: 'Planung' },
    { id: 'bau', label: 'Bau' },
  ],
  events: [
    { id: 'p1', title: 'Ausschreibung veröffentlicht', date: '2023-03', group: 'plan' },
    { id: 'p2', title: 'Zuschlag an die Arbeitsgemeinschaft Nord', date: '2023-W27', group: 'plan' },
    { id: 'p3', title: 'Planfeststellungsverfahren mit Bürgerbeteiligung', start: '2023-05', end: '2023-11', group: 'plan' },
    { id: 'b1', title: 'Erster Spatenstich', date: '2023-10-12', group: 'bau' },
    { id: 'b2', title: 'Rohbau des Empfangsgebäudes', start: '2024-01', end: '2024-09', group: 'bau' },
    { id: 'b3', title: 'Sperrung der Gleise 1 bis 4', date: '2024-W12', group: 'bau' },
    { id: 'b4', title: 'Richtfest', date: '2024-10-04', group: 'bau' },
    { id: 'b5', title: 'Eröffnung', date: '2024-12', group: 'bau' },
  ],
};

/** Sixty-six years, from year-only dates to days. */
export const sixtySixYears: TimelineDocument = {
  title: 'A river and its dam',
  lang: 'en',
  events: [
    { id: 'y1', title: 'Survey of the valley', date: '1958' },
    { id: 'y2', title: 'Dam construction begins', date: '1962-04' },
    { id: 'y3', title: 'Reservoir filled for the first time', date: '1969-09-14' },
    { id: 'y4', title: 'Flood of the century', date: '1981-07' },
    { id: 'y5', title: 'Spillway rebuilt', start: '1990', end: '1993' },
    { id: 'y6', title: 'Fish ladder opened', date: '2004-05-21' },
    { id: 'y7', title: 'Dam listed as a monument', date: '2015' },
    { id: 'y8', title: 'Turbines replaced', date: '2023-W40' },
    { id: 'y9', title: 'Sixty years of power', date: '2024-06-01' },
  ],
};

/** Titles of about 120 characters, close together. */
export const longTitles: TimelineDocument = {
  title: 'Very long titles',
  lang: 'en',
  events: Array.from({ length: 12 }, (_, i) => ({
    id: `l${i}`,
    title: `${i + 1}. A committee of the regional parliament publishes its report on the water supply, with ${i + 3} recommendations to the government`,
    date: `2024-03-${String(1 + i * 2).padStart(2, '0')}`,
  })),
};

/** Arabic, right to left. */
export const arabic: TimelineDocument = {
  title: 'الجدول الزمني',
  lang: 'ar',
  events: [
    { id: 'a1', title: 'افتتاح المعرض الدولي للكتاب في القاهرة', date: '2024-01-24' },
    { id: 'a2', title: 'إعلان الفائزين بالجائزة العالمية للرواية العربية', date: '2024-04-28' },
    { id: 'a3', title: 'مهرجان الموسيقى العربية', date: '2024-10' },
    { id: 'a4', title: 'اختتام الموسم الثقافي', date: '2024-12-15' },
  ],
};

/** Japanese titles: no spaces, lines break between characters. */
export const japanese: TimelineDocument = {
  title: '年表',
  lang: 'ja',
  events: [
    { id: 'j1', title: '北朝鮮がロシアへ一万人以上の兵士を派遣したと韓国の情報機関が発表', date: '2024-10-18' },
    { id: 'j2', title: '米国防総省が派遣を確認', date: '2024-10-23' },
    { id: 'j3', title: 'クルスク州での戦闘に参加', date: '2024-11' },
  ],
};
