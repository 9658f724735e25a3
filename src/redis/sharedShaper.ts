/**
 * The rate shaper of shared mode: every instance books its upstream calls in the same sliding window
 * per workspace and class, held in Redis, so N instances together stay within Bird's 50 GET/s and
 * 500 POST/s instead of N times that. The window is the local shaper's ring (see
 * ../upstream/resilience/rateShaper.ts) as a Redis list, booked by one Lua script, so concurrent
 * instances never double-book; time comes from Redis' `TIME`, so instances' clocks do not matter.
 * The script answers with a delay, which each instance waits from when it got the answer.
 *
 * A 429 from Bird sets a penalty key (value: until when, `PX`: the capped `Retry-After`) that every
 * instance's next booking honours. Admission as a unit holds an operation's places in Redis (a
 * hold per operation, seen by every instance's admissions, expiring after the operation's
 * deadline if its instance dies), so operations admitted on different instances never
 * over-commit the workspace's window together; the calls still book their send times one by one.
 *
 * When Redis errs, times out or is down, calls are shaped by a local window with a fraction of the
 * limit (REDIS_FALLBACK_BUDGET_FRACTION), so the instances together stay near the limit without
 * coordination; calls go back to the shared window as soon as Redis is up.
 */
import { sleep, type Cancellation } from '../upstream/cancellation.js';
import { UpstreamFailure } from '../upstream/failure.js';
import {
  SlidingWindowShaper,
  type Admission,
  type RateClass,
  type RateShaper,
  type RateShaperOptions,
} from '../upstream/resilience/rateShaper.js';
import type { RedisConnection } from './connection.js';
import { randomUUID } from 'node:crypto';
import type { Tickets } from '../upstream/resilience/slidingWindow.js';
import {
  ADMIT_SCRIPT,
  BOOK_SCRIPT,
  PENALIZE_SCRIPT,
  RELEASE_SCRIPT,
  TAKE_SCRIPT,
} from './scripts.js';

export interface SharedShaperOptions extends RateShaperOptions {
  /** Share of each limit used by the local fallback window. */
  readonly fallbackFraction: number;
  /** Longest an admitted operation holds its places (its deadline): a dead instance's expire. */
  readonly holdMs: number;
}

const NO_PENALTY_HINT_MS = 1_000;

/** The Redis-backed shaper with its local fallback. */
export class SharedShaper implements RateShaper {
  readonly #fallback: SlidingWindowShaper;
  /** Calls shaped by Redis and by the fallback, for /readyz details and tests. */
  readonly counts = { shared: 0, fallback: 0 };

  constructor(
    private readonly redis: RedisConnection,
    private readonly options: SharedShaperOptions,
  ) {
    const share = (limit: number) =>
      limit <= 0 ? 0 : Math.max(1, Math.floor(limit * options.fallbackFraction));
    this.#fallback = new SlidingWindowShaper({
      ...options,
      readPerSecond: share(options.readPerSecond),
      writePerSecond: share(options.writePerSecond),
    });
  }

  #limit(cls: RateClass): number {
    return cls === 'read' ? this.options.readPerSecond : this.options.writePerSecond;
  }

  /** Books one call in the shared window: the wait in ms, `{ refusedMs }`, or null (no Redis). */
  async #book(
    workspaceId: string,
    cls: RateClass,
    maxWaitMs: number,
  ): Promise<{ waitMs: number } | { refusedMs: number } | null> {
    if (this.redis.health !== 'up') return null;
    try {
      const answer = (await this.redis.client.eval(
        BOOK_SCRIPT,
        2,
        this.redis.key('rl', cls, workspaceId),
        this.redis.key('rl', cls, workspaceId, 'penalty'),
        this.#limit(cls),
        1000,
        this.options.marginMs,
        maxWaitMs,
      )) as [number, number];
      return answer[0] === 1 ? { waitMs: answer[1] } : { refusedMs: answer[1] };
    } catch {
      return null;
    }
  }

  async acquire(
    workspaceId: string,
    cls: RateClass,
    context: { method: string; path: string },
    cancellation?: Cancellation,
    maxWaitMs = this.options.maxWaitMs,
  ): Promise<void> {
    if (this.#limit(cls) <= 0) return;
    const booked = await this.#book(workspaceId, cls, maxWaitMs);
    if (booked === null) {
      this.counts.fallback += 1;
      return this.#fallback.acquire(workspaceId, cls, context, cancellation, maxWaitMs);
    }
    this.counts.shared += 1;
    if ('refusedMs' in booked) {
      throw new UpstreamFailure('rate-limited', {
        ...context,
        retryAfterMs: booked.refusedMs,
        maybeSent: false,
      });
    }
    if (booked.waitMs > 0) {
      await sleep(booked.waitMs, cancellation);
      if (cancellation?.aborted === true) {
        throw new UpstreamFailure('aborted', { ...context, maybeSent: false });
      }
    }
  }

  penalize(workspaceId: string, cls: RateClass, retryAfterMs: number | undefined): void {
    this.#fallback.penalize(workspaceId, cls, retryAfterMs);
    if (this.redis.health !== 'up' || this.#limit(cls) <= 0) return;
    const penalty = Math.min(retryAfterMs ?? NO_PENALTY_HINT_MS, this.options.penaltyCapMs);
    if (penalty <= 0) return;
    // Fire and forget: a lost penalty costs at most another 429, which sets it again.
    this.redis.client
      .eval(PENALIZE_SCRIPT, 1, this.redis.key('rl', cls, workspaceId, 'penalty'), penalty)
      .catch(() => undefined);
  }

  succeeded(workspaceId: string, cls: RateClass): void {
    this.#fallback.succeeded(workspaceId, cls);
  }

  async admit(workspaceId: string, cls: RateClass, calls: number): Promise<Admission> {
    if (this.#limit(cls) <= 0 || calls <= 0) return { kind: 'admitted', tickets: null };
    if (this.redis.health !== 'up') return this.#fallback.admit(workspaceId, cls, calls);
    const margin = this.options.marginMs;
    const capacity = this.#limit(cls) * (Math.floor(this.options.maxWaitMs / (1000 + margin)) + 1);
    if (calls > capacity) return { kind: 'too-large', capacity };
    const hold = randomUUID();
    const keys = [
      this.redis.key('rl', cls, workspaceId, 'holds'),
      this.redis.key('rl', cls, workspaceId, 'held'),
    ];
    let answer: [number, number];
    try {
      answer = (await this.redis.client.eval(
        ADMIT_SCRIPT,
        4,
        this.redis.key('rl', cls, workspaceId),
        this.redis.key('rl', cls, workspaceId, 'penalty'),
        ...keys,
        this.#limit(cls),
        1000,
        margin,
        this.options.maxWaitMs,
        calls,
        hold,
        this.options.holdMs,
      )) as [number, number];
    } catch {
      return this.#fallback.admit(workspaceId, cls, calls);
    }
    if (answer[0] !== 1) return { kind: 'wait', retryAfterMs: answer[1] };
    return { kind: 'admitted', tickets: this.#tickets(keys, hold, calls) };
  }

  /** The places of one hold; Redis learns of each use and of the release (fire and forget). */
  #tickets(keys: string[], hold: string, calls: number): Tickets {
    let left = calls;
    // A lost update only leaves places held until the hold expires.
    const tell = (script: string) => {
      this.redis.client.eval(script, 2, ...keys, hold).catch(() => undefined);
    };
    return {
      take: () => {
        if (left === 0) return false;
        left -= 1;
        tell(TAKE_SCRIPT);
        return true;
      },
      release: () => {
        if (left === 0) return;
        left = 0;
        tell(RELEASE_SCRIPT);
      },
    };
  }
}
