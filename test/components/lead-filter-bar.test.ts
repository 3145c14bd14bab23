import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { selectOption } from '@web/test-runner-commands';
import '../../src/components/lead-filter-bar/lead-filter-bar.js';
import type { LeadFilterBar } from '../../src/components/lead-filter-bar/lead-filter-bar.js';
import type { LeadFilterChangeEvent } from '../../src/events/lead-filter-change.js';

async function bar() {
  const el = await fixture<LeadFilterBar>(html`<lead-filter-bar id="bar" lang="en" time-zone="UTC"></lead-filter-bar>`);
  el.value = { owners: ['u1'], range: 'this-month' };
  await el.updateComplete;
  return el;
}

describe('<lead-filter-bar>', () => {
  it('is accessible', async () => {
    await expect(await bar()).to.be.accessible();
  });

  it('shows the value it is given and fires nothing for it', async () => {
    const el = await bar();
    let fired = 0;
    el.addEventListener('lead-filter-change', () => fired++);
    el.value = { from: '2026-01-01', to: '2026-01-31' };
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name=range]')!;
    expect(select.value).to.equal('custom');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name=from]')!.value).to.equal('2026-01-01');
    expect(fired).to.equal(0);
  });

  it('fires lead-filter-change with the preset resolved to dates, keeping list filters', async () => {
    const el = await bar();
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    await selectOption({ selector: '#bar select[name=range]', value: 'all' } as never);
    const { detail } = await event;
    expect(detail).to.deep.equal({ owners: ['u1'], range: 'all', from: null, to: null, groupBy: 'owner', conversionBasis: 'assigned' });
  });

  it('fires a custom range when the user types a date', async () => {
    const el = await bar();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=from]')!;
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    input.focus();
    input.value = '2026-02-03';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const { detail } = await event;
    expect(detail).to.deep.equal({ owners: ['u1'], from: '2026-02-03', to: null, groupBy: 'owner', conversionBasis: 'assigned' });
  });

  it('offers declared dimensions to group by, and the conversion bases', async () => {
    const el = await bar();
    el.dimensions = [{ key: 'tinhTrang', label: 'Tình trạng' }];
    await el.updateComplete;
    const groupOptions = [...el.shadowRoot!.querySelectorAll('select[name=groupBy] option')].map((o) => o.textContent);
    expect(groupOptions).to.deep.equal(['Salesperson', 'Source', 'Priority', 'Processing step', 'Tình trạng']);
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    await selectOption({ selector: '#bar select[name=conversionBasis]', value: 'closed' } as never);
    expect((await event).detail.conversionBasis).to.equal('closed');
  });
});
