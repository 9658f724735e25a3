/**
 * What `/readyz` reports: ready when the gateway is not shutting down, the circuit breaker in front
 * of Bird is not open, and Bird's origin answers HTTP at all. The reachability probe asks for `/`
 * at the origin — outside any workspace, so it spends none of Bird's per-workspace rate budget —
 * and its result is reused for a while, so probes by a load balancer cost at most one request per
 * interval whatever their frequency.
 */
import { Client, type Dispatcher } from 'undici';
import type { Readiness } from '../upstream/transport.js';

export interface ReadinessReport {
  readonly ready: boolean;
  readonly breaker: Readiness['breaker'];
  readonly upstream: 'reachable' | 'unreachable';
  readonly reason: string | null;
  /** Shared mode only: whether Redis answers, and so whether state is shared or per process. */
  readonly shared?: SharedDetails;
}

export interface SharedDetails {
  readonly redis: 'up' | 'down';
  readonly mode: 'shared' | 'local';
  /**
   * The response cache: `shared` (memory and Redis, invalidated across instances), `local` (this
   * instance's memory only, entries living a few seconds) or `off` (CACHE_TTL_SECONDS=0).
   */
  readonly cache: 'shared' | 'local' | 'off';
}

export interface ReadinessDeps {
  /** The transport's own view (breaker state). */
  readonly transport: { readiness(): Readiness };
  readonly origin: string;
  /** How long a probe result is reused. */
  readonly cacheMs: number;
  /** Dispatcher for the probe; by default a one-connection client owned by the checker. */
  readonly dispatcher?: Dispatcher;
  readonly timeoutMs?: number;
  /** Shared mode's details; Redis down does not make the gateway unready (it serves locally). */
  readonly shared?: () => SharedDetails;
}

/** Answers `/readyz`. */
export class ReadinessCheck {
  private stopping = false;
  private probed: { at: number; reachable: Promise<boolean> } | null = null;
  private client: Client | null = null;

  constructor(private readonly deps: ReadinessDeps) {}

  /** From now on the gateway is not ready: it is shutting down. */
  markStopping(): void {
    this.stopping = true;
  }

  async check(): Promise<ReadinessReport> {
    const report = await this.checkUpstream();
    const shared = this.deps.shared?.();
    return shared === undefined ? report : { ...report, shared };
  }

  private async checkUpstream(): Promise<ReadinessReport> {
    const { breaker, ready, reason } = this.deps.transport.readiness();
    if (this.stopping) {
      return { ready: false, breaker, upstream: 'reachable', reason: 'shutting down' };
    }
    const reachable = await this.reachable();
    if (!reachable) {
      return { ready: false, breaker, upstream: 'unreachable', reason: 'Bird is not reachable' };
    }
    return { ready, breaker, upstream: 'reachable', reason };
  }

  async close(): Promise<void> {
    await this.client?.close();
    this.client = null;
  }

  private reachable(): Promise<boolean> {
    const now = Date.now();
    if (this.probed === null || now - this.probed.at >= this.deps.cacheMs) {
      this.probed = { at: now, reachable: this.probe() };
    }
    return this.probed.reachable;
  }

  /** Any HTTP answer proves the origin reachable; only a failed connection does not. */
  private async probe(): Promise<boolean> {
    const timeout = this.deps.timeoutMs ?? 2_000;
    const dispatcher = this.deps.dispatcher ?? (this.client ??= new Client(this.deps.origin));
    try {
      const response = await dispatcher.request({
        origin: this.deps.origin,
        path: '/',
        method: 'GET',
        headersTimeout: timeout,
        bodyTimeout: timeout,
        signal: AbortSignal.timeout(timeout),
      });
      await response.body.dump();
      return true;
    } catch {
      return false;
    }
  }
}
