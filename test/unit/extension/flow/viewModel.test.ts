import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorView, exchangeView, stepView } from '../../../../src/extension/flow/stepView';
import type { FlowStep } from '../../../../src/core/flow';

test('exchanges reach the webview redacted, even if something slipped past the engine', () => {
  const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
  const view = exchangeView(
    {
      request: {
        method: 'POST',
        url: 'http://127.0.0.1:1/token',
        headers: [['authorization', 'Basic YWxpY2U6c2VjcmV0LXNlY3JldA==']],
        body: 'grant_type=authorization_code&code=abcdefghijklmnop',
      },
      response: {
        status: 200,
        statusText: 'OK',
        headers: [['content-type', 'application/json']],
        body: `{"access_token":"${jwt}","token_type":"Bearer"}`,
      },
      startedAt: 0,
      durationMs: 12.4,
    },
    0,
  );
  assert.ok(!view.request.includes('abcdefghijklmnop'));
  assert.ok(!view.request.includes('YWxpY2U6c2VjcmV0LXNlY3JldA=='));
  assert.ok(!view.response!.includes(jwt));
  assert.match(view.response!, /^HTTP 200 OK\ncontent-type: application\/json\n\n\{\n {2}"access_token"/);
  assert.equal(view.durationMs, 12);
});

test('a step keeps its checks, notes and error with catalog explanations', () => {
  const step: FlowStep = {
    kind: 'code-exchange',
    title: 'Exchange the code',
    status: 'failed',
    explanation: 'x',
    exchanges: [],
    checks: [{ id: 'state', label: '`state` matches', outcome: 'passed', detail: 'Same value as sent.' }],
    notes: ['a note'],
    error: {
      code: 'OAUTH_ERROR',
      message: 'invalid_grant: grant request is invalid',
      hint: 'try again',
      explanations: [
        {
          code: 'invalid_grant',
          family: 'oauth',
          name: 'invalid_grant',
          summary: 's',
          causes: ['c1'],
          fixes: ['f1'],
          links: [{ title: 'RFC 6749 §5.2', url: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2' }],
        },
      ],
    },
    startedAt: 0,
    durationMs: 5,
  };
  const view = stepView('code-exchange-3', step);
  assert.equal(view.state, 'failed');
  assert.equal(view.durationMs, 5);
  assert.equal(view.checks[0]?.outcome, 'passed');
  assert.equal(view.error?.explanations[0]?.link?.title, 'RFC 6749 §5.2');
  assert.equal(errorView({ code: 'TIMEOUT', message: 'slow', explanations: [] }).hint, undefined);
  assert.equal(stepView('x', { ...step, status: 'running' }).durationMs, undefined);
});
