import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { messagesFor } from '../../src/core/messages.js';
import { parseTimeline } from '../../src/core/parse.js';
import { renderClusterList, type ClusterListProps } from '../../src/element/templates/render-cluster-list.js';

/** Every node under `root`: what a list keeps must not grow with the lists it replaced. */
function nodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

describe('the list a "+N" chip opens', () => {
  const model = parseTimeline(
    Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, date: `2024-06-${i < 150 ? '01' : '20'}T12:00` })),
    'UTC',
  );
  const props = (from: number): ClusterListProps => ({
    items: model.items.slice(from, from + 150),
    heading: `150 events`,
    lang: 'en',
    locale: 'en',
    messages: messagesFor('en'),
    when: () => 'June 2024',
    onPick: () => undefined,
    onClose: () => undefined,
    onKeyDown: () => undefined,
  });

  it('keeps no node of the items of a list it replaced with another chip’s', () => {
    const box = document.createElement('div');
    render(renderClusterList(props(0)), box);
    render(renderClusterList(props(150)), box);
    const settled = nodes(box);
    for (let i = 0; i < 6; i++) render(renderClusterList(props(i % 2 ? 0 : 150)), box);
    expect(box.querySelectorAll('[part~="details-item"]')).to.have.length(150);
    // (lit's repeat, which drew it, left a comment node behind for every item it removed.)
    expect(nodes(box)).to.equal(settled);
  });
});
