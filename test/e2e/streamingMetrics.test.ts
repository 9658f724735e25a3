import { afterEach, describe, expect, it } from 'vitest';
import { createClient as createWsClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { parseExposition, type Scrape } from '../helpers/prometheus.js';
import { Received, sseClient, wsUrl } from '../helpers/subscriptions.js';
import { waitFor } from '../helpers/waitFor.js';

const MESSAGE_ADDED = 'subscription { messageAdded { id } }';
const TRANSPORTS = ['graphql-ws', 'sse', 'multipart'] as const;

const gateways: TestGateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
});

/** The WebSocket the graphql-ws client opened, so the test can cut it without a close frame. */
class RecordedWebSocket extends WebSocket {
  static last: RecordedWebSocket | null = null;
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    RecordedWebSocket.last = this;
  }
}

/** One subscriber on each transport; `cut()` drops each client's connection abruptly. */
async function subscribeOnEachTransport(gw: TestGateway) {
  const ws = createWsClient({
    url: wsUrl(gw),
    webSocketImpl: RecordedWebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const wsEnded = new Received<string>();
  ws.subscribe(
    { query: MESSAGE_ADDED },
    {
      next: () => undefined,
      error: () => {
        wsEnded.push('error');
      },
      complete: () => {
        wsEnded.push('complete');
      },
    },
  );
  const sseEnded = new Received<string>();
  const stopSse = sseClient(gw).subscribe(
    { query: MESSAGE_ADDED },
    {
      next: () => undefined,
      error: () => {
        sseEnded.push('error');
      },
      complete: () => {
        sseEnded.push('complete');
      },
    },
  );
  const abort = new AbortController();
  const multipart = await fetch(gw.url, {
    method: 'POST',
    headers: {
      accept: 'multipart/mixed;subscriptionSpec="1.0"',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ query: MESSAGE_ADDED }),
    signal: abort.signal,
  });
  expect(multipart.status).toBe(200);
  return {
    wsEnded,
    sseEnded,
    multipart,
    cut() {
      RecordedWebSocket.last?.terminate();
      stopSse();
      abort.abort();
    },
  };
}

/** The gauges of every transport, as the gateway's registry reports them now. */
async function gauges(gw: TestGateway): Promise<Record<string, [number, number]>> {
  const scraped: Scrape = parseExposition(await gw.gateway.metrics.scrape());
  return Object.fromEntries(
    TRANSPORTS.map((transport) => [
      transport,
      [
        scraped.sum('bird_gateway_subscriptions_active', { transport }),
        scraped.sum('bird_gateway_connections_active', { transport }),
      ],
    ]),
  );
}

const each = (subscriptions: number, connections: number): Record<string, [number, number]> =>
  Object.fromEntries(TRANSPORTS.map((t) => [t, [subscriptions, connections]] as const));

/** Polls the gauges until they read `expected`; the last reading is in the failure. */
async function gaugesReach(gw: TestGateway, expected: Record<string, [number, number]>) {
  let last = {};
  await waitFor(
    async () => {
      last = await gauges(gw);
      return JSON.stringify(last) === JSON.stringify(expected);
    },
    { message: `gauges never read ${JSON.stringify(expected)}` },
  ).catch(() => undefined);
  expect(last).toEqual(expected);
}

describe('active subscriptions and connections by transport', () => {
  it('go up by one per subscriber and back to zero when clients drop their connections', async () => {
    const gw = await startTestGateway();
    gateways.push(gw);
    expect(await gauges(gw)).toEqual(each(0, 0));

    const clients = await subscribeOnEachTransport(gw);
    await gaugesReach(gw, each(1, 1));

    clients.cut();
    await gaugesReach(gw, each(0, 0));
    expect(gw.gateway.subscriptions.size).toBe(0);

    // A second round counts from zero again: nothing was decremented twice.
    const again = await subscribeOnEachTransport(gw);
    await gaugesReach(gw, each(1, 1));
    again.cut();
    await gaugesReach(gw, each(0, 0));
  });

  it('go back to zero when the gateway shuts down with subscribers connected', async () => {
    const gw = await startTestGateway();
    const clients = await subscribeOnEachTransport(gw);
    await gaugesReach(gw, each(1, 1));

    await gw.gateway.stop();
    await clients.sseEnded.until(() => true, 'the SSE stream to end');
    await clients.wsEnded.until(() => true, 'the WebSocket subscription to end');
    await clients.multipart.text();
    await gaugesReach(gw, each(0, 0));
    await gw.simulator.close();
  });
});
