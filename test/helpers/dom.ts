/** Reading rendered elements through their open shadow roots. */

/** An element's text with its runs of white space made one space, trimmed ('' for no element). */
export function text(node: Node | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The first element in `host`'s shadow root with the part `name` (among others), or null. */
export function part(host: Element, name: string): HTMLElement | null {
  return host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The first element matching `selector` in `host`'s shadow root; throws when there is none. */
export function shadowQuery<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root of <${host.localName}>`);
  return found;
}

/** Every element under `root`, and under the open shadow roots of the elements there, in document order. */
export function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? deepElements(node.shadowRoot) : [])]);
}
