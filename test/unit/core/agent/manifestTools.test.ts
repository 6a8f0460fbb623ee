import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AGENT_TOOLS } from '../../../../src/core/agent/tools';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

interface ManifestTool {
  name: string;
  modelDescription: string;
  userDescription: string;
  displayName: string;
  toolReferenceName: string;
  inputSchema: { type: string; properties: Record<string, { type: string; description: string }>; required: string[] };
}

test('package.json declares each agent tool as a language-model tool, exactly as the core describes it', () => {
  const declared: ManifestTool[] = pkg.contributes.languageModelTools;
  assert.deepEqual(
    declared.map((t) => t.name),
    AGENT_TOOLS.map((t) => `authlens_${t.name}`),
  );
  for (const tool of AGENT_TOOLS) {
    const entry = declared.find((t) => t.name === `authlens_${tool.name}`)!;
    assert.equal(entry.modelDescription, tool.description, tool.name);
    assert.deepEqual(entry.inputSchema, {
      type: 'object',
      properties: { [tool.argument.name]: { type: 'string', description: tool.argument.description } },
      required: [tool.argument.name],
    });
    assert.match(entry.displayName, /^AuthLens: /);
    assert.ok(entry.userDescription.length > 10 && entry.toolReferenceName.startsWith('authlens'));
  }
});

test('each tool description states the privacy contract: offline, and what it never returns', () => {
  for (const tool of AGENT_TOOLS) {
    assert.match(
      tool.description,
      /Offline: nothing is sent over the network\. Never returns a whole token, a signature, an authorization code, a client secret or a cookie value/,
      tool.name,
    );
  }
});

test('the personal-data setting exists and is off by default', () => {
  const setting = pkg.contributes.configuration.properties['authlens.agent.maskPersonalData'];
  assert.equal(setting.type, 'boolean');
  assert.equal(setting.default, false);
});
