/**
 * A tiny element builder: every value goes in as text or an attribute, never as HTML, so nothing a
 * provider sends can become markup. No inline styles: only classes from media/flowTester.css.
 */
import { showInvisibles } from '../../core/render/escape';

export type Child = Node | string | false | undefined | null;

export interface Attrs {
  class?: string;
  id?: string;
  /** Restores focus to the same control after a re-render. */
  focusKey?: string;
  onClick?: (event: Event) => void;
  [attribute: string]: string | number | boolean | undefined | ((event: Event) => void);
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'onClick' && typeof value === 'function') node.addEventListener('click', value);
    else if (name === 'focusKey') node.dataset.focusKey = String(value);
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

/** Remembers which control had focus, so a re-render does not throw the keyboard user back to the top. */
export function preserveFocus(render: () => void): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active?.dataset?.focusKey;
  render();
  if (!key) return;
  const again = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  if (again && again !== document.activeElement) again.focus();
}

/** Text where `backticked` parts (as the engine writes names and values) become <code>. */
export function richText(text: string): Node[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? el('code', {}, part) : document.createTextNode(part)));
}
