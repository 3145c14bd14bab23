/** Defines a custom element once: loading the script twice, or two bundles, must not throw. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
