import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { outputDir, samplesDir } from './paths';

/**
 * A real VS Code (code-server) with AuthLens installed and `samples/` open, driven through Chromium.
 * Each UI test gets a fresh server and browser; screenshots land in test-output/<suite>/.
 */
export interface Ui {
  page: Page;
  server: CodeServer;
  /** Opens a file at the top of the workspace from the Explorer (a nested path through Quick Open) and waits for its editor. */
  openFile(relativePath: string): Promise<void>;
  /** Clicks into the first visible occurrence of `text` in the active editor, placing the cursor there. */
  click(text: string): Promise<void>;
  /** Closes the hover and moves the mouse away, so the next shortcut reaches the workbench. */
  dismissHover(): Promise<void>;
  /** The targets of the links in the visible hover (the renderer keeps them in data-href). */
  hoverLinks(): Promise<string[]>;
  /** Rests the mouse on the first visible occurrence of `text` in the editor; returns the hover widget's text. */
  hover(text: string, expect?: RegExp): Promise<string>;
  /** Runs a command from the palette by its title, e.g. "AuthLens: Decode Token". */
  runCommand(title: string): Promise<void>;
  /** Opens the AuthLens container in the activity bar. */
  openAuthLens(): Promise<void>;
  /** The content frame of a webview (the visible one by default). */
  webview(index?: number): FrameLocator;
  /** Saves a screenshot as test-output/<suite>/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

export interface UiOptions {
  settings?: Record<string, unknown>;
  workspace?: string;
  viewport?: { width: number; height: number };
  /** Workspace trust on and the folder untrusted: Restricted Mode. */
  restricted?: boolean;
  /** code-server's port proxy on: loopback URLs are mapped as in a remote window. */
  portProxy?: boolean;
}

export async function withVsCode(suite: string, fn: (ui: Ui) => Promise<void>, options: UiOptions = {}): Promise<void> {
  const shots = join(outputDir, suite);
  mkdirSync(shots, { recursive: true });
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  try {
    server = await startCodeServer({ workspace: options.workspace ?? samplesDir, installExtension: true, settings: options.settings, restricted: options.restricted, portProxy: options.portProxy });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(options.workspace ?? samplesDir)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30_000 }).catch(() => undefined);
    // Extensions activate after the workbench shows; on a busy machine that takes a while.
    await page.waitForTimeout(500);
    await page.locator('.statusbar-item', { hasText: 'Activating Extensions' }).first().waitFor({ state: 'hidden', timeout: 120_000 });
    await fn(makeUi(page, server, shots));
  } catch (error) {
    if (page) await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => undefined);
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}

function makeUi(page: Page, server: CodeServer, shots: string): Ui {
  const ui: Ui = {
    page,
    server,
    async openFile(relativePath) {
      await page.keyboard.press('Escape');
      const name = relativePath.split('/').pop() ?? relativePath;
      if (relativePath.includes('/')) {
        // Quick Open finds nested files; its index can lag on a busy machine, hence the long waits.
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(relativePath);
        await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: 90_000 });
        await page.keyboard.press('Enter');
      } else {
        const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
        await row.waitFor({ state: 'visible', timeout: 90_000 });
        await row.dblclick();
      }
      await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor({ timeout: 90_000 });
      await page.locator('.editor-group-container.active .monaco-editor .view-lines >> visible=true').first().waitFor({ timeout: 90_000 });
      await page.waitForTimeout(500);
    },
    async click(text) {
      const box = await page.evaluate((needle) => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines')?.getBoundingClientRect();
        for (const span of Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line span span'))) {
          const node = span.firstChild;
          const at = (node?.textContent ?? '').indexOf(needle);
          if (!node || at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at + Math.min(2, needle.length - 1));
          range.setEnd(node, at + Math.min(3, needle.length));
          const rect = range.getBoundingClientRect();
          // Monaco renders a whole line even where it runs past the editor's edge; only a visible spot will do.
          if (editor && (rect.x < editor.left || rect.x > editor.right - 150)) continue;
          const point = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          if (span.contains(document.elementFromPoint(point.x, point.y))) return point;
        }
        return undefined;
      }, text);
      if (!box) throw new Error(`"${text}" is not visible in the editor`);
      await page.mouse.click(box.x, box.y);
    },
    async dismissHover() {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
    },
    hoverLinks() {
      return page.locator('.monaco-hover:not(.hidden) a').evaluateAll((links) =>
        links.map((link) => link.getAttribute('data-href') ?? link.getAttribute('href') ?? ''));
    },
    async hover(text, expect) {
      const box = await page.evaluate((needle) => {
        for (const span of Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line span span'))) {
          const node = span.firstChild;
          const content = node?.textContent ?? '';
          const at = content.indexOf(needle);
          if (!node || at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at + Math.min(2, needle.length - 1));
          range.setEnd(node, at + Math.min(3, needle.length));
          const rect = range.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
        return undefined;
      }, text);
      if (!box) throw new Error(`"${text}" is not visible in the editor`);
      // The extension activates on startup finished; a hover before that shows nothing, so retry.
      const deadline = Date.now() + 30_000;
      let last = '';
      while (Date.now() < deadline) {
        await page.mouse.move(box.x - 40, box.y + 60);
        await page.waitForTimeout(100);
        await page.mouse.move(box.x, box.y);
        const hover = page.locator('.monaco-hover:not(.hidden)').first();
        try {
          await hover.waitFor({ state: 'visible', timeout: 3000 });
          await page.waitForTimeout(400); // let every provider's part render
          last = await hover.innerText();
          if (!expect || expect.test(last)) return last;
        } catch {
          // no hover yet
        }
      }
      throw new Error(`no hover over "${text}"${expect ? ` matching ${expect}` : ''}; last hover text: ${last.slice(0, 500)}`);
    },
    async runCommand(title) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await row.click();
      // On a busy machine the click can land while the list re-renders; the palette then stays open.
      const widget = page.locator('.quick-input-widget');
      if (!(await widget.waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false))) {
        await row.click();
        await widget.waitFor({ state: 'hidden', timeout: 10_000 });
      }
    },
    async openAuthLens() {
      const item = page.locator('.activitybar .action-item a[aria-label^="AuthLens"]').first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      const expanded = await item.getAttribute('aria-expanded');
      if (expanded !== 'true') await item.click();
      await page.locator('.pane-header', { hasText: /flow tester/i }).first().waitFor({ timeout: 15_000 });
    },
    webview(index = 0) {
      return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
    },
    async screenshot(name) {
      const path = join(shots, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
  };
  return ui;
}

/**
 * Waits until an input shows `expected` (a webview fills its form asynchronously), checking on each
 * rendered frame inside the page; fails with the value it last had. Returns that value.
 */
export async function waitForInputValue(locator: Locator, expected: string, timeoutMs = 10_000): Promise<string> {
  const matched = await locator.evaluate((input, [want, ms]) => new Promise<boolean>((resolve) => {
    const deadline = performance.now() + ms;
    const check = () => {
      if ((input as HTMLInputElement).value === want) return resolve(true);
      if (performance.now() > deadline) return resolve(false);
      requestAnimationFrame(check);
    };
    check();
  }), [expected, timeoutMs] as const).catch(() => false);
  const value = await locator.inputValue();
  if (!matched) assert.equal(value, expected, 'the input never showed the expected value');
  return value;
}

/** `ui.hover`, given a second chance: on a loaded machine the first hover can come and go unseen. */
export async function hoverText(ui: Ui, needle: string, expect: RegExp): Promise<string> {
  try {
    return await ui.hover(needle, expect);
  } catch {
    await ui.page.mouse.move(5, 5);
    return ui.hover(needle, expect);
  }
}
