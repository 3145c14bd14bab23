/**
 * The count cells of a table row — one per status, then the total — as one directive. A table of
 * 200 groups rewrites some 1,600 of them for every new summary; as Lit parts each cell cost four
 * bindings to evaluate (its text, tab index, row and column), which took several times longer than
 * writing the texts. The directive keeps the cells and their text nodes and writes only what
 * changed: a text, the one tab stop, the row index. Cells carry `data-row` and `data-index`, as the
 * roving focus controller and the table's click handler expect.
 */
import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

class CountCells extends Directive {
  private _cells: HTMLTableCellElement[] = [];
  private _nodes: Text[] = [];
  private _texts: string[] = [];
  private _active = -1;
  private _row = -1;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('countCells() is a child directive');
  }

  /** `texts`: each status cell's text, then the total's; `row`: the row's index; `active`: the column holding the tab stop in this row, or -1. */
  render(texts: readonly string[], row: number, active: number): unknown {
    void texts;
    void row;
    void active;
    return noChange;
  }

  override update(part: ChildPart, [texts, row, active]: [readonly string[], number, number]): unknown {
    if (this._cells.length !== texts.length) this._build(part, texts.length);
    const cells = this._cells;
    for (let k = 0; k < texts.length; k++) {
      const text = texts[k]!;
      if (this._texts[k] !== text) this._nodes[k]!.data = this._texts[k] = text;
    }
    if (active !== this._active) {
      cells[this._active]?.setAttribute('tabindex', '-1');
      cells[active]?.setAttribute('tabindex', '0');
      this._active = active;
    }
    if (row !== this._row) {
      const value = String(row);
      for (const cell of cells) cell.dataset.row = value;
      this._row = row;
    }
    return noChange;
  }

  /** Makes `count` cells in the part (the last one the total), replacing any it had. */
  private _build(part: ChildPart, count: number): void {
    for (const cell of this._cells) cell.remove();
    // the part's own markers: on a first render they are still in the template's fragment
    const start = part.startNode!;
    const parent = start.parentNode!;
    const before = part.endNode;
    const document = start.ownerDocument ?? globalThis.document;
    this._cells = [];
    this._nodes = [];
    this._texts = [];
    for (let k = 0; k < count; k++) {
      const cell = document.createElement('td');
      cell.className = k === count - 1 ? 'total' : 'count';
      cell.tabIndex = -1;
      cell.dataset.index = String(k);
      const node = document.createTextNode('');
      cell.append(node);
      parent.insertBefore(cell, before);
      this._cells.push(cell);
      this._nodes.push(node);
      this._texts.push('');
    }
    this._active = this._row = -1;
  }
}

/** The count cells of a row (see the module documentation). */
export const countCells = directive(CountCells);
