/**
 * The one table of the Flow Tester's messages, both directions. The union types (`FromWebview`,
 * `ToWebview`) and the checkers come from it: the host checks what the webview posts (a browser page's
 * input), the webview checks what it receives, and each side's handler table must cover every type.
 *
 * The host owns every secret (the PKCE verifier aside, which the user is meant to see before the browser
 * opens): tokens, codes and client secrets never travel to the webview. The webview gets redacted steps,
 * token summaries and ids it can send back to ask the host for an action.
 */
import {
  anyText,
  boolean,
  integer,
  list,
  oneOf,
  onlyIf,
  optional,
  record,
  text,
  trusted,
  type MessageOf,
  type Validator,
} from '../shared/messageTable';
import type { ClientAuthMethod, FileField, GrantType, ProfileForm, ProfileOption, RedirectHost, TokenAction, ViewState } from './protocol';

/** True only when the two types are the same: keeps the runtime lists below in step with the unions. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(_proof?: T) => undefined;

const GRANTS = ['authorization_code', 'device_code', 'client_credentials'] as const;
const AUTH_METHODS = [
  'none',
  'client_secret_basic',
  'client_secret_post',
  'client_secret_jwt',
  'private_key_jwt',
  'tls_client_auth',
  'self_signed_tls_client_auth',
] as const;
const FILE_FIELDS = ['certFile', 'keyFile'] as const;
const REDIRECT_HOSTS = ['127.0.0.1', 'localhost'] as const;
const TOKEN_ACTIONS = [
  'refresh',
  'userinfo',
  'introspect-access',
  'introspect-refresh',
  'revoke-access',
  'revoke-refresh',
  'exchange-access',
] as const;
same<Same<(typeof GRANTS)[number], GrantType>>();
same<Same<(typeof AUTH_METHODS)[number], ClientAuthMethod>>();
same<Same<(typeof REDIRECT_HOSTS)[number], RedirectHost>>();
same<Same<(typeof FILE_FIELDS)[number], FileField>>();
same<Same<(typeof TOKEN_ACTIONS)[number], TokenAction>>();

/** The profile form; numbers stay text until the host parses them. */
const profileForm: Validator<ProfileForm> = /* @__PURE__ */ record({
  name: text,
  grant: /* @__PURE__ */ oneOf(GRANTS),
  issuer: text,
  clientId: text,
  authMethod: /* @__PURE__ */ oneOf(AUTH_METHODS),
  scopes: text,
  prompt: text,
  redirectPort: text,
  redirectHost: /* @__PURE__ */ oneOf(REDIRECT_HOSTS),
  extraParams: text,
  dpop: /* @__PURE__ */ onlyIf('on'),
  par: /* @__PURE__ */ onlyIf('on'),
  // mTLS (RFC 8705): file paths picked by the host's file dialog or typed; absent for the other methods.
  certFile: /* @__PURE__ */ optional(text),
  keyFile: /* @__PURE__ */ optional(text),
});
/** An empty secret is no secret: the field is left out. */
const clientSecret: Validator<string | undefined> = (value) => (value === '' ? undefined : optional(text)(value));
// Marked pure: the webview bundle, which only reads TO_WEBVIEW, leaves the webview → host checkers out.
const params = /* @__PURE__ */ list(/* @__PURE__ */ record({ name: text, value: text }), 100);

/** Webview → host. */
export const FROM_WEBVIEW = {
  /** The script runs and listens: the host sends (or sends again) everything the page shows. */
  ready: {},
  /** Something the webview could not use (an unknown message type), for the host's log. */
  problem: { text },
  selectProfile: { id: text },
  saveProfile: { form: profileForm, clientSecret },
  deleteProfile: { name: text },
  discover: { form: profileForm, clientSecret },
  start: { form: profileForm, clientSecret },
  openBrowser: { revision: integer, params, force: /* @__PURE__ */ onlyIf(true) },
  copyAuthorizeUrl: { revision: integer, params, force: /* @__PURE__ */ onlyIf(true) },
  explainLanding: { text },
  copyToken: { tokenId: text },
  copyHttp: {},
  exportReport: {},
  cancel: {},
  reset: {},
  runAction: { action: /* @__PURE__ */ oneOf(TOKEN_ACTIONS) },
  decodeToken: { tokenId: text },
  copyCurl: { stepId: text, exchange: integer },
  openVerificationUri: {},
  copyUserCode: {},
  /** Browse…: the host shows a file picker for the certificate or its key and answers with `filePicked`. */
  pickFile: { field: /* @__PURE__ */ oneOf(FILE_FIELDS) },
};

/** Host → webview. The host's own objects: their shapes are vouched for by the types, the fields' presence is checked. */
export const TO_WEBVIEW = {
  init: { profiles: trusted<ProfileOption[]>(), selected: text },
  form: { form: trusted<ProfileForm>(), secretStored: boolean, notes: trusted<string[]>(), docs: optional(anyText) },
  state: { state: trusted<ViewState>() },
  notice: { level: oneOf(['info', 'error'] as const), text: anyText },
  /** The path the user picked (only the path: the host reads the file when the flow starts). */
  filePicked: { field: oneOf(FILE_FIELDS), path: anyText },
};

export type FromWebview = MessageOf<typeof FROM_WEBVIEW>;
export type ToWebview = MessageOf<typeof TO_WEBVIEW>;
