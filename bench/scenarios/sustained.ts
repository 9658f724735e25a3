/**
 * The sustained run: after a warm-up, a fixed number of operations against the gateway, its RSS
 * sampled from /proc every quarter second and its CPU time read before and after (leak check and
 * CPU per operation). RSS follows the garbage collector's sawtooth, so "before" and "after" are
 * the lowest samples (just after a collection) in the first and the last tenth of the run: what
 * the process keeps, not where in the sawtooth a single reading happened to fall.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { PreparedScreen } from '../contenders/types.js';
import type { HttpCall } from '../http.js';
import { runLoad } from '../load.js';
import { readProc } from '../procStats.js';
import type { Settings } from '../settings.js';

export interface SustainedResult {
  readonly operations: number;
  /** What the operations were, e.g. `9 single lookups : 1 thread page`. */
  readonly mix: string;
  readonly connections: number;
  readonly durationS: number;
  readonly operationsPerSecond: number;
  readonly errors: number;
  /** Lowest RSS sampled in the first tenth of the run. */
  readonly rssBeforeBytes: number;
  /** Lowest RSS sampled in the last tenth of the run. */
  readonly rssAfterBytes: number;
  readonly rssPeakBytes: number;
  /** (after - before) / before. */
  readonly rssGrowth: number;
  /** Single readings just before the first and just after the last operation. */
  readonly rssAtStartBytes: number;
  readonly rssAtEndBytes: number;
  readonly cpuMsPerOperation: number;
  /** [seconds since start, RSS bytes] every quarter second. */
  readonly rssSamples: readonly (readonly [number, number])[];
}

export interface SustainedMix {
  readonly calls: readonly HttpCall[];
  readonly description: string;
}

/** Single lookups with a thread page every tenth operation: small and large answers, cursors. */
export function sustainedMix(lookup: PreparedScreen, thread: PreparedScreen): SustainedMix {
  const page = thread.calls?.[0];
  const one = lookup.calls?.[0];
  if (one === undefined) throw new Error('The lookup screen has no replayable request');
  return page === undefined
    ? { calls: [one], description: 'single lookups' }
    : {
        calls: [...Array.from({ length: 9 }, () => one), page],
        description: '9 single lookups : 1 thread page (50 messages)',
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
  }, 250);
  let result;
  try {
    result = await runLoad({ ...base, amount: settings.sustainedOps });
  } finally {
    clearInterval(timer);
  }
  const after = readProc(pid);
  const peak = Math.max(before.rssBytes, after.rssBytes, ...samples.map(([, rss]) => rss));
  const rssBefore = lowestRss(samples, 0, 0.1) ?? before.rssBytes;
  const rssAfter = lowestRss(samples, 0.9, 1) ?? after.rssBytes;
  return {
    operations: result.requests,
    mix: mix.description,
    connections: settings.sustainedConnections,
    durationS: result.durationS,
    operationsPerSecond: result.rps,
    errors: result.errors + result.non2xx + result.mismatches,
    rssBeforeBytes: rssBefore,
    rssAfterBytes: rssAfter,
    rssPeakBytes: peak,
    rssGrowth: (rssAfter - rssBefore) / rssBefore,
    rssAtStartBytes: before.rssBytes,
    rssAtEndBytes: after.rssBytes,
    cpuMsPerOperation: (after.cpuMs - before.cpuMs) / Math.max(1, result.requests),
    rssSamples: samples,
  };
}

/** Lowest RSS of the samples between two fractions of the run; null when there are none. */
function lowestRss(
  samples: readonly (readonly [number, number])[],
  from: number,
  to: number,
): number | null {
  const end = samples[samples.length - 1]?.[0] ?? 0;
  const picked = samples.filter(([t]) => t >= from * end && t <= to * end).map(([, rss]) => rss);
  return picked.length === 0 ? null : Math.min(...picked);
}
