/**
 * GitHub OAuth app and GitHub App user-authorization errors: the authorize redirect, the code-for-token
 * exchange and the device flow. GitHub answers the token endpoint with HTTP 200 and an `error` field,
 * JSON or form-encoded depending on the `Accept` header, with a relative `error_uri`.
 */

import type { ErrorEntry, ErrorLink } from './types';

type GitHubDraft = Omit<ErrorEntry, 'family' | 'name'>;

function github(draft: GitHubDraft): ErrorEntry {
  return { family: 'github', name: draft.code, ...draft };
}

const DOCS = 'https://docs.github.com/en/apps/oauth-apps';

function authorizeErrors(anchor: string): ErrorLink {
  return {
    title: 'GitHub Docs: troubleshooting authorization request errors',
    url: `${DOCS}/maintaining-oauth-apps/troubleshooting-authorization-request-errors#${anchor}`,
  };
}

function tokenErrors(anchor: string): ErrorLink {
  return {
    title: 'GitHub Docs: troubleshooting OAuth app access token request errors',
    url: `${DOCS}/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors#${anchor}`,
  };
}

const DEVICE_FLOW_ERRORS: ErrorLink = {
  title: 'GitHub Docs: error codes for the device flow',
  url: `${DOCS}/building-oauth-apps/authorizing-oauth-apps#error-codes-for-the-device-flow`,
};
const REFRESH_TOKENS: ErrorLink = {
  title: 'GitHub Docs: refreshing user access tokens',
  url: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens',
};

export const githubErrors: readonly ErrorEntry[] = [
  github({
    code: 'application_suspended',
    summary: 'The OAuth app has been suspended, so GitHub will not authorize it.',
    causes: ['The app\'s owner or GitHub suspended it (abuse report, policy violation, owner action).'],
    fixes: ['The app owner must resolve the suspension in the app\'s settings or with GitHub Support.'],
    links: [authorizeErrors('application-suspended')],
  }),
  github({
    code: 'redirect_uri_mismatch',
    summary: 'The `redirect_uri` does not match the app\'s callback URL (it must be the callback URL or a subdirectory of it, same host and port).',
    causes: [
      'A different host, port or scheme than the registered Authorization callback URL.',
      'A path that is not under the registered callback path.',
      'Token exchange: the `redirect_uri` differs from the one used at /login/oauth/authorize.',
    ],
    fixes: [
      'Set the Authorization callback URL in the app settings to match, or send a `redirect_uri` under it.',
      'Send the same `redirect_uri` (or none) in both legs.',
    ],
    links: [authorizeErrors('redirect-uri-mismatch'), tokenErrors('redirect-uri-mismatch')],
    contexts: [
      { where: 'authorize redirect', meaning: 'The redirect URI is not the callback URL or below it.' },
      { where: 'token endpoint', meaning: 'The redirect URI does not match the one from the authorization request.' },
    ],
  }),
  github({
    code: 'access_denied',
    summary: 'The user declined to authorize the app.',
    causes: ['The user clicked Cancel on the authorize page, or on the device activation page.'],
    fixes: ['Show a "cancelled" message; do not retry without the user asking.'],
    links: [authorizeErrors('access-denied'), DEVICE_FLOW_ERRORS],
    contexts: [
      { where: 'authorize redirect', meaning: 'The user cancelled on the authorize page.' },
      { where: 'device flow polling', meaning: 'The user cancelled the device authorization; stop polling.' },
    ],
  }),
  github({
    code: 'incorrect_client_credentials',
    summary: 'The `client_id` or `client_secret` is wrong.',
    causes: [
      'A secret from another app, a regenerated secret, or whitespace copied with it.',
      'The client id of a GitHub App mixed with an OAuth app\'s secret, or the reverse.',
      'Device flow: the `client_id` is wrong.',
    ],
    fixes: ['Copy the client id again and generate a new client secret in the app settings if needed.'],
    links: [tokenErrors('incorrect-client-credentials'), DEVICE_FLOW_ERRORS],
    contexts: [
      { where: 'token endpoint (code exchange)', meaning: 'The client id or secret is wrong.' },
      { where: 'device flow', meaning: 'The client id is wrong.' },
    ],
  }),
  github({
    code: 'bad_verification_code',
    summary: 'The `code` given to the token endpoint is wrong, expired, or already used.',
    causes: [
      'The code was exchanged twice (double callback, page reload).',
      'More than 10 minutes passed between the redirect and the exchange.',
      'The code belongs to another app.',
    ],
    fixes: ['Start the authorization again and exchange the new code once, right away.'],
    links: [tokenErrors('bad-verification-code')],
  }),
  github({
    code: 'unverified_user_email',
    summary: 'The user\'s primary email address is not verified, so GitHub will not issue a token.',
    causes: ['The user has not confirmed their primary email on GitHub.'],
    fixes: ['Ask the user to verify their primary email in GitHub settings, then retry.'],
    links: [tokenErrors('unverified-user-email')],
  }),
  github({
    code: 'authorization_pending',
    summary: 'Device flow: the user has not entered the code yet. Keep polling at the given interval.',
    causes: ['The user has not finished at github.com/login/device.'],
    fixes: ['Wait `interval` seconds and poll again; stop at `expires_in`.'],
    links: [DEVICE_FLOW_ERRORS],
  }),
  github({
    code: 'slow_down',
    summary: 'Device flow: polling too fast. GitHub adds 5 seconds to the interval and returns the new `interval`.',
    causes: ['Polling more often than `interval` allows.'],
    fixes: ['Use the `interval` from this response for all later polls.'],
    links: [DEVICE_FLOW_ERRORS],
  }),
  github({
    code: 'expired_token',
    summary: 'Device flow: the device code expired (after 15 minutes).',
    causes: ['The user did not finish before the code expired.'],
    fixes: ['Request a new device and user code and show them to the user.'],
    links: [DEVICE_FLOW_ERRORS],
  }),
  github({
    code: 'unsupported_grant_type',
    summary: 'Device flow: the `grant_type` is not `urn:ietf:params:oauth:grant-type:device_code`.',
    causes: ['A typo or missing grant type when polling.'],
    fixes: ['Send `grant_type=urn:ietf:params:oauth:grant-type:device_code`.'],
    links: [DEVICE_FLOW_ERRORS],
  }),
  github({
    code: 'incorrect_device_code',
    summary: 'Device flow: the `device_code` is not valid.',
    causes: ['The device code was mistyped, truncated, or belongs to another app.'],
    fixes: ['Poll with the exact `device_code` from the device code response.'],
    links: [DEVICE_FLOW_ERRORS],
  }),
  github({
    code: 'device_flow_disabled',
    summary: 'Device flow is not enabled for this app.',
    causes: ['The "Enable Device Flow" setting of the app is off.'],
    fixes: ['Turn on Enable Device Flow in the app\'s settings.'],
    links: [DEVICE_FLOW_ERRORS],
  }),
  github({
    code: 'bad_refresh_token',
    summary: 'GitHub App user tokens: the refresh token is invalid, expired or already used.',
    causes: [
      'Refresh tokens are single use; an older one was sent after rotation.',
      'The refresh token is older than its lifetime (six months) or the user revoked the app.',
    ],
    fixes: ['Store the new refresh token from each refresh; when this appears, send the user through authorization again.'],
    links: [REFRESH_TOKENS],
  }),
];
