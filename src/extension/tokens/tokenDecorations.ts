import * as vscode from 'vscode';
import { findTokens } from '../../core/tokens/index';
import { decorationText } from '../../core/render/decorationText';
import { inspectToken } from '../../core/tokens/inspectToken';
import { affectsSetting, readTokenSettings } from '../settings';

const DEBOUNCE_MS = 250;
/** Times are relative ("expired 3 min ago"), so visible decorations are refreshed this often. */
const REFRESH_MS = 60_000;
/** Very long lines (minified files) are skipped: nobody reads a decoration there. */
const MAX_LINE_LENGTH = 200_000;
const MAX_LINES_PER_EDITOR = 2_000;
const CACHE_SIZE = 200;

/**
 * Inline status after each token in visible editors ("expired 3 h ago"), behind
 * `authlens.decorations.enabled`. Only the visible ranges are scanned, after a short debounce.
 */
export class TokenDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 1.5em', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refresh: ReturnType<typeof setInterval> | undefined;
  private enabled = false;
  /** Decoding is the costly part; the words are recomputed from the cached decode each time. */
  private readonly cache = new Map<string, string | null>();
  private cacheTime = 0;

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSetting(event, 'decorations.enabled', 'clockSkewSeconds')) this.configure();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.window.onDidChangeTextEditorVisibleRanges(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) this.schedule();
      }),
    );
    this.configure();
  }

  private configure(): void {
    this.enabled = readTokenSettings().decorationsEnabled;
    this.cache.clear();
    if (this.refresh) clearInterval(this.refresh);
    this.refresh = undefined;
    if (this.enabled) {
      this.refresh = setInterval(() => {
        this.cache.clear();
        this.schedule();
      }, REFRESH_MS);
      this.schedule();
    } else {
      for (const editor of vscode.window.visibleTextEditors) editor.setDecorations(this.type, []);
    }
  }

  private schedule(): void {
    if (!this.enabled) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, DEBOUNCE_MS);
  }

  /** Recomputes the decorations of every visible editor, visible lines only. */
  update(): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.cacheTime > REFRESH_MS) {
      this.cache.clear();
      this.cacheTime = now;
    }
    const skew = readTokenSettings().clockSkewSeconds;
    for (const editor of vscode.window.visibleTextEditors) {
      const options: vscode.DecorationOptions[] = [];
      let budget = MAX_LINES_PER_EDITOR;
      for (const range of editor.visibleRanges) {
        for (let line = range.start.line; line <= range.end.line && budget > 0; line++, budget--) {
          const text = editor.document.lineAt(line).text;
          if (text.length > MAX_LINE_LENGTH || !text.includes('eyJ')) continue;
          for (const match of findTokens(text)) {
            const words = this.wordsFor(match.text, skew, now);
            if (!words) continue;
            options.push({
              range: new vscode.Range(line, match.end, line, match.end),
              renderOptions: { after: { contentText: words } },
            });
          }
        }
      }
      editor.setDecorations(this.type, options);
    }
  }

  private wordsFor(token: string, skew: number, now: number): string | undefined {
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached ?? undefined;
    const inspection = inspectToken(token, { clockSkewSeconds: skew, now });
    const words = inspection.ok ? decorationText(inspection.analysis) : undefined;
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(token, words ?? null);
    return words;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.refresh) clearInterval(this.refresh);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.type.dispose();
  }
}
