/** What the fuzzer runs: every parser, each fed the generator family that fits it. */
import { analyzeToken, decodeToken, findTokenAt, findTokens } from '../../src/core/tokens/index';
import { findErrorAt, findErrors } from '../../src/core/errors/recognize';
import { parseErrorResponse } from '../../src/core/errors/responses/parse';
import { parseWwwAuthenticate } from '../../src/core/errors/responses/wwwAuthenticate';
import { decodeClaimsChallenge } from '../../src/core/errors/responses/claims';
import { createStreamScanner } from '../../src/core/capture/streamScanner';
import { scanText } from '../../src/core/scan/scan';
import { redact } from '../../src/core/redact';
import { buildTokenHover } from '../../src/extension/tokens/tokenHoverMarkdown';
import { responseFacts } from '../../src/core/errors/responseFacts';
import { parsePastedKey } from '../../src/core/tokens/pastedKey';
import { findSaml } from '../../src/core/saml/detect';
import { base64ToBinary, binaryToText, locateSaml, looksLikeXml } from '../../src/core/saml/input';
import { parseXml } from '../../src/core/saml/xml';
import { extractMessage, isSamlRoot } from '../../src/core/saml/extract';
import { samlFindings } from '../../src/core/saml/findings';
import { SamlDecodeError } from '../../src/core/saml/errors';
import { readHar, HarReadError } from '../../src/core/har/read';
import { roleOf } from '../../src/core/har/roles';
import { entryTokens } from '../../src/core/har/tokens';
import { entryErrors } from '../../src/core/har/errors';
import { sanitizeHar } from '../../src/core/har/sanitize';
import { harText, logText, mutate, nastyString, response, samlText, token, wwwAuthenticate, type Rng } from './generators';

export interface FuzzTarget {
  name: string;
  /** One input, from the input's own generator. */
  input(rng: Rng): unknown;
  /** Runs the parser; any exception is a finding. */
  run(input: unknown): void;
}

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const text = (input: unknown) => input as string;

/** A token most of the time, else a log line or pasted text around one. */
function tokenInput(rng: Rng): string {
  const r = rng.next();
  if (r < 0.6) return token(rng);
  if (r < 0.8)
    return mutate(
      rng,
      `${rng.pick(['Bearer ', '"', "'", ' ', 'Authorization: Bearer '])}${token(rng)}${rng.pick(['"', '', '\n', '.'])}`,
      0.3,
    );
  return logText(rng);
}

export const TARGETS: FuzzTarget[] = [
  {
    name: 'decodeToken + analyzeToken + token hover',
    input: tokenInput,
    run(input) {
      const decoded = decodeToken(text(input));
      if (!decoded.ok) return;
      const analysis = analyzeToken(decoded.token, { now: NOW });
      buildTokenHover(analysis, { token: decoded.token.raw, tokenAt: { uri: 'file:///fuzz', line: 0, character: 0 } });
    },
  },
  { name: 'findTokens', input: (rng) => logText(rng), run: (input) => void findTokens(text(input)) },
  {
    name: 'findTokenAt',
    input: (rng) => ({ line: logText(rng), at: rng.next() }),
    run(input) {
      const { line, at } = input as { line: string; at: number };
      findTokenAt(line, Math.floor(at * (line.length + 1)));
    },
  },
  { name: 'findErrors', input: (rng) => (rng.chance(0.5) ? response(rng) : logText(rng)), run: (input) => void findErrors(text(input)) },
  {
    name: 'findErrorAt',
    input: (rng) => ({ line: rng.chance(0.5) ? response(rng) : logText(rng), at: rng.next() }),
    run(input) {
      const { line, at } = input as { line: string; at: number };
      findErrorAt(line, Math.floor(at * (line.length + 1)));
    },
  },
  {
    name: 'parseErrorResponse + response facts',
    input: (rng) => (rng.chance(0.8) ? response(rng) : logText(rng)),
    run(input) {
      const parsed = parseErrorResponse(text(input));
      if (parsed.ok) responseFacts(parsed.parts, { now: NOW, timeZone: 'UTC' });
    },
  },
  {
    name: 'parseWwwAuthenticate',
    input: (rng) => mutate(rng, wwwAuthenticate(rng), 0.4),
    run: (input) => void parseWwwAuthenticate(text(input)),
  },
  {
    name: 'decodeClaimsChallenge',
    input: (rng) => (rng.chance(0.5) ? Buffer.from(response(rng)).toString(rng.chance(0.5) ? 'base64' : 'base64url') : response(rng)),
    run: (input) => void decodeClaimsChallenge(text(input)),
  },
  { name: 'scanText', input: (rng) => logText(rng), run: (input) => void scanText(text(input)) },
  {
    name: 'streamScanner',
    input(rng) {
      const output = logText(rng);
      const pieces: string[] = [];
      for (let at = 0; at < output.length;) {
        const length = 1 + rng.int(rng.chance(0.3) ? 8 : 600);
        pieces.push(output.slice(at, at + length));
        at += length;
      }
      return pieces;
    },
    run(input) {
      const scanner = createStreamScanner({ keepChars: 2048 });
      for (const piece of input as string[]) scanner.feed('s/stdout', piece);
      scanner.end('s/stdout');
    },
  },
  { name: 'redact', input: (rng) => logText(rng), run: (input) => void redact(text(input)) },
  {
    // decodeSaml's synchronous path (the POST binding and raw XML; the Redirect binding's inflate is async):
    // detection, locating, base64, XML (xmldom, DTDs refused), the message and its findings. Its typed
    // SamlDecodeError is the parser's answer to bad input, not a crash.
    name: 'SAML (findSaml + locate + parse + findings)',
    input: (rng) => samlText(rng),
    run(input) {
      findSaml(text(input));
      try {
        const located = locateSaml(text(input));
        if (!located) return;
        let xml = located.rawXml;
        if (xml === undefined) {
          const binary = base64ToBinary(located.encoded);
          if (!looksLikeXml(binary)) return;
          xml = binaryToText(binary);
        }
        const document = parseXml(xml);
        const root = document.documentElement;
        if (!root || !isSamlRoot(root)) return;
        samlFindings(extractMessage(document, 'post', located.relayState ?? null, null), document, { now: NOW });
      } catch (error) {
        if (!(error instanceof SamlDecodeError)) throw error;
      }
    },
  },
  {
    // analyzeHar's synchronous part per entry (reading, roles, tokens, errors) and sanitizing; HarReadError is the typed refusal.
    name: 'HAR (read + roles + tokens + errors + sanitize)',
    input: (rng) => harText(rng),
    run(input) {
      try {
        readHar(text(input)).entries.forEach((entry, index) => {
          const role = roleOf(entry);
          entryTokens(entry, index);
          entryErrors(entry, index, role);
        });
        sanitizeHar(text(input));
      } catch (error) {
        if (!(error instanceof HarReadError)) throw error;
      }
    },
  },
  {
    name: 'parsePastedKey',
    input: (rng) =>
      mutate(
        rng,
        `-----BEGIN ${rng.pick(['PUBLIC KEY', 'CERTIFICATE', 'X'])}-----${nastyString(rng)}-----END ${rng.pick(['PUBLIC KEY', 'CERTIFICATE'])}-----`,
        0.5,
      ),
    run: (input) => void parsePastedKey(text(input)),
  },
];
