/**
 * The messages between the Flow Tester webview and the extension host: one discriminated union per
 * direction, imported by both sides so a renamed field fails to compile on both.
 */

/** Webview → host. */
export type FromWebview =
  | { type: 'ready' };

/** Host → webview. */
export type ToWebview =
  | { type: 'state'; title: string; message: string };
