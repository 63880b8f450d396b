import type { TimelineModel } from './model.js';
import type { TimelineDocument, TimelineEventInput } from './types.js';
import { writePreciseDate } from './write-date.js';

/** An event's optional texts, in the order toJSON() writes them. */
const TEXTS = ['description', 'group', 'place', 'quote'] as const;

/**
 * What was read, as an event-timeline document: the events that are shown, in time order, with
 * their dates in the ISO form of their precision, whatever format they came in. Reading it back
 * in the same zone gives the same events; skipped entries are not in it.
 */
export function toDocument(model: TimelineModel): TimelineDocument {
  return {
    ...(model.title !== undefined ? { title: model.title } : {}),
    ...(model.lang !== undefined ? { lang: model.lang } : {}),
    ...(model.timeZone !== undefined ? { timeZone: model.timeZone } : {}),
    ...(model.groups.length > 0 ? { groups: model.groups.map((g) => ({ id: g.id, label: g.label })) } : {}),
    ...(model.eras.length > 0
      ? { eras: model.eras.map((e) => ({ title: e.title, start: writePreciseDate(e.from), end: writePreciseDate(e.to), ...(e.group ? { group: e.group } : {}) })) }
      : {}),
    ...(model.references.length > 0 ? { references: model.references.map((r) => ({ date: writePreciseDate(r.date), title: r.title })) } : {}),
    // Each item as an event: its dates, texts, sources and picture.
    events: model.items.map((item): TimelineEventInput => {
      const from = writePreciseDate(item.from);
      const event: TimelineEventInput = {
        id: item.id,
        title: item.title,
        ...(item.open === 'end'
          ? { start: from, end: '..' }
          : item.open === 'start'
            ? { start: '..', end: from }
            : item.to
              ? { start: from, end: writePreciseDate(item.to) }
              : { date: from }),
      };
      // The texts the item has, then its sources and picture (copies), in this order (the keys' order in the JSON).
      for (const key of TEXTS) if (item[key] !== undefined) event[key] = item[key];
      if (item.sources.length > 0) event.sources = item.sources.map((s) => ({ ...s }));
      if (item.media) event.media = { ...item.media };
      return event;
    }),
  };
}
