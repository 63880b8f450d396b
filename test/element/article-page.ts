import { executeServerCommand } from '@web/test-runner-commands';
import { mountWith, yearOfFive } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const plotBox = (el: EventTimeline) => el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();

/** Text above and below the elements `inArticle` made, taken away again by `leaveArticle`. */
let spacers: HTMLElement[] = [];

/**
 * Five items of 2024 across a page (700 px), between text above and below, the page taller than
 * the screen; `hovered`: the pointer came over the chart first (the gestures, which come on
 * demand, are here).
 */
export async function inArticle({ hovered }: { hovered: boolean }): Promise<EventTimeline> {
  const el = await mountWith(yearOfFive, { width: 700 });
  const above = document.createElement('div');
  above.style.height = `${innerHeight}px`;
  const below = document.createElement('div');
  below.style.height = '3000px';
  el.before(above);
  el.after(below);
  spacers = [above, below];
  if (hovered) {
    el.shadowRoot!.querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await pause(300);
  }
  return el;
}

export function leaveArticle(): void {
  for (const s of spacers) s.remove();
  spacers = [];
  scrollTo(0, 0);
}

/**
 * Turns the wheel (60 px a turn, `apart` ms between turns) with the pointer resting mid-screen
 * over the chart's column while the page scrolls under it, until the plot has gone up past the
 * pointer (at most 40 turns); answers the pointer's height.
 */
export async function wheelDownThePage(el: EventTimeline, apart: number): Promise<number> {
  const x = Math.round(plotBox(el).left + 200);
  const y = Math.round(innerHeight / 2);
  for (let i = 0; i < 40 && plotBox(el).bottom > y; i++) {
    await executeServerCommand('wheel', { position: [x, y], deltaY: 60 });
    await pause(apart);
  }
  return y;
}
