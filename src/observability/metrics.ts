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
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AttemptInfo, AttemptResult, UpstreamObserver } from '../upstream/observer.js';
import type { RateClass } from '../upstream/resilience/rateShaper.js';
import { BoundedLabel } from './boundedLabel.js';
import { BudgetMeter } from './budgetMeter.js';

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
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/** `2xx` ... `5xx` for an answer, the failure kind without one. */
function statusClass(result: AttemptResult): string {
  return 'status' in result ? `${Math.floor(result.status / 100)}xx` : result.failure;
}

/** The gateway's metrics and the hooks that feed them. */
export class GatewayMetrics implements UpstreamObserver {
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

  /** `count` cache entries of `kind` were invalidated. */
  cacheInvalidation(kind: string, count = 1): void {
    this.#m.invalidations.inc({ kind: this.#kinds.of(kind) }, count);
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

interface Collectors {
  readonly breaker: (gauge: Gauge) => void;
  readonly budget: (gauge: Gauge) => void;
}

/** Declares every `bird_gateway_*` metric in `registry`. */
function defineMetrics(registry: Registry, workspaceLabel: boolean, collect: Collectors) {
  const registers = [registry];
  const budgetLabels = workspaceLabel ? ['class', 'workspace'] : ['class'];
  return {
    operations: new Histogram({
      name: 'bird_gateway_operation_duration_seconds',
      help: 'GraphQL operations by name (manifest names, else other), type and outcome.',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: SECONDS,
      registers,
    }),
    operationErrors: new Counter({
      name: 'bird_gateway_operation_errors_total',
      help: 'Errors in GraphQL responses by operation and error code.',
      labelNames: ['operation', 'code'],
      registers,
    }),
    upstream: new Histogram({
      name: 'bird_gateway_upstream_request_duration_seconds',
      help: 'HTTP attempts to Bird by method, route template and status class (or failure kind).',
      labelNames: ['method', 'route', 'status_class'],
      buckets: SECONDS,
      registers,
    }),
    retries: new Counter({
      name: 'bird_gateway_upstream_retries_total',
      help: 'Upstream attempts that failed and were retried, by route and reason.',
      labelNames: ['method', 'route', 'reason'],
      registers,
    }),
    breaker: new Gauge({
      name: 'bird_gateway_breaker_state',
      help: 'The circuit breaker in front of Bird: 1 for its current state.',
      labelNames: ['state'],
      registers,
      collect() {
        collect.breaker(this);
      },
    }),
    shaperWaits: new Histogram({
      name: 'bird_gateway_rate_shaper_wait_seconds',
      help: 'Upstream calls the rate shaper held back for their turn, and for how long.',
      labelNames: budgetLabels,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers,
    }),
    shaperRefusals: new Counter({
      name: 'bird_gateway_rate_shaper_refusals_total',
      help: 'Upstream calls the rate shaper refused (RATE_LIMITED) because their turn was too far.',
      labelNames: budgetLabels,
      registers,
    }),
    budgetRequests: new Counter({
      name: 'bird_gateway_rate_budget_requests_total',
      help: "Requests sent to Bird, spending a workspace's rate budget, by class.",
      labelNames: budgetLabels,
      registers,
    }),
    budgetRatio: new Gauge({
      name: 'bird_gateway_rate_budget_used_ratio',
      help: "Share of a workspace's per-second budget used in the busier of the last two seconds.",
      labelNames: budgetLabels,
      registers,
      collect() {
        collect.budget(this);
      },
    }),
    budgetLimit: new Gauge({
      name: 'bird_gateway_rate_budget_limit',
      help: 'Requests per second per workspace the gateway allows itself, by class (0: unshaped).',
      labelNames: ['class'],
      registers,
    }),
    cache: new Counter({
      name: 'bird_gateway_cache_requests_total',
      help: 'Cache lookups by kind and result (hit or miss).',
      labelNames: ['kind', 'result'],
      registers,
    }),
    invalidations: new Counter({
      name: 'bird_gateway_cache_invalidations_total',
      help: 'Cache entries invalidated, by kind.',
      labelNames: ['kind'],
      registers,
    }),
    webhooks: new Counter({
      name: 'bird_gateway_webhook_deliveries_total',
      help: 'Bird webhook deliveries by outcome.',
      labelNames: ['outcome'],
      registers,
    }),
    subscriptions: new Gauge({
      name: 'bird_gateway_subscriptions_active',
      help: 'Active GraphQL subscriptions by transport.',
      labelNames: ['transport'],
      registers,
    }),
    connections: new Gauge({
      name: 'bird_gateway_connections_active',
      help: 'Open streaming connections by transport.',
      labelNames: ['transport'],
      registers,
    }),
    events: new Counter({
      name: 'bird_gateway_events_published_total',
      help: 'Events published on the event bus, by type and source.',
      labelNames: ['type', 'source'],
      registers,
    }),
    redis: new Gauge({
      name: 'bird_gateway_redis_state',
      help: "The Redis connection's state: 1 for the current one.",
      labelNames: ['state'],
      registers,
    }),
  };
}
