/** Requests per second allowed per workspace; Bird documents 50 GET/s and 500 POST/s. */
export interface RateLimitConfig {
  readonly getPerSecond: number;
  /** Applies to every method other than GET (POST, PATCH, PUT, DELETE). */
  readonly postPerSecond: number;
  /** Send `Retry-After` on 429. Bird documents no rate-limit headers, so off by default. */
  readonly retryAfter?: boolean;
}

/** The verdict for one request. */
export type RateDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * A sliding one-second window per workspace and method class: a request is allowed when fewer
 * than the limit were allowed in the preceding 1000 ms. Each window is a ring of the last N
 * accepted timestamps, so a check is O(1); unlike fixed windows, no burst of 2N straddling a
 * second boundary gets through.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { times: Float64Array; next: number; size: number }>();

  constructor(readonly config: RateLimitConfig) {
    for (const limit of [config.getPerSecond, config.postPerSecond]) {
      if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError('Rate limits must be positive integers');
    }
  }

  check(workspaceId: string, method: string, now: number = performance.now()): RateDecision {
    const isGet = method === 'GET' || method === 'HEAD';
    const limit = isGet ? this.config.getPerSecond : this.config.postPerSecond;
    const key = `${isGet ? 'get' : 'post'}:${workspaceId}`;
    let window = this.#windows.get(key);
    if (window === undefined) {
      window = { times: new Float64Array(limit), next: 0, size: 0 };
      this.#windows.set(key, window);
    }
    if (window.size === limit) {
      const oldest = window.times[window.next] ?? 0;
      if (now - oldest < 1000) {
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + 1000 - now) / 1000)),
        };
      }
    } else {
      window.size++;
    }
    window.times[window.next] = now;
    window.next = (window.next + 1) % limit;
    return { allowed: true };
  }
}
