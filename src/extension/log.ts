import * as vscode from 'vscode';
import { redact } from '../core/redact';

/**
 * The "AuthLens" log channel. Every line passes through `redact`, so a token, code or secret that
 * slips into a message is never written in full.
 */
export interface Log {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
  show(): void;
}

let channel: vscode.LogOutputChannel | undefined;

export function createLog(context: vscode.ExtensionContext): Log {
  channel ??= vscode.window.createOutputChannel('AuthLens', { log: true });
  context.subscriptions.push(channel);
  const out = channel;
  return {
    trace: (m) => out.trace(redact(m)),
    debug: (m) => out.debug(redact(m)),
    info: (m) => out.info(redact(m)),
    warn: (m) => out.warn(redact(m)),
    error: (m) => out.error(redact(m instanceof Error ? `${m.name}: ${m.message}` : m)),
    show: () => out.show(true),
  };
}
