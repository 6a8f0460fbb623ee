/**
 * HTML that carries an error: the page oidc-provider renders when it cannot redirect
 * (`<pre><strong>error</strong>: invalid_redirect_uri</pre>` per field), and the auto-submitting form of
 * `response_mode=form_post` (`<input type="hidden" name="error" value="…">`). Regexes over bounded,
 * non-nested patterns: enough for these machine-written pages.
 */

export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype|html|head|body|form|pre|input|title)\b/i.test(text.slice(0, 4096));
}

/** `<pre><strong>name</strong>: value</pre>` pairs, as oidc-provider's error page renders them. */
export function errorPageFields(html: string): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  const pair = /<strong>\s*([\w.-]{1,64})\s*<\/strong>\s*:\s*([^<]{0,4096})/gi;
  let match: RegExpExecArray | null;
  while ((match = pair.exec(html)) !== null) {
    const name = decodeEntities(match[1]!);
    if (!fields.has(name)) fields.set(name, decodeEntities(match[2]!).trim());
  }
  return fields.has('error') ? fields : undefined;
}

/** Hidden inputs of a form_post response. */
export function formPostFields(html: string): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  // indexOf, not a regex: a page full of unclosed `<input` must not cost quadratic time.
  for (let at = html.indexOf('<input'), count = 0; at !== -1 && count < 500; at = html.indexOf('<input', at + 6), count++) {
    const close = html.indexOf('>', at);
    if (close === -1) break;
    if (close - at > 4096) continue;
    const tag = html.slice(at, close + 1);
    const name = attribute(tag, 'name');
    const value = attribute(tag, 'value');
    if (name !== undefined && value !== undefined && !fields.has(name)) fields.set(name, value);
  }
  return fields.has('error') ? fields : undefined;
}

/** The page's `<title>`, for a human summary. */
export function htmlTitle(html: string): string | undefined {
  const match = /<title>([^<]{0,500})<\/title>/i.exec(html);
  return match ? decodeEntities(match[1]!).trim() : undefined;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
