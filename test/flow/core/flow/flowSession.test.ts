import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CONFIDENTIAL_CLIENT_ID, DEMO_CLIENT_SECRET, PUBLIC_CLIENT_ID, startIdp, type Idp } from '../../../harness/idp';
import { ScriptedBrowser, type BrowserChoices } from '../../../harness/idpBrowser';
import { waitFor } from '../../../harness/waitFor';
import { FlowSession, type FlowPlatform } from '../../../../src/core/flow/flowSession';
import { startLoopbackListener } from '../../../../src/node/loopback';
import { flowViewState } from '../../../../src/extension/flow/viewModel';
import type { FlowConfig } from '../../../../src/core/flow/profiles';
import type { ViewState } from '../../../../src/webview/flowTester/protocol';
import { at } from '../../../harness/at';

let idp: Idp;
before(async () => {
  idp = await startIdp({ devicePollInterval: 300 });
});
after(() => idp.close());

/** A platform whose "browser" is the scripted one, and which records everything else. */
class FakePlatform implements FlowPlatform {
  opened: string[] = [];
  copied: string[] = [];
  decoded: string[] = [];
  notices: string[] = [];
  logs: string[] = [];
  reveal: 'reveal' | 'redacted' | undefined = 'redacted';
  timeoutMs = 10_000;
  devicePollIntervalMs = 350;
  browser?: Promise<unknown>;

  constructor(
    private readonly choices: BrowserChoices = {},
    private readonly beforeBrowser?: (url: string) => Promise<void>,
  ) {}

  startListener = startLoopbackListener;
  openExternal = async (url: string) => {
    this.opened.push(url);
    this.browser = (async () => {
      await this.beforeBrowser?.(url);
      return new ScriptedBrowser().open(url, this.choices);
    })();
    return true;
  };
  copyText = async (text: string) => void this.copied.push(text);
  askRevealSecrets = async () => this.reveal;
  decodeToken = async (token: string) => void this.decoded.push(token);
  notify = (_level: 'info' | 'error', text: string) => void this.notices.push(text);
  log = (message: string) => void this.logs.push(message);
  callbackTimeoutMs = () => this.timeoutMs;
}

function config(overrides: Partial<FlowConfig> = {}): FlowConfig {
  return {
    grant: 'authorization_code',
    issuer: idp.issuer,
    clientId: PUBLIC_CLIENT_ID,
    authMethod: 'none',
    scope: 'openid profile email offline_access',
    prompt: 'consent',
    redirectPort: 0,
    redirectHost: '127.0.0.1',
    extraParams: {},
    ...overrides,
  };
}

function session(platform: FlowPlatform): { session: FlowSession; states: ViewState[]; last: () => ViewState } {
  const states: ViewState[] = [];
  const s = new FlowSession(platform, (state) => states.push(flowViewState(state)));
  return { session: s, states, last: () => states.at(-1)! };
}

function kinds(state: ViewState): string[] {
  return state.steps.map((s) => `${s.kind}:${s.state}`);
}

test('authorization code: draft with every parameter, browser, callback, exchange, ID token checks, tokens summarised', async () => {
  const platform = new FakePlatform();
  const { session: s, states, last } = session(platform);
  await s.start(config());
  const draftState = last();
  assert.equal(draftState.phase, 'draft');
  assert.deepEqual(kinds(draftState), ['discovery:done', 'authorization-request:waiting']);
  const draft = draftState.draft!;
  assert.deepEqual(
    draft.params.map((p) => p.name),
    ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'prompt'],
  );
  assert.match(draft.codeVerifier, /^[A-Za-z0-9_-]{43}$/);
  assert.deepEqual(
    draft.params.filter((p) => p.locked).map((p) => p.name),
    ['response_type', 'code_challenge', 'code_challenge_method'],
  );

  // The user adds a parameter in the webview; it reaches the provider.
  const edited = [...draft.params.map(({ name, value }) => ({ name, value })), { name: 'login_hint', value: 'alice' }];
  await s.openBrowser(draft.revision, edited, 'open');
  await platform.browser;
  const done = last();
  assert.equal(done.phase, 'done', done.status);
  assert.deepEqual(kinds(done), ['discovery:done', 'authorization-request:done', 'callback:done', 'code-exchange:done', 'id-token:done']);
  assert.ok(new URL(at(platform.opened, 0)).searchParams.get('login_hint') === 'alice');
  assert.ok(
    states.some((st) => st.steps.some((step) => step.kind === 'callback' && step.state === 'running' && step.deadline)),
    'a waiting callback with a countdown was shown',
  );
  const checks = done.steps.find((step) => step.kind === 'id-token')!.checks;
  for (const label of ['Signature', 'iss', 'aud', 'nonce'])
    assert.ok(
      checks.some((c) => c.label.includes(label) && c.outcome === 'passed'),
      label,
    );
  assert.deepEqual(
    done.tokens.map((t) => t.label),
    ['Access token', 'ID token', 'Refresh token'],
  );
  assert.ok(done.tokens.find((t) => t.label === 'ID token')!.summary.includes('sub alice'));
  assert.ok(
    done.actions.every((a) => a.enabled),
    JSON.stringify(done.actions),
  );
  assert.match(done.authorizeUrl ?? '', /state=\S{6}…\[redacted/);

  // Nothing the webview gets holds a token, the code or the verifier.
  await s.decodeToken(done.tokens.find((t) => t.label === 'ID token')!.id);
  const idToken = at(platform.decoded, 0);
  assert.match(idToken, /^eyJ/);
  const everything = JSON.stringify(states.slice(states.indexOf(draftState) + 1));
  assert.ok(!everything.includes(idToken) && !everything.includes(draft.codeVerifier), 'no token or verifier after the draft');
  const callbackUrl = new URL(at(platform.opened, 0));
  assert.ok(!everything.includes(callbackUrl.searchParams.get('state')!), 'the state is shown redacted once the request is sent');

  // Follow-ups the provider offers.
  await s.runAction('userinfo');
  assert.equal(last().steps.at(-1)!.kind, 'userinfo');
  assert.equal(last().steps.at(-1)!.state, 'done');
  const firstRefreshId = last().tokens.find((t) => t.label === 'Refresh token')!.id;
  await s.runAction('refresh');
  assert.equal(last().steps.at(-2)!.state, 'done');
  assert.match(last().steps.at(-2)!.notes.join(' '), /rotation/);
  // The refreshed ID token is validated again (OpenID Connect Core §12.2).
  assert.equal(last().steps.at(-1)!.title, 'Validate the refreshed ID token');
  assert.equal(last().steps.at(-1)!.state, 'done');
  assert.ok(
    last()
      .steps.at(-1)!
      .checks.some((c) => c.label.includes('original ID token') && c.outcome === 'passed'),
  );
  await s.runAction('introspect-refresh');
  assert.equal(last().steps.at(-1)!.state, 'done');
  await s.runAction('revoke-refresh');
  assert.equal(last().steps.at(-1)!.state, 'done');
  await s.runAction('introspect-refresh');
  assert.match(last().steps.at(-1)!.notes.join(' '), /not active/);
  assert.equal(firstRefreshId.split(':')[1], 'refresh');

  // Copy as curl: redacted unless the user says otherwise.
  const exchangeStep = last().steps.find((step) => step.kind === 'code-exchange')!;
  await s.copyCurl(exchangeStep.id, 0);
  assert.match(platform.copied.at(-1)!, /^curl .*code_verifier=\S{6}…\[redacted/);
  platform.reveal = 'reveal';
  await s.copyCurl(exchangeStep.id, 0);
  assert.ok(platform.copied.at(-1)!.includes(`code_verifier=${draft.codeVerifier}`));
  platform.reveal = undefined;
  const copies = platform.copied.length;
  await s.copyCurl(exchangeStep.id, 0);
  assert.equal(platform.copied.length, copies, 'dismissing the modal copies nothing');

  s.reset();
  assert.deepEqual(last().steps, []);
  await s.decodeToken(at(done.tokens, 0).id);
  assert.equal(platform.decoded.length, 1, 'a reset forgets the tokens');
});

test('a callback with a wrong state is turned away by the listener; the right one still completes the flow', async () => {
  const platform = new FakePlatform({}, async (url) => {
    const redirect = new URL(new URL(url).searchParams.get('redirect_uri')!);
    redirect.searchParams.set('code', 'forged-code');
    redirect.searchParams.set('state', 'not-the-state');
    const answer = await fetch(redirect);
    assert.equal(answer.status, 400);
  });
  const { session: s, states, last } = session(platform);
  await s.start(config());
  const draft = last().draft!;
  await s.openBrowser(draft.revision, draft.params, 'open');
  await platform.browser;
  assert.equal(last().phase, 'done');
  const rejectedShown = states.find((st) => st.steps.some((step) => step.kind === 'callback' && /1 turned away/.test(step.progress ?? '')));
  assert.ok(rejectedShown, 'the waiting step says a callback was turned away');
  assert.match(
    last()
      .steps.find((step) => step.kind === 'callback')!
      .notes.join(' '),
    /wrong state/,
  );
  assert.ok(platform.logs.some((l) => l.includes('wrong-state')));
});

test('the user denies consent: the callback step fails with the provider error and the catalog explanation', async () => {
  const platform = new FakePlatform({ consent: 'deny' });
  const { session: s, last } = session(platform);
  await s.start(config());
  await s.openBrowser(last().draft!.revision, last().draft!.params, 'open');
  await platform.browser;
  const callback = last().steps.find((step) => step.kind === 'callback')!;
  assert.equal(last().phase, 'failed');
  assert.equal(callback.state, 'failed');
  assert.equal(callback.error?.code, 'OAUTH_ERROR');
  assert.match(callback.error!.message, /access_denied/);
  assert.ok(
    callback.error!.explanations.some((x) => x.code === 'access_denied'),
    'the catalog explains access_denied',
  );
  assert.deepEqual(last().tokens, []);
});

test('a callback URL pasted while waiting completes the flow without the listener, and only for this request', async () => {
  let copiedUrl!: (url: string) => void;
  const copied = new Promise<string>((resolve) => {
    copiedUrl = resolve;
  });
  const platform = new FakePlatform();
  platform.copyText = async (text: string) => void copiedUrl(text);
  const { session: s, last } = session(platform);
  await s.start(config());
  const waiting = s.openBrowser(last().draft!.revision, last().draft!.params, 'copy');
  const authorize = new URL(await copied);
  const callback = new URL(authorize.searchParams.get('redirect_uri')!);
  // An error page's URL is explained, not used; neither is another request's callback.
  callback.searchParams.set('error', 'access_denied');
  callback.searchParams.set('state', authorize.searchParams.get('state')!);
  assert.equal((await s.explainLanding(callback.href)).usableCallback, undefined);
  callback.searchParams.delete('error');
  callback.searchParams.set('code', 'a-code-the-provider-never-issued');
  callback.searchParams.set('iss', idp.issuer);
  callback.searchParams.set('state', 'another-state');
  assert.equal((await s.explainLanding(callback.href)).usableCallback, undefined);
  assert.equal(last().phase, 'waiting');
  callback.searchParams.set('state', authorize.searchParams.get('state')!);
  const landing = await s.explainLanding(callback.href);
  assert.equal(landing.usableCallback, callback.href);
  await waiting;
  // The pasted callback passed its checks and its code went to the provider, which refused a code it never issued.
  assert.deepEqual(
    last().steps.map((x) => `${x.kind}:${x.state}`),
    ['discovery:done', 'authorization-request:done', 'callback:done', 'code-exchange:failed'],
  );
  assert.equal(last().steps.at(-1)!.error?.code, 'OAUTH_ERROR');
  assert.match(last().steps.at(-1)!.error!.message, /invalid_grant/);
  assert.equal(last().phase, 'failed');
});

test('"Copy authorize URL" copies the real URL and waits just the same', async () => {
  const platform = new FakePlatform();
  const { session: s, last } = session(platform);
  await s.start(config());
  const waiting = s.openBrowser(last().draft!.revision, last().draft!.params, 'copy');
  const url = await waitFor(() => platform.copied[0], { timeout: 10_000, what: 'the authorize URL on the clipboard' });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/auth\?response_type=code/);
  assert.equal(platform.opened.length, 0);
  await new ScriptedBrowser().open(url);
  await waiting;
  assert.equal(last().phase, 'done');
});

test('no browser comes back: the wait ends with a timeout the user can act on; cancel ends it at once', async () => {
  const platform = new FakePlatform();
  let browserOpened = 0;
  platform.openExternal = async () => {
    browserOpened++;
    return true;
  }; // the user never signs in
  platform.timeoutMs = 300;
  const { session: s, last } = session(platform);
  await s.start(config());
  await s.openBrowser(last().draft!.revision, last().draft!.params, 'open');
  const callback = last().steps.find((step) => step.kind === 'callback')!;
  assert.equal(callback.error?.code, 'LOOPBACK_TIMEOUT');
  assert.match(callback.error!.message, /within 0 s|within 1 s|No callback/);

  platform.timeoutMs = 60_000;
  await s.start(config());
  const waiting = s.openBrowser(last().draft!.revision, last().draft!.params, 'open');
  await waitFor(() => browserOpened === 2, { timeout: 10_000, what: 'the second browser to open' });
  s.cancel();
  await waiting;
  assert.equal(last().steps.find((step) => step.kind === 'callback')!.error?.code, 'ABORTED');
  assert.equal(last().status, 'Cancelled.');
});

test('a stale draft revision or a missing draft is refused with a message, not an exception', async () => {
  const platform = new FakePlatform();
  const { session: s, last } = session(platform);
  await s.openBrowser(1, [], 'open');
  assert.match(platform.notices.at(-1)!, /press Start/);
  await s.start(config());
  await s.openBrowser(last().draft!.revision + 1, last().draft!.params, 'open');
  assert.match(platform.notices.at(-1)!, /changed/);
  await s.openBrowser(last().draft!.revision, [{ name: 'bad name', value: 'x' }], 'open');
  assert.match(platform.notices.at(-1)!, /not a parameter name/);
  s.reset();
});

test('discovery failure shows a failed step with the engine error', async () => {
  const platform = new FakePlatform();
  const { session: s, last } = session(platform);
  await s.start(config({ issuer: 'http://127.0.0.1:9' }));
  assert.equal(last().phase, 'failed');
  assert.equal(last().steps[0]?.state, 'failed');
  assert.equal(last().steps[0]?.error?.code, 'NETWORK_ERROR');
  await s.start(config({ issuer: 'http://example.com' }));
  assert.equal(last().steps[0]?.error?.code, 'INSECURE_URL');
});

test('device flow: user code and verification URI shown, polling progress, tokens once approved', async () => {
  const platform = new FakePlatform();
  const { session: s, states, last } = session(platform);
  const running = s.start(config({ grant: 'device_code', scope: 'openid profile offline_access' }));
  const device = await waitFor(() => last()?.device, { timeout: 10_000, what: 'the device code to show' });
  assert.match(device.userCode, /^[A-Z]{4}-[A-Z]{4}$/);
  await waitFor(() => /Poll \d+: authorization_pending/.test(last().steps.find((step) => step.kind === 'device-poll')?.progress ?? ''), {
    timeout: 10_000,
    what: 'a poll answered authorization_pending',
  });
  await new ScriptedBrowser().open(device.verificationUriComplete ?? device.verificationUri, { userCode: device.userCode });
  await running;
  assert.equal(last().phase, 'done', last().status);
  assert.deepEqual(kinds(last()), ['discovery:done', 'device-authorization:done', 'device-poll:done', 'id-token:done']);
  const pollStep = last().steps.find((step) => step.kind === 'device-poll')!;
  assert.ok(
    pollStep.exchanges.some((x) => x.summary === '400 Bad Request · authorization_pending'),
    'the poll list names authorization_pending',
  );
  assert.match(pollStep.duration ?? '', /^\d+(\.\d)? (ms|s)$/);
  assert.ok(
    states.some((st) => st.steps.some((step) => /Poll \d+: authorization_pending/.test(step.progress ?? ''))),
    'polling progress was shown',
  );
  assert.ok(last().tokens.some((t) => t.label === 'ID token'));
});

test('device flow can be cancelled while polling', async () => {
  const platform = new FakePlatform();
  const { session: s, last } = session(platform);
  const running = s.start(config({ grant: 'device_code', scope: 'openid' }));
  await waitFor(() => last()?.device, { timeout: 10_000, what: 'the device code to show' });
  s.cancel();
  await running;
  assert.equal(last().steps.at(-1)!.state, 'failed');
  assert.equal(last().status, 'Cancelled.');
});

test('client credentials with a confidential client and its secret', async () => {
  const platform = new FakePlatform();
  const { session: s, last } = session(platform);
  await s.start(
    config({ grant: 'client_credentials', clientId: CONFIDENTIAL_CLIENT_ID, authMethod: 'client_secret_basic', scope: '' }),
    DEMO_CLIENT_SECRET,
  );
  assert.equal(last().phase, 'done', JSON.stringify(last().steps.at(-1)?.error));
  assert.deepEqual(
    last().tokens.map((t) => t.label),
    ['Access token'],
  );
  assert.equal(last().tokens[0]?.kind, 'jwt');
  assert.ok(!JSON.stringify(last()).includes(DEMO_CLIENT_SECRET), 'the secret never reaches the view state');
  const request = at(last().steps.at(-1)?.exchanges ?? [], 0).request;
  assert.match(request, /authorization: Basic \S{6}…\[redacted/);
});

test('a client_secret typed among the extra parameters is used as the client secret, and never reaches the authorization URL or the view', async () => {
  const platform = new FakePlatform();
  const { session: s, last } = session(platform);
  await s.start(
    config({ clientId: CONFIDENTIAL_CLIENT_ID, authMethod: 'client_secret_basic', extraParams: { client_secret: DEMO_CLIENT_SECRET } }),
  );
  const draft = last().draft!;
  assert.ok(draft, last().status);
  assert.ok(!draft.params.some((p) => p.name === 'client_secret'), 'not an authorization parameter');
  assert.ok(!JSON.stringify(last()).includes(DEMO_CLIENT_SECRET), 'the secret never reaches the view state');
  s.dispose();
  const cc = session(new FakePlatform());
  await cc.session.start(
    config({
      grant: 'client_credentials',
      clientId: CONFIDENTIAL_CLIENT_ID,
      authMethod: 'client_secret_basic',
      scope: '',
      extraParams: { client_secret: DEMO_CLIENT_SECRET },
    }),
  );
  assert.equal(cc.last().phase, 'done', JSON.stringify(cc.last().steps.at(-1)?.error));
});

test('the webview never gets the state or nonce (masked in the editor, restored by the host); a deleted state row is kept', async () => {
  const platform = new FakePlatform();
  const { session: s, states, last } = session(platform);
  await s.start(config());
  const draft = last().draft!;
  const shownState = draft.params.find((p) => p.name === 'state')!.value;
  assert.match(shownState, /…\[redacted \d+ chars\]$/);
  assert.match(draft.params.find((p) => p.name === 'nonce')!.value, /…\[redacted/);
  // The user deletes the state row: AuthLens keeps it, or any callback would be accepted.
  const edited = draft.params.filter((p) => p.name !== 'state').map(({ name, value }) => ({ name, value }));
  await s.openBrowser(draft.revision, edited, 'open');
  await platform.browser;
  assert.equal(last().phase, 'done', last().status);
  const sent = new URL(at(platform.opened, 0)).searchParams;
  const realState = sent.get('state')!;
  const realNonce = sent.get('nonce')!;
  assert.ok(realState && realState.length >= 43 && realNonce.length >= 43);
  const everything = JSON.stringify(states);
  assert.ok(!everything.includes(realState), 'state reached the webview');
  assert.ok(!everything.includes(realNonce), 'nonce reached the webview');
  // The nonce sent masked-and-unchanged was restored: the ID token check passed with it.
  assert.equal(
    last()
      .steps.find((step) => step.kind === 'id-token')!
      .checks.find((c) => c.label.includes('nonce'))?.outcome,
    'passed',
  );
});

test('2,000 wrong-state callbacks: one note with the count, a bounded amount posted to the webview', async () => {
  let redirect: URL | undefined;
  const platform = new FakePlatform({}, async (url) => {
    redirect = new URL(new URL(url).searchParams.get('redirect_uri')!);
    const agent = redirect.origin;
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          fetch(`${agent}${redirect!.pathname}?code=forged&state=forged-${batch}-${i}`).then((r) => r.text()),
        ),
      );
    }
  });
  // A loaded machine may take a while for 2,000 requests: the wait must not be what ends the test.
  platform.timeoutMs = 300_000;
  const { session: s, states, last } = session(platform);
  await s.start(config());
  const before = states.length;
  const draft = last().draft!;
  const started = performance.now();
  await s.openBrowser(draft.revision, draft.params, 'open');
  await platform.browser;
  const seconds = (performance.now() - started) / 1000;
  assert.equal(last().phase, 'done', last().status);
  const callback = last().steps.find((step) => step.kind === 'callback')!;
  const notes = callback.notes.filter((n) => n.startsWith('Turned away'));
  assert.deepEqual(notes, ['Turned away 2000 callbacks that do not belong to this request (2000 with a wrong state).']);
  const posted = states.slice(before).reduce((sum, st) => sum + JSON.stringify(st).length, 0);
  // At most one update a second while they come, plus the flow's own steps.
  assert.ok(states.length - before < seconds + 30, `${states.length - before} states posted in ${seconds.toFixed(1)} s`);
  assert.ok(posted < 2 * 1024 * 1024, `${posted} characters posted to the webview`);
  assert.ok(platform.logs.filter((l) => l.includes('turned away')).length <= 6);
});
