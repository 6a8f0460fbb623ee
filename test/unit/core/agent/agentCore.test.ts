import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAgentTool } from '../../../../src/core/agent/tools';
import { claimValueForAgent, maskEmails, scrubText } from '../../../../src/core/agent/privacy';
import { MAX_LISTED } from '../../../../src/core/agent/scanTextTool';
import { RFC7516_A3_JWE } from '../../../fixtures/tokens/rfcExamples';

test('an unknown tool, a missing or an oversized argument: isError with a clear message, never a throw', async () => {
  assert.match(
    (await runAgentTool('drop_tables', {})).text,
    /^Unknown tool "drop_tables"\. AuthLens tools: decode_token, explain_error, scan_text, explain_har\.$/,
  );
  assert.match((await runAgentTool('decode_token', { text: 'x' })).text, /decode_token needs "token" as a string/);
  assert.match((await runAgentTool('explain_error', null)).text, /explain_error needs "text"/);
  const big = await runAgentTool('explain_error', { text: 'a'.repeat(1024 * 1024 + 1) });
  assert.equal(big.isError, true);
  assert.match(big.text, /takes at most 1048576/);
});

test('decode_token on a JWE: the header only, and the encrypted parts never', async () => {
  const answer = await runAgentTool('decode_token', { token: RFC7516_A3_JWE });
  assert.equal(answer.isError, false);
  assert.match(answer.text, /^JWE token: /);
  assert.match(answer.text, /Encrypted token \(JWE\)/);
  for (const part of RFC7516_A3_JWE.split('.').slice(1)) if (part.length > 8) assert.ok(!answer.text.includes(part));
});

test('explain_error: a code the catalog lacks is named as such; plain text with no error is refused', async () => {
  const unknown = await runAgentTool('explain_error', { text: '{"error":"made_up_error","error_description":"nope"}' });
  assert.equal(unknown.isError, false);
  assert.match(unknown.text, /- error: made_up_error/);
  const none = await runAgentTool('explain_error', { text: 'all good here' });
  assert.equal(none.isError, true);
});

test('scan_text lists at most MAX_LISTED findings and says how many there were', async () => {
  const text = Array.from({ length: MAX_LISTED + 50 }, (_, i) => `line ${i}: AADSTS50058`).join('\n');
  const answer = await runAgentTool('scan_text', { text });
  assert.match(
    answer.text,
    new RegExp(`^Found 0 token\\(s\\) and ${MAX_LISTED + 50} error code\\(s\\); the first ${MAX_LISTED} are listed:`),
  );
  assert.equal((answer.structured.findings as unknown[]).length, MAX_LISTED);
});

test('masking: emails keep their domain, other personal values go whole; control characters are shown escaped', () => {
  assert.equal(maskEmails('user jane.doe@contoso.com signed in'), 'user [masked]@contoso.com signed in');
  assert.equal(claimValueForAgent('jane@contoso.com', true, true), '[masked]@contoso.com');
  assert.equal(claimValueForAgent('Jane Doe', true, true), '[masked]');
  assert.equal(claimValueForAgent(['a', 'b'], true, true), '[masked]');
  assert.equal(claimValueForAgent('Jane Doe', true, false), 'Jane Doe');
  assert.equal(claimValueForAgent('api://orders', false, true), 'api://orders');
  assert.equal(scrubText('a\u001b[31mb\u202ec'), 'a\\u001b[31mb\\u202ec');
});
