import * as vscode from 'vscode';
import { readSetting, updateSetting } from '../settings';
import { readSavedProfiles, secretKey, storedSecretApplies, upsertProfile, type SavedProfile } from '../../core/flow/profiles';

/**
 * Profiles live in the user's settings (`authlens.flow.profiles`, global); each profile's client
 * secret lives only in SecretStorage under {@link secretKey}.
 */
export class ProfileStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  read(): { profiles: SavedProfile[]; problems: string[] } {
    return readSavedProfiles(readSetting('flow.profiles'));
  }

  async save(profile: SavedProfile, clientSecret?: string): Promise<void> {
    const { profiles } = this.read();
    const previous = profiles.find((p) => p.name === profile.name);
    await updateSetting('flow.profiles', upsertProfile(profiles, profile), vscode.ConfigurationTarget.Global);
    if (clientSecret) await this.secrets.store(secretKey(profile.name), clientSecret);
    // The old secret was for another client or issuer: it does not move to the new one.
    else if (previous && !storedSecretApplies(previous, profile)) await this.secrets.delete(secretKey(profile.name));
    if (profile.authMethod === 'none') await this.secrets.delete(secretKey(profile.name));
  }

  async remove(name: string): Promise<boolean> {
    const { profiles } = this.read();
    if (!profiles.some((p) => p.name === name)) return false;
    await updateSetting(
      'flow.profiles',
      profiles.filter((p) => p.name !== name),
      vscode.ConfigurationTarget.Global,
    );
    await this.secrets.delete(secretKey(name));
    return true;
  }

  async secret(name: string): Promise<string | undefined> {
    if (!name) return undefined;
    return this.secrets.get(secretKey(name));
  }

  redirectPortSetting(): number {
    return readSetting('flow.redirectPort');
  }

  timeoutMs(): number {
    return readSetting('flow.timeoutSeconds') * 1000;
  }
}
