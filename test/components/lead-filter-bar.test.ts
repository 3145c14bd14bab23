import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { selectOption, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/lead-filter-bar/lead-filter-bar.js';
import type { FilterChoices, LeadFilterBar } from '../../src/components/lead-filter-bar/lead-filter-bar.js';
import type { LeadMultiSelect } from '../../src/components/lead-multi-select/lead-multi-select.js';
import type { LeadFilterChangeEvent } from '../../src/events/lead-filter-change.js';
import { recordEvents } from '../helpers/events.js';
import { animationsFinished } from '../helpers/wait.js';

async function bar() {
  const el = await fixture<LeadFilterBar>(html`<lead-filter-bar id="bar" lang="en" time-zone="UTC"></lead-filter-bar>`);
  el.value = { owners: ['u1'], range: 'this-month' };
  await el.updateComplete;
  return el;
}

const choices: FilterChoices = {
  owners: [
    { id: 'u1', label: 'Nguyễn Văn An' },
    { id: 'u2', label: 'Trần Thị Bình' },
    { id: null, label: 'Unassigned' },
  ],
  sources: [],
  priorities: [
    { id: 'high', label: 'High' },
    { id: 'low', label: 'Low' },
  ],
  statuses: [
    { id: 'new', label: 'New' },
    { id: 'unknown', label: 'Unknown' },
  ],
};

async function barWithChoices() {
  const el = await bar();
  el.choices = choices;
  await el.updateComplete;
  return el;
}

const multi = (el: LeadFilterBar, name: string) => el.shadowRoot!.querySelector<LeadMultiSelect>(`lead-multi-select[name=${name}]`)!;

/** Opens a multi-select with the keyboard and leaves focus on its first checkbox. */
async function openList(select: LeadMultiSelect) {
  select.shadowRoot!.querySelector<HTMLButtonElement>('[part=control]')!.focus();
  await sendKeys({ press: 'ArrowDown' });
  await select.updateComplete;
  // let the opening animation end, or axe measures contrast mid-fade
  await animationsFinished(select);
}

describe('<lead-filter-bar>', () => {
  it('is accessible', async () => {
    await expect(await bar()).to.be.accessible();
  });

  it('shows the value it is given and fires nothing for it', async () => {
    const el = await bar();
    const fired = recordEvents(el, 'lead-filter-change');
    el.value = { from: '2026-01-01', to: '2026-01-31' };
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name=range]')!;
    expect(select.value).to.equal('custom');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name=from]')!.value).to.equal('2026-01-01');
    expect(fired).to.have.length(0);
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

  it('is accessible with list choices, closed and open', async () => {
    const el = await barWithChoices();
    await expect(el).to.be.accessible();
    await openList(multi(el, 'owners'));
    await expect(el).to.be.accessible();
  });

  it('shows a multi-select per list field with options, in order, named in the language', async () => {
    const el = await barWithChoices();
    const selects = [...el.shadowRoot!.querySelectorAll('lead-multi-select')];
    expect(selects.map((s) => s.getAttribute('name'))).to.deep.equal(['owners', 'priorities', 'statuses']);
    expect(selects.map((s) => s.label)).to.deep.equal(['Salesperson', 'Priority', 'Status']);
    expect(multi(el, 'owners').value).to.deep.equal(['u1']);
    expect(multi(el, 'owners').shadowRoot!.querySelector('[part=control]')!.textContent!.trim()).to.equal('Salesperson: Nguyễn Văn An');
    el.setAttribute('lang', 'vi');
    el.value = { priorities: ['high', 'low'] };
    await el.updateComplete;
    expect(multi(el, 'owners').label).to.equal('Nhân viên');
    await multi(el, 'priorities').updateComplete;
    expect(multi(el, 'priorities').shadowRoot!.querySelector('[part=control]')!.textContent!.trim()).to.equal('Ưu tiên: 2 đã chọn');
  });

  it('shows numeric ids of the value as strings', async () => {
    const el = await barWithChoices();
    el.choices = {
      priorities: [
        { id: '1', label: 'One' },
        { id: '2', label: 'Two' },
      ],
    };
    el.value = { priorities: [2] };
    await el.updateComplete;
    expect(multi(el, 'priorities').value).to.deep.equal(['2']);
  });

  it('fires lead-filter-change with owners when the user picks one, keeping the rest of the filter', async () => {
    const el = await barWithChoices();
    const select = multi(el, 'owners');
    let internal = 0;
    el.addEventListener('change', () => internal++);
    await openList(select);
    await sendKeys({ press: 'End' });
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    await sendKeys({ press: 'Space' });
    const { detail, composed } = await event;
    expect(composed).to.equal(true);
    expect(detail.owners).to.deep.equal(['u1', null]);
    expect(detail.range).to.equal('this-month');
    expect(detail.from).to.match(/^\d{4}-\d{2}-01$/);
    expect(detail).to.include({ groupBy: 'owner', conversionBasis: 'assigned' });
    expect(el.value.owners).to.deep.equal(['u1', null]);
    expect(internal, 'the internal change stays inside').to.equal(0);
  });

  it('removes the key from the filter when the selection is cleared', async () => {
    const el = await barWithChoices();
    await openList(multi(el, 'owners'));
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    await sendKeys({ press: 'Space' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ range: 'this-month', from: detail.from, to: detail.to, groupBy: 'owner', conversionBasis: 'assigned' });
    expect('owners' in detail).to.equal(false);
    expect('owners' in el.value).to.equal(false);
  });

  it('picks statuses, the unknown one included', async () => {
    const el = await barWithChoices();
    await openList(multi(el, 'statuses'));
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    await sendKeys({ press: 'Space' });
    const { detail } = await event;
    expect(detail.statuses).to.deep.equal(['unknown']);
    expect(detail.owners).to.deep.equal(['u1']);
  });

  it('fires nothing when the host sets choices', async () => {
    const el = await bar();
    const fired = recordEvents(el, 'lead-filter-change');
    el.choices = choices;
    await el.updateComplete;
    el.choices = {};
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('lead-multi-select')).to.equal(null);
    expect(fired).to.have.length(0);
  });

  it('wraps its controls without overflowing from 320 px to 1600 px', async () => {
    try {
      for (const width of [320, 768, 1600]) {
        await setViewport({ width, height: 800 });
        const el = await barWithChoices();
        el.value = { owners: ['u1', 'u2', null], priorities: ['high'] };
        await el.updateComplete;
        const form = el.shadowRoot!.querySelector('form')!;
        expect(form.scrollWidth, `${width}px`).to.be.at.most(form.clientWidth);
        for (const control of el.shadowRoot!.querySelectorAll('lead-multi-select, select, input'))
          expect(control.getBoundingClientRect().right, `${width}px`).to.be.at.most(width);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
