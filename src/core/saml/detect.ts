/**
 * Finds SAML messages in any text, for `scan` and the hover: a `SAMLRequest=`/`SAMLResponse=` value (URLs,
 * form bodies, logs; POST or Redirect binding), or a bare base64 value whose XML starts with a SAML
 * element. One regex pass over rare anchors; each hit costs a bounded look. Does not decode the message
 * (inflating is async): `decodeSaml` does that when the user asks.
 */
import { SAML_ENCODED_MAX } from './detectLimits';

export interface SamlMatch {
  kind: 'saml';
  /** Where the value came from: its parameter, or a bare base64 value. */
  parameter: 'SAMLRequest' | 'SAMLResponse' | null;
  start: number;
  end: number;
  /** The encoded value alone (no parameter name). */
  text: string;
}

// base64 of `<samlp:`, `<saml2p:`, `<saml:`, `<saml2:` (any next letter), and `<?xml ` (confirmed below).
const ANCHORS = /SAML(?:Request|Response)=|PHNhbWxwO|PHNhbWwycD|PHNhbWw6|PHNhbWwyO|PD94bWwg/g;
const B64 = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=') B64[ch.charCodeAt(0)] = 1;
const PARAM_VALUE = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=%_-.~') PARAM_VALUE[ch.charCodeAt(0)] = 1;

export function findSaml(text: string): SamlMatch[] {
  const found: SamlMatch[] = [];
  ANCHORS.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = ANCHORS.exec(text)) !== null) {
    const anchor = hit[0];
    if (anchor.endsWith('=')) {
      const start = hit.index + anchor.length;
      const end = run(text, start, PARAM_VALUE);
      ANCHORS.lastIndex = end;
      if (end - start >= 20)
        found.push({ kind: 'saml', parameter: anchor.slice(0, -1) as SamlMatch['parameter'], start, end, text: text.slice(start, end) });
      continue;
    }
    const start = hit.index;
    if (start > 0 && B64[text.charCodeAt(start - 1)] === 1) continue; // inside a longer base64 run
    const end = run(text, start, B64);
    ANCHORS.lastIndex = end;
    if (end - start < 40) continue;
    if (anchor === 'PD94bWwg' && !mentionsSaml(text.slice(start, Math.min(end, start + 1400)))) continue;
    found.push({ kind: 'saml', parameter: null, start, end, text: text.slice(start, end) });
  }
  return found;
}

/** The same runs as the tables, searched natively: a base64 value of several MB is one regex step, not a loop in JS. */
const B64_RUN = /[A-Za-z0-9+/=]*/y;
const PARAM_VALUE_RUN = /[\w+/=%.~-]*/y;

/** Where the run of `table`'s characters from `from` ends, at most SAML_ENCODED_MAX characters on. */
function run(text: string, from: number, table: Uint8Array): number {
  if (text.length - from <= SAML_ENCODED_MAX) {
    const pattern = table === B64 ? B64_RUN : PARAM_VALUE_RUN;
    pattern.lastIndex = from;
    pattern.test(text);
    return pattern.lastIndex;
  }
  let end = from;
  const limit = Math.min(text.length, from + SAML_ENCODED_MAX);
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (c >= 128 || table[c] !== 1) break;
    end++;
  }
  return end;
}

function mentionsSaml(b64: string): boolean {
  try {
    return atob(b64.slice(0, b64.length - (b64.length % 4))).includes('urn:oasis:names:tc:SAML:');
  } catch {
    return false;
  }
}
