import type * as vscode from 'vscode';

/** The output categories that carry what the program printed (not telemetry, not the adapter's own notices). */
const PROGRAM_CATEGORIES = new Set(['stdout', 'stderr', 'console']);

export interface DebugOutputSink {
  /** Called on the debug adapter's message path: must stay cheap. */
  output(session: vscode.DebugSession, category: string, text: string): void;
}

/**
 * A tracker that hands `output` events to the sink and looks at nothing else. Runs for every message
 * of every debug session, so it checks the message shape with a few property reads and returns.
 */
export function createOutputTracker(session: vscode.DebugSession, sink: DebugOutputSink): vscode.DebugAdapterTracker {
  return {
    onDidSendMessage(message: unknown) {
      const event = message as { type?: unknown; event?: unknown; body?: { category?: unknown; output?: unknown } } | null | undefined;
      if (event?.type !== 'event' || event.event !== 'output') return;
      const body = event.body;
      if (!body || typeof body.output !== 'string' || body.output.length === 0) return;
      const category = typeof body.category === 'string' ? body.category : 'console';
      if (!PROGRAM_CATEGORIES.has(category)) return;
      sink.output(session, category, body.output);
    },
  };
}
