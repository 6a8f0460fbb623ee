import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { coerceSetting, SETTINGS, settingId, type SettingKey, type SettingSpec } from '../../../src/extension/settingsTable';
import { DEFAULT_CLOCK_SKEW_SECONDS } from '../../../src/core/tokens/index';
import { DEFAULT_MAX_ITEMS } from '../../../src/core/capture/captureStore';

interface Contributed {
  type: string;
  default: unknown;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  scope?: string;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const contributed: Record<string, Contributed> = pkg.contributes.configuration.properties;
const table: [SettingKey, SettingSpec][] = Object.entries(SETTINGS) as [SettingKey, SettingSpec][];

test('the settings table and package.json declare the same keys', () => {
  assert.deepEqual(table.map(([key]) => settingId(key)).sort(), Object.keys(contributed).sort());
});

test('every setting has the same type, default, limits, enum and scope in the table and in package.json', () => {
  for (const [key, spec] of table) {
    const declared = contributed[settingId(key)];
    assert.ok(declared, key);
    assert.equal(declared.type, spec.type, key);
    assert.deepEqual(declared.default, spec.default, key);
    assert.equal(declared.minimum, spec.type === 'number' ? spec.minimum : undefined, `${key} minimum`);
    assert.equal(declared.maximum, spec.type === 'number' ? spec.maximum : undefined, `${key} maximum`);
    assert.deepEqual(declared.enum, spec.enum, `${key} enum`);
    assert.equal(declared.scope, spec.scope, `${key} scope`);
  }
});

test('the restricted settings are the ones package.json keeps from untrusted workspaces', () => {
  const restricted = table
    .filter(([, spec]) => spec.restricted)
    .map(([key]) => settingId(key))
    .sort();
  assert.deepEqual(restricted, [...pkg.capabilities.untrustedWorkspaces.restrictedConfigurations].sort());
  assert.deepEqual(restricted, ['authlens.flow.redirectPort', 'authlens.flow.timeoutSeconds']);
});

test("the defaults the core falls back on are the settings' defaults", () => {
  assert.equal(SETTINGS.clockSkewSeconds.default, DEFAULT_CLOCK_SKEW_SECONDS);
  assert.equal(SETTINGS['capture.maxItems'].default, DEFAULT_MAX_ITEMS);
});

test('a hand-edited value reads typed: wrong types and non-finite numbers give the default, numbers are clamped to the limits', () => {
  assert.equal(coerceSetting('hover.enabled', 'no'), true);
  assert.equal(coerceSetting('hover.enabled', false), false);
  assert.equal(coerceSetting('agent.maskPersonalData', 'yes'), false);
  assert.equal(coerceSetting('agent.maskPersonalData', true), true);
  assert.equal(coerceSetting('clockSkewSeconds', -5), 0);
  assert.equal(coerceSetting('clockSkewSeconds', 99_999), 3600);
  assert.equal(coerceSetting('clockSkewSeconds', Number.NaN), 300);
  assert.equal(coerceSetting('clockSkewSeconds', '60'), 300);
  assert.equal(coerceSetting('flow.timeoutSeconds', 1), 10);
  assert.equal(coerceSetting('flow.timeoutSeconds', Infinity), 300);
  assert.equal(coerceSetting('flow.timeoutSeconds', 42.5), 42.5);
  assert.equal(coerceSetting('capture.maxItems', 3), 10);
  assert.equal(coerceSetting('capture.maxItems', 1e9), 10000);
  // A port out of range or with a fraction is a typo: any free port, not the nearest one.
  assert.equal(coerceSetting('flow.redirectPort', 8080), 8080);
  assert.equal(coerceSetting('flow.redirectPort', 70_000), 0);
  assert.equal(coerceSetting('flow.redirectPort', -1), 0);
  assert.equal(coerceSetting('flow.redirectPort', 80.5), 0);
  // Arrays are left for their owner (profiles.ts) to validate entry by entry.
  assert.deepEqual(coerceSetting('flow.profiles', undefined), []);
  const odd = [{ name: 'x' }, 'text'];
  assert.equal(coerceSetting('flow.profiles', odd), odd);
});

test('whatever settings.json holds, a number setting reads as a number within its limits and a boolean as a boolean', () => {
  const keys = table.map(([key]) => key);
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.anything(), (key, raw) => {
      const spec: SettingSpec = SETTINGS[key];
      const value = coerceSetting(key, raw);
      if (spec.type === 'number') {
        assert.equal(typeof value, 'number');
        assert.ok((value as number) >= spec.minimum && (value as number) <= spec.maximum, `${key}: ${String(value)}`);
      } else if (spec.type === 'boolean') {
        assert.equal(typeof value, 'boolean');
      }
    }),
  );
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('only src/extension/settings.ts reads or writes settings (getConfiguration)', () => {
  const readers = files('src').filter((file) => /\bgetConfiguration\s*\(/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(readers, [join('src', 'extension', 'settings.ts')]);
});
