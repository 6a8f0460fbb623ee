import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Browser, ConsoleMessage, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { outputDir, samplesDir } from './paths';
import { waitFor } from './waitFor';

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
  /** The content frame of a webview (the first one by default, visible or not). */
  webview(index?: number): FrameLocator;
  /** The content frame of the webview on screen (tabs in the background keep theirs hidden). */
  visibleWebview(): FrameLocator;
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
    server = await startCodeServer({
      workspace: options.workspace ?? samplesDir,
      installExtension: true,
      settings: options.settings,
      restricted: options.restricted,
      portProxy: options.portProxy,
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(options.workspace ?? samplesDir)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30_000 }).catch(() => undefined);
    const ui = makeUi(page, server, shots, options.workspace ?? samplesDir);
    // AuthLens activates after the workbench shows (onStartupFinished); on a busy machine that takes a while.
    // Every test starts once it has: its log says "activated in".
    await authLensActive(ui, isWebWorker(options.settings));
    await fn(ui);
  } catch (error) {
    if (page) await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => undefined);
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}

function makeUi(page: Page, server: CodeServer, shots: string, workspace: string): Ui {
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
      await page.locator(`.editor-group-container.active .tab.active[aria-label^="${name}"]`).first().waitFor({ timeout: 90_000 });
      await page.locator('.editor-group-container.active .monaco-editor .view-lines >> visible=true').first().waitFor({ timeout: 90_000 });
      // Monaco shows this file's text, not the previous editor's: the first word of its first line is on screen.
      const firstWord = readFileSync(join(workspace, relativePath), 'utf8')
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim()
        .split(/\s+/)[0]
        ?.slice(0, 30);
      if (firstWord)
        await page
          .locator('.editor-group-container.active .monaco-editor .view-line', { hasText: firstWord })
          .first()
          .waitFor({ timeout: 90_000 });
    },
    async click(text) {
      const box = await page.evaluate((needle) => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines')?.getBoundingClientRect();
        for (const span of Array.from(
          document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line span span'),
        )) {
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
      await page
        .locator('.monaco-hover:not(.hidden)')
        .first()
        .waitFor({ state: 'hidden', timeout: 10_000 })
        .catch(() => undefined);
      await page
        .locator('.monaco-hover:not(.hidden)')
        .waitFor({ state: 'detached', timeout: 10_000 })
        .catch(() => undefined);
    },
    hoverLinks() {
      return page
        .locator('.monaco-hover:not(.hidden) a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('data-href') ?? link.getAttribute('href') ?? ''));
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
      // One approach from below (so the hover opens fresh), then a wait on the hover's text: providers
      // answer one by one, so the widget fills in until it matches.
      await page.mouse.move(box.x - 40, box.y + 60);
      await page.mouse.move(box.x, box.y, { steps: 4 });
      let last = '';
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      try {
        return await waitFor(
          async () => {
            last = await hover.innerText({ timeout: 1000 }).catch(() => '');
            return (expect ? expect.test(last) : last.trim() !== '' && !/Loading/.test(last)) && last;
          },
          { timeout: 30_000, interval: 100, what: `a hover over "${text}"${expect ? ` matching ${expect}` : ''}` },
        );
      } catch (error) {
        throw new Error(`${(error as Error).message}; last hover text: ${last.slice(0, 500)}`);
      }
    },
    async runCommand(title) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      // Enter runs the focused row: once the filtered list has focused our command, no click can land on a
      // row that the list is re-rendering. When the list focuses nothing, one click on the row instead.
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      const focused = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first();
      if (
        await focused.waitFor({ state: 'visible', timeout: 2000 }).then(
          () => true,
          () => false,
        )
      )
        await page.keyboard.press('Enter');
      else await row.click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
    },
    async openAuthLens() {
      const item = page.locator('.activitybar .action-item a[aria-label^="AuthLens"]').first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      const expanded = await item.getAttribute('aria-expanded');
      if (expanded !== 'true') await item.click();
      await page
        .locator('.pane-header', { hasText: /flow tester/i })
        .first()
        .waitFor({ timeout: 15_000 });
    },
    webview(index = 0) {
      return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
    },
    visibleWebview() {
      return page.frameLocator('iframe.webview.ready >> visible=true').first().frameLocator('iframe#active-frame');
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
 * The UI side's wait on a DOM condition: `condition` runs in the page (or frame) on every animation
 * frame until it returns a truthy value, which is returned (as JSON). The error names `what`.
 */
export async function domCondition<A, R>(
  where: Page | Frame,
  condition: (arg: A) => R | undefined | null | false,
  arg: A,
  { timeout, what }: { timeout: number; what: string },
): Promise<R> {
  try {
    // Playwright types the page function's argument as its own Unboxed<A>; a JSON argument is the same value.
    const handle = await (where as Page).waitForFunction(condition as (arg: unknown) => R | undefined | null | false, arg as unknown, {
      timeout,
      polling: 'raf',
    });
    return (await handle.jsonValue()) as R;
  } catch (error) {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** `remote.extensionKind` puts AuthLens in the browser's web worker extension host. */
function isWebWorker(settings: Record<string, unknown> | undefined): boolean {
  const kinds = (settings?.['remote.extensionKind'] as Record<string, string[]> | undefined)?.['authlens.authlens'];
  return kinds?.[0] === 'web';
}

/**
 * Resolves once AuthLens has activated. In the Node extension host its log channel is a file under the
 * run folder; in the web worker host the log lives in the browser: once the Output view lists the
 * channel, "Show Log" opens it and the line is awaited there.
 */
async function authLensActive(ui: Ui, webWorker: boolean): Promise<void> {
  if (!webWorker) {
    await waitFor(() => /activated in \d/.test(ui.server.extensionLog('authlens.authlens', 'AuthLens')), {
      timeout: 120_000,
      interval: 100,
      what: 'AuthLens to log "activated in" (its log file in the run folder)',
    });
    return;
  }
  // In the worker host AuthLens starts well after the workbench: the activity-bar entry and the palette's
  // "AuthLens: …" rows come from the manifest before that, so neither says AuthLens runs (CI ran "Show
  // Log" then, and the Output view never opened). Its activation creates the "AuthLens" output channel:
  // the Output view's channel list naming it is the sign. Only then is "Show Log" run.
  const consoleErrors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && consoleErrors.length < 20) consoleErrors.push(message.text().slice(0, 300));
  };
  ui.page.on('console', onConsole);
  try {
    await ui.runCommand('Output: Focus on Output View');
    await domCondition(
      ui.page,
      () => [...document.querySelectorAll('.part.panel select option')].some((option) => option.textContent === 'AuthLens') || undefined,
      undefined,
      { timeout: 120_000, what: 'the Output view to list the "AuthLens" channel (AuthLens activated in the worker host)' },
    );
    await ui.runCommand('AuthLens: Show Log');
    // The web entry logs "activated (web extension: …)"; Monaco renders spaces as no-break spaces, which \s matches.
    await ui.page
      .locator('.view-line', { hasText: /\]\sactivated\b/ })
      .first()
      .waitFor({ timeout: 30_000 });
  } catch (error) {
    const toasts = await ui.page
      .locator('.notifications-toasts .notification-toast')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      [
        (error as Error).message,
        `notifications: ${JSON.stringify(toasts)}`,
        `browser console errors: ${JSON.stringify(consoleErrors)}`,
      ].join('\n'),
    );
  } finally {
    ui.page.off('console', onConsole);
  }
}

/**
 * Waits until an input shows `expected` (a webview fills its form asynchronously), checking on each
 * rendered frame inside the page; fails with the value it last had. Returns that value.
 */
export async function waitForInputValue(locator: Locator, expected: string, timeoutMs = 10_000): Promise<string> {
  const matched = await locator
    .evaluate(
      (input, [want, ms]) =>
        new Promise<boolean>((resolve) => {
          const deadline = performance.now() + ms;
          const check = () => {
            if ((input as HTMLInputElement).value === want) return resolve(true);
            if (performance.now() > deadline) return resolve(false);
            requestAnimationFrame(check);
          };
          check();
        }),
      [expected, timeoutMs] as const,
    )
    .catch(() => false);
  const value = await locator.inputValue();
  if (!matched) assert.equal(value, expected, 'the input never showed the expected value');
  return value;
}
