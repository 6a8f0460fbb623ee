/**
 * The flow as a reviewer reads it (RFC 6749 §4.1, §10.12; OIDC Core §3.1.2.1, §3.1.3.7; RFC 7636 §4.6;
 * RFC 9700 §2.1, §4.1; Form Post Response Mode; Chrome's SameSite=Lax default). Each check names the
 * entry it is about and says in one line what was seen.
 */
import type { Entry } from 'har-format';
import { isLoopbackHost } from '../loopbackHost';
import { claimsOf, parseCookieHeader } from './tokens';
import { formParams, fragmentParams, header, headersNamed, location, queryParams, responseText, safeUrl } from './read';
import type { HarRole } from './roles';
import type { HarCheck, HarToken } from './types';

export interface CheckOptions {
  /** Tokens in URLs are expected (the user asked about an implicit / hybrid flow). */
  allowImplicit?: boolean;
  clockSkewSeconds?: number;
}

interface Authorize {
  entry: number;
  params: Map<string, string>;
}

interface Callback {
  entry: number;
  params: Map<string, string>;
  mode: 'query' | 'fragment' | 'form_post';
}

export async function flowChecks(entries: Entry[], roles: HarRole[], tokens: HarToken[], options: CheckOptions = {}): Promise<HarCheck[]> {
  const checks: HarCheck[] = [];
  const add = (id: string, ok: boolean, entry: number | null, message: string) => checks.push({ id, ok, entry, message });
  const order = entries
    .map((_, i) => i)
    .sort((a, b) =>
      entries[a]!.startedDateTime < entries[b]!.startedDateTime
        ? -1
        : entries[a]!.startedDateTime > entries[b]!.startedDateTime
          ? 1
          : a - b,
    );

  // PAR: pushed parameters, keyed by the request_uri the provider answered with.
  const pushed = new Map<string, Map<string, string>>();
  for (const i of order) {
    if (roles[i] !== 'authorize' || entries[i]!.request.method.toUpperCase() !== 'POST') continue;
    const uri = /"request_uri"\s*:\s*"([^"]+)"/.exec(responseText(entries[i]!) ?? '')?.[1];
    if (uri) pushed.set(uri, formParams(entries[i]!));
  }
  const authorizes: Authorize[] = [];
  for (const i of order) {
    if (roles[i] !== 'authorize' || entries[i]!.request.method.toUpperCase() === 'POST') continue;
    const q = queryParams(entries[i]!);
    if (!q.has('client_id')) continue;
    const params = q.has('request_uri') && pushed.has(q.get('request_uri')!) ? new Map([...pushed.get(q.get('request_uri')!)!, ...q]) : q;
    if (!params.has('response_type')) continue;
    authorizes.push({ entry: i, params });
  }
  const callbacks: Callback[] = [];
  for (const i of order) {
    const e = entries[i]!;
    if (roles[i] === 'callback') {
      const form = e.request.method.toUpperCase() === 'POST' ? formParams(e) : new Map<string, string>();
      callbacks.push({ entry: i, params: form.size > 0 ? form : queryParams(e), mode: form.size > 0 ? 'form_post' : 'query' });
    }
    const loc = location(e);
    if (loc && loc.includes('#')) {
      const frag = fragmentParams(loc);
      if (frag.has('state') || frag.has('code') || frag.has('access_token') || frag.has('id_token') || frag.has('error'))
        callbacks.push({ entry: i, params: frag, mode: 'fragment' });
    }
  }
  const tokenRequests = order.filter((i) => roles[i] === 'token').map((i) => ({ entry: i, params: formParams(entries[i]!) }));

  // The code each callback delivered, with the authorize request it answers.
  const used = new Map<string, number>();
  for (const t of tokenRequests) {
    if (t.params.get('grant_type') !== 'authorization_code') continue;
    const code = t.params.get('code');
    if (!code) continue;
    const first = used.get(code);
    if (first === undefined) used.set(code, t.entry);
    else
      add(
        'code_once',
        false,
        t.entry,
        `the authorization code is redeemed again (first at entry ${first}): codes are single-use (RFC 6749 §4.1.2), a provider must refuse the second and may revoke the tokens of the first`,
      );
  }

  for (const a of authorizes) {
    const responseType = a.params.get('response_type') ?? '';
    const redirectUri = a.params.get('redirect_uri');
    const position = order.indexOf(a.entry);
    const callback = callbacks.find(
      (c) =>
        (order.indexOf(c.entry) > position || (c.mode === 'fragment' && c.entry === a.entry)) &&
        (!redirectUri || callbackMatches(entries[c.entry]!, c, redirectUri)),
    );
    const state = a.params.get('state');
    if (!state)
      add(
        'state',
        false,
        a.entry,
        'the authorize request sends no state: nothing ties the callback to this browser (CSRF, RFC 6749 §10.12)',
      );
    else if (!callback) add('state', false, a.entry, 'the authorize request sends a state, but no callback for it is in the trace');
    else if (callback.params.get('state') === state)
      add('state', true, callback.entry, 'state round-trips: the callback returns the value the authorize request sent');
    else
      add(
        'state',
        false,
        callback.entry,
        callback.params.has('state')
          ? 'the callback returns a different state than the authorize request sent'
          : 'the callback returns no state although the authorize request sent one',
      );

    if (callback?.params.has('error')) {
      add(
        'callback_error',
        false,
        callback.entry,
        `the provider answered the authorize request with error=${callback.params.get('error')}${callback.params.get('error_description') ? ` (${callback.params.get('error_description')})` : ''}`,
      );
    }

    if (/\bcode\b/.test(responseType)) {
      const challenge = a.params.get('code_challenge');
      const method = a.params.get('code_challenge_method') ?? 'plain';
      if (!challenge)
        add('pkce', false, a.entry, 'no PKCE: the authorize request has no code_challenge (RFC 9700 §2.1.1 wants it for every client)');
      else if (method !== 'S256') add('pkce', false, a.entry, `PKCE uses code_challenge_method=${method}; use S256`);
      else add('pkce', true, a.entry, 'PKCE with S256');
      const code = callback?.params.get('code');
      const exchange = code ? tokenRequests.find((t) => t.params.get('code') === code) : undefined;
      if (exchange) {
        const verifier = exchange.params.get('code_verifier');
        if (challenge && !verifier)
          add(
            'pkce_verifier',
            false,
            exchange.entry,
            'the token request sends no code_verifier although the authorize request had a code_challenge',
          );
        else if (challenge && verifier) {
          const computed = method === 'S256' ? await s256(verifier) : verifier;
          add(
            'pkce_verifier',
            computed === challenge,
            exchange.entry,
            computed === challenge
              ? 'the code_verifier matches the code_challenge'
              : 'the code_verifier does not match the code_challenge of the authorize request (the provider answers invalid_grant)',
          );
        }
        if (redirectUri !== undefined) {
          const sent = exchange.params.get('redirect_uri');
          add(
            'redirect_uri',
            sent === redirectUri,
            exchange.entry,
            sent === redirectUri
              ? "the token request repeats the authorize request's redirect_uri exactly"
              : sent === undefined
                ? 'the token request leaves out redirect_uri, which the authorize request sent (RFC 6749 §4.1.3 requires it)'
                : `the token request's redirect_uri "${sent}" differs from the authorize request's "${redirectUri}"`,
          );
        }
        if (
          !checks.some(
            (c) => c.id === 'code_once' && c.entry !== null && entries[c.entry] && formParams(entries[c.entry]!).get('code') === code,
          )
        ) {
          add('code_once', true, exchange.entry, 'the authorization code is redeemed once');
        }
      }
    }

    const fromCallback = callback?.params.get('id_token');
    const idToken =
      fromCallback && callback
        ? { token: fromCallback, entry: callback.entry }
        : idTokenFromExchange(entries, tokenRequests, callback?.params.get('code'));
    const nonce = a.params.get('nonce');
    if (idToken) {
      const claims = claimsOf(idToken.token);
      const got = claims?.nonce;
      const at = idToken.entry;
      if (nonce === undefined && got === undefined) {
        if (/id_token/.test(responseType))
          add('nonce', false, a.entry, 'the implicit/hybrid authorize request has no nonce (OIDC Core requires one)');
      } else if (got === nonce) add('nonce', true, at, "the ID token's nonce matches the authorize request");
      else
        add(
          'nonce',
          false,
          at,
          got === undefined
            ? 'the ID token carries no nonce although the authorize request sent one'
            : "the ID token's nonce differs from the authorize request's (replayed or mixed-up response)",
        );
    }

    if (callback?.mode === 'form_post') formPostCookies(entries, order, a, callback, add);
  }

  // Plain http to a non-loopback host, carrying tokens.
  const byEntry = new Map<number, HarToken[]>();
  for (const t of tokens) (byEntry.get(t.entry) ?? byEntry.set(t.entry, []).get(t.entry)!).push(t);
  let insecure = 0;
  for (const [i, list] of byEntry) {
    const url = safeUrl(entries[i]!.request.url);
    if (url?.protocol !== 'http:' || isLoopbackHost(url.hostname)) continue;
    const sent = list.filter((t) => t.where.startsWith('request.') || t.where.startsWith('response.body'));
    if (sent.length === 0) continue;
    insecure++;
    add(
      'https',
      false,
      i,
      `tokens travel over plain http to ${url.hostname} (${[...new Set(sent.map((t) => t.where))].join(', ')}): anyone on the network can read them`,
    );
  }
  if (insecure === 0 && tokens.length > 0) add('https', true, null, 'no token travels over plain http to a non-loopback host');

  // Tokens in URLs (implicit / hybrid fragments, access_token in a query).
  let inUrl = 0;
  const implicitAsked = authorizes.some((a) => /\btoken\b|id_token/.test(a.params.get('response_type') ?? ''));
  for (const t of tokens) {
    if (!/^(?:request\.query|response\.location):(?:access_token|id_token|refresh_token|token)$/.test(t.where)) continue;
    if (options.allowImplicit) continue;
    inUrl++;
    add(
      'tokens_in_url',
      false,
      t.entry,
      `a token is in a URL (${t.where}): URLs end up in history, logs and Referer headers${implicitAsked ? '; the authorize request asked for it (implicit/hybrid flow): prefer response_type=code with PKCE' : ''}`,
    );
  }
  if (inUrl === 0 && tokens.length > 0)
    add('tokens_in_url', true, null, options.allowImplicit ? 'tokens in URLs allowed (implicit flow)' : 'no token is put in a URL');

  // Clock skew: the server's Date against the iat / nbf of the tokens it issued.
  const skew = (options.clockSkewSeconds ?? 300) * 1000;
  let skewChecked = 0;
  const skewSeen = new Set<string>();
  for (const t of tokens) {
    if (!t.claims || !/^response\.(?:body|location)/.test(t.where) || skewSeen.has(t.text)) continue;
    skewSeen.add(t.text);
    const date = Date.parse(header(entries[t.entry]!.response.headers, 'date') ?? '');
    if (Number.isNaN(date)) continue;
    for (const name of ['iat', 'nbf'] as const) {
      const value = t.claims[name];
      if (typeof value !== 'number') continue;
      skewChecked++;
      const diff = value * 1000 - date;
      if (Math.abs(diff) > skew)
        add(
          'clock_skew',
          false,
          t.entry,
          `the token's ${name} is ${Math.round(Math.abs(diff) / 1000)} s ${diff > 0 ? 'after' : 'before'} the server's Date header: the issuer's clock is off (or the token is old), and strict validators will reject it`,
        );
    }
  }
  if (skewChecked > 0 && !checks.some((c) => c.id === 'clock_skew'))
    add('clock_skew', true, null, "the iat/nbf of issued tokens agree with the servers' Date headers");
  return checks;
}

function callbackMatches(entry: Entry, callback: Callback, redirectUri: string): boolean {
  if (callback.mode === 'fragment') return (location(entry) ?? '').startsWith(redirectUri);
  const url = entry.request.url;
  return (
    url === redirectUri ||
    url.startsWith(`${redirectUri}?`) ||
    url.startsWith(`${redirectUri}#`) ||
    url.split('?')[0] === redirectUri.split('?')[0]
  );
}

function idTokenFromExchange(
  entries: Entry[],
  tokenRequests: { entry: number; params: Map<string, string> }[],
  code: string | undefined,
): { token: string; entry: number } | undefined {
  if (!code) return undefined;
  const exchange = tokenRequests.find((t) => t.params.get('code') === code);
  if (!exchange) return undefined;
  const body = responseText(entries[exchange.entry]!) ?? '';
  const token = /"id_token"\s*:\s*"([^"]+)"/.exec(body)?.[1];
  return token ? { token, entry: exchange.entry } : undefined;
}

/**
 * A cross-site form_post callback carries no cookie whose SameSite is Lax or Strict (Chrome treats a
 * missing SameSite as Lax): state or nonce cookies the app set before sending the user away are lost.
 */
function formPostCookies(
  entries: Entry[],
  order: number[],
  a: Authorize,
  callback: Callback,
  add: (id: string, ok: boolean, entry: number | null, message: string) => void,
): void {
  const callbackUrl = safeUrl(entries[callback.entry]!.request.url);
  if (!callbackUrl) return;
  const origin = header(entries[callback.entry]!.request.headers, 'origin');
  const authorizeHost = safeUrl(entries[a.entry]!.request.url)?.hostname;
  const crossSite = origin ? safeUrl(origin)?.hostname !== callbackUrl.hostname : authorizeHost !== callbackUrl.hostname;
  if (!crossSite) return;
  const set = new Map<string, string>();
  for (const i of order) {
    if (i === callback.entry) break;
    const e = entries[i]!;
    if (safeUrl(e.request.url)?.hostname !== callbackUrl.hostname) continue;
    for (const raw of headersNamed(e.response.headers, 'set-cookie').flatMap((v) => v.split('\n'))) {
      const [pair, ...attrs] = raw.split(';');
      const name = pair?.split('=')[0]?.trim();
      if (!name) continue;
      const sameSite =
        attrs
          .map((s) => s.trim())
          .find((s) => /^samesite=/i.test(s))
          ?.split('=')[1]
          ?.trim()
          .toLowerCase() ?? 'lax (default)';
      set.set(name, sameSite);
    }
    for (const c of e.response.cookies) {
      const sameSite = (c as { sameSite?: string }).sameSite?.toLowerCase() ?? set.get(c.name) ?? 'lax (default)';
      set.set(c.name, sameSite);
    }
  }
  const sent = new Set([
    ...entries[callback.entry]!.request.cookies.map((c) => c.name),
    ...parseCookieHeader(header(entries[callback.entry]!.request.headers, 'cookie') ?? '').map((c) => c.name),
  ]);
  const lost = [...set].filter(([name, sameSite]) => sameSite !== 'none' && !sent.has(name));
  if (lost.length > 0) {
    add(
      'form_post_cookies',
      false,
      callback.entry,
      `the cross-site form_post callback arrives without the cookies ${lost.map(([n, s]) => `${n} (SameSite=${s})`).join(', ')}: browsers do not send Lax/Strict cookies on a cross-site POST; set SameSite=None; Secure on the cookies the callback needs`,
    );
  } else if (set.size > 0) {
    add('form_post_cookies', true, callback.entry, 'the form_post callback carries the cookies set before the sign-in');
  }
}

async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  const b64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 0x3d /* = */) end--; // (`/=+$/` is quadratic on a long run of `=`)
  return b64.slice(0, end);
}
