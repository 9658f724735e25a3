/**
 * An open-loop load at an even rate: requests start on a fixed schedule (every 1/rate seconds,
 * sent on the millisecond tick they fall due), whether or not earlier ones have answered, and each
 * latency is measured from its scheduled start, so a stalled server cannot hide its queue
 * (no coordinated omission).
 *
 * autocannon's `overallRate` is not this: it lets every connection send back to back until its
 * per-second quota is used up, then pauses until the next second — full load for part of every
 * second. Latency "at half the maximum throughput" measured that way is latency at full load.
 */
import { Pool } from 'undici';
import type { HttpCall } from './http.js';
import { summarise } from './stats.js';

export interface PacedSpec {
  readonly origin: string;
  readonly calls: readonly HttpCall[];
  readonly ratePerSecond: number;
  readonly durationS: number;
  /** Connections the pool may open; enough that the client never queues. */
  readonly connections?: number;
  readonly verifyBody?: (body: string) => boolean;
}

export interface PacedResult {
  readonly requests: number;
  readonly durationS: number;
  readonly rps: number;
  /** Milliseconds, with fractions. */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly mismatches: number;
}

/** Runs a paced load and summarises it. */
export async function runPaced(spec: PacedSpec): Promise<PacedResult> {
  const pool = new Pool(spec.origin, { connections: spec.connections ?? 256 });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let mismatches = 0;
  let sent = 0;
  const total = Math.round(spec.ratePerSecond * spec.durationS);
  const intervalMs = 1000 / spec.ratePerSecond;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();

  const send = (index: number) => {
    const call = spec.calls[index % spec.calls.length];
    if (call === undefined) return;
    const scheduled = started + index * intervalMs;
    const request = pool
      .request({
        method: call.method,
        path: call.path,
        headers: call.headers,
        body: call.body ?? null,
      })
      .then(async (response) => {
        const body = await response.body.text();
        latencies.push(performance.now() - scheduled);
        if (response.statusCode < 200 || response.statusCode >= 300) non2xx += 1;
        else if (spec.verifyBody !== undefined && !spec.verifyBody(body)) mismatches += 1;
      })
      .catch(() => {
        errors += 1;
      })
      .finally(() => {
        inFlight.delete(request);
      });
    inFlight.add(request);
  };

  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor((performance.now() - started) / intervalMs) + 1);
      while (sent < due) send(sent++);
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(inFlight);
  const durationS = (performance.now() - started) / 1000;
  await pool.close();

  const summary = summarise(latencies);
  return {
    requests: latencies.length,
    durationS,
    rps: latencies.length / durationS,
    p50: summary.p50,
    p90: summary.p90,
    p99: summary.p99,
    max: summary.max,
    errors,
    non2xx,
    mismatches,
  };
}
