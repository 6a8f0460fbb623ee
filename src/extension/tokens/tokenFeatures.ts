import * as vscode from 'vscode';
import { decodeToken, type KeySource } from '../../core/tokens/index';
import { CommandId } from '../commandIds';
import type { Log } from '../log';
import { DecodedPanels } from './decodedPanels';
import { inspectToken } from '../../core/tokens/inspectToken';
import { payloadJson } from '../../core/tokens/payloadJson';
import { resolveToken } from './resolveToken';
import { TokenDecorations } from './tokenDecorations';
import { TokenHoverProvider } from './tokenHoverProvider';
import { readTokenSettings } from '../settings';
import { verifySignatureCommand } from './verifyCommand';
import { samlTarget, showSamlPanel } from '../traces/samlFeatures';

/**
 * Token hover (every scheme, the Output panel included), Decode Token with its decoded view, Verify
 * Token Signature, Copy Token Payload, and the optional inline decorations. Registration only:
 * nothing is decoded until a hover or a command asks.
 */
export function registerTokenFeatures(context: vscode.ExtensionContext, log: Log): void {
  const panels = new DecodedPanels(context.extensionUri);
  context.subscriptions.push(
    panels,
    vscode.languages.registerHoverProvider({ scheme: '*' }, new TokenHoverProvider(log)),
    vscode.commands.registerCommand(CommandId.decodeToken, (argument?: unknown) =>
      decodeTokenCommand(panels, log, argument, context.extensionUri),
    ),
    vscode.commands.registerCommand(CommandId.verifySignature, (argument?: unknown, keySource?: unknown) =>
      verifySignatureCommand(panels, log, argument, isKeySource(keySource) ? keySource : undefined),
    ),
    vscode.commands.registerCommand(CommandId.copyPayload, (argument?: unknown) => copyPayloadCommand(log, argument)),
    new TokenDecorations(),
  );
}

/**
 * AuthLens: Decode Token. Opens (or reveals) the token's decoded view and returns its title, or
 * undefined when there was no token (after telling the user why). Never throws.
 */
async function decodeTokenCommand(
  panels: DecodedPanels,
  log: Log,
  argument: unknown,
  extensionUri: vscode.Uri,
): Promise<string | undefined> {
  try {
    // A SAMLRequest / SAMLResponse (argument, selection or under the cursor) opens the SAML view.
    const saml = await samlTarget(argument);
    if (saml) {
      const shown = await showSamlPanel(extensionUri, log, saml, readTokenSettings().clockSkewSeconds);
      if (shown) return shown;
    }
    const resolved = await resolveToken(argument, 'Paste a token or a SAML message to decode');
    if (!resolved) return undefined;
    const inspection = inspectToken(resolved.text, {
      clockSkewSeconds: readTokenSettings().clockSkewSeconds,
      sentAsBearer: resolved.sentAsBearer ?? false,
    });
    if (!inspection.ok) {
      const shown =
        resolved.from === 'input' ? await showSamlPanel(extensionUri, log, resolved.text, readTokenSettings().clockSkewSeconds) : undefined;
      if (shown) return shown;
      log.info(`decode token (${resolved.from}): ${inspection.error.code}`);
      void vscode.window.showErrorMessage(`AuthLens: cannot decode this token: ${inspection.error.message}.`);
      return undefined;
    }
    log.info(`decode token (${resolved.from}): ${inspection.decoded.format}, ${inspection.analysis.kind.kind}`);
    return panels.show(inspection).title;
  } catch (error) {
    // A bug of ours must not surface as an unhandled command failure.
    log.error(error instanceof Error ? error : String(error));
    void vscode.window.showErrorMessage('AuthLens: decoding failed unexpectedly; see AuthLens: Show Log.');
    return undefined;
  }
}

/** AuthLens: Copy Token Payload as JSON. Returns whether something was copied. */
async function copyPayloadCommand(log: Log, argument: unknown): Promise<boolean> {
  const resolved = await resolveToken(argument, 'Paste the token whose payload to copy');
  if (!resolved) return false;
  const decoded = decodeToken(resolved.text);
  if (!decoded.ok) {
    void vscode.window.showErrorMessage(`AuthLens: cannot decode this token: ${decoded.error.message}.`);
    return false;
  }
  const json = payloadJson(decoded.token);
  if (json === undefined) {
    void vscode.window.showWarningMessage('AuthLens: the payload is encrypted (JWE); there are no readable claims to copy.');
    return false;
  }
  await vscode.env.clipboard.writeText(json);
  log.info('copied a token payload to the clipboard');
  void vscode.window.setStatusBarMessage('AuthLens: payload copied as JSON', 3000);
  return true;
}

/** Only programmatic callers pass a key source; a menu's second argument is something else. */
function isKeySource(value: unknown): value is KeySource {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'secret' || kind === 'pem' || kind === 'jwk' || kind === 'jwks' || kind === 'discovery';
}
