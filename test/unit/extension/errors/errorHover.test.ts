import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildErrorHover, type ErrorHoverInput } from '../../../../src/extension/errors/errorHoverMarkdown';
import { findErrorCodesEntry, findHoverTarget, hoverInputFor } from '../../../../src/extension/errors/hoverTarget';
import { linesOf } from '../../../../src/extension/errors/responseWindow';
import type { ErrorResponseParts } from '../../../../src/core/errors/responses/types';
import { catalog, HOSTILE_BODY, NOW, sample } from './_fixtures';

const UTC = { now: NOW, timeZone: 'UTC' };

/** The hover input at the first occurrence of `needle` in `text`, as the provider computes it. */
function inputAt(text: string, needle: string, offset = 2): ErrorHoverInput | undefined {
  const source = linesOf(text);
  for (let line = 0; line < source.lineCount; line++) {
    const at = source.lineAt(line).indexOf(needle);
    if (at === -1) continue;
    const target = findHoverTarget(source.lineAt(line), at + offset);
    return target && hoverInputFor(target, source, line, at + offset, catalog);
  }
  throw new Error(`${needle} not in the text`);
}

/** Every link target in the markdown: only https pages and our two commands. */
function assertOnlyOurLinks(hover: string): void {
  // Fenced blocks are literal text; the fence itself is checked separately.
  const markdown = hover.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
  for (const [, target] of markdown.matchAll(/\]\(([^)\s]*)/g)) {
    assert.match(target!, /^(https:\/\/|command:authlens\.(copyValue|explainError)\?)/, target);
  }
  const withoutOurLinks = markdown.replace(/\]\((https:\/\/|command:authlens\.(copyValue|explainError)\?)[^)\s]*( "[^"]*")?\)/g, '](#)');
  assert.doesNotMatch(withoutOurLinks, /(?<!\\)command:/, 'a command link outside ours');
  assert.doesNotMatch(withoutOurLinks, /(?<!\\)</, 'unescaped HTML');
}

test('AADSTS700082 in app.log: heading, summary, causes, fixes, references and the exception\'s parts', () => {
  const input = inputAt(sample('app.log'), 'AADSTS700082');
  assert.ok(input);
  assert.equal(input.inErrorContext, true);
  const md = buildErrorHover(input, UTC);
  assert.match(md, /^#### AADSTS700082 · Microsoft Entra ID · ExpiredOrRevokedGrantInactiveToken\n/);
  assert.match(md, /refresh token has expired/);
  assert.match(md, /\*\*Likely causes\*\*\n\n- /);
  assert.match(md, /\*\*Fixes\*\*\n\n- /);
  assert.ok(md.includes('(https://login.microsoftonline.com/error?code=700082)'), 'the live lookup link');
  assert.match(md, /\*\*In this exception message\*\*/);
  assert.match(md, /\*\*Trace ID:\*\* 7a8b9c0d\\-1e2f\\-4a3b\\-8c4d\\-5e6f7a8b9c0d \[\$\(copy\)\]\(command:authlens\.copyValue\?%227a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d%22 "Copy Trace ID"\)/);
  assert.match(md, /\*\*Correlation ID:\*\* 1a2b3c4d\\-5e6f/);
  assert.match(md, /\*\*Timestamp \\\(local\\\):\*\* 27 Nov 2026, 10\\:35\\:18 UTC · UTC 2026\\-11\\-27T10\\:35\\:18Z · 25 h 24 min ago/);
  assert.match(md, /\[\$\(question\) Explain in full\]\(command:authlens\.explainError\?/);
  assertOnlyOurLinks(md);
});

test('invalid_grant in token-error.json: the explanation plus the whole body\'s ids and timestamp', () => {
  const input = inputAt(sample('token-error.json'), 'invalid_grant');
  assert.ok(input?.response);
  assert.equal(input.response.shape, 'json');
  const md = buildErrorHover(input, { now: NOW, timeZone: 'Europe/Berlin' });
  assert.match(md, /^#### invalid\\_grant · OAuth 2\\\.0 \/ OpenID Connect\n/);
  assert.match(md, /\*\*In this JSON error body\*\*/);
  assert.match(md, /Trace ID:\*\* 2c8a1f3e/);
  assert.match(md, /Correlation ID:\*\* 8e7d6c5b/);
  assert.match(md, /Timestamp \\\(local\\\):\*\* 27 Nov 2026, 11\\:35\\:18 CET/, 'local time in the given zone');
  assert.match(md, /Error codes:\*\* 70008/);
  assert.match(md, /Also used by .*Auth0/);
  assertOnlyOurLinks(md);
});

test('the AADSTS code inside the body\'s description gets the same parts', () => {
  const input = inputAt(sample('token-error.json'), 'AADSTS70008');
  assert.equal(input?.code, 'AADSTS70008');
  assert.equal(input?.response?.trace_id, '2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c');
});

test('every sample error in app.log and callbacks.txt gets a hover', () => {
  for (const needle of ['AADSTS50058', 'AADSTS700082', 'AADSTS50076', 'E0000011', 'invalid_user_credentials', 'redirect_uri_mismatch', 'invalid_token']) {
    const input = inputAt(sample('app.log'), needle);
    assert.ok(input?.entry, needle);
    assert.match(buildErrorHover(input, UTC), /^#### /, needle);
  }
  const callback = inputAt(sample('callbacks.txt'), 'access_denied');
  assert.equal(callback?.response?.shape, 'redirect');
  assert.equal(callback?.response?.error_description, 'End-User aborted interaction');
});

test('a bare OAuth word outside an error context: "if this is an OAuth error", no response parts', () => {
  const input = inputAt('We return access_denied when the user says no.', 'access_denied');
  assert.ok(input);
  assert.equal(input.inErrorContext, false);
  assert.equal(input.response, undefined);
  const md = buildErrorHover(input, UTC);
  assert.match(md, /\*If this is an OAuth error\\:\* /);
  assert.ok(md.includes('command:authlens.explainError?%22access_denied%22'), 'explains the code alone');
});

test('words that are not codes, and unknown codes outside an error context, give no hover', () => {
  assert.equal(findHoverTarget('version 1.2.3 of orders-web', 3), undefined);
  assert.equal(findHoverTarget('', 0), undefined);
  const unknown = inputAt('error=made_up_code_here', 'made_up');
  assert.ok(unknown, 'an unknown code in an error slot still gets a hover');
  assert.match(buildErrorHover(unknown, UTC), /no offline explanation/);
});

test('an AADSTS code the catalog does not know still links to Microsoft\'s live lookup', () => {
  const input = inputAt('failed: AADSTS9999991: something new', 'AADSTS9999991');
  assert.ok(input);
  assert.equal(input.entry, undefined);
  const md = buildErrorHover(input, UTC);
  assert.match(md, /no offline explanation/);
  assert.ok(md.includes('(https://login.microsoftonline.com/error?code=9999991)'));
});

test('hostile response fields stay inert: escaped text, our links only, claims in a fence they cannot close', () => {
  const input = inputAt(HOSTILE_BODY, 'invalid_grant');
  assert.ok(input?.response);
  const md = buildErrorHover(input, UTC);
  assertOnlyOurLinks(md);
  assert.ok(!md.includes('$(bug)') && md.includes('&#36;\\(bug\\)'), 'theme-icon syntax escaped');
  assert.match(md, /\*\*Claims challenge \\\(decoded\\\)\*\*\n\n(`{4,})json\n[\s\S]*\n\1(\n|$)/, 'a fence longer than the backticks inside');
  // The copy action carries the exact value, whatever it holds.
  const copy = /\(command:authlens\.copyValue\?([^)\s]*) "Copy Trace ID"\)/.exec(md);
  assert.equal(JSON.parse(decodeURIComponent(copy![1]!)), input.response.trace_id);
});

test('property: whatever the parts hold, the hover links only to https pages and our commands', () => {
  const text = fc.string({ maxLength: 80 });
  fc.assert(fc.property(text, text, text, text, fc.option(text, { nil: undefined }), (error, description, trace, stamp, claims) => {
    const parts: ErrorResponseParts = {
      shape: 'json', error, error_description: description, trace_id: trace, correlation_id: trace, timestamp: stamp,
      claims_raw: claims, ...(claims === undefined ? {} : { claims: { raw: claims } }), codes: [{ code: error, family: 'oauth' }],
    };
    const md = buildErrorHover({ code: 'invalid_grant', family: 'oauth', inErrorContext: true, response: parts, explainArgument: description }, UTC);
    assertOnlyOurLinks(md);
  }), { numRuns: 1000 });
});

test('a WWW-Authenticate header in the middle of a log line is parsed as the response', () => {
  const input = inputAt(sample('app.log'), 'invalid_token', 3);
  assert.equal(input?.response?.shape, 'www-authenticate');
  assert.equal(input?.response?.realm, 'orders');
  assert.equal(input?.response?.error_description, 'The access token expired');
  assert.match(buildErrorHover(input!, UTC), /\*\*In this WWW\\-Authenticate challenge\*\*/);
});

test('a bare number in a pretty-printed "error_codes" array is its AADSTS code, with the body\'s parts', () => {
  const text = sample('token-error.json');
  const source = linesOf(text);
  const line = text.split('\n').findIndex((l) => l.trim() === '70008');
  const target = findErrorCodesEntry(source, line, 6);
  assert.deepEqual(target?.match, { kind: 'error', code: 'AADSTS70008', family: 'entra', start: 4, end: 9 });
  const input = hoverInputFor(target!, source, line, 6, catalog);
  assert.equal(input?.entry?.code, 'AADSTS70008');
  assert.equal(input?.response?.trace_id, '2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c');
  // A number elsewhere is just a number.
  assert.equal(findErrorCodesEntry(linesOf('{\n  "count": [\n    70008\n  ]\n}'), 2, 6), undefined);
  assert.equal(findErrorCodesEntry(linesOf('70008'), 0, 2), undefined);
  assert.equal(findErrorCodesEntry(source, line, 1), undefined, 'the cursor is not on the number');
});
