/**
 * Waiting in tests without sleeping: poll a condition until it holds, or fail with a message once a
 * generous deadline passes. The deadline only turns a hang into a readable failure: no test asserts
 * how fast anything happens. This is the one place tests touch a timer.
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface WaitOptions {
  /** Give up after this many milliseconds; default 10 s. */
  readonly deadline?: number;
  /** Between two polls; default 10 ms (polling every event-loop turn would burn a shared CPU). */
  readonly interval?: number;
  /** Shown when the deadline passes. */
  readonly message?: string;
}

/**
 * Resolves with the first truthy value of `condition`, polled every `interval` ms.
 * @throws Error when the deadline passes first.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.deadline ?? 10_000);
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) {
      throw new Error(`waitFor: ${options.message ?? 'the condition never held'}`);
    }
    await delay(options.interval ?? 10);
  }
}

/** Waits until a line containing `text` appears in a log that a test collects. */
export function waitForLog(
  lines: readonly string[],
  text: string,
  options: WaitOptions = {},
): Promise<string> {
  return waitFor(() => lines.find((line) => line.includes(text)), {
    message: `no log line contains ${JSON.stringify(text)}`,
    ...options,
  });
}

/** A promise with its resolve function exposed: a test releases it when it is ready. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

/** Creates a {@link Deferred}. */
export function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
