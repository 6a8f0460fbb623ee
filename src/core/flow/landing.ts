/**
 * "Where did the browser end up?" The user pastes the URL the browser landed on, or the error text the
 * provider's page shows, and gets it explained: a callback with an error, a callback that went to a
 * redirect URI the listener does not serve, or an error code in free text.
 */
import { oauthErrorDetails } from './flowError';
import type { Explainer, OAuthErrorDetails } from './types';
import type { ErrorEntry } from '../errors/catalog/types';

export interface LandingExplanation {
  kind: 'callback-error' | 'callback-elsewhere' | 'callback' | 'error-text' | 'unknown';
  summary: string;
  oauth?: OAuthErrorDetails;
  /** The codes found, explained from the catalog. */
  explanations: ErrorEntry[];
  /** The pasted URL is a usable callback for this request (same state): the caller may complete the flow with it. */
  usableCallback?: string;
}

// Error codes worth looking up in free text: OAuth/OIDC snake_case codes and AADSTS numbers.
// The whole match is the code (the \b anchors are zero-width), so callers read m[0].
const CODE_IN_TEXT =
  /\b(AADSTS\d{4,9}|invalid_[a-z_]{3,40}|unauthorized_client|access_denied|unsupported_[a-z_]{3,40}|interaction_required|login_required|consent_required|server_error|temporarily_unavailable)\b/g;

export async function explainLanding(
  text: string,
  expected: { redirectUri?: string; state?: string },
  explain: Explainer,
): Promise<LandingExplanation> {
  const input = text.trim().slice(0, 16 * 1024);
  const lookUp = async (codes: string[]) => {
    const found: ErrorEntry[] = [];
    for (const code of codes) {
      try {
        const entry = await explain(code);
        if (entry && !found.includes(entry)) found.push(entry);
      } catch {
        // keep going with the others
      }
    }
    return found;
  };
  let url: URL | undefined;
  try {
    if (/^https?:\/\//i.test(input)) url = new URL(input);
  } catch {
    url = undefined;
  }
  if (url) {
    const params = new URLSearchParams(url.search);
    if (url.hash.length > 1) for (const [k, v] of new URLSearchParams(url.hash.slice(1))) params.append(k, v);
    const details = oauthErrorDetails(params);
    const target = `${url.origin}${url.pathname}`;
    const servedHere = expected.redirectUri !== undefined && target === expected.redirectUri;
    if (details) {
      const codes = [details.error, ...[...(details.error_description ?? '').matchAll(CODE_IN_TEXT)].map((m) => m[0])];
      return {
        kind: 'callback-error',
        oauth: details,
        explanations: await lookUp([...new Set(codes)]),
        summary:
          `The provider sent the browser back with error ${details.error}${details.error_description ? `: ${details.error_description}` : ''}.` +
          (servedHere ? '' : ` It went to ${target}, not to ${expected.redirectUri ?? 'the listener'}, so AuthLens never saw it.`),
      };
    }
    if (params.has('code')) {
      if (!servedHere) {
        return {
          kind: 'callback-elsewhere',
          explanations: [],
          summary: `The browser went to ${target} with a code, but AuthLens listens on ${expected.redirectUri ?? 'another address'}: the redirect_uri in the request (or the one registered at the provider) points elsewhere. Set redirect_uri to the listener's address.`,
        };
      }
      const sameState = expected.state === undefined || params.get('state') === expected.state;
      return {
        kind: 'callback',
        explanations: [],
        summary: sameState
          ? 'This is the callback for this request; AuthLens can finish the flow with it.'
          : 'This callback carries another state: it belongs to an older or different request.',
        ...(sameState ? { usableCallback: url.href } : {}),
      };
    }
    return {
      kind: 'unknown',
      explanations: [],
      summary: `${target} is a page of the provider, not a callback: the sign-in has not finished there yet (or it shows an error on the page; paste that text).`,
    };
  }
  const codes = [...new Set([...input.matchAll(CODE_IN_TEXT)].map((m) => m[0]))].slice(0, 5);
  if (codes.length) {
    const explanations = await lookUp(codes);
    return {
      kind: 'error-text',
      explanations,
      summary: `The page names ${codes.join(', ')}.${codes.includes('invalid_redirect_uri') || /redirect/i.test(input) ? ` The redirect URI does not match what is registered: AuthLens listens on ${expected.redirectUri ?? 'its loopback address'}.` : ''}`,
    };
  }
  return {
    kind: 'unknown',
    explanations: [],
    summary: 'No error code or callback URL found in that text. Paste the whole address bar, or the error message as the page shows it.',
  };
}
