/**
 * When a failed upstream call may be tried again, and after how long.
 *
 * Only calls that cannot do harm twice are retried: reads (GET) on connection failures, timeouts,
 * 429, 502, 503 and 504; and any call that failed before a byte could reach Bird (connection
 * refused, connect timeout). A write that may have reached Bird is never retried — its outcome is
 * reported as unknown instead. Delays grow exponentially with full jitter (a uniformly random
 * delay between 0 and the exponential cap), so clients that failed together do not retry together;
 * `Retry-After` wins when Bird sends it, up to a cap beyond which retrying inside one operation is
 * pointless.
 */
import type { UpstreamFailure } from '../failure.js';
import type { RetryConfig } from '../../config/index.js';

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** True when repeating the call cannot duplicate an effect and may succeed. */
export function isRetryable(method: string, failure: UpstreamFailure): boolean {
  if (failure.kind === 'network' || failure.kind === 'timeout') {
    return method === 'GET' || failure.init.maybeSent === false;
  }
  if (failure.kind === 'status') {
    return method === 'GET' && RETRYABLE_STATUS.has(failure.init.status ?? 0);
  }
  return false;
}

/**
 * Delay before retry number `retry` (0 for the first retry), or null when the upstream asked for a
 * wait longer than the cap.
 */
export function retryDelay(
  config: RetryConfig,
  retry: number,
  failure: UpstreamFailure,
  random: () => number = Math.random,
): number | null {
  const asked = failure.init.retryAfterMs;
  if (asked !== undefined) return asked > config.retryAfterCapMs ? null : asked;
  const ceiling = Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
