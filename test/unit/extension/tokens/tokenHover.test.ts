import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeToken, decodeToken, type TokenAnalysis } from '../../../../src/core/tokens/index';
import { buildTokenHover } from '../../../../src/extension/tokens/tokenHoverMarkdown';
import { makeToken } from '../../../fixtures/tokens/makeToken';
import { RFC7516_A3_JWE } from '../../../fixtures/tokens/rfcExamples';
import { bigToken, ENTRA_ACCESS, HOSTILE, NOW } from './_fixtures';

function analysis(token: string): TokenAnalysis {
  const decoded = decodeToken(token);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
  return analyzeToken(decoded.token, { now: NOW, clockSkewSeconds: 300, timeZone: 'UTC' });
}

/** True when the character at `index` is preceded by an odd number of backslashes (escaped). */
function escapedAt(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** Every unescaped occurrence of `ch` in `text`, with what follows it. */
function unescaped(text: string, ch: string): string[] {
  const found: string[] = [];
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) {
    if (!escapedAt(text, i)) found.push(text.slice(i, i + 40));
  }
  return found;
}

/** The hover's only live markup: our links, our icons, our tables. Nothing from the token. */
function assertInert(markdown: string): void {
  for (const link of unescaped(markdown, ']('))
    assert.match(link, /^\]\(command:authlens\.(decodeToken|verifySignature|copyPayload)[?)]/, link);
  assert.deepEqual(unescaped(markdown, '<'), [], 'no raw HTML');
  for (const icon of unescaped(markdown, '$')) assert.match(icon, /^\$\((error|warning|info|open-preview|verified|copy)\)/, icon);
  for (const tick of unescaped(markdown, '`')) assert.fail(`unescaped backtick: ${tick}`);
}

/** The markdown with its backslash escapes removed: what the reader sees. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

test('summary line: provider, kind, algorithm and expiry in words, bold title', () => {
  const [first] = buildTokenHover(analysis(ENTRA_ACCESS)).split('\n');
  assert.equal(plain(first!), '**Microsoft Entra ID (v2.0 issuer) access token** · RS256 · expired 3 h 12 min ago');
});

test('claims last: time claims and kind claims in a table with their meaning, the rest and the header compact', () => {
  const markdown = plain(buildTokenHover(analysis(ENTRA_ACCESS)));
  assert.match(
    markdown,
    /\| claim \| value \| meaning \|\n\|:---\|:---\|:---\|\n\| iat \| 2026-11-28T08:00:00Z \(issued 4 h ago\) \| Issued at \|/,
  );
  assert.match(markdown, /\| exp \| 2026-11-28T08:48:00Z \(expired 3 h 12 min ago\) \| Expiration time \|/);
  // The kind (an access token because it carries scopes) is explained by scp: it sits with the times.
  assert.match(markdown, /\| scp \| access_as_user Orders\.Read \| Scopes/);
  assert.match(
    markdown,
    /\n\*\*Claims\*\* \*\*aud\*\* api:\/\/[^\n]* · \*\*iss\*\* https:\/\/login\.microsoftonline\.com\/[^\n]*\*\(Issuer \(Entra\)\)\*/,
  );
  assert.match(markdown, /\*\*name\*\* Ada Lovelace \*\(Name \(Entra\), personal data\)\*/);
  assert.match(
    markdown,
    /\n\*\*Header\*\* \*\*alg\*\* RS256 \*\(Algorithm\)\* · \*\*typ\*\* JWT \*\(Type\)\* · \*\*kid\*\* L1KfKFI_jnXbwWc22xZxw1sUHH0 \*\(Key ID\)\*$/,
  );
});

test('at a glance: summary, findings, actions, then claims, in that order', () => {
  const token = ENTRA_ACCESS;
  const markdown = buildTokenHover(analysis(token), { token });
  const at = (needle: string) => {
    const index = markdown.indexOf(needle);
    assert.ok(index !== -1, needle);
    return index;
  };
  const order = [
    at('access token**'),
    at('**Findings**'),
    at('[$(open-preview) Open decoded view]'),
    at('| claim | value | meaning |'),
    at('**Claims**'),
    at('**Header**'),
  ];
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
  );
  // The findings are within the first few lines, not after the claim table.
  assert.ok(markdown.split('\n').findIndex((line) => line.startsWith('**Findings**')) <= 4);
});

test('findings with severity icons, then links to our commands for this token', () => {
  const token = ENTRA_ACCESS;
  const markdown = buildTokenHover(analysis(token), { token });
  assert.match(markdown, /\*\*Findings\*\*\n\n- \$\(error\) /);
  const args = encodeURIComponent(JSON.stringify([token]));
  assert.ok(markdown.includes(`](command:authlens.decodeToken?${args})`));
  assert.ok(markdown.includes(`](command:authlens.verifySignature?${args})`));
  assert.ok(markdown.includes(`](command:authlens.copyPayload?${args})`));
  assert.ok(markdown.includes(`[$(copy) Copy payload](command:authlens.copyPayload?${args})\n\n| claim |`));
  assertInert(markdown);
});

test('the hostile sample stays inert: no live link, no HTML, no heading, no code fence', () => {
  const markdown = buildTokenHover(analysis(HOSTILE), { token: HOSTILE });
  assertInert(markdown);
  assert.ok(!markdown.includes('](command:workbench'));
  assert.ok(!markdown.includes('](https://evil'));
  assert.ok(!/^#/m.test(markdown), 'no line starts a heading');
  assert.ok(!markdown.includes('```'));
  // The text itself is still there for the reader.
  assert.ok(markdown.includes('Click me'));
  assert.ok(markdown.includes('\\<script\\>'));
  // Every table row stays on one line.
  for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) assert.match(line, / \|$/);
});

test('any claim name and value stays inert (property)', () => {
  const nasty = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '[x](command:workbench.action.terminal.new)',
      '<img src=x onerror=1>',
      '$(alert)',
      '`code`',
      '\n# h',
      '|a|b|',
      '\\[x](y)',
      '![i](https://x)',
      '<!-- c -->',
      '&lt;b&gt;',
    ),
  );
  fc.assert(
    fc.property(fc.dictionary(nasty, fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }), fc.integer())), nasty, (claims, kid) => {
      const token = makeToken({ alg: 'RS256', kid }, { ...claims, exp: NOW / 1000 + 60 });
      const decoded = decodeToken(token);
      if (!decoded.ok) return;
      const markdown = buildTokenHover(analyzeToken(decoded.token, { now: NOW }), { token: decoded.token.raw });
      assertInert(markdown);
      for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) assert.match(line, / \|$/);
    }),
    { numRuns: 300 },
  );
});

test('big payloads are capped: 40 claims, long values cut, and the hover says so', () => {
  const markdown = buildTokenHover(analysis(bigToken(100, 200)));
  const tableRows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| claim'));
  const compact = (markdown.split('\n').find((line) => line.startsWith('**Claims**')) ?? '').split(' · ');
  assert.equal(tableRows.length + compact.length, 40);
  assert.match(plain(markdown), /Showing 40 of 102 claims; the decoded view shows them all/);
  assert.ok(markdown.includes('…'));
  assert.ok(!markdown.includes('v'.repeat(100)));
  assert.ok(markdown.length < 12_000, `hover is ${markdown.length} characters`);
});

test('an encrypted token says the payload cannot be read', () => {
  const markdown = buildTokenHover(analysis(RFC7516_A3_JWE));
  assert.match(plain(markdown), /^\*\*encrypted token\*\* · A128KW · encrypted: times unknown/);
  assert.match(plain(markdown), /\*Payload encrypted: only the header can be read without the key\.\*/);
});

test('without a token there are no links', () => {
  assert.ok(!buildTokenHover(analysis(ENTRA_ACCESS)).includes('command:'));
});

test('a sub of \\u202Eevil does not display reversed: bidi and zero-width characters show as escapes', () => {
  const token = makeToken(
    { alg: 'RS256', typ: 'JWT' },
    { iss: 'https://issuer.example', sub: '\u202Eevil\u2066\u200B', aud: 'api\u200F', exp: 1800000000 },
  );
  const markdown = buildTokenHover(analysis(token), { token });
  assert.doesNotMatch(markdown, /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  assert.ok(markdown.includes('\\u202eevil'), markdown);
});

test('a JWS whose payload is text: the hover names it and shows the text; the decoded view too', async () => {
  const { RFC_VECTORS } = await import('../../../fixtures/tokens/rfcVectors');
  const { buildDecodedViewBody } = await import('../../../../src/extension/tokens/decodedViewHtml');
  const a4 = RFC_VECTORS.find((v) => v.name.startsWith('RFC 7515 A.4'))!.token;
  const markdown = plain(buildTokenHover(analysis(a4)));
  assert.match(markdown, /^\*\*JWS, not a JWT\*\* · ES512/);
  assert.match(markdown, /\*\*Payload \(text\)\*\* Payload/);
  const decoded = decodeToken(a4);
  assert.ok(decoded.ok);
  const page = buildDecodedViewBody({
    decoded: decoded.token,
    analysis: analyzeToken(decoded.token),
    signature: { state: 'unchecked' },
  }).value;
  assert.match(page, /Not JSON: the payload as text \(7 bytes\)\.<\/p><pre class="json">Payload<\/pre>/);
});
