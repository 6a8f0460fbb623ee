/** The parts of a `WWW-Authenticate` challenge a reader needs (RFC 6750 §3, RFC 9449 §7.1). */
export interface Challenge {
  scheme: string | null;
  error?: string;
  errorDescription?: string;
  realm?: string;
  scope?: string;
}

export function parseWwwAuthenticate(value: string): Challenge {
  const text = value.slice(0, 4000);
  const scheme = /^\s*([A-Za-z][\w-]*)/.exec(text)?.[1] ?? null;
  const challenge: Challenge = { scheme };
  const param = /(?<![\w-])([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  let m: RegExpExecArray | null;
  while ((m = param.exec(text)) !== null) {
    const name = m[1]!.toLowerCase();
    const v = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    if (name === 'error') challenge.error = v;
    else if (name === 'error_description') challenge.errorDescription = v;
    else if (name === 'realm') challenge.realm = v;
    else if (name === 'scope') challenge.scope = v;
  }
  return challenge;
}
