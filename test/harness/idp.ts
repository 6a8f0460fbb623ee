/**
 * A real OpenID provider on 127.0.0.1 for tests, benchmarks and the demo: oidc-provider 9 with
 * committed fixture keys, two demo users, a public native client and confidential ones (client secret in
 * Basic or body, `client_secret_jwt`, `private_key_jwt`), device flow, introspection, revocation, userinfo,
 * JWT access tokens for one demo API (resource indicators), DPoP with server nonces, PAR, rich
 * authorization requests and a small token exchange grant (oidc-provider has none built in).
 *
 * Everything here is demo data: the passwords are printed on the login page and the client secret
 * says what it is. Where an option works around a pitfall of oidc-provider, the comment next to it says which.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type ProviderClass from 'oidc-provider';
import type { KoaContext, OIDCProviderError, errors as ProviderErrors } from 'oidc-provider';
import { SignJWT, importJWK } from 'jose';

export const DEMO_API = 'urn:authlens:demo-api';
export const PUBLIC_CLIENT_ID = 'authlens-demo';
export const CONFIDENTIAL_CLIENT_ID = 'authlens-confidential';
export const CONFIDENTIAL_POST_CLIENT_ID = 'authlens-confidential-post';
/** Not a secret: it is committed, printed, and only ever accepted by this loopback demo provider. */
export const DEMO_CLIENT_SECRET = 'demo-secret-not-for-production';
/** `private_key_jwt` (RFC 7523): signs its assertion with the committed demo key in idp-client-key.json. */
export const PRIVATE_KEY_JWT_CLIENT_ID = 'authlens-private-key-jwt';
/** `client_secret_jwt` (RFC 7523): HS256 needs a secret of at least 32 bytes. Demo data, like the others. */
export const SECRET_JWT_CLIENT_ID = 'authlens-secret-jwt';
export const DEMO_JWT_SECRET = 'demo-jwt-secret-not-for-production-0123456789';
/** The committed private JWK of {@link PRIVATE_KEY_JWT_CLIENT_ID} (demo only: the provider trusts its public half). */
export const DEMO_CLIENT_KEY_PATH = fileURLToPath(new URL('./idp-client-key.json', import.meta.url));
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
/** RFC 8705 §2.1 `tls_client_auth`: a certificate from the test CA whose subject is {@link IdpMtlsOptions.clientSubjectDn}. */
export const MTLS_CLIENT_ID = 'authlens-mtls';
/** RFC 8705 §2.2 `self_signed_tls_client_auth`: the self-signed certificate registered in its jwks (x5c). */
export const SELF_SIGNED_MTLS_CLIENT_ID = 'authlens-mtls-self-signed';
/** The path prefix of the mTLS endpoint aliases (RFC 8705 §5) the provider advertises for its token endpoint. */
export const MTLS_ALIAS_PREFIX = '/mtls';
/** The one `authorization_details` type (RFC 9396) the demo provider accepts: `{type, actions?: string[]}`. */
export const DEMO_RAR_TYPE = 'authlens_demo_access';

export interface DemoUser {
  login: string;
  password: string;
  claims: Record<string, unknown>;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    login: 'alice',
    password: 'wonderland',
    claims: { name: 'Alice Liddell', given_name: 'Alice', family_name: 'Liddell', email: 'alice@example.com', email_verified: true },
  },
  {
    login: 'bob',
    password: 'builder',
    claims: { name: 'Bob Builder', given_name: 'Bob', family_name: 'Builder', email: 'bob@example.com', email_verified: false },
  },
];

export interface IdpEvent {
  /** The provider event name: `grant.error`, `authorization.error`, `userinfo.error`… or `device.slow_down`. */
  name: string;
  error?: string;
  /** The server-side reason the provider keeps out of its responses (`authorization code already consumed`). */
  detail?: string;
  at: number;
}

/** What happened inside the provider, so a test can assert the real cause behind a generic `invalid_grant`. */
export class IdpEvents {
  readonly all: IdpEvent[] = [];

  push(event: Omit<IdpEvent, 'at'>): void {
    this.all.push({ ...event, at: Date.now() });
    if (this.all.length > 1000) this.all.shift();
  }

  last(name: string): IdpEvent | undefined {
    for (let i = this.all.length - 1; i >= 0; i--) {
      const event = this.all[i];
      if (event?.name === name) return event;
    }
    return undefined;
  }

  clear(): void {
    this.all.length = 0;
  }
}

export interface IdpOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * Opt-in: answer a device-code poll that arrives sooner than this many ms after the previous poll
   * for the same device code with `slow_down`. Stock oidc-provider never sends `slow_down`.
   */
  devicePollInterval?: number;
  /** Serve https and offer mutual TLS (RFC 8705): the two mTLS clients, certificate-bound tokens, a token endpoint alias. */
  mtls?: IdpMtlsOptions;
}

export interface IdpMtlsOptions {
  /** The server's certificate and key (PEM), valid for 127.0.0.1. */
  server: { cert: string; key: string };
  /** The CA whose client certificates count as verified for tls_client_auth. */
  ca: string;
  /** The self-signed certificate of {@link SELF_SIGNED_MTLS_CLIENT_ID}. */
  selfSignedCert: string;
  /** The subject registered for {@link MTLS_CLIENT_ID}, e.g. `CN=authlens-mtls-client`. */
  clientSubjectDn: string;
}

export interface Idp {
  issuer: string;
  port: number;
  events: IdpEvents;
  close(): Promise<void>;
}

type ProviderModule = { default: typeof ProviderClass; errors: typeof ProviderErrors };
let providerModule: Promise<ProviderModule> | undefined;

// oidc-provider prints warnings at import and construction (Node 20 runtime, in-memory adapter,
// "you should customise…" notices). They are expected for a demo provider; everything else passes through.
// eslint-disable-next-line no-control-regex -- the provider colours its warnings on a TTY
const NOISE = /^(?:\x1b\[[0-9;]*m)?oidc-provider (?:WARNING|NOTICE):/;
async function quietly<T>(work: () => Promise<T> | T): Promise<T> {
  const { warn, info } = console;
  const filter =
    (original: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (typeof args[0] === 'string' && NOISE.test(args[0])) return;
      original(...args);
    };
  console.warn = filter(warn);
  console.info = filter(info);
  try {
    return await work();
  } finally {
    console.warn = warn;
    console.info = info;
  }
}

function loadProvider(): Promise<ProviderModule> {
  // Resolved to a file URL first: a bare specifier fails when this file is loaded through tsx from an ES module.
  const entry = pathToFileURL(createRequire(import.meta.url).resolve('oidc-provider')).href;
  providerModule ??= quietly(() => import(entry) as Promise<ProviderModule>);
  return providerModule;
}

const jwksPath = fileURLToPath(new URL('./idp-jwks.json', import.meta.url));
let fixtureJwks: { keys: Record<string, unknown>[] } | undefined;

export async function startIdp({ port = 0, devicePollInterval, mtls }: IdpOptions = {}): Promise<Idp> {
  const { default: Provider, errors } = await loadProvider();
  fixtureJwks ??= JSON.parse(readFileSync(jwksPath, 'utf8')) as { keys: Record<string, unknown>[] };

  // mTLS: every connection is asked for a client certificate; whether it counts is the provider's decision.
  const server = mtls
    ? createHttpsServer({ cert: mtls.server.cert, key: mtls.server.key, ca: mtls.ca, requestCert: true, rejectUnauthorized: false })
    : createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const issuer = `${mtls ? 'https' : 'http'}://127.0.0.1:${actualPort}`;
  const events = new IdpEvents();

  const settings = configuration(fixtureJwks!, errors);
  if (mtls) addMutualTls(settings, mtls, issuer);
  const provider = await quietly(() => new Provider(issuer, settings));
  allowForwardedLoopbackRedirects(provider);
  for (const name of [
    'grant.error',
    'authorization.error',
    'userinfo.error',
    'introspection.error',
    'revocation.error',
    'device_authorization.error',
    'server_error',
    'end_session.error',
  ]) {
    provider.on(name, (...args: unknown[]) => {
      const err = args[1] as Partial<OIDCProviderError> | undefined;
      events.push({ name, error: err?.error ?? err?.message, detail: err?.error_detail ?? err?.error_description });
    });
  }
  if (devicePollInterval !== undefined) provider.use(slowDownMiddleware(devicePollInterval, errors, events));
  provider.registerGrantType(TOKEN_EXCHANGE_GRANT, tokenExchangeHandler(provider, errors, issuer, fixtureJwks), [
    'subject_token',
    'subject_token_type',
    'requested_token_type',
    'audience',
    'resource',
    'scope',
    'actor_token',
    'actor_token_type',
  ]);
  // Koa composes middleware when callback() is called: every use() must come before this line.
  const handleProvider = provider.callback();
  const handleInteraction = interactionHandler(provider);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // The mTLS alias of an endpoint is the endpoint itself under another path.
    if (mtls && req.url?.startsWith(`${MTLS_ALIAS_PREFIX}/`)) req.url = req.url.slice(MTLS_ALIAS_PREFIX.length);
    if (req.url?.startsWith('/interaction/')) {
      handleInteraction(req, res).catch((error: unknown) =>
        sendHtml(
          res,
          400,
          page(
            'Sign-in failed',
            `<p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p><p>Start the sign-in again from AuthLens.</p>`,
          ),
        ),
      );
      return;
    }
    handleProvider(req, res);
  });

  return {
    issuer,
    port: actualPort,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A remote VS Code (code-server here, SSH or Codespaces elsewhere) hands the browser a forwarded address
 * for the Flow Tester's loopback listener: code-server's is `http://127.0.0.1:<its port>/proxy/<port>/callback`.
 * The demo clients accept that shape too, as a developer would register it for such a window.
 */
function allowForwardedLoopbackRedirects(provider: unknown): void {
  const prototype = (provider as { Client: { prototype: { redirectUriAllowed(value: string): boolean } } }).Client.prototype;
  const registered = prototype.redirectUriAllowed;
  prototype.redirectUriAllowed = function (this: unknown, value: string) {
    return registered.call(this, value) || /^http:\/\/127\.0\.0\.1:\d{1,5}\/proxy\/\d{1,5}\/callback$/.test(value);
  };
}

function configuration(jwks: { keys: Record<string, unknown>[] }, errors: ProviderModule['errors']): Record<string, unknown> {
  const loopbackRedirects = ['http://127.0.0.1/callback', 'http://localhost/callback', 'http://[::1]/callback'];
  clientKey ??= JSON.parse(readFileSync(DEMO_CLIENT_KEY_PATH, 'utf8')) as Record<string, unknown>;
  const { d: _private, ...clientPublicKey } = clientKey;
  const confidentialGrants = ['authorization_code', 'refresh_token', 'client_credentials', TOKEN_EXCHANGE_GRANT];
  const authorizationDetailsTypes = [DEMO_RAR_TYPE];
  return {
    clients: [
      {
        // application_type native + loopback redirect URIs: any port is accepted (RFC 8252 §7.3).
        client_id: PUBLIC_CLIENT_ID,
        client_name: 'AuthLens demo (public, PKCE)',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: loopbackRedirects,
        response_types: ['code'],
        grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
        // Only static OIDC scopes may be listed here; the API's scopes come from getResourceServerInfo.
        scope: 'openid offline_access email profile',
        authorization_details_types: authorizationDetailsTypes,
      },
      {
        client_id: CONFIDENTIAL_CLIENT_ID,
        client_name: 'AuthLens demo (confidential)',
        client_secret: DEMO_CLIENT_SECRET,
        application_type: 'native',
        token_endpoint_auth_method: 'client_secret_basic',
        redirect_uris: loopbackRedirects,
        response_types: ['code'],
        grant_types: confidentialGrants,
        authorization_details_types: authorizationDetailsTypes,
      },
      {
        client_id: CONFIDENTIAL_POST_CLIENT_ID,
        client_name: 'AuthLens demo (confidential, secret in body)',
        client_secret: DEMO_CLIENT_SECRET,
        application_type: 'native',
        token_endpoint_auth_method: 'client_secret_post',
        redirect_uris: loopbackRedirects,
        response_types: ['code'],
        grant_types: confidentialGrants,
        authorization_details_types: authorizationDetailsTypes,
      },
      {
        client_id: PRIVATE_KEY_JWT_CLIENT_ID,
        client_name: 'AuthLens demo (private_key_jwt)',
        application_type: 'native',
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'ES256',
        jwks: { keys: [clientPublicKey] },
        redirect_uris: loopbackRedirects,
        response_types: ['code'],
        grant_types: confidentialGrants,
        authorization_details_types: authorizationDetailsTypes,
      },
      {
        client_id: SECRET_JWT_CLIENT_ID,
        client_name: 'AuthLens demo (client_secret_jwt)',
        client_secret: DEMO_JWT_SECRET,
        application_type: 'native',
        token_endpoint_auth_method: 'client_secret_jwt',
        token_endpoint_auth_signing_alg: 'HS256',
        redirect_uris: loopbackRedirects,
        response_types: ['code'],
        grant_types: confidentialGrants,
        authorization_details_types: authorizationDetailsTypes,
      },
    ],
    jwks,
    cookies: { keys: ['authlens-demo-cookie-key-not-secret'] },
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name'] },
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = DEMO_USERS.find((u) => u.login === sub);
      return user && { accountId: sub, claims: async () => ({ sub, ...user.claims }) };
    },
    // Browser callers (a webview, a local SPA) may call the token endpoint cross-origin; only local origins.
    clientBasedCORS: (_ctx: unknown, origin: string) =>
      /^(?:https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?|vscode-webview:\/\/[\w.-]+)$/.test(origin),
    interactions: { url: async (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    renderError: async (ctx: KoaContext, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page(
        'Sign-in error',
        Object.entries(out)
          .map(([key, value]) => `<pre><strong>${escapeHtml(key)}</strong>: ${escapeHtml(String(value))}</pre>`)
          .join(''),
      );
    },
    features: {
      devInteractions: { enabled: false },
      // RFC 9449: every DPoP proof must carry a fresh server nonce, so clients exercise the use_dpop_nonce retry.
      dPoP: { enabled: true, nonceSecret: Buffer.alloc(32, 'authlens-demo-dpop-nonce-not-secret'), requireNonce: () => true },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: false },
      richAuthorizationRequests: {
        enabled: true,
        types: {
          [DEMO_RAR_TYPE]: {
            validate: async (_ctx: unknown, detail: { actions?: unknown }) => {
              const actions = detail.actions ?? [];
              if (!Array.isArray(actions) || actions.some((a) => a !== 'read' && a !== 'write')) {
                throw new errors.InvalidAuthorizationDetails(`${DEMO_RAR_TYPE}.actions may only hold "read" and "write"`);
              }
            },
          },
        },
        // The demo grants what was consented to (the code) and passes it on to the access token unchanged.
        authorizationDetailsForGrantSource: async (ctx: KoaContext) => ctx.oidc?.grant?.rar,
        authorizationDetailsForAccessToken: async (ctx: KoaContext, _token: unknown, source?: { rar?: unknown }) =>
          source?.rar ??
          (typeof ctx.oidc?.params?.authorization_details === 'string' ? JSON.parse(ctx.oidc.params.authorization_details) : undefined),
        authorizationDetailsForIntrospection: async (_ctx: unknown, token: { rar?: unknown }) => token.rar,
      },
      clientCredentials: { enabled: true },
      introspection: {
        enabled: true,
        // The stock policy, stated so the provider does not warn: a public client may only look at its own tokens.
        allowedPolicy: async (ctx: KoaContext, client: { clientAuthMethod: string; clientId: string }, token: { clientId?: string }) =>
          !(client.clientAuthMethod === 'none' && token.clientId !== ctx.oidc?.client?.clientId),
      },
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx: unknown, client: { clientId: string }, token: { clientId?: string }) =>
          token.clientId === client.clientId,
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContext, form: string) => {
          ctx.body = page(
            'Sign out',
            `${form}<p>Sign out of the AuthLens demo provider?</p><button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx: KoaContext) => {
          ctx.body = page('Signed out', '<p>You are signed out of the AuthLens demo provider.</p>');
        },
      },
      deviceFlow: {
        enabled: true,
        userCodeInputSource: async (ctx: KoaContext, form: string, _out: unknown, err?: { name?: string; userCode?: string }) => {
          const message = !err
            ? 'Enter the code AuthLens shows you.'
            : err.name === 'AbortedError'
              ? 'The sign-in request was cancelled.'
              : err.userCode || err.name === 'NoCodeError'
                ? 'That code is not valid. Check it and try again.'
                : 'Something went wrong with that code.';
          ctx.body = page(
            'Device sign-in',
            `<p${err ? ' class="error"' : ''}>${message}</p>${form}<button type="submit" form="op.deviceInputForm">Continue</button>`,
          );
        },
        userCodeConfirmSource: async (ctx: KoaContext, form: string, _client: unknown, _info: unknown, userCode: string) => {
          const client = escapeHtml(ctx.oidc?.client?.clientName ?? ctx.oidc?.client?.clientId ?? 'an application');
          ctx.body = page(
            'Confirm device',
            `<p><strong>${client}</strong> asks to sign in on another device.</p>
<p>It should show this code: <code>${escapeHtml(userCode)}</code></p>${form}
<button type="submit" form="op.deviceConfirmForm">Continue</button>
<button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Cancel</button>`,
          );
        },
        successSource: async (ctx: KoaContext) => {
          ctx.body = page('Sign-in complete', '<p>The device is signed in. You can close this page and return to VS Code.</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        // No resource asked for: an opaque access token that works at userinfo. Client credentials default to the demo API.
        // authorization_details (RFC 9396) need a resource: the demo API as well.
        defaultResource: async (ctx: KoaContext, _client: unknown, oneOf?: string) =>
          oneOf ??
          (ctx.oidc?.params?.grant_type === 'client_credentials' || ctx.oidc?.params?.authorization_details ? DEMO_API : undefined),
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== DEMO_API) throw new errors.InvalidTarget();
          return {
            scope: 'api:read api:write',
            audience: DEMO_API,
            accessTokenTTL: 600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      DeviceCode: 600,
      RefreshToken: 86400,
      ClientCredentials: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 86400,
    },
  };
}

let clientKey: Record<string, unknown> | undefined;

/**
 * RFC 8705 for the https variant: a CA-verified client (`tls_client_auth`, subject DN registered), a self-signed
 * one (its certificate in its jwks as x5c), both with certificate-bound access tokens, and a token endpoint
 * alias under {@link MTLS_ALIAS_PREFIX} in the metadata (§5).
 */
function tlsSocket(ctx: KoaContext): TLSSocket {
  return (ctx as unknown as { req: IncomingMessage }).req.socket as TLSSocket;
}

function addMutualTls(settings: Record<string, unknown>, mtls: IdpMtlsOptions, issuer: string): void {
  const peer = (ctx: KoaContext) => tlsSocket(ctx).getPeerX509Certificate?.();
  const dn = (subject: string) => subject.split('\n').filter(Boolean).join(',');
  const selfSigned = new X509Certificate(mtls.selfSignedCert);
  const loopbackRedirects = ['http://127.0.0.1/callback', 'http://localhost/callback'];
  const common = {
    application_type: 'native',
    redirect_uris: loopbackRedirects,
    response_types: ['code'],
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
    tls_client_certificate_bound_access_tokens: true,
  };
  (settings.clients as Record<string, unknown>[]).push(
    {
      ...common,
      client_id: MTLS_CLIENT_ID,
      client_name: 'AuthLens demo (tls_client_auth)',
      token_endpoint_auth_method: 'tls_client_auth',
      tls_client_auth_subject_dn: mtls.clientSubjectDn,
    },
    {
      ...common,
      client_id: SELF_SIGNED_MTLS_CLIENT_ID,
      client_name: 'AuthLens demo (self_signed_tls_client_auth)',
      token_endpoint_auth_method: 'self_signed_tls_client_auth',
      jwks: { keys: [{ ...selfSigned.publicKey.export({ format: 'jwk' }), x5c: [selfSigned.raw.toString('base64')] }] },
    },
  );
  const features = settings.features as Record<string, unknown>;
  features.mTLS = {
    enabled: true,
    certificateBoundAccessTokens: true,
    tlsClientAuth: true,
    selfSignedTlsClientAuth: true,
    getCertificate: (ctx: KoaContext) => peer(ctx),
    // Verified: the TLS layer checked the chain against the test CA (the server asks but does not insist).
    certificateAuthorized: (ctx: KoaContext) => tlsSocket(ctx).authorized,
    certificateSubjectMatches: (ctx: KoaContext, property: string, expected: string) => {
      const cert = peer(ctx);
      return property === 'tls_client_auth_subject_dn' && cert !== undefined && dn(cert.subject) === expected;
    },
  };
  // oidc-provider offers only the methods listed here (the mTLS ones are not in its default list).
  settings.clientAuthMethods = [
    'none',
    'client_secret_basic',
    'client_secret_post',
    'client_secret_jwt',
    'private_key_jwt',
    'tls_client_auth',
    'self_signed_tls_client_auth',
  ];
  settings.discovery = { mtls_endpoint_aliases: { token_endpoint: `${issuer}${MTLS_ALIAS_PREFIX}/token` } };
}

/**
 * RFC 8693 token exchange, which oidc-provider leaves to a registered grant: an access token this provider
 * issued (subject_token) becomes a JWT access token for the demo API, with `act` naming the requesting client.
 */
function tokenExchangeHandler(
  provider: ProviderClass,
  errors: ProviderModule['errors'],
  issuer: string,
  jwks: { keys: Record<string, unknown>[] },
) {
  return async (ctx: KoaContext) => {
    const params = ctx.oidc?.params ?? {};
    const client = ctx.oidc?.client?.clientId ?? '';
    if (params.subject_token_type !== ACCESS_TOKEN_TYPE) throw new errors.InvalidRequest(`subject_token_type must be ${ACCESS_TOKEN_TYPE}`);
    if (params.resource !== undefined && params.resource !== DEMO_API) throw new errors.InvalidTarget();
    if (params.audience !== undefined && params.audience !== DEMO_API) throw new errors.InvalidTarget('unknown audience');
    const value = String(params.subject_token ?? '');
    const subject = (await provider.AccessToken.find(value)) ?? (await provider.ClientCredentials.find(value));
    if (!subject || subject.isExpired) throw new errors.InvalidGrant('subject_token is not an active access token of this provider');
    const scope =
      String(params.scope ?? 'api:read')
        .split(' ')
        .filter((s) => s === 'api:read' || s === 'api:write')
        .join(' ') || 'api:read';
    const jwk = jwks.keys.find((k) => k.kty === 'EC')!;
    const accessToken = await new SignJWT({ scope, client_id: client, act: { sub: client } })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: String(jwk.kid) })
      .setIssuer(issuer)
      .setAudience(DEMO_API)
      .setSubject(subject.accountId ?? subject.clientId ?? client)
      .setIssuedAt()
      .setExpirationTime('10m')
      .setJti(crypto.randomUUID())
      .sign(await importJWK(jwk as Parameters<typeof importJWK>[0], 'ES256'));
    ctx.status = 200;
    ctx.type = 'json';
    ctx.body = { access_token: accessToken, issued_token_type: ACCESS_TOKEN_TYPE, token_type: 'Bearer', expires_in: 600, scope };
  };
}

/** Gotcha 6 in real-idp.md: a real `slow_down`, built from the provider's own error, for polls that come too fast. */
function slowDownMiddleware(intervalMs: number, errors: ProviderModule['errors'], events: IdpEvents) {
  const lastPoll = new Map<string, number>();
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    await next();
    const params = ctx.oidc?.params;
    if (ctx.path !== '/token' || params?.grant_type !== 'urn:ietf:params:oauth:grant-type:device_code') return;
    const deviceCode = String(params.device_code);
    const previous = lastPoll.get(deviceCode);
    lastPoll.set(deviceCode, Date.now());
    const pending = (ctx.body as { error?: string } | undefined)?.error === 'authorization_pending';
    if (pending && previous !== undefined && Date.now() - previous < intervalMs) {
      const slowDown = new errors.SlowDown();
      ctx.status = slowDown.status;
      ctx.body = { error: slowDown.error, error_description: slowDown.error_description };
      events.push({ name: 'device.slow_down', error: slowDown.error });
    }
  };
}

function interactionHandler(provider: ProviderClass) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, , uid, action] = url.pathname.split('/');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('This sign-in page belongs to another request.');

    if (req.method === 'GET' && action === undefined) {
      if (details.prompt.name === 'login') return sendHtml(res, 200, loginPage(uid, String(details.params.login_hint ?? '')));
      return sendHtml(res, 200, consentPage(uid, details.params));
    }
    if (action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User aborted interaction' },
        { mergeWithLastSubmission: false },
      );
    }
    if (req.method !== 'POST') return sendHtml(res, 405, page('Not allowed', '<p>Use the form.</p>'));
    const form = new URLSearchParams(await readBody(req));

    if (action === 'login') {
      const user = DEMO_USERS.find((u) => u.login === form.get('login'));
      if (!user || user.password !== form.get('password')) {
        return sendHtml(res, 200, loginPage(uid, form.get('login') ?? '', 'Wrong user name or password.'));
      }
      return provider.interactionFinished(req, res, { login: { accountId: user.login } }, { mergeWithLastSubmission: false });
    }
    if (action === 'confirm') {
      if (!details.session) throw new Error('Sign in first.');
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: String(details.params.client_id) });
      if (!grant) throw new Error('The grant for this request has expired.');
      const missing = details.prompt.details;
      if (Array.isArray(missing.missingOIDCScope)) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (Array.isArray(missing.missingOIDCClaims)) grant.addOIDCClaims(missing.missingOIDCClaims as string[]);
      const resourceScopes = (missing.missingResourceScopes ?? {}) as Record<string, string[]>;
      for (const [resource, scopes] of Object.entries(resourceScopes)) grant.addResourceScope(resource, scopes.join(' '));
      if (Array.isArray(missing.rar)) for (const detail of missing.rar as Record<string, unknown>[]) grant.addRar(detail);
      const grantId = await grant.save();
      // Always report the consent, also when the grant already existed: the policy's native_client_prompt
      // check asks again until the result carries `consent`, which looped on every later sign-in.
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    return sendHtml(res, 404, page('Not found', '<p>Unknown step.</p>'));
  };
}

function loginPage(uid: string, login: string, problem?: string): string {
  const users = DEMO_USERS.map((u) => `<li><code>${u.login}</code> / <code>${u.password}</code></li>`).join('');
  return page(
    'Sign in',
    `${problem ? `<p class="error" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login">
<label>User name <input name="login" autocomplete="username" value="${escapeHtml(login)}" required autofocus></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>
<p>Demo users (user name / password):</p><ul>${users}</ul>
<p><a href="/interaction/${encodeURIComponent(uid)}/abort">Cancel</a></p>`,
  );
}

function consentPage(uid: string, params: Record<string, unknown>): string {
  const scopes = String(params.scope ?? '')
    .split(' ')
    .filter(Boolean)
    .map((s) => `<li><code>${escapeHtml(s)}</code></li>`)
    .join('');
  return page(
    'Allow access',
    `<p><strong>${escapeHtml(String(params.client_id))}</strong> asks for:</p><ul>${scopes}</ul>
<form method="post" action="/interaction/${encodeURIComponent(uid)}/confirm"><button type="submit" name="allow" value="yes">Allow</button></form>
<form method="post" action="/interaction/${encodeURIComponent(uid)}/abort"><button type="submit" name="deny" value="yes">Deny</button></form>`,
  );
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}label{display:block;margin:.5rem 0}
input{display:block;width:100%;padding:.4rem;box-sizing:border-box}button{margin:.5rem .5rem 0 0;padding:.4rem 1rem}.error{color:#b00020}</style>
</head><body><h1>${escapeHtml(title)}</h1><p><small>AuthLens demo identity provider (local, for testing only)</small></p>${body}</body></html>`;
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('The form is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
