import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CommandId, ViewId } from '../../../src/extension/commandIds';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('command ids in code and package.json are the same set', () => {
  const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(declared, Object.values(CommandId).sort());
});

test('every command is in the AuthLens category', () => {
  for (const c of pkg.contributes.commands) assert.equal(c.category, 'AuthLens', c.command);
});

test('the views in code are contributed', () => {
  assert.ok(pkg.contributes.viewsContainers.activitybar.some((c: { id: string }) => c.id === ViewId.container));
  const views = pkg.contributes.views[ViewId.container].map((v: { id: string }) => v.id);
  assert.deepEqual(views.sort(), [ViewId.captured, ViewId.flowTester].sort());
});

test('activation is lazy and every setting is documented in markdown', () => {
  assert.ok(!pkg.activationEvents.includes('*'));
  for (const [key, setting] of Object.entries<Record<string, unknown>>(pkg.contributes.configuration.properties)) {
    assert.ok(key.startsWith('authlens.'), key);
    assert.equal(typeof setting.markdownDescription, 'string', key);
  }
});

test('@types/vscode is not newer than the engines floor', () => {
  const floor = pkg.engines.vscode.replace(/^\^/, '');
  const types = readFileSync('node_modules/@types/vscode/package.json', 'utf8');
  assert.equal(JSON.parse(types).version, floor);
});

test('Flow Tester profiles are user settings only: a workspace cannot point a saved profile (and its stored secret) at another issuer', () => {
  // A profile's client secret is looked up by name; a same-named profile in .vscode/settings.json
  // would otherwise send that secret to the issuer the workspace chose.
  assert.equal(pkg.contributes.configuration.properties['authlens.flow.profiles'].scope, 'application');
});
