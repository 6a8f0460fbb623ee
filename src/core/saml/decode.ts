/**
 * `decodeSaml`: any of the shapes `locateSaml` accepts → the message summary and findings. Async
 * because inflating uses `DecompressionStream`. Never throws: bad input is a typed error, in time
 * and memory bounded by `limits.ts`.
 */
import { SamlDecodeError, type SamlError } from './errors';
import { extractMessage, isSamlRoot } from './extract';
import { samlFindings, type SamlCheckOptions } from './findings';
import {
  base64ToBinary,
  binaryToBytes,
  binaryToText,
  bytesToText,
  inflate,
  locateSaml,
  looksLikeXml,
  MAX_WRITTEN_CHARS,
  type SamlBinding,
} from './input';
import type { SamlDecoded } from './types';
import { parseXml } from './xml';
import { MAX_ENCODED_CHARS } from './limits';

export type SamlResult = { ok: true; saml: SamlDecoded } | { ok: false; error: SamlError };

export async function decodeSaml(value: string, options: SamlCheckOptions = {}): Promise<SamlResult> {
  try {
    return { ok: true, saml: await decodeOrThrow(value, options) };
  } catch (error) {
    if (error instanceof SamlDecodeError) return { ok: false, error: { code: error.code, message: error.message } };
    return {
      ok: false,
      error: { code: 'bad_xml', message: `could not read the SAML message: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
}

async function decodeOrThrow(value: string, options: SamlCheckOptions): Promise<SamlDecoded> {
  if (typeof value !== 'string') throw new SamlDecodeError('not_saml', 'no SAML message found');
  // Checked before any pass over the text: a 50 MB value is refused in constant time.
  if (value.length > MAX_WRITTEN_CHARS) {
    throw new SamlDecodeError(
      'too_large',
      `the input is ${value.length} characters; the limit is ${MAX_ENCODED_CHARS} (SAML messages are far smaller)`,
    );
  }
  const input = locateSaml(value);
  if (!input) throw new SamlDecodeError('not_saml', 'no SAML message found');
  const named = input.parameter !== undefined || input.rawXml !== undefined;
  let xml: string;
  let binding: SamlBinding | null = null;
  try {
    if (input.rawXml !== undefined) {
      xml = input.rawXml;
    } else {
      const binary = base64ToBinary(input.encoded);
      if (looksLikeXml(binary)) {
        binding = 'post';
        xml = binaryToText(binary);
      } else {
        binding = 'redirect';
        xml = bytesToText(await inflate(binaryToBytes(binary)));
      }
    }
  } catch (error) {
    // A bare value that does not decode was probably never SAML; a named one is broken SAML.
    if (!named && error instanceof SamlDecodeError && error.code === 'bad_encoding')
      throw new SamlDecodeError('not_saml', 'no SAML message found');
    throw error;
  }
  if (!named && !/urn:oasis:names:tc:SAML:/.test(xml))
    throw new SamlDecodeError('not_saml', 'the value decodes, but not to a SAML message');
  const document = parseXml(xml);
  const root = document.documentElement!;
  if (!isSamlRoot(root))
    throw new SamlDecodeError(named ? 'bad_xml' : 'not_saml', `the XML's root is <${root.nodeName}>, not a SAML message`);
  const message = extractMessage(document, binding, input.relayState ?? null, input.querySignature?.sigAlg ?? null);
  return { message, findings: samlFindings(message, document, options), xml };
}
