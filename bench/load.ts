/**
 * Load from autocannon, in the harness process (never in a process being measured): fixed HTTP
 * calls replayed on N keep-alive connections, for a duration, a number of requests, or at a
 * fixed overall rate.
 */
import autocannon from 'autocannon';
import type { HttpCall } from './http.js';

export interface LoadSpec {
  readonly origin: string;
  /** Each connection sends these in order, round and round. */
  readonly calls: readonly HttpCall[];
  readonly connections: number;
  readonly durationS?: number;
  /** Stop after this many requests instead of after a duration. */
  readonly amount?: number;
  /** Requests per second across all connections (open loop); unset = as fast as possible. */
  readonly overallRate?: number;
  /** Response bodies failing this count as mismatches (e.g. GraphQL errors under a 200). */
  readonly verifyBody?: (body: string) => boolean;
}

export interface LoadResult {
  readonly requests: number;
  readonly durationS: number;
  /** Completed requests per second. */
  readonly rps: number;
  /** Latency in milliseconds as autocannon reports it (whole milliseconds). */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly non2xx: number;
  readonly mismatches: number;
}

/** Runs one load and returns its summary. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const verify = spec.verifyBody;
  const result = await autocannon({
    url: spec.origin,
    connections: spec.connections,
    ...(spec.amount === undefined ? { duration: spec.durationS ?? 5 } : { amount: spec.amount }),
    ...(spec.overallRate === undefined ? {} : { overallRate: spec.overallRate }),
    ...(verify === undefined
      ? {}
      : { verifyBody: (body: string | Buffer | undefined) => verify(String(body ?? '')) }),
    timeout: 30,
    requests: spec.calls.map((call) => ({
      method: call.method,
      path: call.path,
      headers: { ...call.headers },
      ...(call.body === undefined ? {} : { body: call.body }),
    })),
  });
  const durationS = result.duration;
  const requests = result.requests.total;
  return {
    requests,
    durationS,
    rps: durationS > 0 ? requests / durationS : 0,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    mean: result.latency.mean,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}
