/**
 * A tiny keyed DOM patch. A render describes the page as plain objects ({@link h}); {@link patch} brings
 * the live DOM in line with it, reusing every element it can (by `key`, else by position and tag), so
 * what the user did to the page survives a new state from the host: an opened <details>, the focus,
 * the caret in a text field, the scroll position.
 *
 * It compares each description with the *previous description* of the same element, not with the
 * DOM: a property the render did not change (`value`, `checked`, `open`) is left as the user set it.
 *
 * Every string goes in as text or as an attribute value, never as HTML, so nothing a provider sends
 * can become markup; bidi and zero-width characters in text are made visible. About 1 KiB minified.
 */
import { showInvisibles } from '../../core/render/escape';

export type Handler = (event: Event) => void;
export type PropValue = string | number | boolean | undefined | Handler;

export interface Props {
  /** Identifies an element among its siblings across renders (not rendered). */
  key?: string | number;
  [name: string]: PropValue;
}

export interface VNode {
  tag: string;
  key: string | undefined;
  props: Props;
  children: VChild[];
  /** Called with the element once it is in place, after the patch that describes it (see {@link withRef}). */
  ref?: (node: Element) => void;
}
export type VChild = VNode | string;
/** What a render may put among children: false, null and undefined are left out, arrays are flattened. */
export type Child = VChild | false | null | undefined | Child[];

/** Set as DOM properties (they hold what the user typed, ticked or opened), not as attributes. */
const LIVE_PROPS = new Set(['value', 'checked', 'open']);

export function h(tag: string, props: Props = {}, ...children: Child[]): VNode {
  return { tag, key: props.key === undefined ? undefined : String(props.key), props, children: flatten(children) };
}

/** The same description, and `ref` called with its element once the patch has put it in place. */
export function withRef(node: VNode, ref: (node: Element) => void): VNode {
  return { ...node, ref };
}

function flatten(children: Child[], out: VChild[] = []): VChild[] {
  for (const child of children) {
    if (Array.isArray(child)) flatten(child, out);
    else if (child !== false && child !== null && child !== undefined) out.push(child);
  }
  return out;
}

const described = new WeakMap<Node, VNode | string>();
const listeners = new WeakMap<Node, Map<string, Handler | undefined>>();

/** Makes `parent`'s children match `children`, keeping every node that can stay. */
export function patch(parent: Element, children: Child[]): void {
  const doc = parent.ownerDocument;
  const focused = doc.activeElement;
  refs.length = 0;
  patchChildren(parent, flatten(children));
  // A node moved to another place (a reordered keyed list) loses the focus; give it back.
  if (focused && focused !== doc.activeElement && focused.isConnected && 'focus' in focused)
    (focused as HTMLElement).focus({ preventScroll: true });
  // Refs last: every element is in the document by now (a new one can take the focus).
  for (const [ref, node] of refs.splice(0)) ref(node);
}

const refs: [(node: Element) => void, Element][] = [];

function patchChildren(parent: Element, next: VChild[]): void {
  const old = Array.from(parent.childNodes);
  const keyed = new Map<string, Node>();
  const unkeyed: Node[] = [];
  for (const node of old) {
    const was = described.get(node);
    if (typeof was === 'object' && was.key !== undefined) keyed.set(`${was.tag}\u0000${was.key}`, node);
    else unkeyed.push(node);
  }
  let position = 0;
  const targets = next.map((child) => {
    if (typeof child === 'string') {
      const candidate = unkeyed[position++];
      return candidate && candidate.nodeType === 3 ? candidate : undefined;
    }
    if (child.key !== undefined) {
      const found = keyed.get(`${child.tag}\u0000${child.key}`);
      keyed.delete(`${child.tag}\u0000${child.key}`);
      return found;
    }
    const candidate = unkeyed[position++];
    const was = candidate && described.get(candidate);
    return typeof was === 'object' && was.tag === child.tag && was.key === undefined ? candidate : undefined;
  });
  // Drop what is not reused first, so the nodes that stay do not move (a moved node loses its focus and caret).
  const kept = new Set(targets.filter((n): n is Node => n !== undefined));
  for (const node of old) if (!kept.has(node)) parent.removeChild(node);
  next.forEach((child, i) => {
    const node = typeof child === 'string' ? text(parent, targets[i], child) : element(parent, targets[i] as Element | undefined, child);
    const at = parent.childNodes[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
    if (typeof child !== 'string' && child.ref) refs.push([child.ref, node as Element]);
  });
}

function text(parent: Element, node: Node | undefined, value: string): Node {
  const shown = showInvisibles(value);
  if (!node) node = parent.ownerDocument.createTextNode(shown);
  else if (node.nodeValue !== shown) node.nodeValue = shown;
  described.set(node, value);
  return node;
}

function element(parent: Element, existing: Element | undefined, next: VNode): Element {
  const node = existing ?? parent.ownerDocument.createElement(next.tag);
  const was = existing ? (described.get(existing) as VNode) : undefined;
  const before = was?.props ?? {};
  // Children first: a <select>'s value can only be set once its options exist.
  patchChildren(node, next.children);
  for (const name of Object.keys(before)) {
    if (name in next.props || name === 'key') continue;
    if (typeof before[name] === 'function') listeners.get(node)?.set(name.slice(2).toLowerCase(), undefined);
    else if (!LIVE_PROPS.has(name)) node.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(next.props)) {
    if (name === 'key') continue;
    if (typeof value === 'function') listen(node, name.slice(2).toLowerCase(), value);
    else if (LIVE_PROPS.has(name)) {
      // Only a change the render asks for: what the user typed or opened since stays.
      const live = node as unknown as Record<string, unknown>;
      if (value !== undefined && (!was || before[name] !== value) && live[name] !== value) live[name] = value;
    } else if (was && before[name] === value) continue;
    else if (value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  described.set(node, next);
  return node;
}

/** One real listener per event type; it calls whatever handler the latest render gave. */
function listen(node: Element, type: string, handler: Handler): void {
  let map = listeners.get(node);
  if (!map) listeners.set(node, (map = new Map()));
  if (!map.has(type)) node.addEventListener(type, (event) => map.get(type)?.(event));
  map.set(type, handler);
}
