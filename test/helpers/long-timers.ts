/**
 * A fake clock for long timers: while installed, `setTimeout` calls of at least `threshold` ms (the
 * refresh timers) are held instead of scheduled, and `Date.now()` reads a clock the test moves.
 * Shorter timers run as usual, so the page keeps working: Lit, msw, `waitUntil` and mocha's own
 * 10 s timeout, and the 30 s request timeout.
 */

/** A held timer: what it was asked to wait, and when it is due on the fake clock. */
export interface HeldTimer {
  delay: number;
  due: number;
}

/** The controls of an installed fake clock. */
export interface LongTimers {
  /** The timers held and not cleared, oldest first. */
  pending(): HeldTimer[];
  /** Moves the clock forward by `ms` and runs every held timer that is then due. */
  advance(ms: number): void;
  /** Puts the real `setTimeout`, `clearTimeout` and `Date.now` back. */
  restore(): void;
}

/** Installs the fake clock; `restore()` it in a `finally` or an `afterEach`. */
export function installLongTimers(threshold = 50_000): LongTimers {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const realNow = Date.now;
  let now = realNow();
  let next = 1;
  // ids far from the browser's own, so clearTimeout can tell them apart
  const held = new Map<number, HeldTimer & { fire: () => void }>();
  window.setTimeout = ((handler: TimerHandler, ms = 0, ...args: unknown[]) => {
    if (!(ms >= threshold) || typeof handler !== 'function') return realSetTimeout(handler, ms, ...args);
    const id = 1e9 + next++;
    held.set(id, { delay: ms, due: now + ms, fire: () => (handler as (...a: unknown[]) => void)(...args) });
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && held.delete(id)) return;
    realClearTimeout(id);
  }) as typeof clearTimeout;
  Date.now = () => now;
  return {
    pending: () => [...held.values()].map(({ delay, due }) => ({ delay, due })),
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...held]) {
        if (timer.due > now) continue;
        held.delete(id);
        timer.fire();
      }
    },
    restore() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
      Date.now = realNow;
    },
  };
}
