import { expect, waitUntil } from '@open-wc/testing';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}
type ProbedWindow = Window & typeof globalThis & { __violations: Violation[] };

/**
 * The built bundle on a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (test/server/strict-csp.mjs): no eval, no inline script or style, Trusted Types enforced.
 */
describe('dist/event-timeline.js under a strict Content Security Policy', () => {
  let frame: HTMLIFrameElement;

  beforeEach(() => {
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = '/test/pages/csp/index.html';
    document.body.append(frame);
  });
  afterEach(() => frame.remove());

  it('serves the page with the strict policy', async () => {
    const response = await fetch('/test/pages/csp/index.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
  });

  it('renders the seed story, styled, opens details with links, and violates nothing', async () => {
    await waitUntil(() => frame.contentWindow?.customElements?.get('event-timeline') !== undefined, 'bundle did not register the tag', { timeout: 10000 });
    const win = frame.contentWindow as ProbedWindow;
    const el = frame.contentDocument!.getElementById('story')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('[part~="event"]').length > 0, 'no events rendered', { timeout: 10000 });
    const events = [...root.querySelectorAll<HTMLElement>('[part~="event"]')];
    expect(events.map((e) => e.dataset['id'])).to.include.members(['putin-warning', 'nk-deployment', 'rudenko-warning']);

    // Lit's static styles arrive as adopted style sheets, positions through the CSSOM: both allowed.
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    const first = events[0]!.getBoundingClientRect();
    expect(first.width).to.be.greaterThan(0);
    expect(new Set(events.map((e) => Math.round(e.getBoundingClientRect().left))).size).to.be.greaterThan(1);

    // Selecting renders the details panel, its links and the close button.
    events.find((e) => e.dataset['id'] === 'putin-warning')!.click();
    await waitUntil(() => root.querySelector('[part~="details"]') !== null, 'no details panel');
    // Its styles come with it (dist/event-timeline-details.js), adopted like the element's own.
    expect(win.getComputedStyle(root.querySelector('[part~="details"]')!).position).to.equal('sticky');
    const link = root.querySelector<HTMLAnchorElement>('[part~="details-sources"] a')!;
    expect(link.href).to.match(/^https:\/\/kyivindependent\.com\//);
    expect(link.rel).to.equal('noopener noreferrer');
    events[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 200));

    expect(win.__violations).to.deep.equal([]);
  });

  it('really enforces the policy there: eval, a string sink and a style attribute are blocked and reported', async () => {
    await waitUntil(() => (frame.contentWindow as ProbedWindow | null)?.__violations !== undefined, 'probe did not run', { timeout: 10000 });
    const win = frame.contentWindow as ProbedWindow;
    expect(() => win.eval('1 + 1')).to.throw();
    expect(() => {
      win.document.body.innerHTML = '<b>not trusted</b>';
    }).to.throw(/TrustedHTML/);
    win.document.body.setAttribute('style', 'outline: 1px solid red');
    await waitUntil(() => win.__violations.length >= 3, 'the blocked calls were not reported');
    // Under Trusted Types, eval of a string is refused as a Trusted Types violation first.
    expect(win.__violations.map((v) => v.directive)).to.deep.equal(['require-trusted-types-for', 'require-trusted-types-for', 'style-src-attr']);
    expect(win.getComputedStyle(win.document.body).outlineStyle).to.equal('none');
  });
});
