import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './browser';
import { startCodeServer } from './codeServer';
import { outputDir, repoRoot, samplesDir } from './paths';

/**
 * Runs the extension-host integration suite (test/integration, built to out/) inside a real VS Code:
 * code-server with the smoke-test driver honours the same `extensionDevelopmentPath` /
 * `extensionTestsPath` payload that @vscode/test-electron passes on a desktop.
 */
test('extension-host integration suite passes inside code-server', { timeout: 300_000 }, async () => {
  const testsIndex = join(repoRoot, 'out', 'test', 'integration', 'suite', 'index.js');
  assert.ok(existsSync(testsIndex), `${testsIndex} is missing: run "node build.mjs --tests" first`);
  // The port proxy on: the suite checks the Flow Tester's redirect in a remote window (asExternalUri).
  const server = await startCodeServer({ workspace: samplesDir, smokeTestDriver: true, portProxy: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const authority = new URL(server.url).host;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${repoRoot}`],
      ['extensionTestsPath', `vscode-remote://${authority}${testsIndex}`],
    ];
    const output: string[] = [];
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...(args as [unknown, ...unknown[]]));
      output.push(line);
      // Mocha's report is indented or a summary; the workbench's own chatter is not worth the noise.
      if (/^\s|passing|failing|pending|Error/.test(line)) console.log(`  │ ${line.replace(/\n/g, '\n  │ ')}`);
    });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(samplesDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the integration suite did not finish within 240 s')), 240_000);
    });
    const code = await Promise.race([exitCode, timeout]).finally(() => clearTimeout(timer));
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(join(outputDir, 'integration.log'), output.join('\n'));
    const summary = output.filter((line) => /\d+ (passing|failing|pending)/.test(line)).join(', ');
    assert.equal(code, 0, `integration suite failed (${summary || 'no mocha summary'})`);
    assert.match(summary, /[1-9]\d* passing/, 'the integration suite ran no test');
  } finally {
    await browser.close();
    await server.stop();
  }
});
