/**
 * Error parameters in URLs and form bodies: the authorization redirect (`?error=…` in the query, or in
 * the fragment for implicit and hybrid flows) and `response_mode=form_post` bodies, with `+` and
 * percent-decoding. URLSearchParams does the decoding: it never throws on a malformed `%` sequence.
 */

const URL_LIMIT = 16 * 1024;
const URL_STOP = /[\s"'<>`]/;

/** Finds a URL (or a bare `?…`/`#…` part) whose query or fragment carries `error=`, and its parameters. */
export function redirectParams(text: string): Map<string, string> | undefined {
  let at = text.indexOf('error=');
  for (let tries = 0; at !== -1 && tries < 50; tries++, at = text.indexOf('error=', at + 6)) {
    if (!/[?#&;]/.test(text[at - 1] ?? '')) continue;
    let start = at;
    while (start > 0 && at - start < URL_LIMIT && !URL_STOP.test(text[start - 1]!)) start--;
    let end = at;
    while (end < text.length && end - at < URL_LIMIT && !URL_STOP.test(text[end]!)) end++;
    const params = urlParams(text.slice(start, end));
    if (params.has('error')) return params;
  }
  return undefined;
}

/** Query and fragment parameters of one URL; the fragment wins, as a browser-side client reads it. */
function urlParams(url: string): Map<string, string> {
  const params = new Map<string, string>();
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const query = question === -1 ? (hash === -1 ? url : '') : beforeHash.slice(question + 1);
  const fragment = hash === -1 ? '' : url.slice(hash + 1);
  for (const [name, value] of new URLSearchParams(query)) if (!params.has(name)) params.set(name, value);
  for (const [name, value] of new URLSearchParams(fragment)) params.set(name, value);
  return params;
}

/** A whole `application/x-www-form-urlencoded` body such as `error=access_denied&state=xyz`. */
export function formParams(text: string): Map<string, string> | undefined {
  const body = text.trim();
  if (!/^[\w.\-~%]+=[^\s&]*(?:&[\w.\-~%]+=[^\s&]*)*$/.test(body)) return undefined;
  const params = new Map(new URLSearchParams(body));
  return params.has('error') ? params : undefined;
}
