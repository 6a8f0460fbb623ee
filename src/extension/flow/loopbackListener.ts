// The loopback redirect listener runs in the extension host, but it needs only Node's http, so it lives
// in the core (src/core/flow/loopback.ts) where the CLI and the tests use it too. Import it from here
// in extension code.
export {
  startLoopbackListener, LOOPBACK_HOST, DEFAULT_CALLBACK_PATH, DEFAULT_LOOPBACK_TIMEOUT_MS,
  type LoopbackListener, type LoopbackOptions, type LoopbackCallback,
} from '../../core/flow/loopback';
