import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/**
 * The extension-tests entry that VS Code loads (`extensionTestsPath`): the same contract for
 * @vscode/test-electron on a desktop and for code-server here. Runs every compiled `*.test.js`
 * beside it and rejects when a test fails.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  // AUTHLENS_INTEGRATION_GREP runs only the tests whose title matches (a quicker loop while working on one).
  const grep = process.env.AUTHLENS_INTEGRATION_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
