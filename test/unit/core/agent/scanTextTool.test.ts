import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanTextAnswer } from '../../../../src/core/agent/scanTextTool';
import { DEFAULT_MAX_HITS } from '../../../../src/core/scan/limits';

test('scan_text on a text denser than the finders’ budget says it stopped, after how many findings and where', () => {
  const text = 'AADSTS50058 '.repeat(DEFAULT_MAX_HITS + 1000);
  const answer = scanTextAnswer(text);
  assert.equal(answer.isError, false);
  assert.equal(answer.structured.total, DEFAULT_MAX_HITS);
  assert.equal(answer.structured.stoppedAt, DEFAULT_MAX_HITS * 12);
  assert.ok(
    answer.text.includes(
      `Stopped after ${DEFAULT_MAX_HITS} finding(s) at offset ${DEFAULT_MAX_HITS * 12}: the text is too dense to scan whole; scan the rest (from that offset) separately.`,
    ),
    answer.text,
  );
});

test('scan_text on an ordinary text says nothing of a stop', () => {
  const answer = scanTextAnswer('login failed: AADSTS50058 and then {"error":"invalid_grant"}\n');
  assert.equal(answer.structured.total, 2);
  assert.equal('stoppedAt' in answer.structured, false);
  assert.ok(!answer.text.includes('Stopped after'), answer.text);
});
