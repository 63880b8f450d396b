import { expect, waitFor, within } from 'storybook/test';
import { drawn, shadowOf, timelineIn } from './timeline.js';

/** Waits for the story's timeline to draw, then checks how many events it shows. */
export async function expectEventCount(canvasElement: HTMLElement, count: number): Promise<void> {
  const el = timelineIn(canvasElement);
  await drawn(el);
  await waitFor(() => expect(shadowOf(el).querySelectorAll('[part~="event"]')).toHaveLength(count));
}

/** Waits for the story's timeline to show an alert that contains `text`. */
export async function expectAlert(canvasElement: HTMLElement, text: string | RegExp): Promise<HTMLElement> {
  const el = timelineIn(canvasElement);
  const alert = await within(shadowOf(el)).findByRole('alert', {}, { timeout: 10000 });
  await expect(alert).toHaveTextContent(text);
  return alert;
}

/**
 * Waits for the story's timeline to draw, then checks that every one of `count` events is
 * either drawn or counted in a "+N" chip (a crowded view draws at most 16 lanes).
 */
export async function expectShownOrCounted(canvasElement: HTMLElement, count: number): Promise<void> {
  const el = timelineIn(canvasElement);
  await drawn(el);
  await waitFor(() => {
    const root = shadowOf(el);
    const shown = root.querySelectorAll('[part~="event"]').length;
    const counted = [...root.querySelectorAll<HTMLElement>('[part~="cluster"]')].reduce((sum, c) => sum + Number(c.dataset['count']), 0);
    return expect(shown + counted).toBe(count);
  });
}
