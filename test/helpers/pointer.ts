/** The real mouse: positions in viewport pixels, as `sendMouse` from @web/test-runner-commands takes them. */
import { sendMouse } from '@web/test-runner-commands';
import { animationFrames } from './wait.js';

/** The middle of an element's box, in whole pixels. */
export function center(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** Scrolls an element to the middle of the viewport, lets what is laid out lazily there draw, and gives its middle. */
export async function centerInView(element: Element): Promise<[number, number]> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await animationFrames(2);
  // content laid out on its way into view may have moved it
  element.scrollIntoView({ block: 'center', inline: 'center' });
  return center(element);
}

/** Clicks the middle of an element with the real mouse, once it is scrolled into view. */
export async function clickCenter(element: Element): Promise<void> {
  await sendMouse({ type: 'click', position: await centerInView(element) });
}

/** Drags with the real mouse from one point to another, through their midpoint. */
export async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), to[1]] });
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
}
