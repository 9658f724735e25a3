/**
 * Added latency at half the gateway's maximum throughput: the single lookup at a fixed, evenly
 * paced rate (an open loop, see paced.ts) through the gateway, and the same REST call straight to
 * the simulator at the same rate; the difference of the p99s is what the gateway adds.
 */
import type { PreparedScreen } from '../contenders/types.js';
import { runPaced, type PacedResult } from '../paced.js';
import type { Settings } from '../settings.js';

export interface OverheadResult {
  readonly maxRps: number;
  readonly rate: number;
  readonly gateway: Pick<PacedResult, 'p50' | 'p99' | 'rps' | 'errors' | 'mismatches' | 'non2xx'>;
  readonly direct: Pick<PacedResult, 'p50' | 'p99' | 'rps' | 'errors' | 'non2xx'>;
  readonly addedP50: number;
  readonly addedP99: number;
}

async function atRate(
  screen: PreparedScreen,
  rate: number,
  settings: Settings,
): Promise<PacedResult> {
  if (screen.calls === null || screen.origin === null) {
    throw new Error('The screen has no replayable request');
  }
  const base = {
    origin: screen.origin,
    calls: screen.calls,
    ratePerSecond: rate,
    ...(screen.verifyBody === null ? {} : { verifyBody: screen.verifyBody }),
  };
  await runPaced({ ...base, durationS: settings.warmupS });
  return runPaced({ ...base, durationS: settings.overheadS });
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
