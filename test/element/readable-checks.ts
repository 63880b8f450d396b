import type { EventTimeline } from '../../src/index.js';
import { parts, rectsOverlap } from './helpers.js';

/** The window of `node`'s document: an element may live in a frame's page (test/element/quirks.test.ts). */
const viewOf = (node: Node): Window => node.ownerDocument!.defaultView!;

/** The boxes that clip `el`: every ancestor (across shadow roots) whose overflow is not visible. */
function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  let node: Node | null = el.parentNode;
  // Node types, not instanceof: an element in a frame is of that frame's classes.
  while (node) {
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) node = (node as ShadowRoot).host;
    if (node.nodeType !== Node.ELEMENT_NODE || node === node.ownerDocument!.documentElement) break;
    const style = viewOf(node).getComputedStyle(node as Element);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') out.push(node as Element);
    node = node.parentNode;
  }
  return out;
}

const inside = (r: DOMRect, box: DOMRect) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;

/**
 * What a reader would see wrong in a drawn timeline, as sentences (none when it reads well):
 * a title missing, cut, clipped or ellipsised; two titles over each other; a title over
 * another item's marker; a band's start edge through its own title; a date of the axis cut at
 * an edge; the page scrolling sideways; in the vertical layout a missing date.
 */
export function readingProblems(el: EventTimeline, titles: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const host = el.getBoundingClientRect();
  const events = parts(el, 'event');
  const seen = new Set(events.map((e) => e.dataset['id']!));
  for (const id of titles.keys()) if (!seen.has(id)) problems.push(`${id}: not drawn`);
  const labels = events.map((e) => ({ id: e.dataset['id']!, label: e.querySelector<HTMLElement>('[part~="label"]')!, marker: e.querySelector<HTMLElement>('[part~="marker"]')! }));
  for (const { id, label } of labels) {
    const r = label.getBoundingClientRect();
    const title = titles.get(id);
    if (title !== undefined && label.textContent !== title) problems.push(`${id}: label says ${JSON.stringify(label.textContent)}`);
    if (!inside(r, host)) problems.push(`${id}: title box ${JSON.stringify(r)} outside the element ${JSON.stringify(host)}`);
    for (const clip of clippingAncestors(label)) {
      if (!inside(r, clip.getBoundingClientRect())) problems.push(`${id}: title clipped by ${clip.className || clip.localName}`);
    }
    for (const node of [label, ...label.querySelectorAll<HTMLElement>('*')]) {
      const style = viewOf(node).getComputedStyle(node);
      if (style.textOverflow === 'ellipsis') problems.push(`${id}: text-overflow ellipsis`);
      if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '') problems.push(`${id}: line clamp`);
      if (node.scrollWidth > node.clientWidth + 1 && style.display !== 'inline') problems.push(`${id}: text wider than its box (${node.scrollWidth} > ${node.clientWidth})`);
    }
    if (r.width === 0 || r.height === 0) problems.push(`${id}: empty title box`);
  }
  // A band's edge drawn through its own title: the title belongs inside the band or wholly before it.
  if (!el.shadowRoot!.querySelector('.chart.vertical')) {
    for (const { id, label, marker } of labels) {
      if (marker.closest('[part~="event"]')?.getAttribute('data-kind') !== 'band') continue;
      const r = label.getBoundingClientRect();
      const edge = marker.getBoundingClientRect().left;
      if (r.left < edge - 0.5 && r.right > edge + 0.5) problems.push(`${id}: its band's start cuts through its title`);
    }
  }
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!.label.getBoundingClientRect();
    for (let j = 0; j < labels.length; j++) {
      if (i === j) continue;
      if (j > i && rectsOverlap(a, labels[j]!.label.getBoundingClientRect())) problems.push(`${labels[i]!.id} and ${labels[j]!.id}: titles overlap`);
      if (rectsOverlap(a, labels[j]!.marker.getBoundingClientRect())) problems.push(`${labels[i]!.id}: title covers the marker of ${labels[j]!.id}`);
    }
  }
  // The axis's dates (the rail's and its breaks', on a phone) are read too: none cut by the element's edge or a box that clips.
  for (const tick of el.shadowRoot!.querySelectorAll('[part~="axis"] text, [part~="axis"] .rail-tick-label, [part~="axis"] .rail-break-label')) {
    const r = tick.getBoundingClientRect();
    if (r.width === 0) continue;
    const boxes = [host, ...clippingAncestors(tick).map((clip) => clip.getBoundingClientRect())];
    if (boxes.some((box) => !inside(r, box))) problems.push(`axis date ${JSON.stringify(tick.textContent)} cut at an edge`);
  }
  const page = el.ownerDocument.scrollingElement!;
  if (page.scrollWidth > page.clientWidth) problems.push(`page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);
  if (el.shadowRoot!.querySelector('.chart.vertical')) {
    for (const e of events) {
      const date = e.querySelector('[part~="date"]');
      if (!date || date.textContent!.trim() === '') problems.push(`${e.dataset['id']}: no date`);
    }
  }
  return problems;
}
