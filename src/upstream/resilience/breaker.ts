/**
 * The circuit breaker in front of Bird, one per upstream origin (opossum). Sustained failures —
 * at least `minimumCalls` calls in the rolling window with `failureThresholdPercent` of them
 * failing — open it; calls then fail at once with UPSTREAM_UNAVAILABLE instead of waiting on a
 * sick upstream. After `openMs` one probe call is let through (half-open): its success closes the
 * breaker, its failure opens it again.
 *
 * Only outage-like failures count: 5xx, timeouts, connection errors and unreadable answers. A 4xx
 * (including 429, which the rate shaper handles) is Bird working as designed.
 */
import CircuitBreaker from 'opossum';
import type { BreakerConfig } from '../../config/index.js';
import { UpstreamFailure } from '../failure.js';
import type { Logger } from '../../observability/logger.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

function countsAsFailure(err: unknown): boolean {
  if (!(err instanceof UpstreamFailure)) return true;
  if (err.kind === 'status') return (err.init.status ?? 500) >= 500;
  return err.kind === 'timeout' || err.kind === 'network' || err.kind === 'invalid-response';
}

export class Breaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>]>;
  private openedAt = 0;

  constructor(
    private readonly config: BreakerConfig,
    logger: Logger,
  ) {
    this.breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      timeout: false,
      errorThresholdPercentage: config.failureThresholdPercent,
      volumeThreshold: config.minimumCalls,
      rollingCountTimeout: config.windowMs,
      rollingCountBuckets: 10,
      resetTimeout: config.openMs,
      errorFilter: (err: unknown) => !countsAsFailure(err),
    });
    this.breaker.on('open', () => {
      this.openedAt = Date.now();
      logger.warn({ openMs: config.openMs }, 'upstream circuit breaker opened: Bird is failing');
    });
    this.breaker.on('halfOpen', () => {
      logger.info('upstream circuit breaker half-open: probing Bird');
    });
    this.breaker.on('close', () => {
      logger.info('upstream circuit breaker closed: Bird is healthy');
    });
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'open';
    if (this.breaker.halfOpen) return 'half-open';
    return 'closed';
  }

  /** Runs `call` through the breaker; rejects with a `circuit-open` failure when open. */
  async run<T>(call: () => Promise<T>, context: { method: string; path: string }): Promise<T> {
    try {
      // opossum types the action's result as unknown; `call` fixes it to T.
      return (await this.breaker.fire(call)) as T;
    } catch (err) {
      if (err instanceof Error && 'code' in err && err.code === 'EOPENBREAKER') {
        const retryAfterMs = Math.max(0, this.openedAt + this.config.openMs - Date.now());
        throw new UpstreamFailure('circuit-open', { ...context, retryAfterMs, maybeSent: false });
      }
      throw err;
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}
