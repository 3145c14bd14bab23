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

/** Drawn at its real size: updated, two frames (its ResizeObserver reports after a frame's rAF callbacks), updated again. */
export async function settled(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await animationFrames(2);
  await element.updateComplete;
}

/** Resolves when the animations running in an element's shadow root (an opening panel, say) have finished. */
export async function animationsFinished(element: Element): Promise<void> {
  await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished));
}
