import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildErrorHover, type ErrorHoverInput } from '../../../../src/extension/errors/errorHoverMarkdown';
import { findHoverTarget, hoverInputFor } from '../../../../src/core/errors/hoverTarget';
import { linesOf } from '../../../../src/core/errors/responseWindow';
import type { ErrorResponseParts } from '../../../../src/core/errors/responses/types';
import { catalog, HOSTILE_BODY, NOW, sample } from './_fixtures';
import { mdCatalogText } from '../../../../src/extension/views/markdownText';

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

test("AADSTS700082 in app.log: heading, summary, causes, fixes, references and the exception's parts", () => {
  const input = inputAt(sample('app.log'), 'AADSTS700082');
  assert.ok(input);
  assert.equal(input.inErrorContext, true);
  const md = buildErrorHover(input, UTC);
  assert.match(md, /^#### AADSTS700082 · Microsoft Entra ID · ExpiredOrRevokedGrantInactiveToken\n/);
  assert.match(md, /refresh token has expired/);
  assert.match(md, /\*\*Likely causes\*\*\n- /);
  assert.match(md, /\*\*Fixes\*\*\n- /);
  assert.ok(md.includes('(https://login.microsoftonline.com/error?code=700082)'), 'the live lookup link');
  assert.match(md, /\*\*In this exception message\*\*/);
  assert.match(
    md,
    /\*\*Trace ID:\*\* 7a8b9c0d\\-1e2f\\-4a3b\\-8c4d\\-5e6f7a8b9c0d \[\$\(copy\)\]\(command:authlens\.copyValue\?%227a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d%22 "Copy Trace ID"\)/,
  );
  assert.match(md, /\*\*Correlation ID:\*\* 1a2b3c4d\\-5e6f/);
  assert.match(md, /\*\*Timestamp \\\(local\\\):\*\* 27 Nov 2026, 10\\:35\\:18 UTC · UTC 2026\\-11\\-27T10\\:35\\:18Z · 25 h 24 min ago/);
  assert.match(md, /\[\$\(question\) Explain in full\]\(command:authlens\.explainError\?/);
  assertOnlyOurLinks(md);
});

test("invalid_grant in token-error.json: Entra's meaning (the body shows Entra), expiry first, then the whole body's ids and timestamp", () => {
  const input = inputAt(sample('token-error.json'), 'invalid_grant');
  assert.ok(input?.response);
  assert.equal(input.response.shape, 'json');
  const md = buildErrorHover(input, { now: NOW, timeZone: 'Europe/Berlin' });
  assert.match(md, /^#### invalid\\_grant · Microsoft Entra ID\n/);
  // AADSTS70008 beside it: an expired grant, not PKCE or code reuse.
  assert.match(md, /\*\*Likely causes\*\* \*\(2 of 9\)\*\n- The refresh token expired[^\n]*\n- The authorization code expired/);
  assert.match(md, /\*\*In this JSON error body\*\*/);
  assert.match(md, /Trace ID:\*\* 2c8a1f3e/);
  assert.match(md, /Correlation ID:\*\* 8e7d6c5b/);
  assert.match(md, /Timestamp \\\(local\\\):\*\* 27 Nov 2026, 11\\:35\\:18 CET/, 'local time in the given zone');
  assert.match(md, /Other codes:\*\* AADSTS70008/);
  assert.match(md, /Also used by .*OAuth 2\\\.0/);
  assertOnlyOurLinks(md);
});

test('every sample error in app.log and callbacks.txt gets a hover', () => {
  for (const needle of [
    'AADSTS50058',
    'AADSTS700082',
    'AADSTS50076',
    'E0000011',
    'invalid_user_credentials',
    'redirect_uri_mismatch',
    'invalid_token',
  ]) {
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

test("an AADSTS code the catalog does not know still links to Microsoft's live lookup", () => {
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
  assert.match(
    md,
    /\*\*Claims challenge \\\(decoded\\\)\*\*\n\n(`{4,})json\n[\s\S]*\n\1(\n|$)/,
    'a fence longer than the backticks inside',
  );
  // The copy action carries the exact value, whatever it holds.
  const copy = /\(command:authlens\.copyValue\?([^)\s]*) "Copy Trace ID"\)/.exec(md);
  assert.equal(JSON.parse(decodeURIComponent(copy![1]!)), input.response.trace_id);
});

test('property: whatever the parts hold, the hover links only to https pages and our commands', () => {
  const text = fc.string({ maxLength: 80 });
  fc.assert(
    fc.property(text, text, text, text, fc.option(text, { nil: undefined }), (error, description, trace, stamp, claims) => {
      const parts: ErrorResponseParts = {
        shape: 'json',
        error,
        error_description: description,
        trace_id: trace,
        correlation_id: trace,
        timestamp: stamp,
        claims_raw: claims,
        ...(claims === undefined ? {} : { claims: { raw: claims } }),
        codes: [{ code: error, family: 'oauth' }],
      };
      const md = buildErrorHover(
        { code: 'invalid_grant', family: 'oauth', inErrorContext: true, response: parts, explainArgument: description },
        UTC,
      );
      assertOnlyOurLinks(md);
    }),
    { numRuns: 1000 },
  );
});

test('a WWW-Authenticate header in the middle of a log line is parsed as the response', () => {
  const input = inputAt(sample('app.log'), 'invalid_token', 3);
  assert.equal(input?.response?.shape, 'www-authenticate');
  assert.equal(input?.response?.realm, 'orders');
  assert.equal(input?.response?.error_description, 'The access token expired');
  assert.match(buildErrorHover(input!, UTC), /\*\*In this WWW\\-Authenticate challenge\*\*/);
});

/** The first screen of a hover at its default size: about 15 lines of markdown source, blank lines included. */
const FIRST_SCREEN_LINES = 15;

test('layout: summary, the top cause and the top fix within the first screen; ids and time after them; nothing twice', () => {
  const cases: [string, string, RegExp, RegExp][] = [
    [sample('app.log'), 'AADSTS700082', /^- A tool or app stored a refresh token/, /^- Sign in again interactively/],
    [sample('token-error.json'), 'invalid_grant', /^- The refresh token expired/, /^- Sign the user in again/],
    [sample('token-error.json'), 'AADSTS70008', /^- The refresh token went unused/, /^- Treat it as interaction required/],
    [
      '{"error":"invalid_grant","error_description":"AADSTS54005: OAuth2 Authorization code was already redeemed.","error_codes":[54005],"trace_id":"t-1","correlation_id":"c-1","timestamp":"2026-11-27 10:35:18Z"}',
      'invalid_grant',
      /^- The authorization code was already redeemed/,
      /^- Exchange each authorization code once/,
    ],
    [
      '{"error":"invalid_grant","error_description":"The refresh token has expired.","trace_id":"req-1"}',
      'invalid_grant',
      /^- The refresh token was already used/,
      /^- Store the newest refresh token/,
    ],
  ];
  for (const [text, code, cause, fix] of cases) {
    const input = inputAt(text, code);
    assert.ok(input?.entry, code);
    const md = buildErrorHover(input, UTC);
    const lines = md.split('\n');
    const first = lines.slice(0, FIRST_SCREEN_LINES);
    assert.match(first[0]!, new RegExp(`^#### ${code.replace(/_/g, '\\\\_')} · `), code);
    assert.ok(first.includes(mdCatalogText(input.entry.summary)), `${code}: the summary on the first screen`);
    const causeAt = lines.findIndex((line) => cause.test(line));
    const fixAt = lines.findIndex((line) => fix.test(line));
    assert.ok(causeAt > 0 && causeAt < FIRST_SCREEN_LINES, `${code}: top cause at line ${causeAt}\n${md}`);
    assert.ok(fixAt > causeAt && fixAt < FIRST_SCREEN_LINES, `${code}: top fix at line ${fixAt}\n${md}`);
    // The response's ids and time come after the advice.
    const idAt = lines.findIndex((line) => /\*\*(Trace ID|Correlation ID|Error ID|Timestamp)/.test(line));
    assert.ok(idAt > fixAt, `${code}: ids after the fixes`);
    // Nothing twice: no repeated line, not the description (the line shows it), not the hovered code among the others.
    const content = lines.filter((line) => line.trim() !== '' && line !== '---');
    assert.equal(new Set(content).size, content.length, `${code}: a line repeated\n${md}`);
    assert.doesNotMatch(md, /\*\*Description:\*\*/, code);
    const others = /\*\*Other codes:\*\* (.*)/.exec(md)?.[1] ?? '';
    assert.ok(
      !others.split(', ').some((other) => other.replace(/\\/g, '').toLowerCase() === code.toLowerCase()),
      `${code} among the other codes`,
    );
    assert.ok((md.match(/\*\*Likely causes\*\*/g) ?? []).length === 1 && (md.match(/\*\*Fixes\*\*/g) ?? []).length === 1);
  }
});

test('layout: the causes that apply are the ones shown, with how many there are in all', () => {
  const input = inputAt(
    '{"error":"invalid_grant","error_description":"AADSTS9002313: Invalid request. Request is malformed or invalid.","error_codes":[9002313]}',
    'invalid_grant',
  );
  const md = buildErrorHover(input!, UTC);
  assert.match(md, /\*\*Likely causes\*\* \*\(1 of 9\)\*\n- The code or refresh token was damaged/);
  assert.match(md, /\*\*Fixes\*\* \*\(1 of 5\)\*\n- Send the code or token exactly as received/);
  // With nothing singled out, the two most common.
  const plain = buildErrorHover(inputAt('error=invalid_scope', 'invalid_scope')!, UTC);
  assert.match(plain, /\*\*Likely causes\*\* \*\(2 of \d+\)\*\n- [^\n]+\n- [^\n]+\n\n\*\*Fixes\*\*/);
});
