import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of its host with a ResizeObserver. A resize schedules one update (Lit
 * batches updates per microtask, and the observer fires at most once per frame), and widths are
 * rounded so sub-pixel jitter cannot feed a layout loop.
 */
export class WidthController implements ReactiveController {
  /** The last observed content width in CSS pixels; a sensible default until the first observation. */
  width = 600;
  private _observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this._observer.observe(this.host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
