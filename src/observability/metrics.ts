/**
 * The gateway's Prometheus metrics (prom-client), in a registry of their own so several gateways
 * can live in one process (tests). Every label has a small, known set of values: operation names
 * come from the persisted-operation manifest (else `other`), upstream calls are named by route
 * template, and a workspace appears only when the operator allows it (`METRICS_WORKSPACE_LABEL`).
 * No key, token, id or raw path is ever a label value. The list is in docs/observability.md.
 *
 * Other parts report through the methods here: the upstream layer through the
 * {@link UpstreamObserver} it implements; the cache, realtime and Redis through `cacheHit`,
 * `webhookDelivery`, `subscriptionOpened`, `eventPublished`, `redisState` and their siblings.
 */
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { CacheObserver, InvalidationReason } from '../cache/observer.js';
import type { AttemptInfo, AttemptResult, UpstreamObserver } from '../upstream/observer.js';
import type { RateClass } from '../upstream/resilience/rateShaper.js';
import { BoundedLabel } from './boundedLabel.js';
import { BudgetMeter } from './budgetMeter.js';
import { defineMetrics } from './metricDefinitions.js';

export interface MetricsOptions {
  /** Operation names that get their own label value (the manifest's); others are `other`. */
  readonly operationNames: Iterable<string>;
  /** Label budget metrics by workspace. */
  readonly workspaceLabel: boolean;
  /** Bird's per-second limits per class (0: shaping off), for the budget ratio. */
  readonly limits: Readonly<Record<RateClass, number>>;
}

/** What became of an operation: no errors, data with errors, or errors alone. */
export type OperationOutcome = 'success' | 'partial' | 'error';

/** What became of a webhook delivery (docs/observability.md explains each). */
export type WebhookOutcome =
  | 'accepted'
  | 'duplicate'
  | 'stale'
  | 'ignored'
  | 'failed'
  | 'bad_signature'
  | 'expired'
  | 'malformed';

const WEBHOOK_OUTCOMES: ReadonlySet<string> = new Set<WebhookOutcome>([
  'accepted',
  'duplicate',
  'stale',
  'ignored',
  'failed',
  'bad_signature',
  'expired',
  'malformed',
]);
const OPERATION_TYPES: ReadonlySet<string> = new Set(['query', 'mutation', 'subscription']);
const BREAKER_STATES = ['closed', 'open', 'half-open'] as const;

/** `2xx` ... `5xx` for an answer, the failure kind without one. */
function statusClass(result: AttemptResult): string {
  return 'status' in result ? `${Math.floor(result.status / 100)}xx` : result.failure;
}

/** The gateway's metrics and the hooks that feed them. */
export class GatewayMetrics implements UpstreamObserver, CacheObserver {
  readonly registry = new Registry();
  readonly #names: BoundedLabel;
  readonly #codes = new BoundedLabel(50);
  readonly #kinds = new BoundedLabel(20);
  readonly #transports = new BoundedLabel(10);
  readonly #eventTypes = new BoundedLabel(20);
  readonly #workspaces: BoundedLabel | null;
  readonly #budget = new BudgetMeter();
  readonly #breakers: (() => string)[] = [];
  readonly #m;

  constructor(options: MetricsOptions) {
    collectDefaultMetrics({ register: this.registry });
    this.#names = new BoundedLabel(0, new Set(options.operationNames));
    this.#workspaces = options.workspaceLabel ? new BoundedLabel(1_000) : null;
    this.#m = defineMetrics(this.registry, options.workspaceLabel, {
      breaker: (gauge) => {
        const states = new Set(this.#breakers.map((read) => read()));
        for (const state of BREAKER_STATES) gauge.set({ state }, states.has(state) ? 1 : 0);
      },
      budget: (ratio) => {
        ratio.reset();
        // Without the workspace label the gauge shows the workspace nearest its limit.
        const highest = new Map<string, { labels: Record<string, string>; value: number }>();
        for (const { cls, workspaceId, sent } of this.#budget.read()) {
          const limit = options.limits[cls];
          if (limit <= 0) continue;
          const labels = this.#classLabels(cls, workspaceId);
          const key = `${cls}\u0000${labels.workspace ?? ''}`;
          const value = sent / limit;
          if ((highest.get(key)?.value ?? -1) < value) highest.set(key, { labels, value });
        }
        for (const { labels, value } of highest.values()) ratio.set(labels, value);
      },
    });
    for (const cls of ['read', 'write'] as const) {
      this.#m.budgetLimit.set({ class: cls }, options.limits[cls]);
    }
  }

  /** The text Prometheus scrapes. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Records one GraphQL operation. */
  operation(o: {
    name: string | null;
    type: string | null;
    outcome: OperationOutcome;
    seconds: number;
    errorCodes: readonly string[];
  }): void {
    const operation = this.#names.of(o.name ?? '');
    const type = o.type !== null && OPERATION_TYPES.has(o.type) ? o.type : 'unknown';
    this.#m.operations.observe({ operation, type, outcome: o.outcome }, o.seconds);
    for (const code of o.errorCodes) {
      this.#m.operationErrors.inc({ operation, code: this.#codes.of(code) });
    }
  }

  /** Reads the breaker's state at each scrape. */
  watchBreaker(read: () => string): void {
    this.#breakers.push(read);
  }

  // --- UpstreamObserver -------------------------------------------------------------------------
  attempt(info: AttemptInfo, result: AttemptResult, seconds: number): void {
    this.#m.upstream.observe(
      { method: info.method, route: info.route, status_class: statusClass(result) },
      seconds,
    );
  }

  retry(info: AttemptInfo, reason: string): void {
    this.#m.retries.inc({ method: info.method, route: info.route, reason });
  }

  shaperWait(cls: RateClass, workspaceId: string, seconds: number): void {
    this.#m.shaperWaits.observe(this.#classLabels(cls, workspaceId), seconds);
  }

  shaperRefusal(cls: RateClass, workspaceId: string): void {
    this.#m.shaperRefusals.inc(this.#classLabels(cls, workspaceId));
  }

  sent(cls: RateClass, workspaceId: string): void {
    this.#budget.sent(cls, workspaceId);
    this.#m.budgetRequests.inc(this.#classLabels(cls, workspaceId));
  }

  // --- hooks for the cache, realtime and Redis ------------------------------------------------
  /** A cache lookup of `kind` (e.g. `conversation`, `page`) was answered from the cache. */
  cacheHit(kind: string): void {
    this.#m.cache.inc({ kind: this.#kinds.of(kind), result: 'hit' });
  }

  /** A cache lookup of `kind` had to go upstream. */
  cacheMiss(kind: string): void {
    this.#m.cache.inc({ kind: this.#kinds.of(kind), result: 'miss' });
  }

  /** `count` cache tags of `kind` were invalidated, because of a webhook or a mutation. */
  cacheInvalidation(kind: string, reason: InvalidationReason, count = 1): void {
    this.#m.invalidations.inc({ kind: this.#kinds.of(kind), reason }, count);
  }

  /** A webhook delivery ended with `outcome`. */
  webhookDelivery(outcome: WebhookOutcome): void {
    this.#m.webhooks.inc({ outcome: WEBHOOK_OUTCOMES.has(outcome) ? outcome : 'other' });
  }

  /** A subscription started on `transport` (`graphql-ws`, `sse`, `multipart`). */
  subscriptionOpened(transport: string): void {
    this.#m.subscriptions.inc({ transport: this.#transports.of(transport) });
  }

  subscriptionClosed(transport: string): void {
    this.#m.subscriptions.dec({ transport: this.#transports.of(transport) });
  }

  /** A streaming connection (a WebSocket, an SSE stream) opened on `transport`. */
  connectionOpened(transport: string): void {
    this.#m.connections.inc({ transport: this.#transports.of(transport) });
  }

  connectionClosed(transport: string): void {
    this.#m.connections.dec({ transport: this.#transports.of(transport) });
  }

  /** An event of `type` was published on the bus, from a webhook or a mutation. */
  eventPublished(type: string, source: string): void {
    this.#m.events.inc({ type: this.#eventTypes.of(type), source: this.#kinds.of(source) });
  }

  /** The Redis connection's state (`connected`, `connecting`, `disconnected`, ...). */
  redisState(state: string): void {
    this.#m.redis.reset();
    this.#m.redis.set({ state: this.#kinds.of(state) }, 1);
  }

  #classLabels(cls: RateClass, workspaceId: string): Record<string, string> {
    return this.#workspaces === null
      ? { class: cls }
      : { class: cls, workspace: this.#workspaces.of(workspaceId) };
  }
}
