/**
 * Graceful shutdown on SIGTERM and SIGINT: `/readyz` turns 503, the server stops accepting
 * connections, in-flight operations finish (for up to SHUTDOWN_GRACE_MS, after which their
 * connections are closed), the upstream pool closes, and the process exits 0. A second signal, or a
 * shutdown that hangs well past the grace period, exits at once with 1. Every exit happens even
 * when the log destination is broken or stalled: logs are flushed for a second at most.
 */
import { flushLogs } from '../observability/logDestination.js';
import type { Logger } from '../observability/logger.js';

/** Longest an exit waits for log lines to be written: a reader that stalls does not hold it. */
const FLUSH_TIMEOUT_MS = 1_000;

export interface ShutdownDeps {
  /** Stops the gateway (drains in-flight operations). */
  readonly stop: () => Promise<void>;
  /** Anything else to close afterwards (the demo simulator). */
  readonly cleanup?: () => Promise<void>;
  readonly logger: Logger;
  readonly graceMs: number;
  /** Where the signals come from; `process` in production. */
  readonly signals: Pick<NodeJS.EventEmitter, 'on'>;
  readonly exit: (code: number) => void;
}

/** Installs the SIGTERM/SIGINT handlers. Returns the shutdown function (for tests). */
export function installShutdown(deps: ShutdownDeps): (signal: string) => Promise<void> {
  // Log lines are written asynchronously: exit once they are out, or soon if they cannot be.
  const exit = (code: number) => {
    flushLogs(deps.logger, FLUSH_TIMEOUT_MS, () => {
      deps.exit(code);
    });
  };
  let stopping: Promise<void> | null = null;
  const shutdown = (signal: string): Promise<void> => {
    if (stopping !== null) {
      deps.logger.warn({ signal }, 'second signal: exiting without waiting');
      exit(1);
      return stopping;
    }
    deps.logger.info({ signal }, 'shutting down: finishing in-flight operations');
    // The drain closes lingering connections at graceMs; this only catches a stop that hangs.
    const watchdog = setTimeout(() => {
      deps.logger.error('shutdown did not finish in time: exiting');
      exit(1);
    }, deps.graceMs + 5_000);
    watchdog.unref();
    stopping = (async () => {
      try {
        await deps.stop();
        await deps.cleanup?.();
        deps.logger.info('stopped');
        exit(0);
      } catch (err) {
        deps.logger.error({ err }, 'shutdown failed');
        exit(1);
      } finally {
        clearTimeout(watchdog);
      }
    })();
    return stopping;
  };
  deps.signals.on('SIGTERM', () => void shutdown('SIGTERM'));
  deps.signals.on('SIGINT', () => void shutdown('SIGINT'));
  return shutdown;
}
