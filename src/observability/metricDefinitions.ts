/**
 * Every `bird_gateway_*` metric: name, help text, labels and buckets, in one table. Gauges that
 * are read at scrape time take the function that fills them. docs/observability.md lists them.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/** Fill the scrape-time gauges. */
export interface Collectors {
  readonly breaker: (gauge: Gauge) => void;
  readonly budget: (gauge: Gauge) => void;
}

/** Declares every `bird_gateway_*` metric in `registry`. */
export function defineMetrics(registry: Registry, workspaceLabel: boolean, collect: Collectors) {
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
      help: 'Cache invalidations (tags dropped: an entry or a family of pages) by kind and reason.',
      labelNames: ['kind', 'reason'],
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
