import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from '../../src/observability/metrics.js';
import { routeTemplate } from '../../src/upstream/routeTemplate.js';
import { parseTraceparent } from '../../src/observability/tracing.js';
import { parseExposition } from '../helpers/prometheus.js';

const metrics = (workspaceLabel = false) =>
  new GatewayMetrics({
    operationNames: ['Inbox'],
    workspaceLabel,
    limits: { read: 50, write: 500 },
  });

describe('GatewayMetrics hooks', () => {
  it('counts cache hits, misses and invalidations by kind', async () => {
    const m = metrics();
    m.cacheHit('conversation');
    m.cacheHit('conversation');
    m.cacheMiss('conversation');
    m.cacheInvalidation('messages', 'webhook', 3);
    const s = parseExposition(await m.scrape());
    expect(
      s.sum('bird_gateway_cache_requests_total', { kind: 'conversation', result: 'hit' }),
    ).toBe(2);
    expect(s.sum('bird_gateway_cache_requests_total', { result: 'miss' })).toBe(1);
    expect(
      s.sum('bird_gateway_cache_invalidations_total', { kind: 'messages', reason: 'webhook' }),
    ).toBe(3);
  });

  it('folds label values that look like ids, or are too many, into other', async () => {
    const m = metrics();
    m.cacheHit('5f0c7a0e-6b1a-4f7e-9d51-2c8e6a1b7f00');
    for (let i = 0; i < 30; i += 1) m.cacheMiss(`kind${i}`);
    const s = parseExposition(await m.scrape());
    const kinds = new Set(
      s.samples
        .filter((x) => x.name === 'bird_gateway_cache_requests_total')
        .map((x) => x.labels.kind),
    );
    expect(kinds.size).toBe(21);
    expect(s.sum('bird_gateway_cache_requests_total', { kind: 'other', result: 'hit' })).toBe(1);
  });

  it('tracks webhook outcomes, subscriptions, connections, events and Redis state', async () => {
    const m = metrics();
    m.webhookDelivery('accepted');
    m.webhookDelivery('duplicate');
    m.webhookDelivery('bad_signature');
    m.subscriptionOpened('graphql-ws');
    m.subscriptionOpened('graphql-ws');
    m.subscriptionClosed('graphql-ws');
    m.connectionOpened('sse');
    m.eventPublished('message.added', 'webhook');
    m.redisState('connecting');
    m.redisState('connected');
    const s = parseExposition(await m.scrape());
    expect(s.sum('bird_gateway_webhook_deliveries_total', { outcome: 'duplicate' })).toBe(1);
    expect(s.sum('bird_gateway_webhook_deliveries_total')).toBe(3);
    expect(s.sum('bird_gateway_subscriptions_active', { transport: 'graphql-ws' })).toBe(1);
    expect(s.sum('bird_gateway_connections_active', { transport: 'sse' })).toBe(1);
    expect(s.sum('bird_gateway_events_published_total', { type: 'message.added' })).toBe(1);
    expect(s.sum('bird_gateway_redis_state', { state: 'connected' })).toBe(1);
    expect(s.sum('bird_gateway_redis_state', { state: 'connecting' })).toBe(0);
  });

  it('labels the budget by workspace only when allowed, else shows the busiest workspace', async () => {
    const folded = metrics();
    const labelled = metrics(true);
    for (const m of [folded, labelled]) {
      for (let i = 0; i < 10; i += 1) m.sent('read', 'ws-a');
      for (let i = 0; i < 25; i += 1) m.sent('read', 'ws-b');
      m.shaperRefusal('read', 'ws-b');
    }
    const f = parseExposition(await folded.scrape());
    expect(f.samples.some((x) => 'workspace' in x.labels)).toBe(false);
    expect(f.sum('bird_gateway_rate_budget_used_ratio', { class: 'read' })).toBe(0.5);
    expect(f.sum('bird_gateway_rate_budget_requests_total', { class: 'read' })).toBe(35);
    const l = parseExposition(await labelled.scrape());
    expect(l.sum('bird_gateway_rate_budget_used_ratio', { workspace: 'ws-a' })).toBe(0.2);
    expect(l.sum('bird_gateway_rate_shaper_refusals_total', { workspace: 'ws-b' })).toBe(1);
  });
});

describe('routeTemplate', () => {
  it.each([
    ['/conversations', '/conversations'],
    ['/conversations/abc', '/conversations/{id}'],
    ['/conversations/abc/messages/def', '/conversations/{id}/messages/{id}'],
    [
      '/conversations/abc/participants/phonenumber/%2B316',
      '/conversations/{id}/participants/{identifierKey}/{identifierValue}',
    ],
    ['/participants/p1/conversations', '/participants/{id}/conversations'],
    ['/conversations/abc/presigned-upload', '/conversations/{id}/presigned-upload'],
    ['/secret-token/whatever', 'other'],
  ])('names %s as %s', (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });
});

describe('parseTraceparent', () => {
  it('accepts a W3C trace context and refuses malformed or all-zero ones', () => {
    const id = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(parseTraceparent(`00-${id}-00f067aa0ba902b7-01`)).toEqual({
      traceId: id,
      spanId: '00f067aa0ba902b7',
      sampled: true,
    });
    expect(parseTraceparent(`00-${'0'.repeat(32)}-00f067aa0ba902b7-01`)).toBeNull();
    expect(parseTraceparent(`00-${id}-00f067aa0ba902b7-01-extra`)).toBeNull();
    expect(parseTraceparent(`ff-${id}-00f067aa0ba902b7-01`)).toBeNull();
    expect(parseTraceparent('not a traceparent')).toBeNull();
  });
});
