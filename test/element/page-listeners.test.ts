import { expect } from '@open-wc/testing';
import { eventById, mountWith } from './helpers.js';
import type { DateInput, ZoomOptions } from '../../src/index.js';

describe('the element’s events, heard by the page', () => {
  it('reach listeners on an ancestor, the document and the window, each typed by its name (no cast)', async () => {
    const el = await mountWith([
      { id: 'a', title: 'A', date: '2024-01-01' },
      { id: 'b', title: 'B', date: '2024-02-01' },
    ]);
    const heard: string[] = [];
    // Each map names the events: a listener reads detail without a cast, as a page's TypeScript would.
    const onParent = (e: HTMLElementEventMap['timeline-select']) => heard.push(`parent ${e.detail.id}`);
    const onDocument = (e: DocumentEventMap['timeline-select']) => heard.push(`document ${e.detail.id}`);
    const onWindow = (e: WindowEventMap['timeline-select']) => heard.push(`window ${e.detail.id}`);
    const parent = el.parentElement!;
    parent.addEventListener('timeline-select', onParent);
    document.addEventListener('timeline-select', onDocument);
    window.addEventListener('timeline-select', onWindow);
    try {
      eventById(el, 'b').click();
      await el.updateComplete;
      expect(heard).to.deep.equal(['parent b', 'document b', 'window b']);
    } finally {
      parent.removeEventListener('timeline-select', onParent);
      document.removeEventListener('timeline-select', onDocument);
      window.removeEventListener('timeline-select', onWindow);
    }
  });

  it('takes a window and options of the types the package names for zoomTo()', async () => {
    const el = await mountWith([
      { id: 'a', title: 'A', date: '2024-01-01' },
      { id: 'b', title: 'B', date: '2024-06-01' },
    ]);
    const [start, end]: [DateInput, DateInput] = ['2024-02', new Date(Date.UTC(2024, 3, 1))];
    const options: ZoomOptions = { animate: false };
    await el.zoomTo(start, end, options);
    // From the first instant of February to the instant given, in the element's zone (UTC here).
    expect([Date.parse(el.start!), Date.parse(el.end!)]).to.deep.equal([Date.UTC(2024, 1, 1), Date.UTC(2024, 3, 1)]);
  });
});
