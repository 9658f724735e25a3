/**
 * The time window of a delivery's `messagebird-request-timestamp` (Unix seconds). Bird's retries
 * keep the first attempt's timestamp for hours (bird-api.md §7), so the past window is wide; the
 * future one only absorbs clock skew.
 */

/** How far ahead of the gateway's clock a timestamp may be. */
export const MAX_FUTURE_SECONDS = 300;

export type Freshness = 'fresh' | 'invalid' | 'stale' | 'future';

/** Where `timestamp` falls relative to `nowMs`, accepting up to `maxAgeSeconds` in the past. */
export function freshness(timestamp: string, nowMs: number, maxAgeSeconds: number): Freshness {
  if (!/^\d{1,12}$/.test(timestamp)) return 'invalid';
  const ageSeconds = nowMs / 1000 - Number(timestamp);
  if (ageSeconds > maxAgeSeconds) return 'stale';
  if (-ageSeconds > MAX_FUTURE_SECONDS) return 'future';
  return 'fresh';
}
