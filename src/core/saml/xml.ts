/**
 * Parsing untrusted SAML XML. `@xmldom/xmldom` never fetches external entities and expands only the
 * five built-in ones, but it accepts a DOCTYPE: SAML forbids DTDs (SAML Bindings §3.4.4 / §3.5.4 refuse
 * them), so any `<!DOCTYPE` or `<!ENTITY` is refused before parsing, with a message that says why.
 * Size and nesting depth are bounded, and every parser error becomes a `SamlDecodeError`.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { MAX_XML_BYTES, MAX_XML_DEPTH } from './limits';
import { SamlDecodeError } from './errors';

export function parseXml(xml: string): Document {
  if (xml.length > MAX_XML_BYTES) {
    throw new SamlDecodeError(
      'too_large',
      `the XML is ${xml.length} characters; the limit is ${MAX_XML_BYTES} (SAML messages are far smaller)`,
    );
  }
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new SamlDecodeError(
      'dtd_forbidden',
      'the XML declares a DOCTYPE or entities, which SAML forbids: refused unparsed (entity expansion such as "billion laughs" and external entities (XXE) are never processed)',
    );
  }
  checkDepth(xml);
  let document: Document;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new SamlDecodeError('bad_xml', `not well-formed XML: ${oneLine(message)}`);
      },
    });
    document = parser.parseFromString(xml, 'text/xml');
  } catch (error) {
    if (error instanceof SamlDecodeError) throw error;
    throw new SamlDecodeError('bad_xml', `not well-formed XML: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  }
  if (!document.documentElement) throw new SamlDecodeError('bad_xml', 'the XML has no root element');
  return document;
}

/** A quick pass over the tags: deeper than MAX_XML_DEPTH is refused before the DOM is built. */
function checkDepth(xml: string): void {
  let depth = 0;
  let max = 0;
  for (let i = xml.indexOf('<'); i !== -1; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */) {
      const close = xml.indexOf('>', i);
      if (close === -1) return; // the parser reports it
      if (xml.charCodeAt(close - 1) !== 0x2f) depth++;
      if (depth > max) max = depth;
      if (max > MAX_XML_DEPTH) throw new SamlDecodeError('bad_xml', `the XML nests elements more than ${MAX_XML_DEPTH} deep`);
      i = close;
    }
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Child elements of `parent` with this namespace and local name. */
export function children(parent: Element, ns: string | readonly string[], local: string): Element[] {
  const namespaces = typeof ns === 'string' ? [ns] : ns;
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.localName === local && namespaces.includes(element.namespaceURI ?? '')) found.push(element);
    }
  }
  return found;
}

export function child(parent: Element | undefined, ns: string | readonly string[], local: string): Element | undefined {
  return parent ? children(parent, ns, local)[0] : undefined;
}

/** Every descendant element with this namespace and local name, in document order. */
export function descendants(root: Element, ns: string | readonly string[], local: string): Element[] {
  const namespaces = typeof ns === 'string' ? [ns] : ns;
  const found: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element !== root && element.localName === local && namespaces.includes(element.namespaceURI ?? '')) found.push(element);
    const kids: Element[] = [];
    for (let node = element.lastChild; node; node = node.previousSibling) if (node.nodeType === 1) kids.push(node as Element);
    stack.push(...kids);
  }
  return found;
}

export function attr(element: Element | undefined, name: string): string | null {
  if (!element || !element.hasAttribute(name)) return null;
  return element.getAttribute(name);
}

/** Text content, trimmed, or null for no element. */
export function text(element: Element | undefined): string | null {
  if (!element) return null;
  return (element.textContent ?? '').trim();
}

/** Whether an element's value holds a comment or a processing instruction (CVE-2017-11427 style truncation). */
export function hasHiddenNodes(element: Element | undefined): boolean {
  if (!element) return false;
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 7 || node.nodeType === 8) return true;
  return false;
}
