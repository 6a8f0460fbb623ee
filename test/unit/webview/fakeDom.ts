/**
 * The part of the DOM the keyed patch uses, and nothing more (jsdom is not a dependency): elements
 * with attributes, listeners and the live `value`/`checked`/`open` properties, text nodes, and a
 * document that tracks the focus the way a browser does (a focused node taken out of the tree loses it).
 */
export class FakeNode {
  parentNode: FakeElement | null = null;
  readonly childNodes: FakeNode[] = [];
  constructor(readonly ownerDocument: FakeDocument, readonly nodeType: number) {}

  get isConnected(): boolean {
    return this.ownerDocument.body.contains(this);
  }

  contains(other: FakeNode | null): boolean {
    for (let node = other; node; node = node.parentNode) if (node === this) return true;
    return false;
  }

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
}

export class FakeText extends FakeNode {
  constructor(doc: FakeDocument, public nodeValue: string) {
    super(doc, 3);
  }

  override get textContent(): string {
    return this.nodeValue;
  }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  private readonly handlers = new Map<string, ((event: { type: string; target: FakeElement; currentTarget: FakeElement }) => void)[]>();
  /** Live properties, as the user leaves them. */
  private text = '';
  checked = false;
  open = false;
  selectionStart = 0;
  /** How many times an attribute or a live property was written, to prove a patch left a node alone. */
  writes = 0;

  constructor(doc: FakeDocument, readonly tagName: string) {
    super(doc, 1);
  }

  get value(): string {
    return this.text;
  }

  /** As in a browser: writing the value puts the caret at its end. */
  set value(value: string) {
    this.writes++;
    this.text = value;
    this.selectionStart = value.length;
  }

  /** What a keystroke does: the value changes, the caret is where the user left it, `input` fires. */
  type(value: string, caret = value.length): void {
    this.text = value;
    this.selectionStart = caret;
    this.fire('input');
  }

  setAttribute(name: string, value: string): void {
    this.writes++;
    this.attributes.set(name, value);
  }

  removeAttribute(name: string): void {
    this.writes++;
    this.attributes.delete(name);
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  addEventListener(type: string, handler: (event: { type: string; target: FakeElement; currentTarget: FakeElement }) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  listenerCount(type: string): number {
    return this.handlers.get(type)?.length ?? 0;
  }

  fire(type: string): void {
    for (const handler of this.handlers.get(type) ?? []) handler({ type, target: this, currentTarget: this });
  }

  insertBefore(node: FakeNode, ref: FakeNode | null): FakeNode {
    if (node.parentNode) node.parentNode.removeChild(node);
    const at = ref ? this.childNodes.indexOf(ref) : -1;
    if (at === -1) this.childNodes.push(node);
    else this.childNodes.splice(at, 0, node);
    node.parentNode = this;
    return node;
  }

  appendChild(node: FakeNode): FakeNode {
    return this.insertBefore(node, null);
  }

  removeChild(node: FakeNode): FakeNode {
    const at = this.childNodes.indexOf(node);
    if (at === -1) throw new Error('not a child');
    this.childNodes.splice(at, 1);
    node.parentNode = null;
    // As in a browser: the focus does not stay on a node outside the document.
    if (node.contains(this.ownerDocument.activeElement)) this.ownerDocument.activeElement = this.ownerDocument.body;
    return node;
  }

  focus(): void {
    if (this.isConnected) this.ownerDocument.activeElement = this;
  }

  /** The first descendant element for which `test` holds. */
  find(test: (element: FakeElement) => boolean): FakeElement | undefined {
    for (const child of this.childNodes) {
      if (!(child instanceof FakeElement)) continue;
      if (test(child)) return child;
      const inner = child.find(test);
      if (inner) return inner;
    }
    return undefined;
  }

  findAll(test: (element: FakeElement) => boolean, out: FakeElement[] = []): FakeElement[] {
    for (const child of this.childNodes) {
      if (!(child instanceof FakeElement)) continue;
      if (test(child)) out.push(child);
      child.findAll(test, out);
    }
    return out;
  }
}

export class FakeDocument {
  readonly body: FakeElement;
  activeElement: FakeElement;

  constructor() {
    this.body = new FakeElement(this, 'body');
    this.activeElement = this.body;
  }

  createElement(tag: string): FakeElement {
    return new FakeElement(this, tag);
  }

  createTextNode(text: string): FakeText {
    return new FakeText(this, text);
  }
}

/** A fresh document and a root element attached to its body, typed as the DOM for `patch`. */
export function fakeRoot(): { doc: FakeDocument; root: FakeElement; dom: Element } {
  const doc = new FakeDocument();
  const root = doc.createElement('div');
  doc.body.appendChild(root);
  return { doc, root, dom: root as unknown as Element };
}
