import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../../src/ids/globalId.js';
import { z } from 'zod';
import {
  headersOf,
  jsonObject,
  loadPlaygroundSettings,
  operationName,
  type PageSettings,
} from '../client/playgroundPage.js';
import { deliver, delivery, envelope, signFromRecipe } from '../helpers/birdWebhooks.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import {
  startOtlpReceiver,
  type OtlpReceiver,
  type ReceivedSpan,
} from '../helpers/otlpReceiver.js';
import { scrape, type Scrape } from '../helpers/prometheus.js';
import { collectWs, wsClient } from '../helpers/subscriptions.js';
import { waitFor } from '../helpers/waitFor.js';

const SIGNING_KEY = 'whsec-scripted-run-signing-key-0123';
const SERVICE = 'gateway-scripted-run';
const MESSAGE_ADDED = 'subscription MessageAdded { messageAdded { id birdId } }';
const SERVER = 2;
const CLIENT = 3;

let receiver: OtlpReceiver;
let gw: TestGateway;
let settings: PageSettings;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  gw = await startTestGateway({
    env: {
      WEBHOOK_SIGNING_KEY: SIGNING_KEY,
      CACHE_TTL_SECONDS: '300',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: SERVICE,
      UPSTREAM_RETRY_BASE_DELAY_MS: '5',
      UPSTREAM_RETRY_MAX_DELAY_MS: '10',
      RATE_LIMIT_GET_PER_SECOND: '50',
      RATE_LIMIT_WRITE_PER_SECOND: '500',
    },
  });
  // Loading the page looks up demo ids in Bird: done before the run is measured.
  settings = await loadPlaygroundSettings(gw.url);
});
afterAll(async () => {
  await gw.close();
  await receiver.close();
});

const metricsUrl = () => new URL('/metrics', gw.url).toString();

/** Runs a playground example by name, with its variables (some overridden). */
async function runExample(name: string, overrides: Record<string, unknown> = {}) {
  const tab = settings.tabs.find((t) => operationName(t.query) === name);
  if (tab === undefined) throw new Error(`no playground example named ${name}`);
  const variables = { ...jsonObject(tab.variables), ...overrides };
  const result = await gw.queryText(tab.query, variables, headersOf(tab.headers));
  expect(result.errors).toBeUndefined();
  return { result, variables };
}

const conversationSchema = z.looseObject({ id: z.string(), updatedAt: z.string() });

/** Bird's webhook for a new inbound message in `conversationId`, delivered signed to the gateway. */
async function inboundWebhook(conversationId: string) {
  const inbound = gw.simulator.simulateInbound({ conversationId });
  const { body: conversation } = await gw.rest(
    conversationSchema,
    'GET',
    `/conversations/${conversationId}`,
  );
  const url = new URL(`/webhooks/bird/${gw.simulator.workspaceId}`, gw.url).toString();
  const sent = delivery(SIGNING_KEY, url, envelope('conversation.updated', conversation));
  expect((await deliver(url, sent)).status).toBe(200);
  await gw.gateway.webhooks?.idle();
  return { ...inbound, signature: sent };
}

/** Every label value of a scrape. */
const labelValues = (s: Scrape) => s.samples.flatMap((sample) => Object.values(sample.labels));

describe('a scripted run: inbox, a reply, a webhook to a live subscriber, a 503 and a retry', () => {
  it('is told exactly by /metrics and by the spans received over OTLP', async () => {
    const before = await scrape(metricsUrl());
    const spansBefore = receiver.spans.length;

    // A live subscriber on graphql-ws.
    const client = wsClient(gw);
    const subscriber = collectWs<{ messageAdded: { id: string; birdId: string } }>(
      client,
      MESSAGE_ADDED,
    );
    await waitFor(
      async () =>
        (await scrape(metricsUrl())).sum('bird_gateway_subscriptions_active', {
          transport: 'graphql-ws',
        }) === 1,
      { message: 'the subscription never showed as active' },
    );

    // The inbox, twice: the second is answered from the cache.
    await runExample('Inbox', { first: 3 });
    await runExample('Inbox', { first: 3 });
    // A reply: the subscriber sees it at once.
    const { result: reply, variables } = await runExample('SendReply');
    const replyId = z
      .object({ replyToConversation: z.object({ message: z.object({ id: z.string() }) }) })
      .parse(reply.data).replyToConversation.message.id;
    await subscriber.received.until((m) => m.messageAdded.id === replyId, 'the reply');
    // Bird's webhook for a customer's message in the same conversation.
    const conversation = decodeGlobalId(z.string().parse(variables.conversationId));
    if (conversation?.kind !== 'Conversation') throw new Error('SendReply names no conversation');
    const webhook = await inboundWebhook(conversation.conversationId);
    await subscriber.received.until(
      (m) => m.messageAdded.birdId === webhook.messageId,
      "the webhook's message",
    );
    // Bird fails the inbox list once; the gateway retries it.
    gw.simulator.faults.inject({
      method: 'GET',
      path: '/workspaces/*/conversations',
      kind: 'status',
      status: 503,
      times: 1,
    });
    await runExample('Inbox', { first: 3 });

    const during = await scrape(metricsUrl());
    subscriber.stop();
    await client.dispose();
    const after = await waitFor(async () => {
      const s = await scrape(metricsUrl());
      const open =
        s.sum('bird_gateway_subscriptions_active') + s.sum('bird_gateway_connections_active');
      return open === 0 ? s : null;
    });
    const delta = (name: string, labels: Record<string, string> = {}) =>
      after.sum(name, labels) - before.sum(name, labels);

    // Operations: three inboxes and a reply.
    const operations = 'bird_gateway_operation_duration_seconds_count';
    expect(delta(operations)).toBe(4);
    expect(delta(operations, { operation: 'Inbox', type: 'query', outcome: 'success' })).toBe(3);
    expect(
      delta(operations, { operation: 'SendReply', type: 'mutation', outcome: 'success' }),
    ).toBe(1);

    // Upstream calls by route template and status class, the 503 and its retry among them.
    const upstream = (method: string, route: string, status_class: string) =>
      delta('bird_gateway_upstream_request_duration_seconds_count', {
        method,
        route,
        status_class,
      });
    const calls = {
      'GET /conversations 2xx': upstream('GET', '/conversations', '2xx'),
      'GET /conversations 5xx': upstream('GET', '/conversations', '5xx'),
      'GET /conversations/{id}/messages 2xx': upstream(
        'GET',
        '/conversations/{id}/messages',
        '2xx',
      ),
      'POST /conversations/{id}/messages 2xx': upstream(
        'POST',
        '/conversations/{id}/messages',
        '2xx',
      ),
      'GET /conversations/{id} 2xx': upstream('GET', '/conversations/{id}', '2xx'),
      'GET /conversations/{id}/messages/{id} 2xx': upstream(
        'GET',
        '/conversations/{id}/messages/{id}',
        '2xx',
      ),
    };
    expect(calls).toEqual({
      // The first inbox, the retried third one, and the check of the subscriber's key at connect.
      'GET /conversations 2xx': 3,
      'GET /conversations 5xx': 1,
      // Three threads for the first inbox; the third re-reads only the replied-to thread.
      'GET /conversations/{id}/messages 2xx': 4,
      'POST /conversations/{id}/messages 2xx': 1,
      // The reply's conversation, and its re-read for the subscriber's conversation.updated.
      'GET /conversations/{id} 2xx': 2,
      // The webhook's message, fetched once for the subscriber.
      'GET /conversations/{id}/messages/{id} 2xx': 1,
    });
    expect(delta('bird_gateway_upstream_request_duration_seconds_count')).toBe(12);
    expect(delta('bird_gateway_upstream_retries_total')).toBe(1);
    expect(
      delta('bird_gateway_upstream_retries_total', {
        method: 'GET',
        route: '/conversations',
        reason: '503',
      }),
    ).toBe(1);

    // Every GET attempt spent the workspace's read budget; the limit is what the shaper allows.
    expect(delta('bird_gateway_rate_budget_requests_total', { class: 'read' })).toBe(
      delta('bird_gateway_upstream_request_duration_seconds_count', { method: 'GET' }),
    );
    expect(after.sum('bird_gateway_rate_budget_limit', { class: 'read' })).toBe(50);
    expect(after.sum('bird_gateway_breaker_state', { state: 'closed' })).toBe(1);
    expect(after.sum('bird_gateway_breaker_state', { state: 'open' })).toBe(0);
    // No workspace label unless the operator allows it; the process's default metrics are there.
    expect(after.samples.some((sample) => 'workspace' in sample.labels)).toBe(false);
    expect(after.types.get('process_cpu_user_seconds_total')).toBe('counter');

    // The webhook, the subscriber, and the events both publishers put on the bus.
    expect(delta('bird_gateway_webhook_deliveries_total')).toBe(1);
    expect(delta('bird_gateway_webhook_deliveries_total', { outcome: 'accepted' })).toBe(1);
    expect(during.sum('bird_gateway_subscriptions_active', { transport: 'graphql-ws' })).toBe(1);
    expect(during.sum('bird_gateway_connections_active', { transport: 'graphql-ws' })).toBe(1);
    expect(after.sum('bird_gateway_subscriptions_active')).toBe(0);
    const events = (type: string, source: string) =>
      delta('bird_gateway_events_published_total', { type, source });
    expect([
      events('message.added', 'mutation'),
      events('conversation.updated', 'mutation'),
      events('message.added', 'webhook'),
      events('conversation.updated', 'webhook'),
      delta('bird_gateway_events_published_total'),
    ]).toEqual([1, 1, 1, 1, 4]);

    // The cache: the second inbox is all hits; the third finds the replied-to thread and the list
    // invalidated (by the reply and the webhook) and the two other threads still cached.
    const cache = (kind: string, result: string) =>
      delta('bird_gateway_cache_requests_total', { kind, result });
    expect({
      hits: [cache('conversations', 'hit'), cache('messages', 'hit'), cache('conversation', 'hit')],
      misses: [
        cache('conversations', 'miss'),
        cache('messages', 'miss'),
        cache('conversation', 'miss'),
      ],
    }).toEqual({ hits: [1, 5, 0], misses: [2, 4, 1] });
    const invalidated = (kind: string, reason: string) =>
      delta('bird_gateway_cache_invalidations_total', { kind, reason });
    expect(
      ['conversation', 'conversations', 'messages', 'message'].map((kind) => [
        invalidated(kind, 'webhook'),
        invalidated(kind, 'mutation'),
      ]),
    ).toEqual([
      [2, 3],
      [2, 3],
      [2, 3],
      // A message.added event leaves the new message's own entry (it has no older version); only
      // the reply's read-your-writes drops it.
      [0, 1],
    ]);

    // No label carries a secret or an id.
    const ids = [
      gw.simulator.accessKey,
      SIGNING_KEY,
      webhook.signature.requestId,
      gw.simulator.workspaceId,
      conversation.conversationId,
      webhook.messageId,
      replyId,
    ];
    const values = labelValues(after);
    for (const id of ids) expect(values.filter((v) => v.includes(id))).toEqual([]);
    expect(values.filter((v) => /[0-9a-f]{8}-[0-9a-f]{4}|[A-Za-z0-9]{24,}/.test(v))).toEqual([]);

    await assertSpansTellTheSameStory(spansBefore, {
      cacheHits: delta('bird_gateway_cache_requests_total', { result: 'hit' }),
      cacheMisses: delta('bird_gateway_cache_requests_total', { result: 'miss' }),
      secrets: [gw.simulator.accessKey, SIGNING_KEY],
    });
  });
});

/** Spans received since the `from`th, once the gateway has sent all of the run's. */
async function spansOfTheRun(from: number) {
  return waitFor(async () => {
    await gw.gateway.tracing.flush();
    const ours = receiver.spans.slice(from).filter((s) => s.service === SERVICE);
    const deliveries = ours.filter((s) => s.name === 'event deliver');
    return ours.filter((s) => s.kind === SERVER).length === 4 && deliveries.length === 4
      ? ours
      : null;
  });
}

async function assertSpansTellTheSameStory(
  from: number,
  metrics: { cacheHits: number; cacheMisses: number; secrets: readonly string[] },
) {
  const spans = await spansOfTheRun(from);
  const operations = spans.filter((s) => s.kind === SERVER);
  expect(
    operations.map((s) => [
      s.name,
      s.attributes['gateway.upstream.attempts'],
      s.attributes['gateway.cache.hits'],
      s.attributes['gateway.cache.misses'],
    ]),
  ).toEqual([
    ['query Inbox', 4, 0, 4],
    ['query Inbox', 0, 4, 0],
    ['mutation SendReply', 2, 0, 1],
    ['query Inbox', 3, 2, 2],
  ]);
  const sum = (key: string) =>
    operations.reduce((total, s) => total + Number(s.attributes[key] ?? 0), 0);
  // Plus one miss on no finished span: the live subscriber reads the webhook's message through the
  // cache (the subscription's own span is still open).
  expect([sum('gateway.cache.hits'), sum('gateway.cache.misses') + 1]).toEqual([
    metrics.cacheHits,
    metrics.cacheMisses,
  ]);

  // Each upstream attempt of an operation is its child; the 503 and its retry share the last inbox.
  const attempts = spans.filter((s) => s.kind === CLIENT);
  const operationIds = new Set(operations.map((s) => s.spanId));
  expect(attempts.every((s) => operationIds.has(s.parentSpanId ?? ''))).toBe(true);
  const byName = (list: readonly ReceivedSpan[]) =>
    list.map((s) => `${s.name} ${String(s.attributes['http.response.status_code'])}`).sort();
  expect(byName(attempts)).toEqual(
    [
      ...Array<string>(2).fill('GET /conversations 200'),
      'GET /conversations 503',
      ...Array<string>(4).fill('GET /conversations/{id}/messages 200'),
      'POST /conversations/{id}/messages 201',
      'GET /conversations/{id} 200',
    ].sort(),
  );
  const lastInbox = operations[3]?.spanId;
  expect(
    attempts
      .filter((s) => s.parentSpanId === lastInbox && s.name === 'GET /conversations')
      .map((s) => [
        s.attributes['gateway.upstream.attempt'],
        s.attributes['http.response.status_code'],
      ]),
  ).toEqual([
    [1, 503],
    [2, 200],
  ]);

  // The webhook: its intake span, the two events it published, and their delivery to the subscriber.
  const intake = spans.filter((s) => s.name === 'webhook intake');
  expect(
    intake.map((s) => [
      s.attributes['gateway.webhook.event'],
      s.attributes['gateway.webhook.outcome'],
    ]),
  ).toEqual([['conversation.updated', 'accepted']]);
  const allPublished = spans.filter((s) => s.name === 'event publish');
  const published = allPublished.filter((s) => s.parentSpanId === intake[0]?.spanId);
  const delivered = spans.filter((s) => s.name === 'event deliver');
  const fanOut = (span: ReceivedSpan) => [
    span.attributes['gateway.event.type'],
    span.attributes['gateway.event.source'],
    span.attributes['gateway.fanout.subscribers'],
  ];
  expect(
    published.map((p) => [
      p.attributes['gateway.event.type'],
      ...delivered.filter((d) => d.parentSpanId === p.spanId).map(fanOut),
    ]),
  ).toEqual([
    ['conversation.updated', ['conversation.updated', 'webhook', 0]],
    ['message.added', ['message.added', 'webhook', 1]],
  ]);
  // The reply's events: published under the SendReply operation's span, and delivered under those
  // publish spans, the message to the one subscriber.
  const reply = operations[2]?.spanId;
  const fromReply = allPublished.filter((s) => s.parentSpanId === reply);
  expect(fromReply.length + published.length).toBe(allPublished.length);
  expect(
    fromReply
      .map((p) => [
        p.attributes['gateway.event.type'],
        p.attributes['gateway.event.source'],
        ...delivered.filter((d) => d.parentSpanId === p.spanId).map(fanOut),
      ])
      .sort(),
  ).toEqual([
    ['conversation.updated', 'mutation', ['conversation.updated', 'mutation', 0]],
    ['message.added', 'mutation', ['message.added', 'mutation', 1]],
  ]);
  expect(delivered.filter((d) => d.parentSpanId === undefined)).toEqual([]);

  const text = JSON.stringify(spans.map((s) => s.attributes));
  for (const secret of metrics.secrets) expect(text).not.toContain(secret);
}

describe('a refused webhook', () => {
  it('is counted as bad_signature and has an intake span saying so, without the signature', async () => {
    const before = await scrape(metricsUrl());
    const url = new URL(`/webhooks/bird/${gw.simulator.workspaceId}`, gw.url).toString();
    const forged = delivery(
      'not-the-signing-key-at-all',
      url,
      envelope('conversation.updated', {}),
    );
    expect((await deliver(url, forged)).status).toBe(401);
    const after = await scrape(metricsUrl());
    const name = 'bird_gateway_webhook_deliveries_total';
    expect(
      after.sum(name, { outcome: 'bad_signature' }) -
        before.sum(name, { outcome: 'bad_signature' }),
    ).toBe(1);
    const span = await waitFor(async () => {
      await gw.gateway.tracing.flush();
      return receiver.spans.find(
        (s) =>
          s.name === 'webhook intake' &&
          s.attributes['gateway.webhook.request_id'] === forged.requestId,
      );
    });
    expect(span.attributes['gateway.webhook.outcome']).toBe('bad_signature');
    const signature = signFromRecipe(forged.key, forged.timestamp, url, forged.body);
    expect(JSON.stringify(span.attributes)).not.toContain(signature);
  });
});
