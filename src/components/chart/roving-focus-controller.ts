import type { ReactiveController, ReactiveElement } from 'lit';
import { clampCell, rovingMove, type Cell, type RovingAxis, type RovingRows } from './roving-keys.js';

export type { Cell, RovingAxis };

/** What a chart tells its {@link RovingFocusController}. */
export interface RovingFocusOptions {
  /** How the items are laid out (see `roving-keys.ts`). */
  axis: RovingAxis;
  /** The items, row by row, each row listing its items' column keys; read on every update and key. */
  rows(): RovingRows;
  /** Enter or Space on an item; not repeated while the key is held. */
  onActivate?(cell: Cell, event: KeyboardEvent): void;
  /** A key moved the active item from `from` to `cell` (maybe the same, at an edge), before it takes the focus. */
  onMove?(cell: Cell, from: Cell, event: KeyboardEvent): void;
  /** Escape, after the tooltip was dismissed; returns true when it dismissed something itself. */
  onEscape?(event: KeyboardEvent): boolean;
}

const EVENTS = ['focusin', 'focusout', 'keydown'];

const same = (a: Cell | null, b: Cell | null) => a === b || (!!a && !!b && a.row === b.row && a.index === b.index);

/**
 * The one tab stop of a chart's items (a roving tabindex), the keys that move it, activate an item
 * or dismiss the tooltip, and which item shows the tooltip. Items carry `data-index` (their index
 * in the row), in a grid `data-row`, and `tabindex=${controller.tabindex(index, row)}`. The
 * controller listens on the host, never on an SVG element: in Chromium an SVG element with a focus
 * listener becomes a tab stop of its own. The movement itself is the pure `rovingMove`.
 */
export class RovingFocusController implements ReactiveController {
  /** The item holding the tab stop. */
  active: Cell = { row: 0, index: 0 };
  private _tip: Cell | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The item whose tooltip shows (hovered or focused), or `null`. */
  get tip(): Cell | null {
    return this._tip;
  }

  set tip(cell: Cell | null) {
    if (same(cell, this._tip)) return;
    this._tip = cell;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    for (const type of EVENTS) this.host.addEventListener(type, this);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) this.host.removeEventListener(type, this);
  }

  /** Items come and go with the data: the tab stop and the tooltip stay on the nearest one. */
  hostUpdate(): void {
    const rows = this.options.rows();
    this.active = clampCell(rows, this.active) ?? { row: 0, index: 0 };
    if (this._tip) this._tip = clampCell(rows, this._tip);
  }

  /** The `tabindex` of an item: 0 for the one holding the tab stop, -1 for the others. */
  tabindex(index: number, row = 0): 0 | -1 {
    return index === this.active.index && row === this.active.row ? 0 : -1;
  }

  /**
   * The host's `focusin`, `focusout` and `keydown` (the controller is their listener object): the
   * focused item takes the tab stop and shows its tooltip, which goes with the focus; arrows, Home
   * and End move, Enter and Space activate, Escape dismisses.
   */
  async handleEvent(event: Event): Promise<void> {
    const from = cellOf(event);
    if (event.type === 'focusout') this.tip = null;
    if (!from || event.type === 'focusout') return;
    if (event.type === 'focusin') {
      if (!same(from, this.active)) this.host.requestUpdate();
      this.active = this.tip = from;
      return;
    }
    const key = event as KeyboardEvent;
    if (key.key === 'Enter' || key.key === ' ') {
      key.preventDefault();
      if (!key.repeat) this.options.onActivate?.(from, key);
      return;
    }
    if (key.key === 'Escape') {
      const shown = this._tip !== null;
      this.tip = null;
      if (this.options.onEscape?.(key) || shown) key.preventDefault();
      return;
    }
    const next = rovingMove(this.options.rows(), from, key, this.options.axis);
    if (!next) return;
    key.preventDefault();
    this.options.onMove?.(next, from, key);
    this.active = this.tip = next;
    this.host.requestUpdate();
    // focus the item once it holds the tab stop
    await this.host.updateComplete;
    const row = this.options.axis === 'grid' ? `[data-row="${next.row}"]` : '';
    this.host.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-index="${next.index}"]${row}`)?.focus();
  }
}

/** The cell named by the `data-row` and `data-index` of an event's target inside the shadow root, or `null` for anything else. */
function cellOf(event: Event): Cell | null {
  const data = (event.composedPath()[0] as Partial<HTMLOrSVGElement> | undefined)?.dataset;
  return data?.index === undefined ? null : { row: Number(data.row ?? 0), index: Number(data.index) };
}
