/**
 * Timing one prepared screen: unloaded (one client, screens back to back, the same driver for
 * every contender) and loaded (autocannon for one-request screens, the driver for screens that
 * need several requests), with the contender process's CPU time per screen from /proc.
 */
import type { PreparedScreen } from '../contenders/types.js';
import { drive } from '../driver.js';
import { runLoad } from '../load.js';
import { readProc } from '../procStats.js';
import type { Settings } from '../settings.js';

export interface UnloadedResult {
  readonly p50: number;
  readonly p99: number;
  readonly samples: number;
}

export interface LoadedResult {
  /** `autocannon` for one-request screens, `driver` otherwise. */
  readonly engine: 'autocannon' | 'driver';
  readonly clients: number;
  readonly screensPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Failed screens, non-2xx answers and answers with GraphQL errors. */
  readonly errors: number;
  /** CPU time of the contender's process per screen (null when it runs in the harness). */
  readonly cpuMsPerScreen: number | null;
}

export async function measureUnloaded(
  screen: PreparedScreen,
  settings: Settings,
): Promise<UnloadedResult> {
  const result = await drive({
    user: screen.user,
    users: 1,
    durationMs: settings.unloadedMs,
    minScreens: settings.unloadedMinScreens,
    warmupScreens: 2,
    maxDurationMs: settings.unloadedMs * 5,
  });
  if (result.failures > 0) throw new Error(`Unloaded run failed: ${result.firstError ?? ''}`);
  return { p50: result.latency.p50, p99: result.latency.p99, samples: result.screens };
}

function cpuSince(pid: number | null, before: number | null): number | null {
  if (pid === null || before === null) return null;
  return readProc(pid).cpuMs - before;
}

export async function measureLoaded(
  screen: PreparedScreen,
  clients: number,
  settings: Settings,
  pid: number | null,
): Promise<LoadedResult> {
  const calls = screen.calls;
  if (calls !== null && calls.length === 1 && screen.origin !== null) {
    const base = {
      origin: screen.origin,
      calls,
      connections: clients,
      ...(screen.verifyBody === null ? {} : { verifyBody: screen.verifyBody }),
    };
    await runLoad({ ...base, durationS: settings.warmupS });
    const before = pid === null ? null : readProc(pid).cpuMs;
    const r = await runLoad({ ...base, durationS: settings.loadedS });
    const cpu = cpuSince(pid, before);
    return {
      engine: 'autocannon',
      clients,
      screensPerSecond: r.rps,
      p50: r.p50,
      p99: r.p99,
      errors: r.errors + r.non2xx + r.mismatches,
      cpuMsPerScreen: cpu === null || r.requests === 0 ? null : cpu / r.requests,
    };
  }
  await drive({ user: screen.user, users: clients, durationMs: settings.warmupS * 1000 });
  const before = pid === null ? null : readProc(pid).cpuMs;
  const r = await drive({ user: screen.user, users: clients, durationMs: settings.loadedS * 1000 });
  const cpu = cpuSince(pid, before);
  return {
    engine: 'driver',
    clients,
    screensPerSecond: r.screensPerSecond,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.failures,
    cpuMsPerScreen: cpu === null || r.screens === 0 ? null : cpu / r.screens,
  };
}
