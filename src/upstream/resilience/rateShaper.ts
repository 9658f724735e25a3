/**
 * Keeps the gateway inside Bird's per-workspace rate limits (documented: 50 GET/s and 500 POST/s)
 * instead of provoking 429s. Bird's algorithm is not documented; we assume a sliding one-second
 * window (no more than N requests in any 1,000 ms), the strictest common reading, and mirror it:
 * each workspace and class keeps a ring of the send times of its last N requests, and a new request
 * is scheduled no earlier than 1,000 ms (plus a margin for network jitter) after the request N
 * places before it. Full bursts of N go out at once — an inbox screen's 21 reads are not paced —
 * and everything beyond waits its turn. A request whose turn is further away than `maxWaitMs` fails
 * at once with RATE_LIMITED, so a storm queues briefly and then sheds load instead of piling up.
 *
 * Scheduling reserves the slot synchronously, so concurrent callers never double-book. An upstream
 * 429 pushes the workspace's next slot past its `Retry-After` (or a second when absent).
 *
 * This implementation is per process; several gateway instances share Bird's budget, so a shared
 * (Redis) shaper belongs behind the same interface later.
 */
import { sleep, type Cancellation } from '../cancellation.js';
import { UpstreamFailure } from '../failure.js';

export type RateClass = 'read' | 'write';

export interface RateShaperOptions {
  /** Requests per second per workspace and class; 0 disables shaping for the class. */
  readonly readPerSecond: number;
  readonly writePerSecond: number;
  readonly maxWaitMs: number;
  readonly marginMs: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** Decides when a call may go upstream. */
export interface RateShaper {
  /** Resolves when the call may be sent; rejects with a `rate-limited` UpstreamFailure. */
  acquire(
    workspaceId: string,
    cls: RateClass,
    context: { method: string; path: string },
    cancellation?: Cancellation,
  ): Promise<void>;
  /** Tells the shaper Bird answered 429, so nothing more is sent before `retryAfterMs`. */
  penalize(workspaceId: string, cls: RateClass, retryAfterMs: number | undefined): void;
}

// Rings hold at most this many send times; faster limits use a proportionally shorter window
// (1,000 per 20 ms instead of 50,000 per second), which is the same rate.
const MAX_RING = 1_000;
const IDLE_SWEEP_AT = 1_000;

class Window {
  readonly times: Float64Array;
  next = 0;
  blockedUntil = 0;
  lastScheduled = 0;

  constructor(
    size: number,
    readonly spanMs: number,
  ) {
    this.times = new Float64Array(size).fill(-Infinity);
  }

  /** Reserves the earliest slot at or after `now`; returns it, or null when it is too far. */
  reserve(
    now: number,
    marginMs: number,
    maxWaitMs: number,
  ): { at: number } | { retryAfterMs: number } {
    const previous = this.times[this.next] ?? -Infinity;
    const at = Math.max(now, previous + this.spanMs + marginMs, this.blockedUntil);
    if (at - now > maxWaitMs) return { retryAfterMs: Math.ceil(at - now) };
    this.times[this.next] = at;
    this.next = (this.next + 1) % this.times.length;
    this.lastScheduled = at;
    return { at };
  }
}

/** The in-process sliding-window shaper. */
export class SlidingWindowShaper implements RateShaper {
  private readonly windows = new Map<string, Window>();
  private readonly now: () => number;

  constructor(private readonly options: RateShaperOptions) {
    this.now = options.now ?? Date.now;
  }

  private window(workspaceId: string, cls: RateClass): Window | null {
    const perSecond = cls === 'read' ? this.options.readPerSecond : this.options.writePerSecond;
    if (perSecond <= 0) return null;
    const key = `${cls}\u0000${workspaceId}`;
    let window = this.windows.get(key);
    if (window === undefined) {
      if (this.windows.size >= IDLE_SWEEP_AT) this.sweep();
      const size = Math.min(perSecond, MAX_RING);
      window = new Window(size, (1000 * size) / perSecond);
      this.windows.set(key, window);
    }
    return window;
  }

  /** Forgets workspaces with nothing scheduled inside the last window (bounded memory). */
  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) {
      if (window.lastScheduled + window.spanMs < now && window.blockedUntil < now)
        this.windows.delete(key);
    }
  }

  async acquire(
    workspaceId: string,
    cls: RateClass,
    context: { method: string; path: string },
    cancellation?: Cancellation,
  ): Promise<void> {
    const window = this.window(workspaceId, cls);
    if (window === null) return;
    const now = this.now();
    const slot = window.reserve(now, this.options.marginMs, this.options.maxWaitMs);
    if ('retryAfterMs' in slot) {
      throw new UpstreamFailure('rate-limited', {
        ...context,
        retryAfterMs: slot.retryAfterMs,
        maybeSent: false,
      });
    }
    if (slot.at > now) {
      await sleep(slot.at - now, cancellation);
      if (cancellation?.aborted === true) {
        throw new UpstreamFailure('aborted', { ...context, maybeSent: false });
      }
    }
  }

  penalize(workspaceId: string, cls: RateClass, retryAfterMs: number | undefined): void {
    const window = this.window(workspaceId, cls);
    if (window === null) return;
    window.blockedUntil = Math.max(window.blockedUntil, this.now() + (retryAfterMs ?? 1000));
  }
}
