/**
 * Sets up what the real-VS-Code tiers run on, before their tests start (so the first run's install, a few
 * minutes, counts against no test's timeout): Node 24 and code-server in .cache/, the Debian packages they
 * need, and with --browser Chromium. Later runs return at once. Usage: node --import tsx scripts/tools.ts [--browser]
 */
import { ensureCodeServerTools, findChromium } from '../test/harness/install';

try {
  ensureCodeServerTools();
  if (process.argv.includes('--browser')) findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
