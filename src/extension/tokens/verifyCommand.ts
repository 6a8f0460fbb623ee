import * as vscode from 'vscode';
import { decodeToken, verifySignature, type KeySource, type VerifyResult } from '../../core/tokens/index';
import type { Log } from '../log';
import type { DecodedPanels } from './decodedPanels';
import { parsePastedKey } from '../../core/tokens/pastedKey';
import { resolveToken } from './resolveToken';
import { verdictLevel, verdictMessage } from '../../core/tokens/verifyVerdict';

interface KeyChoice extends vscode.QuickPickItem {
  pick: 'discovery' | 'secret' | 'secret-base64url' | 'key';
}

/**
 * AuthLens: Verify Token Signature. Asks how to get the key (only discovery uses the network, and the
 * choice says so), checks under a progress notification, and reports the verdict as a message and in
 * the token's decoded view. `keySource` lets callers and tests skip the questions. Secrets are never logged.
 */
export async function verifySignatureCommand(
  panels: DecodedPanels,
  log: Log,
  argument?: unknown,
  keySource?: KeySource,
): Promise<VerifyResult | undefined> {
  const resolved = await resolveToken(argument, 'Paste the token whose signature to verify');
  if (!resolved) return undefined;
  const decoded = decodeToken(resolved.text);
  if (!decoded.ok) {
    void vscode.window.showErrorMessage(`AuthLens: cannot verify, this is not a token: ${decoded.error.message}.`);
    return undefined;
  }
  const { raw, header, payload, format } = decoded.token;
  const alg = typeof header.alg === 'string' ? header.alg : undefined;
  // Encrypted, unsecured or alg-less tokens: the core answers without a key, so don't ask for one.
  const needsNoKey = format !== 'jws' || alg === undefined;
  const source = keySource ?? (needsNoKey ? ({ kind: 'discovery' } as const) : await askForKey(alg, payload?.iss));
  if (!source) return undefined;

  panels.setSignature(raw, { state: 'checking' });
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title:
        source.kind === 'discovery' && !needsNoKey
          ? "AuthLens: fetching the issuer's keys and verifying…"
          : 'AuthLens: verifying the signature…',
    },
    () => verifySignature(raw, source),
  );
  log.info(`verify signature: ${result.verdict} (key from ${source.kind}${result.jwksUri ? `, ${result.jwksUri}` : ''})`);
  panels.setVerdict(raw, result);
  announce(result);
  return result;
}

function announce(result: VerifyResult): void {
  const message = verdictMessage(result);
  switch (verdictLevel(result.verdict)) {
    case 'success':
      void vscode.window.showInformationMessage(message);
      break;
    case 'warning':
      void vscode.window.showWarningMessage(message);
      break;
    case 'error':
      void vscode.window.showErrorMessage(message);
      break;
  }
}

async function askForKey(alg: string, iss: unknown): Promise<KeySource | undefined> {
  const symmetric = /^HS\d+$/i.test(alg);
  const issuer = typeof iss === 'string' ? iss : undefined;
  const choices: KeyChoice[] = symmetric
    ? [
        {
          pick: 'secret',
          label: '$(key) Paste the shared secret',
          description: `${alg}: the secret as text`,
          detail: 'Checked on this machine; the secret is not stored or logged.',
        },
        {
          pick: 'secret-base64url',
          label: '$(key) Paste the shared secret (base64url)',
          description: 'for secrets kept encoded',
          detail: 'Checked on this machine; the secret is not stored or logged.',
        },
      ]
    : [
        {
          pick: 'discovery',
          label: "$(globe) Discover the issuer's keys (network)",
          description: issuer ? hostOf(issuer) : 'the token has no iss',
          detail:
            "Fetches the issuer's openid-configuration and JWKS. This is the only choice that goes over the network; the token itself is not sent.",
        },
        {
          pick: 'key',
          label: '$(file-code) Paste a public key',
          description: 'PEM public key or certificate, JWK or JWK Set',
          detail: 'Checked on this machine.',
        },
      ];
  const choice = await vscode.window.showQuickPick(choices, {
    title: `AuthLens: verify the ${alg} signature`,
    placeHolder: 'Where should the key come from?',
    ignoreFocusOut: true,
  });
  if (!choice) return undefined;
  switch (choice.pick) {
    case 'discovery':
      return { kind: 'discovery' };
    case 'secret':
    case 'secret-base64url': {
      const encoding = choice.pick === 'secret' ? 'utf8' : 'base64url';
      const secret = await vscode.window.showInputBox({
        title: `AuthLens: shared secret for ${alg}`,
        prompt: 'The secret is used once, on this machine.',
        password: true,
        ignoreFocusOut: true,
      });
      return secret ? { kind: 'secret', secret, encoding } : undefined;
    }
    case 'key': {
      const pasted = await vscode.window.showInputBox({
        title: 'AuthLens: public key',
        prompt: 'Paste a PEM public key or certificate, a JWK or a JWK Set (line breaks may be lost; that is fine).',
        ignoreFocusOut: true,
        validateInput: (value) => {
          if (value.trim() === '') return undefined;
          const parsed = parsePastedKey(value);
          return parsed.ok ? undefined : parsed.message;
        },
      });
      if (!pasted) return undefined;
      const parsed = parsePastedKey(pasted);
      if (!parsed.ok) {
        void vscode.window.showErrorMessage(`AuthLens: ${parsed.message}`);
        return undefined;
      }
      return parsed.source;
    }
  }
}

function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host;
  } catch {
    return issuer.slice(0, 60);
  }
}
