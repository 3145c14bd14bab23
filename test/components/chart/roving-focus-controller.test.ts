import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingFocusController, type Cell } from '../../../src/components/chart/roving-focus-controller.js';

/** A grid of buttons wired to the controller the way the charts wire their marks. */
class RovingTestGrid extends LitElement {
  static override properties = { rows: { attribute: false } };
  declare rows: string[][];
  activated: Cell[] = [];
  moves: [Cell, Cell][] = [];
  escapes = 0;
  escapeHandled = false;
  readonly roving = new RovingFocusController(this, {
    axis: 'grid',
    rows: () => this.rows,
    onActivate: (cell) => this.activated.push(cell),
    onMove: (cell, from) => this.moves.push([cell, from]),
    onEscape: () => {
      this.escapes++;
      return this.escapeHandled;
    },
  });

  constructor() {
    super();
    this.rows = [
      ['a', 'b', 'c'],
      ['b', 'c'],
    ];
  }

  override render() {
    return html`<div role="grid">
      ${this.rows.map(
        (row, r) =>
          html`<div role="row">
            ${row.map(
              (item, k) =>
                html`<button role="gridcell" tabindex=${this.roving.tabindex(k, r)} data-row=${r} data-index=${k}>${item}${r}</button>`,
            )}
          </div>`,
      )}
    </div>`;
  }
}
customElements.define('roving-test-grid', RovingTestGrid);

async function grid() {
  const before = await fixture<HTMLDivElement>(html`<div><button>before</button><roving-test-grid></roving-test-grid></div>`);
  return { before: before.querySelector('button')!, el: before.querySelector<RovingTestGrid>('roving-test-grid')! };
}

const focused = (el: RovingTestGrid) => el.shadowRoot!.activeElement?.textContent;
const stops = (el: RovingTestGrid) =>
  [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.getAttribute('tabindex') === '0').map((b) => b.textContent);

describe('RovingFocusController', () => {
  it('is one tab stop, and moves it and the focus with real keys once the host has rendered', async () => {
    const { before, el } = await grid();
    expect(stops(el)).to.deep.equal(['a0']);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('a0');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('b0');
    expect(stops(el)).to.deep.equal(['b0']);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('b1');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('c1');
    await sendKeys({ press: 'Control+Home' });
    expect(focused(el)).to.equal('a0');
    await sendKeys({ press: 'Control+End' });
    expect(focused(el)).to.equal('c1');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('b1');
    expect(stops(el)).to.deep.equal(['b1']);
    expect(el.moves.at(-1)).to.deep.equal([
      { row: 1, index: 0 },
      { row: 1, index: 1 },
    ]);
    // Tab leaves, Shift+Tab comes back to where the user left
    await sendKeys({ press: 'Shift+Tab' });
    expect(document.activeElement).to.equal(before);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('b1');
  });

  it('keeps the keys it moves nothing with, and those at an edge, from the page or not', async () => {
    const { el } = await grid();
    el.shadowRoot!.querySelector('button')!.focus();
    const prevented: [string, boolean][] = [];
    const listener = (event: KeyboardEvent) => prevented.push([event.key, event.defaultPrevented]);
    window.addEventListener('keydown', listener);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Alt+ArrowRight' });
    await sendKeys({ press: 'PageDown' });
    window.removeEventListener('keydown', listener);
    expect(prevented.filter(([key]) => key !== 'Alt')).to.deep.equal([
      ['ArrowUp', true],
      ['ArrowRight', false],
      ['PageDown', false],
    ]);
    expect(focused(el)).to.equal('a0');
  });

  it('activates the focused item on Enter and Space, once while the key is held', async () => {
    const { el } = await grid();
    el.shadowRoot!.querySelectorAll('button')[4]!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ down: 'Enter' });
    await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    expect(el.activated).to.deep.equal([
      { row: 1, index: 1 },
      { row: 1, index: 1 },
      { row: 1, index: 1 },
    ]);
  });

  it('shows the tooltip of the focused item, and hides it when the focus leaves', async () => {
    const { before, el } = await grid();
    el.shadowRoot!.querySelectorAll('button')[1]!.focus();
    expect(el.roving.tip).to.deep.equal({ row: 0, index: 1 });
    expect(el.roving.active).to.deep.equal({ row: 0, index: 1 });
    await el.updateComplete;
    expect(stops(el)).to.deep.equal(['b0']);
    before.focus();
    expect(el.roving.tip).to.equal(null);
    expect(el.roving.active).to.deep.equal({ row: 0, index: 1 });
  });

  it('dismisses the tooltip on Escape, calls onEscape, and takes the key only when something was dismissed', async () => {
    const { el } = await grid();
    el.shadowRoot!.querySelector('button')!.focus();
    const prevented: boolean[] = [];
    const listener = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
    window.addEventListener('keydown', listener);
    await sendKeys({ press: 'Escape' });
    expect(el.roving.tip).to.equal(null);
    // nothing left to dismiss: the page gets Escape (a dialog around the chart closes)
    await sendKeys({ press: 'Escape' });
    el.escapeHandled = true;
    await sendKeys({ press: 'Escape' });
    window.removeEventListener('keydown', listener);
    expect(prevented).to.deep.equal([true, false, true]);
    expect(el.escapes).to.equal(3);
    expect(focused(el)).to.equal('a0');
  });

  it('keeps the tab stop and the tooltip on the nearest item when items go', async () => {
    const { el } = await grid();
    // the tab stop on the last item, which is hovered
    el.roving.active = { row: 1, index: 1 };
    el.roving.tip = { row: 1, index: 1 };
    await el.updateComplete;
    el.rows = [['a', 'b', 'c'], ['b']];
    await el.updateComplete;
    expect(el.roving.active).to.deep.equal({ row: 1, index: 0 });
    expect(el.roving.tip).to.deep.equal({ row: 1, index: 0 });
    expect(stops(el)).to.deep.equal(['b1']);
    el.rows = [[], ['a', 'b']];
    await el.updateComplete;
    expect(el.roving.active).to.deep.equal({ row: 1, index: 0 });
    el.rows = [];
    await el.updateComplete;
    expect(el.roving.active).to.deep.equal({ row: 0, index: 0 });
    expect(el.roving.tip).to.equal(null);
  });

  it('requests an update for a new tooltip, not for the same one', async () => {
    const { el } = await grid();
    el.roving.tip = { row: 0, index: 1 };
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    el.roving.tip = { row: 0, index: 1 };
    expect(el.isUpdatePending).to.equal(false);
    el.roving.tip = null;
    expect(el.isUpdatePending).to.equal(true);
  });
});
