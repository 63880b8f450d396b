import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { eventById, mountWith } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run: (context: Element, options?: object) => Promise<AxeResult> };
  }
}

async function violations(el: Element): Promise<string[]> {
  const result = await window.axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

const story = {
  title: 'North Korean troops in Russia',
  lang: 'en',
  groups: [
    { id: 'ru', label: 'Russia' },
    { id: 'us', label: 'United States' },
  ],
  events: [
    { id: 'putin', title: 'Putin warns Seoul', date: '2024-06-20', group: 'ru', sources: [{ name: 'Kyiv Independent', url: 'https://kyivindependent.com/' }] },
    { id: 'deploy', title: 'Troops sent to Russia', date: '2024-10', group: 'ru', place: 'Wonsan', quote: 'There is evidence.' },
    { id: 'singh', title: 'Pentagon briefing', date: '2024-11-18', group: 'us' },
  ],
};

describe('<event-timeline> accessibility (axe-core)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('has no violations by default', async () => {
    const el = await mountWith(story);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations with an event selected and its details open', async () => {
    const el = await mountWith(story);
    eventById(el, 'deploy').click();
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations in the dark scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountWith(story);
    el.style.background = '#0d1117';
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations in the vertical layout', async () => {
    const el = await mountWith(story, { width: 360 });
    expect(el.shadowRoot!.querySelector('.chart.vertical')).to.exist;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations with dense data', async () => {
    const events = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, title: `Dense event ${i}`, date: `2024-10-${String((i % 21) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00` }));
    const el = await mountWith(events);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations in the error state', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline><script type="application/json">{ broken</script></event-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('exposes the events as a list in time order, each named by its date, its title and its group', async () => {
    const el = await mountWith(story);
    const list = el.shadowRoot!.querySelector('[role="list"]')!;
    const names = [...list.querySelectorAll('[role="listitem"]')].map((i) => i.getAttribute('aria-label'));
    expect(names).to.deep.equal(['June 20, 2024: Putin warns Seoul (Russia)', 'October 2024: Troops sent to Russia (Russia)', 'November 18, 2024: Pentagon briefing (United States)']);
  });

  it('names an event without a group by its date and title alone', async () => {
    const el = await mountWith([{ id: 'a', title: 'Launch', date: '1969-07-16' }]);
    expect(el.shadowRoot!.querySelector('[role="listitem"]')!.getAttribute('aria-label')).to.equal('July 16, 1969: Launch');
  });

  it('names the events again in the language it is switched to, and back', async () => {
    const el = await mountWith(story);
    const names = () => [...el.shadowRoot!.querySelectorAll('[role="listitem"]')].map((i) => i.getAttribute('aria-label'));
    el.locale = 'de';
    await el.updateComplete;
    await el.updateComplete;
    expect(names()).to.deep.equal(['20. Juni 2024: Putin warns Seoul (Russia)', 'Oktober 2024: Troops sent to Russia (Russia)', '18. November 2024: Pentagon briefing (United States)']);
    el.locale = 'en';
    await el.updateComplete;
    expect(names()[0]).to.equal('June 20, 2024: Putin warns Seoul (Russia)');
  });
});

describe('the element as a named region', () => {
  it('takes the name of the document it shows now, also after new data', async () => {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    const el = await mountWith({ title: 'First story', events: [{ id: 'a', title: 'A', date: '2024-01-01' }] });
    const named = async (name: string) => {
      const nodes = (await executeServerCommand('ax-nodes')) as Array<{ role: string; name: string }>;
      return nodes.some((n) => n.role === 'region' && n.name === name);
    };
    expect(await named('First story')).to.equal(true);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { title: 'Second story', events: [{ id: 'b', title: 'B', date: '2025-01-01' }] };
    await loaded;
    expect(await named('Second story')).to.equal(true);
  });

  it('is busy while its data is on its way, and no longer once it is drawn', async () => {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    const busy = async () => ((await executeServerCommand('ax-nodes')) as Array<{ role: string; busy?: boolean }>).filter((n) => n.role === 'region').map((n) => n.busy === true);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.setAttribute('locale', 'en');
    el.setAttribute('time-zone', 'UTC');
    el.src = `/test-api/json?delay=1500&body=${encodeURIComponent(JSON.stringify([{ id: 'a', title: 'A', date: '2024-01-01' }]))}`;
    const loaded = oneEvent(el, 'timeline-load');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(await busy()).to.deep.equal([true]);
      await loaded;
      await el.updateComplete;
      expect(await busy()).to.deep.equal([false]);
    } finally {
      el.remove();
    }
  });
});
