/**
 * Where the process's log lines go: stdout, written asynchronously by sonic-boom, with one promise
 * on top — a log destination that breaks never stops the process. When nobody reads the pipe any
 * more (the parent that started the gateway went away), writes fail with EPIPE; from then on lines
 * are dropped.
 *
 * Built on sonic-boom directly instead of `pino.destination()`, whose exit hook flushes
 * synchronously, and sonic-boom's synchronous flush retries any error but EAGAIN for ever,
 * blocking the main thread in `Atomics.wait`: no timer, signal handler or watchdog could then end
 * the process. Without that hook, exits flush asynchronously, bounded in time (`flushLogs`).
 */
import sonicBoom from 'sonic-boom';

// A CommonJS module: its named export is a property of the default one at run time.
const { SonicBoom } = sonicBoom;

/** What pino needs of a destination, plus an asynchronous flush. */
export interface LogDestination {
  write(line: string): boolean;
  flush(done: (err?: Error) => void): void;
  /** True once a write failed: lines are dropped from then on. */
  readonly broken: boolean;
}

class StdoutDestination implements LogDestination {
  broken = false;
  /** Lines written to the stream and not yet out. */
  private pending = false;
  private waiters: (() => void)[] = [];
  private readonly stream: InstanceType<typeof SonicBoom>;

  constructor(fd: number) {
    this.stream = new SonicBoom({ fd, sync: false });
    this.stream.on('error', () => {
      // EPIPE, EBADF, ...: the reader is gone. The lines cannot be delivered anywhere else.
      this.broken = true;
      this.settled();
    });
    // Emitted once every line handed over so far has been written.
    this.stream.on('drain', () => {
      this.settled();
    });
  }

  write(line: string): boolean {
    if (!this.broken) {
      this.pending = true;
      this.stream.write(line);
    }
    return true;
  }

  // Not sonic-boom's own flush: with no minimum length it calls back at once, while a write is
  // still in flight, so the last lines before an exit (`stopped`) could be lost.
  flush(done: (err?: Error) => void): void {
    if (this.broken || !this.pending) done();
    else this.waiters.push(done);
  }

  private settled(): void {
    this.pending = false;
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

/** An asynchronous, never-blocking destination for file descriptor `fd` (stdout by default). */
export function logDestination(fd = 1): LogDestination {
  return new StdoutDestination(fd);
}

/**
 * Flushes `flushable` and then calls `done`, or calls `done` after `timeoutMs` if the flush has not
 * finished: a stalled reader holds the exit back by that much at most.
 */
export function flushLogs(
  flushable: { flush(done: (err?: Error) => void): void },
  timeoutMs: number,
  done: () => void,
): void {
  let called = false;
  const finish = () => {
    if (called) return;
    called = true;
    clearTimeout(timer);
    done();
  };
  const timer = setTimeout(finish, timeoutMs);
  try {
    flushable.flush(finish);
  } catch {
    finish();
  }
}
