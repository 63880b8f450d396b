import { noChange, nothing, type ElementPart } from 'lit';
import { directive, Directive, type DirectiveResult } from 'lit/directive.js';
import type { TimelineItem } from '../../core/model.js';

/** The attributes an item's marker carries for its rarer dates (dates.styles.ts draws them), in the order DateMarks writes them. */
const NAMES = ['data-certainty', 'data-certainty-start', 'data-certainty-end', 'data-open'] as const;

/**
 * The marks of an item's rarer dates on its marker, written by the dates part (parts/dates.ts),
 * which only a model with such a date loads: `data-certainty` for a date given with ~ ? % (a
 * range's first end that has one); on a range, `data-certainty-start` and `data-certainty-end`
 * for each end that has one, so that an exact end is drawn sharp (a range from an uncertain
 * start to a known end is not uncertain at both); `data-open` for a range that goes on or whose
 * start is unknown. An attribute is written only when it changes: a moving view renders every
 * drawn item each frame, and a node passes from item to item (places.ts).
 */
class DateMarks extends Directive {
  #was: readonly (string | undefined)[] = [];

  render(_item: TimelineItem): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [item]: [TimelineItem]): typeof noChange {
    const { from, to } = item;
    const marks = [from.certainty ?? to?.certainty, to && from.certainty, to?.certainty, item.open];
    // A loop, not forEach: this runs for every drawn item of every frame of a moving view.
    for (let i = 0; i < marks.length; i++) {
      const value = marks[i];
      if (value === this.#was[i]) continue;
      if (value === undefined) part.element.removeAttribute(NAMES[i]!);
      else part.element.setAttribute(NAMES[i]!, value);
    }
    this.#was = marks;
    return noChange;
  }
}

export const dateMarks: (item: TimelineItem) => DirectiveResult<typeof DateMarks> = directive(DateMarks);
