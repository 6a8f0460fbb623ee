import * as vscode from 'vscode';
import type { LiveCaptureSettings } from './capture/liveCapture';
import { coerceSetting, settingId, SETTINGS_SECTION, type SettingKey, type SettingValue } from './settingsTable';

/**
 * The one place that reads and writes `authlens.*` settings. Keys, defaults and limits are in
 * settingsTable.ts; every read goes through {@link readSetting}, which types the value and clamps it to
 * the limits, so a hand-edited settings.json cannot hand a feature a string or a negative timeout.
 * Settings are read fresh each time: they can change at any moment. In an untrusted workspace VS Code
 * itself leaves out the workspace's values of the restricted settings (package.json
 * `restrictedConfigurations`), so reads here need nothing special for Restricted Mode.
 */
export function readSetting<K extends SettingKey>(key: K): SettingValue<K> {
  return coerceSetting(key, vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(key));
}

export function updateSetting(key: SettingKey, value: unknown, target: vscode.ConfigurationTarget): Thenable<void> {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).update(key, value, target);
}

/** Whether a configuration change touches one of these settings (or a group, such as `capture`). */
export function affectsSetting(event: vscode.ConfigurationChangeEvent, ...keys: (SettingKey | 'capture')[]): boolean {
  return keys.some((key) => event.affectsConfiguration(key === 'capture' ? `${SETTINGS_SECTION}.capture` : settingId(key)));
}

/** The token settings, as the hover, the decorations and the decode command use them. */
export interface TokenSettings {
  hoverEnabled: boolean;
  decorationsEnabled: boolean;
  clockSkewSeconds: number;
}

export function readTokenSettings(): TokenSettings {
  return {
    hoverEnabled: readSetting('hover.enabled'),
    decorationsEnabled: readSetting('decorations.enabled'),
    clockSkewSeconds: readSetting('clockSkewSeconds'),
  };
}

/** The `authlens.capture.*` settings. */
export function readCaptureSettings(): LiveCaptureSettings {
  return {
    enabled: readSetting('capture.enabled'),
    terminals: readSetting('capture.terminals'),
    maxItems: readSetting('capture.maxItems'),
    clearOnSessionEnd: readSetting('capture.clearOnSessionEnd'),
    notifyOnError: readSetting('capture.notifyOnError'),
  };
}
