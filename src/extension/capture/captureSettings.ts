import * as vscode from 'vscode';
import { DEFAULT_MAX_ITEMS } from '../../core/capture/captureStore';
import type { LiveCaptureSettings } from './liveCapture';

/** The `authlens.capture.*` settings, with package.json's defaults. */
export function readCaptureSettings(): LiveCaptureSettings {
  const config = vscode.workspace.getConfiguration('authlens.capture');
  return {
    enabled: config.get<boolean>('enabled', true),
    terminals: config.get<boolean>('terminals', true),
    maxItems: config.get<number>('maxItems', DEFAULT_MAX_ITEMS),
    clearOnSessionEnd: config.get<boolean>('clearOnSessionEnd', false),
    notifyOnError: config.get<boolean>('notifyOnError', false),
  };
}
