import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/lead-multi-select/lead-multi-select.js';
import type { LeadMultiSelect, MultiSelectOption } from '../../src/components/lead-multi-select/lead-multi-select.js';
import { shadowQuery, text } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { center } from '../helpers/pointer.js';
import { animationsFinished } from '../helpers/wait.js';

const owners: MultiSelectOption[] = [
  { id: 'u1', label: 'Nguyễn Văn An' },
  { id: 'u2', label: 'Trần Thị Bình' },
  { id: 'u3', label: 'Đặng Minh Châu' },
  { id: null, label: 'Unassigned' },
];

const many: MultiSelectOption[] = [
  ...owners,
  { id: 'u4', label: 'Lê Văn Dũng' },
  { id: 'u5', label: 'Phạm Thị Em' },
  { id: 'u6', label: 'Hoàng Giang' },
  { id: 'u7', label: 'Vũ Hải' },
  { id: 'u8', label: 'Nguyen Khoa' },
];

async function select(options = owners, lang = 'en') {
  const el = await fixture<LeadMultiSelect>(html`<div>
    <lead-multi-select lang=${lang} label="Salesperson" .options=${options}></lead-multi-select>
    <button id="after">after</button>
  </div>`);
  const multi = el.querySelector('lead-multi-select')!;
  await multi.updateComplete;
  return multi;
}

const trigger = (el: LeadMultiSelect) => shadowQuery<HTMLButtonElement>(el, '[part=control]');
const panel = (el: LeadMultiSelect) => shadowQuery(el, '[part=panel]');
const boxes = (el: LeadMultiSelect) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const search = (el: LeadMultiSelect) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]');
const focused = (el: LeadMultiSelect) => el.shadowRoot!.activeElement;
const labelOf = (box: Element) => box.closest('label')!.textContent!.trim();
const button = (el: LeadMultiSelect, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => text(b) === name)!;

async function open(el: LeadMultiSelect) {
  trigger(el).focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  // the opening animation would otherwise fool axe's contrast check
  await animationsFinished(el);
}

describe('<lead-multi-select>', () => {
  it('is accessible closed and open', async () => {
    const el = await select(many);
    await expect(el).to.be.accessible();
    await open(el);
    expect(panel(el).hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is a disclosure: the button controls the panel, hidden until opened', async () => {
    const el = await select();
    const control = trigger(el);
    expect(control.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.getElementById(control.getAttribute('aria-controls')!)).to.equal(panel(el));
    expect(getComputedStyle(panel(el)).display).to.equal('none');
    await open(el);
    expect(control.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel(el)).position).to.equal('absolute');
    expect(el.shadowRoot!.querySelector('fieldset legend')!.textContent).to.equal('Salesperson');
    expect(boxes(el).map(labelOf)).to.deep.equal(owners.map((o) => o.label));
  });

  it('names the button with the label and the selection: all, the one option, or a count', async () => {
    const el = await select();
    expect(text(trigger(el))).to.equal('Salesperson: All');
    el.value = ['u2'];
    await el.updateComplete;
    expect(text(trigger(el))).to.equal('Salesperson: Trần Thị Bình');
    el.value = [null];
    await el.updateComplete;
    expect(text(trigger(el))).to.equal('Salesperson: Unassigned');
    el.value = ['u1', 'u3', null];
    await el.updateComplete;
    expect(text(trigger(el))).to.equal('Salesperson: 3 selected');
    // the options render only while the panel is open
    expect(boxes(el)).to.deep.equal([]);
    await open(el);
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([true, false, true, true]);
  });

  it('speaks Vietnamese and English', async () => {
    const vi = await select(many, 'vi');
    vi.value = ['u1', 'u2'];
    await vi.updateComplete;
    expect(text(trigger(vi))).to.equal('Salesperson: 2 đã chọn');
    await open(vi);
    expect(search(vi)!.getAttribute('placeholder')).to.equal('Tìm kiếm');
    expect(button(vi, 'Chọn tất cả')).not.to.equal(undefined);
    expect(button(vi, 'Bỏ chọn')).not.to.equal(undefined);
    vi.value = [];
    await vi.updateComplete;
    expect(text(trigger(vi))).to.equal('Salesperson: Tất cả');

    const en = await select(many, 'en');
    expect(text(trigger(en))).to.equal('Salesperson: All');
    await open(en);
    expect(search(en)!.getAttribute('placeholder')).to.equal('Search');
    expect(button(en, 'Select all')).not.to.equal(undefined);
    expect(button(en, 'Clear')).not.to.equal(undefined);
  });

  it('opens with Enter, Space or ArrowDown and focuses the first checkbox of a short list', async () => {
    for (const key of ['Enter', 'Space', 'ArrowDown']) {
      const el = await select();
      const fired = recordEvents(el, 'change');
      trigger(el).focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(panel(el).hidden, key).to.equal(false);
      expect(search(el), key).to.equal(null);
      expect(focused(el), key).to.equal(boxes(el)[0]);
      expect(fired, key).to.have.length(0);
    }
  });

  it('offers a search box, focused on opening, only when there are more options than search-threshold', async () => {
    const el = await select(many);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(search(el)).not.to.equal(null);
    await el.updateComplete;
    expect(focused(el)).to.equal(search(el));
    el.setAttribute('search-threshold', '20');
    await el.updateComplete;
    expect(el.searchThreshold).to.equal(20);
    expect(search(el)).to.equal(null);
    await el.updateComplete;
    expect(panel(el).hidden, 'the panel stays open when the focused search box goes').to.equal(false);
    expect(focused(el)).to.equal(panel(el));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(boxes(el)[0]);
  });

  it('moves between the search box and the checkboxes with the arrow keys', async () => {
    const el = await select(many);
    await open(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(boxes(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(boxes(el)[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(boxes(el)[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(boxes(el)[many.length - 1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(boxes(el)[many.length - 1]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(search(el));
  });

  it('toggles with Space and fires one change with the value in the options order, null included', async () => {
    const el = await select();
    el.value = ['u3'];
    await el.updateComplete;
    const fired = recordEvents(el, 'change');
    await open(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(labelOf(focused(el)!)).to.equal('Unassigned');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fired).to.have.length(1);
    expect(el.value).to.deep.equal(['u3', null]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fired).to.have.length(2);
    expect(el.value).to.deep.equal(['u1', 'u3', null]);
    expect(text(trigger(el))).to.equal('Salesperson: 3 selected');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['u3', null]);
    expect(fired).to.have.length(3);
  });

  it('fires change that bubbles and is not composed, on a click too', async () => {
    const el = await select();
    await open(el);
    const event = oneEvent(el, 'change');
    await sendMouse({ type: 'click', position: center(boxes(el)[1]!.closest('label')!) });
    const fired = await event;
    expect(fired.bubbles).to.equal(true);
    expect(fired.composed).to.equal(false);
    expect(el.value).to.deep.equal(['u2']);
    expect(panel(el).hidden).to.equal(false);
  });

  it('selects all and clears, each with one change', async () => {
    const el = await select();
    const fired = recordEvents(el, 'change');
    await open(el);
    await sendMouse({ type: 'click', position: center(button(el, 'Select all')) });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['u1', 'u2', 'u3', null]);
    expect(boxes(el).every((b) => b.checked)).to.equal(true);
    expect(fired).to.have.length(1);
    await sendMouse({ type: 'click', position: center(button(el, 'Select all')) });
    expect(fired, 'nothing changed, nothing fired').to.have.length(1);
    await sendMouse({ type: 'click', position: center(button(el, 'Clear')) });
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(text(trigger(el))).to.equal('Salesperson: All');
    expect(fired).to.have.length(2);
  });

  it('filters by a case- and diacritic-insensitive search, and says when nothing matches', async () => {
    const el = await select(many);
    await open(el);
    await sendKeys({ type: 'nguyen' });
    await el.updateComplete;
    expect(boxes(el).map(labelOf)).to.deep.equal(['Nguyễn Văn An', 'Nguyen Khoa']);
    expect(text(el.shadowRoot!.querySelector('.status')!)).to.equal('');
    await sendKeys({ press: 'ArrowDown' });
    expect(labelOf(focused(el)!)).to.equal('Nguyễn Văn An');

    search(el)!.focus();
    search(el)!.select();
    await sendKeys({ type: 'DANG' });
    await el.updateComplete;
    expect(boxes(el).map(labelOf)).to.deep.equal(['Đặng Minh Châu']);

    search(el)!.select();
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(boxes(el)).to.have.length(0);
    expect(text(el.shadowRoot!.querySelector('[role=status]')!)).to.equal('No matches');
  });

  it('selects all of the matches only, and clears only them, while searching', async () => {
    const el = await select(many);
    el.value = ['u2'];
    await el.updateComplete;
    await open(el);
    await sendKeys({ type: 'nguyen' });
    await el.updateComplete;
    await sendMouse({ type: 'click', position: center(button(el, 'Select all')) });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['u1', 'u2', 'u8']);
    await sendMouse({ type: 'click', position: center(button(el, 'Clear')) });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['u2']);
  });

  it('closes on Escape, returns focus to the button and fires nothing', async () => {
    const el = await select(many);
    const fired = recordEvents(el, 'change');
    await open(el);
    await sendKeys({ type: 'an' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(true);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(trigger(el));
    expect(fired).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(search(el)!.value, 'the search starts afresh').to.equal('');
    expect(boxes(el)).to.have.length(many.length);
  });

  it('closes on Escape from the button too, and leaves Escape to the page when closed', async () => {
    const el = await select(many);
    let reachedPage = 0;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && reachedPage++;
    document.addEventListener('keydown', onKey);
    try {
      await open(el);
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(el)).to.equal(trigger(el));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panel(el).hidden).to.equal(true);
      expect(reachedPage, 'an Escape that closes the panel stays inside').to.equal(0);
      await sendKeys({ press: 'Escape' });
      expect(reachedPage).to.equal(1);
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('closes when focus leaves it', async () => {
    const el = await select();
    await open(el);
    await sendKeys({ press: 'End' });
    expect(labelOf(focused(el)!)).to.equal('Unassigned');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement!.id).to.equal('after');
    expect(panel(el).hidden).to.equal(true);
  });

  it('closes on a click outside, but not on a click inside the panel', async () => {
    const el = await select();
    await open(el);
    await sendMouse({ type: 'click', position: center(el.shadowRoot!.querySelector('.actions')!) });
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(false);
    const box = panel(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.right + 40), Math.round(box.bottom + 40)] });
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(true);
  });

  it('toggles the panel with a click on the button', async () => {
    const el = await select();
    await sendMouse({ type: 'click', position: center(trigger(el)) });
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(false);
    await sendMouse({ type: 'click', position: center(trigger(el)) });
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(true);
  });

  it('fires nothing when the host sets value or options', async () => {
    const el = await select();
    const fired = recordEvents(el, 'change');
    await open(el);
    el.value = ['u1', null];
    el.options = many;
    await el.updateComplete;
    el.value = [];
    await el.updateComplete;
    expect(fired).to.have.length(0);
  });

  it('keeps selected ids that are not among the options', async () => {
    const el = await select();
    el.value = ['u9'];
    await el.updateComplete;
    expect(text(trigger(el))).to.equal('Salesperson: u9');
    await open(el);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['u1', 'u9']);
  });

  it('reads theme tokens with fallbacks and hides with the hidden attribute', async () => {
    const el = await select();
    expect(getComputedStyle(el).getPropertyValue('--lead-radius'), 'no public token on :host').to.equal('');
    expect(getComputedStyle(trigger(el)).borderTopLeftRadius).to.equal('6px');
    el.style.setProperty('--lead-radius', '3px');
    el.style.setProperty('--lead-surface-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(trigger(el)).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(panel(el)).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('keeps the open panel inside a 320 px wide screen, even from a button at the right edge', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLElement>(html`<div style="display: flex; justify-content: flex-end">
        <lead-multi-select lang="en" label="Salesperson" .options=${many}></lead-multi-select>
      </div>`);
      const el = wrapper.querySelector('lead-multi-select')!;
      await el.updateComplete;
      await open(el);
      const box = panel(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(getComputedStyle(panel(el)).overflowY).to.equal('auto');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
