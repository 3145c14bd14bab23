import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Refetches every `seconds()` seconds while the page is visible. Hidden pages don't poll (no load on
 * the CRM for a background tab); on becoming visible an overdue refresh runs at once. The next
 * interval starts when a refresh has finished, so slow answers never pile up.
 */
export class RefreshController implements ReactiveController {
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _last = Date.now();
  private _seconds = 0;
  private readonly _onVisibility = () => this._schedule();

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => Promise<unknown>,
    private readonly seconds: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this._onVisibility);
    this._last = Date.now();
    this._schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this._onVisibility);
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  hostUpdated(): void {
    const seconds = this._interval();
    if (seconds !== this._seconds) this._schedule();
  }

  /** Notes that data was just loaded by other means, so the next poll waits a full interval. */
  loaded(): void {
    this._last = Date.now();
    this._schedule();
  }

  private _interval(): number {
    const seconds = this.seconds();
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  }

  private _schedule(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    this._seconds = this._interval();
    if (this._seconds === 0 || document.hidden) return;
    const wait = Math.max(0, this._last + this._seconds * 1000 - Date.now());
    this._timer = setTimeout(() => void this._tick(), wait);
  }

  private async _tick(): Promise<void> {
    this._timer = undefined;
    this._last = Date.now();
    await this.refresh();
    this._last = Date.now();
    this._schedule();
  }
}
