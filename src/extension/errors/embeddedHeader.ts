/** Moved to the core, where the CLI uses it too; kept here for the editor's imports. */
export { embeddedChallenge } from '../../core/errors/embeddedHeader';
