/**
 * Added latency at half the gateway's maximum throughput: the single lookup at a fixed rate
 * (autocannon's overallRate) through the gateway, and the same REST call straight to the
 * simulator at the same rate; the difference of the p99s is what the gateway adds.
 */
import type { PreparedScreen } from '../contenders/types.js';
import { runLoad, type LoadResult } from '../load.js';
import type { Settings } from '../settings.js';

export interface OverheadResult {
  readonly maxRps: number;
  readonly rate: number;
  readonly gateway: Pick<LoadResult, 'p50' | 'p99' | 'rps' | 'errors' | 'mismatches' | 'non2xx'>;
  readonly direct: Pick<LoadResult, 'p50' | 'p99' | 'rps' | 'errors' | 'non2xx'>;
  readonly addedP50: number;
  readonly addedP99: number;
}

async function atRate(
  screen: PreparedScreen,
  rate: number,
  settings: Settings,
): Promise<LoadResult> {
  if (screen.calls === null || screen.origin === null) {
    throw new Error('The screen has no replayable request');
  }
  const base = {
    origin: screen.origin,
    calls: screen.calls,
    connections: settings.connections.lookup,
    overallRate: rate,
    ...(screen.verifyBody === null ? {} : { verifyBody: screen.verifyBody }),
  };
  await runLoad({ ...base, durationS: settings.warmupS });
  return runLoad({ ...base, durationS: settings.overheadS });
}

export async function runOverhead(
  gateway: PreparedScreen,
  direct: PreparedScreen,
  maxRps: number,
  settings: Settings,
): Promise<OverheadResult> {
  const rate = Math.max(1, Math.floor(maxRps / 2));
  const g = await atRate(gateway, rate, settings);
  const d = await atRate(direct, rate, settings);
  return {
    maxRps,
    rate,
    gateway: {
      p50: g.p50,
      p99: g.p99,
      rps: g.rps,
      errors: g.errors,
      mismatches: g.mismatches,
      non2xx: g.non2xx,
    },
    direct: { p50: d.p50, p99: d.p99, rps: d.rps, errors: d.errors, non2xx: d.non2xx },
    addedP50: g.p50 - d.p50,
    addedP99: g.p99 - d.p99,
  };
}
