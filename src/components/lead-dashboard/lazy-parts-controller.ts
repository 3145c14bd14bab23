/**
 * The parts of the dashboard loaded on demand — the trend chart (with d3-brush) and the funnel, and
 * the derivations of their data — so the first render needs only the bundle's main file. They are
 * loaded once there is something to show; the host updates when they are defined.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewParts } from '../../data/derive-view.js';

export class LazyPartsController implements ReactiveController {
  /** The derivations of the loaded views, for deriveView; empty until they are there. */
  parts: ViewParts = {};
  /** While they load: settles when they are defined (`updateComplete` waits for it). */
  pending: Promise<unknown> | undefined;
  private _started = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts loading them, once. */
  load(): void {
    if (this._started) return;
    this._started = true;
    this.pending = Promise.all([
      import('../../data/trend.js'),
      import('../../data/funnel.js'),
      import('../lead-trend-chart/lead-trend-chart.js'),
      import('../lead-funnel/lead-funnel.js'),
    ]).then(([{ trendOf }, { summaryFunnel }]) => {
      this.parts = { trendOf, summaryFunnel };
      this.pending = undefined;
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    // nothing to set up: loading starts with the first data
  }
}
