/**
 * Waiting on the page's event loop and rendering instead of on fixed durations: what a test waits
 * for comes in a known order whatever the speed of the machine.
 */

/** Resolves after `count` animation frames (callbacks of `requestAnimationFrame`, one per frame). */
export async function animationFrames(count = 2): Promise<void> {
  for (let k = 0; k < count; k++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves in a task of its own, after those already queued (a MessageChannel message: no 4 ms clamp as for nested timers). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Two frames, then `updateComplete`: the ResizeObserver (run after a frame's rAF callbacks) has reported, and the element drawn. */
export async function settled(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await animationFrames(2);
  await element.updateComplete;
}
