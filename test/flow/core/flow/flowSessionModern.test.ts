// The Flow Tester session with DPoP, PAR, pre-flight warnings, session-aware hints and the token
// exports (issue 14), against the demo provider.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PUBLIC_CLIENT_ID, startIdp, type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import { FlowSession, type FlowPlatform } from '../../../../src/core/flow/flowSession';
import { startLoopbackListener } from '../../../../src/node/loopback';
import { flowViewState } from '../../../../src/extension/flow/viewModel';
import type { FlowConfig } from '../../../../src/core/flow/profiles';
import type { ViewState } from '../../../../src/webview/flowTester/protocol';
import { at } from '../../../harness/at';

let idp: Idp;
before(async () => {
  idp = await startIdp();
});
after(() => idp.close());

class Platform implements FlowPlatform {
  opened: string[] = [];
  copied: string[] = [];
  notices: string[] = [];
  documents: string[] = [];
  confirm = false;
  reveal: 'reveal' | 'redacted' | undefined = 'redacted';
  browser?: Promise<unknown>;
  constructor(readonly shared: ScriptedBrowser = new ScriptedBrowser()) {}
  startListener = startLoopbackListener;
  openExternal = async (url: string) => {
    this.opened.push(url);
    this.browser = this.shared.open(url);
    return true;
  };
  copyText = async (text: string) => void this.copied.push(text);
  askRevealSecrets = async () => this.reveal;
  decodeToken = async () => undefined;
  notify = (_level: 'info' | 'error', text: string) => void this.notices.push(text);
  log = () => undefined;
  callbackTimeoutMs = () => 10_000;
  confirmCopyToken = async () => this.confirm;
  openDocument = async (content: string) => void this.documents.push(content);
}

const config = (overrides: Partial<FlowConfig> = {}): FlowConfig => ({
  grant: 'authorization_code',
  issuer: idp.issuer,
  clientId: PUBLIC_CLIENT_ID,
  authMethod: 'none',
  scope: 'openid profile offline_access',
  prompt: 'consent',
  redirectPort: 0,
  redirectHost: '127.0.0.1',
  extraParams: {},
  ...overrides,
});

function session(platform: FlowPlatform) {
  const states: ViewState[] = [];
  const s = new FlowSession(platform, (state) => states.push(flowViewState(state)));
  return { s, last: () => states.at(-1)! };
}

async function signIn(s: FlowSession, last: () => ViewState, platform: Platform, edit?: (p: { name: string; value: string }[]) => void) {
  const draft = last().draft!;
  const params = draft.params.filter((p) => !p.locked).map(({ name, value }) => ({ name, value }));
  edit?.(params);
  await s.openBrowser(draft.revision, params, 'open');
  await platform.browser;
}

test('DPoP + PAR in the sidebar: pushed request, DPoP-bound tokens, jkt shown, DPoP userinfo', async () => {
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(config({ dpop: true, par: true }));
  assert.match(at(last().steps, 0).notes.join(' '), /DPoP is on: .*thumbprint \(jkt\) [\w-]{43}/);
  await signIn(s, last, platform);
  assert.equal(last().phase, 'done', last().status);
  assert.deepEqual(
    last().steps.map((st) => st.kind),
    ['discovery', 'pushed-authorization-request', 'callback', 'code-exchange', 'id-token'],
  );
  assert.deepEqual([...new URL(at(platform.opened, 0)).searchParams.keys()].sort(), ['client_id', 'request_uri']);
  const access = last().tokens.find((t) => t.label === 'Access token')!;
  assert.match(access.verification ?? '', /DPoP-bound to this session's key \(jkt [\w-]{43}\)/);
  assert.ok(access.expiresAt && access.expiresAt > Date.now());
  assert.match(last().tokens.find((t) => t.label === 'ID token')!.verification ?? '', /verified in this flow/);
  await s.runAction('userinfo');
  assert.equal(last().steps.at(-1)!.state, 'done', JSON.stringify(last().steps.at(-1)!.error));
});

test('repeated sign-ins in one browser session finish every time', async () => {
  const platform = new Platform();
  const { s, last } = session(platform);
  for (let round = 0; round < 3; round++) {
    await s.start(config());
    await signIn(s, last, platform);
    assert.equal(last().phase, 'done', `round ${round}: ${last().status}`);
  }
});

test('pre-flight: an edited redirect_uri and an unknown scope are warned before the browser opens; "open anyway" goes on', async () => {
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(config());
  const draft = last().draft!;
  const params = draft.params.filter((p) => !p.locked).map(({ name, value }) => ({ name, value }));
  params.find((p) => p.name === 'redirect_uri')!.value = 'https://evil.example.com/callback';
  params.find((p) => p.name === 'scope')!.value = 'openid profle';
  await s.openBrowser(draft.revision, params, 'open');
  assert.equal(platform.opened.length, 0, 'the browser did not open');
  assert.deepEqual(
    last().warnings!.map((w) => w.id),
    ['redirect-uri-not-served', 'scope-not-supported'],
  );
  assert.equal(last().phase, 'draft');
  // Going on: the provider refuses on its own page; the pasted page text is explained.
  const going = s.openBrowser(draft.revision, params, 'open', true);
  await new Promise<void>((resolve) => {
    const t = setInterval(() => {
      if (platform.opened.length) {
        clearInterval(t);
        resolve();
      }
    }, 20);
  });
  const page = (await platform.browser) as { html: string };
  await s.explainLanding(page.html.replace(/<[^>]+>/g, ' '));
  assert.match(last().landing!.summary, /invalid_redirect_uri/);
  s.cancel();
  await going;
});

test('revoke, then refresh: the error says the session revoked it; copy and export need consent and stay redacted', async () => {
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(config());
  await signIn(s, last, platform);
  await s.runAction('revoke-refresh');
  await s.runAction('refresh');
  const failed = last().steps.at(-1)!;
  assert.equal(failed.state, 'failed');
  assert.match(failed.error!.hint!, /^This refresh token was revoked by this session \d+(\.\d)? (ms|s) ago/);
  // The session passes the fact to the one ranking: invalid_grant's explanation leads with revocation, not PKCE or code reuse.
  const grant = failed.error!.explanations.find((entry) => entry.code === 'invalid_grant');
  assert.match(grant?.causes[0] ?? '', /refresh token was already used and rotated, revoked/);
  assert.match(grant?.fixes[0] ?? '', /interactive sign-in/);

  const accessId = last().tokens.find((t) => t.label === 'Access token')!.id;
  await s.copyToken(accessId);
  assert.equal(platform.copied.length, 0, 'not copied without a yes');
  platform.confirm = true;
  await s.copyToken(accessId);
  assert.equal(platform.copied.length, 1);
  const token = at(platform.copied, 0);

  await s.copyHttp();
  assert.match(
    platform.copied.at(-1)!,
    /^@token = <paste the access token here>\n[\s\S]*GET http:\/\/127\.0\.0\.1:\d+\/me\nAuthorization: Bearer \{\{token\}\}/,
  );
  platform.reveal = 'reveal';
  await s.copyHttp();
  assert.ok(platform.copied.at(-1)!.startsWith(`@token = ${token}\n`));

  await s.exportReport();
  const report = at(platform.documents, 0);
  assert.match(report, /^# AuthLens flow report/);
  assert.match(report, /## \d+\. Refresh the tokens: failed/);
  assert.match(report, /revoked by this session/);
  assert.ok(!report.includes(token), 'no token in the report');
  assert.doesNotMatch(report, /eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/, 'no whole JWT (signature cut)');
  assert.match(report, /## Decoded tokens[\s\S]*"sub": "alice"/);
});

test('private_key_jwt with a pasted JWK (as the secret field and SecretStorage carry it), client_secret_jwt, and a public JWK refused', async () => {
  const { readFileSync } = await import('node:fs');
  const { DEMO_CLIENT_KEY_PATH, PRIVATE_KEY_JWT_CLIENT_ID, SECRET_JWT_CLIENT_ID, DEMO_JWT_SECRET } = await import('../../../harness/idp');
  const jwk = readFileSync(DEMO_CLIENT_KEY_PATH, 'utf8');
  const platform = new Platform();
  const { s, last } = session(platform);
  const cc = (clientId: string, authMethod: FlowConfig['authMethod']) =>
    config({ grant: 'client_credentials', clientId, authMethod, scope: 'api:read', prompt: undefined });
  await s.start(cc(PRIVATE_KEY_JWT_CLIENT_ID, 'private_key_jwt'), jwk.replace(/\n\s*/g, ''));
  assert.equal(last().phase, 'done', last().status);
  assert.match(JSON.stringify(last().steps.at(-1)!.exchanges), /client_assertion=eyJ/);
  assert.ok(!JSON.stringify(last()).includes(JSON.parse(jwk).d), 'the private key never reaches the view');
  await s.start(cc(SECRET_JWT_CLIENT_ID, 'client_secret_jwt'), DEMO_JWT_SECRET);
  assert.equal(last().phase, 'done', last().status);
  const { d: _d, ...publicJwk } = JSON.parse(jwk) as Record<string, unknown>;
  await s.start(cc(PRIVATE_KEY_JWT_CLIENT_ID, 'private_key_jwt'), JSON.stringify(publicJwk));
  assert.equal(last().phase, 'failed');
  assert.match(platform.notices.at(-1)!, /no private part/);
});

test('token exchange from the sidebar: the access token is traded for a JWT for the demo API', async () => {
  const { CONFIDENTIAL_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_API } = await import('../../../harness/idp');
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(
    config({
      clientId: CONFIDENTIAL_CLIENT_ID,
      authMethod: 'client_secret_basic',
      scope: 'openid profile',
      extraParams: { resource: DEMO_API },
    }),
    DEMO_CLIENT_SECRET,
  );
  await signIn(s, last, platform, (params) => {
    params.splice(
      params.findIndex((p) => p.name === 'resource'),
      1,
    );
  });
  assert.equal(last().phase, 'done', last().status);
  assert.ok(last().actions.find((a) => a.id === 'exchange-access')?.enabled);
  await s.runAction('exchange-access');
  const step = last().steps.at(-1)!;
  assert.equal(step.kind, 'token-exchange');
  assert.equal(step.state, 'done', JSON.stringify(step.error));
  assert.ok(step.checks.some((c) => c.label.includes('issued_token_type') && c.outcome === 'passed'));
});
