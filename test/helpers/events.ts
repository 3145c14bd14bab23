/** Recording what an element fires. */

/** The events of the given types that `target` receives from now on, in order (the array fills as they come). */
export function recordEvents<E extends Event = Event>(target: EventTarget, ...types: string[]): E[] {
  const events: E[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event as E));
  return events;
}
