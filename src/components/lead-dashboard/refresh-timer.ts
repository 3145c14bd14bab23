/**
 * The refetch timer of `refresh-interval`: every interval while the page is visible. A hidden page
 * does not poll (no load on the CRM for a background tab); on becoming visible an overdue refetch
 * runs at once. The next interval starts when a refetch is done, so slow answers never pile up.
 * An interval longer than a browser timer can wait (2^31 − 1 ms, about 24.8 days) is waited for
 * in steps: one longer delay would overflow and fire at once, in a loop.
 */

/** The longest delay `setTimeout` honours. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

/** What the timer reads time with: the page's clock by default, a fake one in tests. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const pageClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export class RefreshTimer {
  private _timer: unknown;
  private _last = 0;
  private _seconds = 0;
  private _running = false;
  private readonly _onVisibility = () => this._schedule();

  constructor(
    /** Refetches; the next interval starts when it settles. */
    private readonly refresh: () => Promise<unknown>,
    private readonly clock: Clock = pageClock,
  ) {}

  /** Starts (or restarts) with an interval in seconds; 0, negative or not finite stops it. */
  start(seconds: number): void {
    if (!this._running) {
      this._running = true;
      this._last = this.clock.now();
      document.addEventListener('visibilitychange', this._onVisibility);
    }
    this._seconds = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
    this._schedule();
  }

  /** Follows a new interval (call on every update; a same value changes nothing). */
  setInterval(seconds: number): void {
    const next = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
    if (this._running && next !== this._seconds) this.start(next);
  }

  /** Data was just loaded by other means: the next refetch waits a full interval. */
  loaded(): void {
    this._last = this.clock.now();
    if (this._running) this._schedule();
  }

  /** Stops for good until the next `start`: no timer, no listener, and a refetch in flight schedules nothing. */
  stop(): void {
    this._running = false;
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._clear();
  }

  private _clear(): void {
    if (this._timer !== undefined) this.clock.clearTimeout(this._timer);
    this._timer = undefined;
  }

  private _schedule(): void {
    this._clear();
    if (!this._running || this._seconds === 0 || document.hidden) return;
    const wait = Math.max(0, this._last + this._seconds * 1000 - this.clock.now());
    this._timer = this.clock.setTimeout(
      () => {
        this._timer = undefined;
        // a step of a long interval: not due yet
        if (wait > MAX_TIMER_DELAY) return this._schedule();
        void this._tick();
      },
      Math.min(wait, MAX_TIMER_DELAY),
    );
  }

  private async _tick(): Promise<void> {
    this._last = this.clock.now();
    await this.refresh();
    this._last = this.clock.now();
    this._schedule();
  }
}
