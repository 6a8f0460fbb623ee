/**
 * Every `authlens.*` setting in one table: its type, default and limits, as package.json's
 * `contributes.configuration` declares them (test/unit/extension/settings.test.ts checks the two agree,
 * both ways). Pure: no `vscode` import, so the table and the coercion rules can be tested directly.
 * Read settings through `src/extension/settings.ts`, never with `getConfiguration` elsewhere.
 */

interface BooleanSpec {
  readonly type: 'boolean';
  readonly default: boolean;
}

interface NumberSpec {
  readonly type: 'number';
  readonly default: number;
  readonly minimum: number;
  readonly maximum: number;
  /** Only whole numbers; a fraction reads as the default. */
  readonly integer?: boolean;
  /** A value outside the limits reads as the default instead of being clamped to the nearest limit. */
  readonly outOfRange?: 'default';
}

interface ArraySpec {
  readonly type: 'array';
  readonly default: readonly unknown[];
  /** The owner validates the entries itself (profiles.ts for the Flow Tester profiles). */
}

export type SettingSpec = (BooleanSpec | NumberSpec | ArraySpec) & {
  /** VS Code's `scope`, when it is not the default (`window`). */
  readonly scope?: 'application' | 'machine' | 'resource';
  /** In package.json's `capabilities.untrustedWorkspaces.restrictedConfigurations`: ignored from an untrusted workspace. */
  readonly restricted?: boolean;
  /** Allowed values, for settings with an `enum` (none today; the test compares it with package.json). */
  readonly enum?: readonly (string | number)[];
};

export const SETTINGS_SECTION = 'authlens';

export const SETTINGS = {
  'hover.enabled': { type: 'boolean', default: true },
  clockSkewSeconds: { type: 'number', default: 300, minimum: 0, maximum: 3600 },
  'decorations.enabled': { type: 'boolean', default: false },
  'capture.enabled': { type: 'boolean', default: true },
  'capture.terminals': { type: 'boolean', default: true },
  'capture.maxItems': { type: 'number', default: 500, minimum: 10, maximum: 10000 },
  'capture.clearOnSessionEnd': { type: 'boolean', default: false },
  'capture.notifyOnError': { type: 'boolean', default: false },
  // A port beyond the range is a typo, not a wish for the nearest port: it falls back to 0 (any free port).
  'flow.redirectPort': { type: 'number', default: 0, minimum: 0, maximum: 65535, integer: true, outOfRange: 'default', restricted: true },
  'flow.timeoutSeconds': { type: 'number', default: 300, minimum: 10, maximum: 3600, restricted: true },
  // User settings only: a profile's stored secret is looked up by name, so a workspace must not redefine one.
  'flow.profiles': { type: 'array', default: [], scope: 'application' },
  'agent.maskPersonalData': { type: 'boolean', default: false },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTINGS;

/** What a setting reads as: booleans and numbers typed, arrays left for their owner to validate. */
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['type'] extends 'boolean'
  ? boolean
  : (typeof SETTINGS)[K]['type'] extends 'number'
    ? number
    : unknown;

/** The full id, as in settings.json and `affectsConfiguration`. */
export function settingId(key: SettingKey): string {
  return `${SETTINGS_SECTION}.${key}`;
}

/**
 * A raw value (whatever a hand-edited settings.json holds) as the setting's type: the wrong type or a
 * non-finite number reads as the default; a number outside the limits is clamped to them.
 */
export function coerceSetting<K extends SettingKey>(key: K, raw: unknown): SettingValue<K> {
  return coerce(SETTINGS[key], raw) as SettingValue<K>;
}

function coerce(spec: SettingSpec, raw: unknown): unknown {
  switch (spec.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? raw : spec.default;
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return spec.default;
      if (spec.integer && !Number.isInteger(raw)) return spec.default;
      if (raw >= spec.minimum && raw <= spec.maximum) return raw;
      return spec.outOfRange === 'default' ? spec.default : Math.min(spec.maximum, Math.max(spec.minimum, raw));
    }
    case 'array':
      return raw === undefined ? spec.default : raw;
  }
}
