import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startIdp, type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import {
  startDeviceAuthorization,
  pollDeviceToken,
  unwrapStep,
  sleep,
  DEFAULT_POLL_INTERVAL_MS,
  SLOW_DOWN_INCREMENT_MS,
  type DeviceAuthorization,
  type FlowServer,
} from '../../../../src/core/flow';
import { context, discoverServer } from '../../_fixtures';
import { waitFor } from '../../../harness/waitFor';

// The provider answers `slow_down` to polls less than 400 ms apart (our opt-in middleware; stock
// oidc-provider never does), so the tests can poll fast without a real 5 s wait.
const PROVIDER_MIN_INTERVAL_MS = 400;

let idp: Idp;
let server: FlowServer;
before(async () => {
  idp = await startIdp({ devicePollInterval: PROVIDER_MIN_INTERVAL_MS });
  server = await discoverServer(idp.issuer);
});
after(() => idp.close());

async function deviceCode(): Promise<DeviceAuthorization> {
  return unwrapStep(await startDeviceAuthorization(context(server), { scope: 'openid profile offline_access' }));
}

function approveOnOtherDevice(device: DeviceAuthorization, consent: 'allow' | 'deny' = 'allow') {
  return new ScriptedBrowser().open(device.verification_uri_complete ?? device.verification_uri, { userCode: device.user_code, consent });
}

test('device authorization: user code, verification URI, and the 5 s default interval when the provider sends none', async () => {
  const step = await startDeviceAuthorization(context(server), { scope: 'openid' });
  const device = unwrapStep(step);
  assert.match(device.user_code, /^[A-Z]{4}-[A-Z]{4}$/);
  assert.equal(device.verification_uri, `${idp.issuer}/device`);
  assert.equal(device.interval, DEFAULT_POLL_INTERVAL_MS / 1000);
  assert.equal(device.intervalSource, 'default');
  assert.match(step.notes.join(' '), /no interval/);
  assert.doesNotMatch(JSON.stringify(step.exchanges), new RegExp(device.device_code));
});

test('device flow end to end: pending polls, then tokens once the user approves', async () => {
  const ctx = context(server);
  const device = await deviceCode();
  const answers: string[] = [];
  const polling = pollDeviceToken(ctx, device, {
    intervalMs: PROVIDER_MIN_INTERVAL_MS + 50,
    onProgress: (p) => answers.push(p.lastAnswer),
  });
  await waitFor(() => answers.includes('authorization_pending'), { timeout: 10_000, what: 'a poll answered authorization_pending' });
  const page = await approveOnOtherDevice(device);
  assert.match(page.html, /device is signed in/);
  const step = await polling;
  const tokens = unwrapStep(step);
  assert.ok(tokens.access_token && tokens.id_token && tokens.refresh_token);
  assert.ok(answers.includes('authorization_pending'));
  assert.ok(!answers.includes('slow_down'));
});

test('slow_down adds 5 s to the interval, every time', async () => {
  const ctx = context(server, undefined, {
    // Record the waits the engine asks for, but wait only a little so the test stays fast.
    sleep: (ms, signal) => {
      waits.push(ms);
      return sleep(Math.min(ms, 20), signal);
    },
  });
  const waits: number[] = [];
  const device = await deviceCode();
  let approving: Promise<unknown> | undefined;
  const step = await pollDeviceToken(ctx, device, {
    intervalMs: 10,
    onProgress: (p) => {
      if (p.lastAnswer === 'slow_down' && p.attempt >= 2) approving ??= approveOnOtherDevice(device);
    },
  });
  await approving;
  assert.equal(step.status, 'passed', JSON.stringify(step.error));
  assert.ok(idp.events.all.some((e) => e.name === 'device.slow_down'));
  assert.equal(waits[0], 10);
  assert.equal(waits[2], 10 + SLOW_DOWN_INCREMENT_MS, `waits: ${waits.join(', ')}`);
  assert.ok(
    waits.every((w, i) => i === 0 || w >= (waits[i - 1] ?? 0)),
    'the interval never shrinks',
  );
  assert.match(step.notes.join(' '), /slowed down/);
});

test('polling honours the provider-less default of 5 s and stops on abort', async () => {
  const waits: number[] = [];
  const ctx = context(server, undefined, {
    // The user stops while the engine waits its first interval.
    sleep: (ms, signal) => {
      waits.push(ms);
      const waiting = sleep(ms, signal);
      queueMicrotask(() => controller.abort());
      return waiting;
    },
  });
  const device = await deviceCode();
  const controller = new AbortController();
  const step = await pollDeviceToken(ctx, device, { signal: controller.signal });
  assert.equal(waits[0], DEFAULT_POLL_INTERVAL_MS);
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'ABORTED');
});

test('the user cancels on the other device: access_denied', async () => {
  const device = await deviceCode();
  const polling = pollDeviceToken(context(server), device, { intervalMs: PROVIDER_MIN_INTERVAL_MS + 50 });
  await approveOnOtherDevice(device, 'deny');
  const step = await polling;
  assert.equal(step.error?.code, 'OAUTH_ERROR');
  assert.equal(step.error?.oauth?.error, 'access_denied');
  assert.equal(step.error?.explanations[0]?.code, 'access_denied');
});

test('an expired device code stops polling without a request', async () => {
  const device = await deviceCode();
  const step = await pollDeviceToken(context(server), { ...device, receivedAt: Date.now() - (device.expires_in + 1) * 1000 });
  assert.equal(step.error?.code, 'DEVICE_CODE_EXPIRED');
  assert.equal(step.exchanges.length, 0);
});

test('device code used twice: invalid_grant, "device code already consumed"', async () => {
  const device = await deviceCode();
  const polling = pollDeviceToken(context(server), device, { intervalMs: PROVIDER_MIN_INTERVAL_MS + 50 });
  await approveOnOtherDevice(device);
  unwrapStep(await polling);
  idp.events.clear();
  const again = await pollDeviceToken(context(server), device, { intervalMs: 1 });
  assert.equal(again.error?.oauth?.error, 'invalid_grant');
  assert.equal(idp.events.last('grant.error')?.detail, 'device code already consumed');
});
