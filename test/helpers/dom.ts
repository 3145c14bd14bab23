/** Reading rendered elements through their open shadow roots. */

/** Every element under `root`, and under the open shadow roots of the elements there, in document order. */
export function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? deepElements(node.shadowRoot) : [])]);
}
