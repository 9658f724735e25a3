/** Delay added before each response under `/workspaces/`: fixed plus uniform random jitter. */
export interface LatencyConfig {
  readonly fixedMs: number;
  readonly jitterMs?: number;
}

/** Checks a latency setting, so a typo fails where it is made rather than as odd timings. */
export function validateLatency(latency: LatencyConfig): LatencyConfig {
  const jitter = latency.jitterMs ?? 0;
  if (
    !(latency.fixedMs >= 0 && Number.isFinite(latency.fixedMs)) ||
    !(jitter >= 0 && Number.isFinite(jitter))
  ) {
    throw new RangeError('Latency fixedMs and jitterMs must be finite numbers >= 0');
  }
  return latency;
}

/** Waits for the configured delay; resolves at once (without a timer) when there is none. */
export function applyLatency(latency: LatencyConfig | null): Promise<void> | null {
  if (latency === null) return null;
  const delay = latency.fixedMs + Math.random() * (latency.jitterMs ?? 0);
  if (delay <= 0) return null;
  return new Promise((resolve) => setTimeout(resolve, delay));
}
