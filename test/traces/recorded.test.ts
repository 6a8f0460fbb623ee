/**
 * HARs recorded by this suite with Playwright's `recordHar` (Debian Chromium) against the local
 * oidc-provider and a loopback single-page relying party: each scenario signs in for real, the HAR is
 * written when the browser context closes, and `analyzeHar` must find the legs, tokens, errors and
 * the failed check the scenario caused. Starts a provider and a browser: a tier of its own
 * (`node scripts/run-node-tests.mjs test/traces`).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startIdp, type Idp } from '../harness/idp';
import { launchChromium } from '../harness/browser';
import { analyzeHar, sanitizeHar, type HarAnalysis } from '../../src/core/har/index';
import { startRelyingParty, type RelyingParty, type Scenario } from './_app';

let idp: Idp;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'authlens-har-'));
before(async () => {
  idp = await startIdp();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await idp?.close();
});

interface Recording {
  har: string;
  analysis: HarAnalysis;
  rp: RelyingParty;
}

async function record(
  name: string,
  scenario: Scenario,
  options: { host?: '127.0.0.1' | 'localhost'; deny?: boolean; login?: boolean } = {},
): Promise<Recording> {
  const rp = await startRelyingParty(idp.issuer, options.host);
  rp.scenario = scenario;
  const path = join(dir, `${name}.har`);
  const context = await browser.newContext({ recordHar: { path, content: 'embed' } });
  try {
    const page = await context.newPage();
    await page.goto(`${rp.origin}/start`);
    if (options.login !== false) {
      await page.fill('input[name=login]', 'alice');
      await page.fill('input[name=password]', 'wonderland');
      await page.click('button[type=submit]');
      await page.click(options.deny ? 'button[name=deny]' : 'button[name=allow]');
    }
    await page.waitForFunction(() => document.title.startsWith('done'), undefined, { timeout: 20_000 });
  } finally {
    await context.close(); // writes the HAR
    await rp.close();
  }
  const har = readFileSync(path, 'utf8');
  return { har, analysis: await analyzeHar(har), rp };
}

const check = (a: HarAnalysis, id: string) => a.checks.filter((c) => c.id === id);
const roles = (a: HarAnalysis) => a.exchanges.map((x) => x.role);

test('success: discovery-free code flow with PKCE, userinfo, an API 401 with WWW-Authenticate, and a refresh', async () => {
  const { analysis: a, rp, har } = await record('success', { callApis: true });
  for (const role of ['authorize', 'login', 'consent', 'callback', 'token', 'userinfo', 'api'])
    assert.ok(roles(a).includes(role as never), `${role} in ${roles(a).join(',')}`);
  assert.equal(a.entries, JSON.parse(har).log.entries.length);
  for (const id of ['state', 'pkce', 'pkce_verifier', 'redirect_uri', 'code_once', 'nonce']) {
    assert.deepEqual(
      check(a, id).map((c) => c.ok),
      [true],
      `${id}: ${JSON.stringify(check(a, id))}`,
    );
  }
  // Tokens: the ID token from the token response, the access token as a Bearer header, the refresh token.
  assert.ok(a.tokens.some((t) => t.where === 'response.body:id_token' && t.format === 'jws' && t.claims?.nonce === rp.last.nonce));
  assert.ok(a.tokens.some((t) => t.where === 'request.header:Authorization'));
  assert.ok(a.tokens.some((t) => t.where === 'request.body:refresh_token'));
  const refresh = a.exchanges.filter((x) => x.role === 'token');
  assert.equal(refresh.length, 2, 'code exchange and refresh');
  // The API's 401: the WWW-Authenticate error explained.
  const apiError = a.errors.find((e) => e.code === 'invalid_token');
  assert.ok(apiError, JSON.stringify(a.errors));
  assert.equal(apiError.family, 'oauth');
  assert.equal(apiError.where, 'response.header:WWW-Authenticate');
  assert.equal(a.exchanges[apiError.entry]?.status, 401);
  // Failed checks come first; plain http to 127.0.0.1 is loopback and fine.
  assert.deepEqual(
    check(a, 'https').map((c) => c.ok),
    [true],
  );
  const firstPass = a.checks.findIndex((c) => c.ok);
  assert.ok(a.checks.slice(firstPass).every((c) => c.ok));
  // Masked URLs: the callback's code is not in the exchange list.
  const callback = a.exchanges.find((x) => x.role === 'callback')!;
  assert.match(callback.url, /code=.{0,8}…\[redacted/);
});

test('form_post to a cross-site app: the callback is a POST and the SameSite=Lax cookie is lost', async () => {
  const { analysis: a } = await record('form-post', { responseMode: 'form_post' }, { host: 'localhost' });
  const callback = a.exchanges.find((x) => x.role === 'callback');
  assert.equal(callback?.method, 'POST');
  assert.deepEqual(
    check(a, 'state').map((c) => c.ok),
    [true],
  );
  const cookies = check(a, 'form_post_cookies');
  assert.equal(cookies.length, 1, JSON.stringify(a.checks));
  assert.equal(cookies[0]!.ok, false);
  assert.match(cookies[0]!.message, /app_session \(SameSite=lax\)/);
  assert.equal(a.checks[0]!.ok, false, 'failed checks first');
});

test('consent denied: access_denied at the callback, explained', async () => {
  const { analysis: a } = await record('denied', {}, { deny: true });
  const denied = a.errors.find((e) => e.code === 'access_denied');
  assert.ok(denied, JSON.stringify(a.errors));
  assert.equal(denied.family, 'oauth');
  assert.ok(denied.summary.length > 10);
  assert.ok(check(a, 'callback_error').some((c) => !c.ok));
  assert.deepEqual(
    check(a, 'state').map((c) => c.ok),
    [true],
  );
});

test('redirect_uri mismatch between authorize and token: invalid_grant, and the check says which', async () => {
  const { analysis: a } = await record('redirect-mismatch', { tokenRedirectUri: 'http://localhost/callback' });
  const mismatch = check(a, 'redirect_uri');
  assert.deepEqual(
    mismatch.map((c) => c.ok),
    [false],
  );
  assert.match(mismatch[0]!.message, /differs/);
  assert.ok(
    a.errors.some((e) => e.code === 'invalid_grant' && a.exchanges[e.entry]?.role === 'token'),
    JSON.stringify(a.errors),
  );
});

test('code reuse: the second redemption fails and code_once fails at that entry', async () => {
  const { analysis: a } = await record('code-reuse', { reuseCode: true });
  const tokenEntries = a.exchanges.filter((x) => x.role === 'token').map((x) => x.entry);
  assert.equal(tokenEntries.length, 2);
  const reuse = check(a, 'code_once').filter((c) => !c.ok);
  assert.equal(reuse.length, 1);
  assert.equal(reuse[0]!.entry, tokenEntries[1]);
  assert.ok(a.errors.some((e) => e.entry === tokenEntries[1] && e.code === 'invalid_grant'));
});

test('PKCE mismatch: the verifier does not hash to the challenge', async () => {
  const { analysis: a } = await record('pkce-mismatch', { wrongVerifier: true });
  assert.deepEqual(
    check(a, 'pkce').map((c) => c.ok),
    [true],
  );
  assert.deepEqual(
    check(a, 'pkce_verifier').map((c) => c.ok),
    [false],
  );
  assert.ok(a.errors.some((e) => e.code === 'invalid_grant'));
});

test('sanitizing a real recorded HAR: no token, code, verifier, password, cookie or state survives anywhere; the structure does', async () => {
  const { har, analysis, rp } = await record('to-sanitize', { callApis: true });
  const clean = sanitizeHar(har);
  const original = JSON.parse(har);
  const sanitized = JSON.parse(clean);
  assert.equal(sanitized.log.entries.length, original.log.entries.length);
  sanitized.log.entries.forEach((e: { request: { method: string; url: string }; response: { status: number } }, i: number) => {
    assert.equal(e.request.method, original.log.entries[i].request.method);
    assert.equal(e.response.status, original.log.entries[i].response.status);
    // Same origin and path shape (a session id in the path, like the provider's interaction uid, is masked too).
    const [now, then] = [new URL(e.request.url), new URL(original.log.entries[i].request.url)];
    assert.equal(now.origin, then.origin);
    assert.equal(now.pathname.split('/').length, then.pathname.split('/').length);
  });
  // Every secret value of the recording, collected from the recording itself.
  const secrets = new Set<string>([rp.last.state, rp.last.nonce, rp.last.verifier, 'wonderland']);
  for (const t of analysis.tokens) secrets.add(t.text);
  for (const e of original.log.entries) {
    for (const c of [...e.request.cookies, ...e.response.cookies]) if (c.value.length >= 6) secrets.add(c.value);
    for (const h of e.request.headers) if (/^authorization$/i.test(h.name)) secrets.add(h.value);
    for (const q of e.request.queryString) if (['code', 'state', 'nonce', 'code_challenge'].includes(q.name)) secrets.add(q.value);
    const body = new URLSearchParams(e.request.postData?.text ?? '');
    for (const name of ['code', 'code_verifier', 'refresh_token', 'password']) if (body.get(name)) secrets.add(body.get(name)!);
    for (const h of e.response.headers) if (/^set-cookie$/i.test(h.name)) secrets.add(h.value.split(';')[0]!.split('=').slice(1).join('='));
  }
  assert.ok(secrets.size > 10, `collected ${secrets.size} secret values`);
  for (const secret of secrets) {
    if (secret.length < 6) continue;
    assert.ok(!clean.includes(secret), `a secret survived: ${secret.slice(0, 8)}…`);
    assert.ok(!clean.includes(encodeURIComponent(secret)), `a URL-encoded secret survived: ${secret.slice(0, 8)}…`);
  }
  // Markers keep the kind; equal values keep equal markers, so the state check still holds on the copy.
  assert.match(clean, /\[jwt:(?:RS256|ES256|PS256|EdDSA)[^\]]*exp=\d{4}-/);
  assert.match(clean, /\[cookie:/);
  const again = await analyzeHar(clean);
  assert.deepEqual(
    check(again, 'state').map((c) => c.ok),
    [true],
  );
});
