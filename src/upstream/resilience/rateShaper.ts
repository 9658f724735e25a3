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
 * 429 pushes the workspace's next slot past its `Retry-After` (or a second when absent), capped by
 * `penaltyCapMs`: a `Retry-After` of days must not close a workspace for days. The first call after
 * the penalty is a probe; the others wait for its answer (at most PROBE_HOLD_MS), and a 429 to it
 * starts another capped penalty.
 *
 * `admit` takes all the calls of an operation at once (admission as a unit): an operation whose
 * estimated calls cannot all be scheduled within `maxWaitMs`, after those admitted before it, is
 * refused whole before any call, instead of being started and then starved of its last calls.
 * Admitted calls may then wait past `maxWaitMs` for their turn; places an operation did not use
 * are given back when it ends.
 *
 * This implementation is per process; several gateway instances share Bird's budget, so a shared
 * (Redis) shaper belongs behind the same interface later.
 */
import { sleep, type Cancellation } from '../cancellation.js';
import { UpstreamFailure } from '../failure.js';
import { SlidingWindow, type Admission } from './slidingWindow.js';

export { PROBE_HOLD_MS, type Admission, type Tickets } from './slidingWindow.js';

export type RateClass = 'read' | 'write';

export interface RateShaperOptions {
  /** Requests per second per workspace and class; 0 disables shaping for the class. */
  readonly readPerSecond: number;
  readonly writePerSecond: number;
  readonly maxWaitMs: number;
  readonly marginMs: number;
  /** Longest penalty a 429 imposes, whatever its `Retry-After` says. */
  readonly penaltyCapMs: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** Decides when a call may go upstream. */
export interface RateShaper {
  /**
   * Resolves when the call may be sent; rejects with a `rate-limited` UpstreamFailure when its turn
   * is further than `maxWaitMs` (the configured wait unless given: an admitted call may wait
   * longer, up to its operation's deadline).
   */
  acquire(
    workspaceId: string,
    cls: RateClass,
    context: { method: string; path: string },
    cancellation?: Cancellation,
    maxWaitMs?: number,
  ): Promise<void>;
  /** Tells the shaper Bird answered 429, so nothing more is sent for a while (capped). */
  penalize(workspaceId: string, cls: RateClass, retryAfterMs: number | undefined): void;
  /** Tells the shaper Bird answered something other than 429 (ends a probe's hold). */
  succeeded(workspaceId: string, cls: RateClass): void;
  /** Reserves `calls` slots for one operation, or says why it cannot have them now. */
  admit(workspaceId: string, cls: RateClass, calls: number): Promise<Admission>;
}

const NO_PENALTY_HINT_MS = 1_000;

// Rings hold at most this many send times; faster limits use a proportionally shorter window
// (1,000 per 20 ms instead of 50,000 per second), which is the same rate.
const MAX_RING = 1_000;
const IDLE_SWEEP_AT = 1_000;

/** The in-process sliding-window shaper. */
export class SlidingWindowShaper implements RateShaper {
  private readonly windows = new Map<string, SlidingWindow>();
  private readonly now: () => number;

  constructor(private readonly options: RateShaperOptions) {
    this.now = options.now ?? Date.now;
  }

  private window(workspaceId: string, cls: RateClass): SlidingWindow | null {
    const perSecond = cls === 'read' ? this.options.readPerSecond : this.options.writePerSecond;
    if (perSecond <= 0) return null;
    const key = `${cls}\u0000${workspaceId}`;
    let window = this.windows.get(key);
    if (window === undefined) {
      if (this.windows.size >= IDLE_SWEEP_AT) this.sweep();
      const size = Math.min(perSecond, MAX_RING);
      window = new SlidingWindow(size, (1000 * size) / perSecond);
      this.windows.set(key, window);
    }
    return window;
  }

  /** Forgets workspaces with nothing scheduled inside the last window (bounded memory). */
  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) {
      const idle = window.lastScheduled + window.spanMs < now && window.pending === 0;
      if (idle && window.blockedUntil < now) this.windows.delete(key);
    }
  }

  async acquire(
    workspaceId: string,
    cls: RateClass,
    context: { method: string; path: string },
    cancellation?: Cancellation,
    maxWaitMs = this.options.maxWaitMs,
  ): Promise<void> {
    const window = this.window(workspaceId, cls);
    if (window === null) return;
    const now = this.now();
    const slot = window.reserve(now, this.options.marginMs, maxWaitMs);
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
    const penalty = Math.min(retryAfterMs ?? NO_PENALTY_HINT_MS, this.options.penaltyCapMs);
    const now = this.now();
    window.blockedUntil = Math.max(window.blockedUntil, now + penalty);
    // 429s to calls sent before the probe (a burst's stragglers) do not schedule another probe:
    // only the probe's own answer, or one after it, does.
    if (window.probe === 'none' || (window.probe === 'sent' && now >= window.probeAt)) {
      window.probe = 'due';
    }
  }

  succeeded(workspaceId: string, cls: RateClass): void {
    const window = this.windows.get(`${cls}\u0000${workspaceId}`);
    if (window?.probe !== 'sent') return;
    window.probe = 'none';
    window.blockedUntil = Math.min(window.blockedUntil, this.now());
  }

  admit(workspaceId: string, cls: RateClass, calls: number): Promise<Admission> {
    const window = this.window(workspaceId, cls);
    if (window === null || calls <= 0) {
      return Promise.resolve({ kind: 'admitted', tickets: null });
    }
    return Promise.resolve(
      window.admit(this.now(), this.options.marginMs, this.options.maxWaitMs, calls),
    );
  }
}
