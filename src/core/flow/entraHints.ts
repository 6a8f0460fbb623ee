/**
 * AuthLens's own advice for the Entra ID errors a loopback flow tester runs into, keyed by AADSTS number.
 * The catalog explains the codes in general; these say what to change in *this* flow.
 */
const HINTS: Record<string, string> = {
  AADSTS9002327:
    'The redirect URI is registered under the "Single-page application" platform, so Entra only redeems the code in a ' +
    'cross-origin (browser) request. Either register this loopback redirect URI under "Mobile and desktop applications", ' +
    'or turn on the Origin header option in AuthLens so the token request looks like it comes from a browser page.',
  AADSTS9002326:
    'AuthLens sent an Origin header, which makes the token request cross-origin, but the redirect URI is not registered ' +
    'as a single-page application. Turn the Origin option off, or register the redirect URI under the SPA platform.',
  AADSTS50011:
    'The redirect URI sent does not match the app registration. Entra accepts any port for http://localhost redirect URIs ' +
    'registered under "Mobile and desktop applications"; for 127.0.0.1 register the exact URI, or set a fixed listener port.',
  AADSTS7000218:
    'The app is treated as confidential: send a client secret, or enable "Allow public client flows" in the app registration ' +
    'when this is meant to be a public (PKCE) client.',
  AADSTS700025: 'The app is a public client, so it must not send a client secret. Switch the client type to public (no secret).',
};

const AADSTS = /\bAADSTS(\d{4,9})\b/g;

/** Every AADSTS code mentioned in a text, e.g. an Entra `error_description`. */
export function aadstsCodes(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set([...text.slice(0, 8192).matchAll(AADSTS)].map((m) => `AADSTS${m[1]}`))];
}

export function entraHint(codes: readonly string[]): string | undefined {
  for (const code of codes) if (HINTS[code]) return HINTS[code];
  return undefined;
}
