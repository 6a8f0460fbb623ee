import { escapeHtml } from './escape';

/**
 * Building webview HTML without an injection hole: a tagged template that escapes every
 * interpolated value unless it is already `SafeHtml` (the result of another `html` call). Arrays are
 * joined. Claim values and error text stay inert. No `vscode` here, so the builders that use it are
 * unit-tested in plain Node.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += toHtml(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function toHtml(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(toHtml).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** Prose that quotes names in backticks (`redirect_uri`, as the catalog and the engine write them): those become code elements, the rest stays escaped text. */
export function codeSpans(text: string): SafeHtml {
  return html`${text.split('`').map((piece, i) => (i % 2 === 1 ? html`<code>${piece}</code>` : piece))}`;
}

/** A `command:` link for webviews created with `enableCommandUris` listing exactly this command. */
export function commandHref(command: string, args?: unknown): string {
  return `command:${command}${args === undefined ? '' : `?${encodeURIComponent(JSON.stringify(args))}`}`;
}
