import { expect } from '@open-wc/testing';
import { messagesFor } from '../../src/core/messages.js';
import { de } from '../../src/core/messages-de.js';

describe('the element’s own words', () => {
  it('name a chip of one item in the singular and of more in the plural, in English and German', () => {
    const en = messagesFor('en-GB');
    expect(en.cluster(1, 'Mar 1, 2024')).to.equal('1 more event, Mar 1, 2024');
    expect(en.cluster(12, 'Mar 1 – 9, 2024')).to.equal('12 more events, Mar 1 – 9, 2024');
    expect(de.cluster(1, '1. März 2024')).to.equal('1 weiteres Ereignis, 1. März 2024');
    expect(de.cluster(12, '1.–9. März 2024')).to.equal('12 weitere Ereignisse, 1.–9. März 2024');
  });

  it('head the list a chip opens in the singular for one item and in the plural for more', () => {
    const en = messagesFor('en');
    expect(en.clusterList(1, 'Jan 10, 2024')).to.equal('1 event, Jan 10, 2024');
    expect(en.clusterList(3, 'Jan 10, 2024')).to.equal('3 events, Jan 10, 2024');
    expect(de.clusterList(1, '10. Jan. 2024')).to.equal('1 Ereignis, 10. Jan. 2024');
    expect(de.clusterList(3, '10. Jan. 2024')).to.equal('3 Ereignisse, 10. Jan. 2024');
  });
});
