/**
 * A tiny element builder for the parts of the page that are built once (the profile form): every
 * value goes in as text or an attribute, never as HTML, so nothing a provider sends can become markup.
 * No inline styles: only classes from media/flowTester.css. What changes with the host's state is
 * described with `h` and applied by the keyed patch (../shared/patch.ts) instead.
 */
import { showInvisibles } from '../../core/render/escape';

export type Child = Node | string | false | undefined | null;

export interface Attrs {
  class?: string;
  id?: string;
  onClick?: (event: Event) => void;
  [attribute: string]: string | number | boolean | undefined | ((event: Event) => void);
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'onClick' && typeof value === 'function') node.addEventListener('click', value);
    else if (name === 'class') node.className = String(value);
    else if (typeof value !== 'function') node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    // Provider-sent text is shown as text; bidi and zero-width characters in it are made visible.
    node.append(typeof child === 'string' ? showInvisibles(child) : child);
  }
  return node;
}

export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return el('button', { type: 'button', ...attrs, onClick: () => onClick() }, label);
}
