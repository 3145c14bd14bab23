/**
 * The first paint of a large summary, in steps: the KPIs, then the status chart, then the other
 * charts, then the table, each a frame after the last, so no single frame lays out the whole
 * dashboard. It applies to the first summary only: every later one updates what is on screen in
 * place, at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterFrame } from '../after-frame.js';

/** What is drawn at each step; {@link RevealController.step} is one of them. */
export const REVEAL = { kpis: 1, statusChart: 2, charts: 3, all: 4 } as const;

/** A first summary of more groups than this is drawn in steps. */
export const REVEAL_GROUPS = 20;

export class RevealController implements ReactiveController {
  /** How much is drawn: a {@link REVEAL} value. */
  step: number = REVEAL.all;
  /** Settles when everything is drawn (`updateComplete` waits for it). */
  done: Promise<void> | undefined;
  private _first = true;
  private _cancel: (() => void) | undefined;
  private _resolve: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Called with each summary about to be drawn: the first one with many groups starts the steps. */
  begin(groups: number): void {
    if (!this._first) return;
    this._first = false;
    if (groups <= REVEAL_GROUPS || !this.host.isConnected) return;
    this.step = REVEAL.kpis;
    this.done = new Promise((resolve) => (this._resolve = resolve));
  }

  hostUpdated(): void {
    if (this.step >= REVEAL.all || this._cancel) return;
    this._cancel = afterFrame(() => {
      this._cancel = undefined;
      this.step++;
      if (this.step >= REVEAL.all) this._finish();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this._cancel?.();
    this._cancel = undefined;
    if (this.step < REVEAL.all) this._finish();
  }

  private _finish(): void {
    this.step = REVEAL.all;
    this._resolve?.();
    this._resolve = this.done = undefined;
  }
}
