// Runs the same extension-host suite (test/integration, built to out/) in desktop VS Code through
// @vscode/test-electron. It downloads VS Code, so it needs the internet; `npm test` uses code-server instead.
// Usage: npm run test:electron            (VS Code stable)
//        VSCODE_VERSION=1.100.0 npm run test:electron   (the engines floor)
import { runTests } from '@vscode/test-electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'suite', 'index.js'),
    launchArgs: [join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error('Integration tests failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
