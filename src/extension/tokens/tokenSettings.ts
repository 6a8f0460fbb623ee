import * as vscode from 'vscode';
import { DEFAULT_CLOCK_SKEW_SECONDS } from '../../core/tokens/index';

/** The token settings from package.json, read fresh each time (they can change at any moment). */
export interface TokenSettings {
  hoverEnabled: boolean;
  decorationsEnabled: boolean;
  clockSkewSeconds: number;
}

export function readTokenSettings(): TokenSettings {
  const config = vscode.workspace.getConfiguration('authlens');
  const skew = config.get<number>('clockSkewSeconds', DEFAULT_CLOCK_SKEW_SECONDS);
  return {
    hoverEnabled: config.get<boolean>('hover.enabled', true),
    decorationsEnabled: config.get<boolean>('decorations.enabled', false),
    // A hand-edited settings.json can hold anything; keep the skew a sane number.
    clockSkewSeconds: typeof skew === 'number' && Number.isFinite(skew) ? Math.min(Math.max(skew, 0), 3600) : DEFAULT_CLOCK_SKEW_SECONDS,
  };
}
