import { chromium, type Browser } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './install';

/**
 * Debian's Chromium, headless, with the flags that keep it off the network: this machine reaches no
 * host but loopback and the package registries, and Chromium's background services would keep trying.
 */
export async function launchChromium(): Promise<Browser> {
  const home = mkdtempSync(join(tmpdir(), 'al-chromium-'));
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    env: { ...process.env, HOME: home }, // Chromium writes crash reports under HOME
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
