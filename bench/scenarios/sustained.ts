/**
 * The sustained run: after a warm-up, a fixed number of operations against the gateway with its
 * RSS and CPU time read from /proc before and after (leak check and CPU per operation), plus RSS
 * samples during the run.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { PreparedScreen } from '../contenders/types.js';
import type { HttpCall } from '../http.js';
import { runLoad } from '../load.js';
import { readProc } from '../procStats.js';
import type { Settings } from '../settings.js';

export interface SustainedResult {
  readonly operations: number;
  /** What the operations were, e.g. `4 single lookups : 1 thread page`. */
  readonly mix: string;
  readonly connections: number;
  readonly durationS: number;
  readonly operationsPerSecond: number;
  readonly errors: number;
  readonly rssBeforeBytes: number;
  readonly rssAfterBytes: number;
  readonly rssPeakBytes: number;
  /** (after - before) / before. */
  readonly rssGrowth: number;
  readonly cpuMsPerOperation: number;
  /** [seconds since start, RSS bytes] every half second. */
  readonly rssSamples: readonly (readonly [number, number])[];
}

export interface SustainedMix {
  readonly calls: readonly HttpCall[];
  readonly description: string;
}

/** Single lookups with a thread page every fifth operation: small and large answers, cursors. */
export function sustainedMix(lookup: PreparedScreen, thread: PreparedScreen): SustainedMix {
  const page = thread.calls?.[0];
  const one = lookup.calls?.[0];
  if (one === undefined) throw new Error('The lookup screen has no replayable request');
  return page === undefined
    ? { calls: [one], description: 'single lookups' }
    : {
        calls: [one, one, one, one, page],
        description: '4 single lookups : 1 thread page (50 messages)',
      };
}

export async function runSustained(
  origin: string,
  pid: number,
  mix: SustainedMix,
  verifyBody: (body: string) => boolean,
  settings: Settings,
): Promise<SustainedResult> {
  const base = {
    origin,
    calls: mix.calls,
    connections: settings.sustainedConnections,
    verifyBody,
  };
  await runLoad({ ...base, amount: settings.sustainedWarmupOps });
  await sleep(1000);
  const before = readProc(pid);
  const samples: [number, number][] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    samples.push([(performance.now() - started) / 1000, readProc(pid).rssBytes]);
  }, 500);
  let result;
  try {
    result = await runLoad({ ...base, amount: settings.sustainedOps });
  } finally {
    clearInterval(timer);
  }
  await sleep(1000);
  const after = readProc(pid);
  const peak = Math.max(before.rssBytes, after.rssBytes, ...samples.map(([, rss]) => rss));
  return {
    operations: result.requests,
    mix: mix.description,
    connections: settings.sustainedConnections,
    durationS: result.durationS,
    operationsPerSecond: result.rps,
    errors: result.errors + result.non2xx + result.mismatches,
    rssBeforeBytes: before.rssBytes,
    rssAfterBytes: after.rssBytes,
    rssPeakBytes: peak,
    rssGrowth: (after.rssBytes - before.rssBytes) / before.rssBytes,
    cpuMsPerOperation: (after.cpuMs - before.cpuMs) / Math.max(1, result.requests),
    rssSamples: samples,
  };
}
