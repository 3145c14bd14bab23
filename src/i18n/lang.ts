import type { Lang } from '../data/types.js';
import { matchLang } from './messages.js';

/**
 * The interface language of an element: its own `lang` when it is vi or en; otherwise the nearest
 * ancestor carrying `lang`, across shadow roots, when that one is vi or en; otherwise `vi`.
 * The element's own language is read from its `lang` property, not the attribute: Lit renders
 * before it reflects a property to its attribute.
 */
export function resolveElementLang(element: HTMLElement): Lang {
  const own = matchLang(element.lang);
  if (own) return own;
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const found = node.closest('[lang]');
    if (found) return matchLang(found.getAttribute('lang')) ?? 'vi';
    node = hostOf(node);
  }
  return 'vi';
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
