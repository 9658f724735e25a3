import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { startHeaderRecorder, type HeaderRecorder } from '../helpers/headerRecorder.js';
import { startOtlpReceiver, type OtlpReceiver } from '../helpers/otlpReceiver.js';
import { waitFor } from '../helpers/waitFor.js';

const INBOX = readFileSync(new URL('../../operations/Inbox.graphql', import.meta.url), 'utf8');
const SERVER = 2;
const CLIENT = 3;

let simulator: Simulator;
let recorder: HeaderRecorder;
let receiver: OtlpReceiver;
const gateways: TestGateway[] = [];

/** A gateway over the recorder (so the test sees what Bird receives), tracing on or off. */
async function gateway(tracing: boolean): Promise<TestGateway> {
  const gw = await startTestGateway({
    sharedSimulator: simulator,
    live: true,
    env: {
      BIRD_API_URL: recorder.url,
      BIRD_WORKSPACE_ID: simulator.workspaceId,
      BIRD_ACCESS_KEY: simulator.accessKey,
      GATEWAY_ALLOW_ANONYMOUS: 'true',
      UPSTREAM_RETRY_BASE_DELAY_MS: '5',
      UPSTREAM_RETRY_MAX_DELAY_MS: '10',
      ...(tracing
        ? { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'gateway-under-test' }
        : {}),
    },
  });
  gateways.push(gw);
  return gw;
}

/** A client's W3C trace context. */
function clientContext() {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, header: `00-${traceId}-${spanId}-01` };
}

const operationLine = z.looseObject({ msg: z.literal('operation'), traceId: z.string() });

/** The trace ids on the gateway's operation log lines. */
const operationTraceIds = (gw: TestGateway) =>
  gw.logs.flatMap((l) => {
    const parsed = operationLine.safeParse(JSON.parse(l));
    return parsed.success ? [parsed.data.traceId] : [];
  });

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  recorder = await startHeaderRecorder(simulator.url, 'traceparent');
  receiver = await startOtlpReceiver();
});
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
});
afterAll(async () => {
  await Promise.all([recorder.close(), receiver.close(), simulator.close()]);
});

describe('traces over OTLP/HTTP', () => {
  it('sends the span of one operation with a child span per upstream attempt', async () => {
    const gw = await gateway(true);
    const client = clientContext();
    simulator.faults.inject({
      method: 'GET',
      path: '/workspaces/*/conversations',
      kind: 'status',
      status: 503,
      times: 1,
    });
    const seenBefore = recorder.calls.length;
    const result = await gw.queryText(INBOX, { first: 2 }, { traceparent: client.header });
    expect(result.errors).toBeUndefined();

    // The request's span ends when the response is done, which may be just after the client has it.
    const trace = await waitFor(async () => {
      await gw.gateway.tracing.flush();
      const spans = receiver.spans.filter((s) => s.traceId === client.traceId);
      return spans.length >= 5 ? spans : null;
    });
    const operation = trace.find((s) => s.kind === SERVER);
    expect(operation).toMatchObject({
      name: 'query Inbox',
      parentSpanId: client.spanId,
      service: 'gateway-under-test',
      attributes: {
        'graphql.operation.name': 'Inbox',
        'graphql.operation.type': 'query',
        'gateway.cost.estimated_upstream_calls': 3,
        'gateway.upstream.calls': 3,
        'gateway.upstream.attempts': 4,
        'gateway.cache.hits': 0,
        'http.response.status_code': 200,
      },
    });
    const attempts = trace.filter((s) => s.kind === CLIENT);
    expect(attempts.every((s) => s.parentSpanId === operation?.spanId)).toBe(true);
    const list = attempts
      .filter((s) => s.attributes['url.template'] === '/conversations')
      .map((s) => [
        s.attributes['gateway.upstream.attempt'],
        s.attributes['http.response.status_code'],
      ]);
    expect(list.sort()).toEqual([
      [1, 503],
      [2, 200],
    ]);
    expect(attempts.map((s) => s.name).sort()).toEqual([
      'GET /conversations',
      'GET /conversations',
      'GET /conversations/{id}/messages',
      'GET /conversations/{id}/messages',
    ]);
    expect(receiver.contentTypes.every((t) => t.startsWith('application/json'))).toBe(true);

    // Bird received each attempt's own span context, in the client's trace.
    const sent = recorder.calls.slice(seenBefore).map((c) => c.value);
    expect(sent.sort()).toEqual(attempts.map((s) => `00-${client.traceId}-${s.spanId}-01`).sort());

    expect(operationTraceIds(gw)).toEqual([client.traceId]);
  });

  it('starts a new trace when the client sends none', async () => {
    const gw = await gateway(true);
    const seenBefore = receiver.spans.length;
    await gw.queryText(INBOX, { first: 1 });
    const root = await waitFor(async () => {
      await gw.gateway.tracing.flush();
      return receiver.spans
        .slice(seenBefore)
        .find((s) => s.name === 'query Inbox' && s.parentSpanId === undefined);
    });
    expect(
      receiver.spans.filter((s) => s.traceId === root.traceId && s.kind === CLIENT),
    ).toHaveLength(2);
  });
});

describe('tracing off', () => {
  it('exports nothing and passes a client traceparent to Bird as it came', async () => {
    const gw = await gateway(false);
    expect(gw.gateway.tracing.enabled).toBe(false);
    const client = clientContext();
    const spansBefore = receiver.spans.length;
    const seenBefore = recorder.calls.length;
    await gw.queryText(INBOX, { first: 1 }, { traceparent: client.header });
    expect(recorder.calls.slice(seenBefore).map((c) => c.value)).toEqual([
      client.header,
      client.header,
    ]);
    expect(operationTraceIds(gw)).toEqual([client.traceId]);
    expect(receiver.spans.length).toBe(spansBefore);
  });

  it('drops a malformed traceparent instead of forwarding it', async () => {
    const gw = await gateway(false);
    const seenBefore = recorder.calls.length;
    await gw.queryText(INBOX, { first: 1 }, { traceparent: '00-secret-token-not-a-trace-01' });
    expect(recorder.calls.slice(seenBefore).map((c) => c.value)).toEqual([undefined, undefined]);
  });
});
