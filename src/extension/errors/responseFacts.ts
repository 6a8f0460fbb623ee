/** Moved to the core, where the CLI's `explain -` uses the same facts; kept here for the editor's imports. */
export * from '../../core/errors/responseFacts';
