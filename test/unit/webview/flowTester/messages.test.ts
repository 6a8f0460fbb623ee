import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FROM_WEBVIEW, TO_WEBVIEW, type FromWebview, type ToWebview } from '../../../../src/webview/flowTester/messages';
import { checkMessage, dispatch, messageChecker, type Handlers } from '../../../../src/webview/shared/messageTable';
import { emptyForm } from '../../../../src/core/flow/profiles';

const parse = (raw: unknown) => {
  const result = checkMessage(FROM_WEBVIEW, raw);
  return result.ok ? result.message : undefined;
};

test('webview → host: well-formed messages pass, with only the fields the table lists', () => {
  const form = emptyForm();
  assert.deepEqual(parse({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parse({ type: 'start', form }), { type: 'start', form });
  assert.deepEqual(parse({ type: 'start', form, clientSecret: 's3' }), { type: 'start', form, clientSecret: 's3' });
  assert.deepEqual(parse({ type: 'start', form, clientSecret: '' }), { type: 'start', form }, 'an empty secret is no secret');
  assert.deepEqual(parse({ type: 'start', form: { ...form, dpop: 'on', par: 'yes' } }), { type: 'start', form: { ...form, dpop: 'on' } });
  assert.deepEqual(parse({ type: 'openBrowser', revision: 2, params: [{ name: 'a', value: 'b' }] }), {
    type: 'openBrowser',
    revision: 2,
    params: [{ name: 'a', value: 'b' }],
  });
  assert.deepEqual(parse({ type: 'copyAuthorizeUrl', revision: 2, params: [], force: true }), {
    type: 'copyAuthorizeUrl',
    revision: 2,
    params: [],
    force: true,
  });
  assert.deepEqual(parse({ type: 'openBrowser', revision: 2, params: [], force: 'yes' }), { type: 'openBrowser', revision: 2, params: [] });
  assert.deepEqual(parse({ type: 'runAction', action: 'refresh' }), { type: 'runAction', action: 'refresh' });
  assert.deepEqual(parse({ type: 'copyCurl', stepId: 'x-1', exchange: 0 }), { type: 'copyCurl', stepId: 'x-1', exchange: 0 });
  // Unknown fields do not travel further.
  assert.deepEqual(parse({ type: 'start', form: { ...form, extra: 'x' }, more: 1 }), { type: 'start', form });
  assert.deepEqual(parse({ type: 'cancel', stepId: 'x' }), { type: 'cancel' });
});

test('webview → host: anything else is refused', () => {
  const form = emptyForm();
  for (const bad of [
    null,
    'ready',
    [],
    {},
    { type: 3 },
    { type: 'start' },
    { type: 'start', form: { ...form, issuer: 3 } },
    { type: 'start', form: { ...form, grant: 'password' } },
    { type: 'start', form, clientSecret: 7 },
    { type: 'runAction', action: 'rm -rf' },
    { type: 'openBrowser', revision: '2', params: [] },
    { type: 'openBrowser', revision: 1, params: [{ name: 'a' }] },
    { type: 'openBrowser', revision: 1, params: Array.from({ length: 101 }, () => ({ name: 'a', value: 'b' })) },
    { type: 'copyCurl', stepId: 'x', exchange: 1.5 },
    { type: 'start', form: { ...form, extraParams: 'x'.repeat(10_000) } },
    { type: 'eval' },
    { type: 'constructor' },
    { type: '__proto__' },
    { type: 'toString' },
    { type: 'hasOwnProperty' },
  ]) {
    assert.equal(parse(bad), undefined, JSON.stringify(bad)?.slice(0, 80));
  }
});

test('the checker reports an unknown type and each malformed kind once, and never throws', () => {
  const reports: string[] = [];
  const check = messageChecker(FROM_WEBVIEW, (problem) => reports.push(problem));
  for (let i = 0; i < 3; i++) {
    assert.equal(check({ type: 'openPanel' }), undefined);
    assert.equal(check({ type: 'copyCurl', stepId: 'x', exchange: 'one' }), undefined);
  }
  assert.deepEqual(check({ type: 'reset' }), { type: 'reset' });
  assert.deepEqual(reports, ['ignored a message of unknown type "openPanel"', 'ignored a malformed "copyCurl" message (field "exchange")']);
  // A flood of new names is bounded too.
  for (let i = 0; i < 100; i++) check({ type: `t${i}` });
  assert.equal(reports.length, 20);
  // A long type is cut in the report; what it says is quoted as JSON (no control character reaches the log).
  const one: string[] = [];
  messageChecker(FROM_WEBVIEW, (p) => one.push(p))({ type: `\u001b[31m${'x'.repeat(100)}` });
  assert.match(one[0]!, /^ignored a message of unknown type "\\u001b\[31mx{35}…"$/);
  fc.assert(
    fc.property(fc.anything(), (value) => {
      check(value);
      messageChecker(TO_WEBVIEW, () => undefined)(value);
    }),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(
      fc.record({
        type: fc.constantFrom(...Object.keys(FROM_WEBVIEW)),
        form: fc.anything(),
        params: fc.anything(),
        revision: fc.anything(),
        text: fc.anything(),
      }),
      (value) => {
        check(value);
      },
    ),
    { numRuns: 500 },
  );
});

test('host → webview: the five messages and their fields', () => {
  const check = (raw: unknown) => {
    const result = checkMessage(TO_WEBVIEW, raw);
    return result.ok ? result.message : undefined;
  };
  const state = { phase: 'idle', busy: false, status: 'x', steps: [], tokens: [], actions: [] };
  assert.deepEqual(check({ type: 'state', state }), { type: 'state', state });
  assert.deepEqual(check({ type: 'notice', level: 'info', text: 'saved' }), { type: 'notice', level: 'info', text: 'saved' });
  assert.deepEqual(check({ type: 'form', form: emptyForm(), secretStored: false, notes: [] }), {
    type: 'form',
    form: emptyForm(),
    secretStored: false,
    notes: [],
  });
  assert.equal(check({ type: 'state' }), undefined);
  assert.equal(check({ type: 'notice', level: 'warn', text: 'x' }), undefined);
  assert.equal(check({ type: 'init', profiles: 'all', selected: 'a' }), undefined);
  assert.equal(check({ type: 'ready' }), undefined, 'a webview → host type is not a host → webview one');
  assert.deepEqual(check({ type: 'filePicked', field: 'certFile', path: '/c.pem' }), {
    type: 'filePicked',
    field: 'certFile',
    path: '/c.pem',
  });
  assert.equal(check({ type: 'filePicked', field: 'name', path: '/c.pem' }), undefined, 'only the file fields are filled by the picker');
  assert.equal(check({ type: 'filePicked', field: 'certFile' }), undefined);
});

test('mTLS: the file fields of the form pass checked, the file picker request names a file field only', () => {
  const form = { ...emptyForm(), authMethod: 'tls_client_auth' as const, certFile: '/a.pem', keyFile: '/a.key' };
  assert.deepEqual(parse({ type: 'start', form }), { type: 'start', form });
  assert.deepEqual(parse({ type: 'start', form: { ...form, authMethod: 'self_signed_tls_client_auth' } }), {
    type: 'start',
    form: { ...form, authMethod: 'self_signed_tls_client_auth' },
  });
  assert.deepEqual(parse({ type: 'start', form: emptyForm() }), { type: 'start', form: emptyForm() }, 'the file fields are optional');
  assert.equal(parse({ type: 'start', form: { ...form, certFile: 42 } }), undefined);
  assert.equal(parse({ type: 'start', form: { ...form, keyFile: 'x'.repeat(10_000) } }), undefined);
  assert.deepEqual(parse({ type: 'pickFile', field: 'certFile' }), { type: 'pickFile', field: 'certFile' });
  assert.deepEqual(parse({ type: 'pickFile', field: 'keyFile' }), { type: 'pickFile', field: 'keyFile' });
  assert.equal(parse({ type: 'pickFile', field: 'extraParams' }), undefined);
  assert.equal(parse({ type: 'pickFile' }), undefined);
});

// The unions come from the tables: their members are exactly the tables' keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fromTypes: Same<FromWebview['type'], keyof typeof FROM_WEBVIEW> = true;
const toTypes: Same<ToWebview['type'], 'init' | 'form' | 'state' | 'notice' | 'filePicked'> = true;
const optionalSecret: Same<Extract<FromWebview, { type: 'start' }>['clientSecret'], string | undefined> = true;

test('a handler table must cover every type of the table, and dispatch calls the one of the message', () => {
  assert.ok(fromTypes && toTypes && optionalSecret);
  const seen: string[] = [];
  const handlers: Handlers<ToWebview, string> = {
    init: (m) => m.selected,
    form: (m) => String(m.secretStored),
    state: (m) => m.state.status,
    notice: (m) => `${m.level}: ${m.text}`,
    filePicked: (m) => `${m.field}=${m.path}`,
  };
  seen.push(
    dispatch(handlers, { type: 'notice', level: 'error', text: 'no' }),
    dispatch(handlers, { type: 'init', profiles: [], selected: 'demo' }),
    dispatch(handlers, { type: 'filePicked', field: 'keyFile', path: '/k.pem' }),
  );
  assert.deepEqual(seen, ['error: no', 'demo', 'keyFile=/k.pem']);
  // @ts-expect-error — "notice" has no handler: a missing case does not compile.
  const partial: Handlers<ToWebview, string> = { init: () => '', form: () => '', state: () => '', filePicked: () => '' };
  assert.ok(partial);
});
