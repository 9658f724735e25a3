import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import {
  closeCodeOf,
  collectWs,
  pollUntil,
  Received,
  sseClient,
  wsClient,
} from '../helpers/subscriptions.js';

const MESSAGE_ADDED = 'subscription { messageAdded { id } }';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
});
// The test stops the gateway itself; only the simulator is left to close.
afterAll(() => gw.simulator.close());

describe('graceful shutdown', () => {
  it('ends every subscription: WebSockets close with 1001, streams complete', async () => {
    const closed = new Received<unknown>();
    const ws = wsClient(gw, {}, (event) => {
      closed.push(event);
    });
    collectWs(ws, MESSAGE_ADDED);
    const sseDone = new Received<string>();
    sseClient(gw).subscribe(
      { query: MESSAGE_ADDED },
      {
        next: () => undefined,
        error: (error) => {
          sseDone.fail(error);
        },
        complete: () => {
          sseDone.push('complete');
        },
      },
    );
    const multipart = await fetch(gw.url, {
      method: 'POST',
      headers: {
        accept: 'multipart/mixed;subscriptionSpec="1.0"',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ query: MESSAGE_ADDED }),
    });
    await pollUntil(() => gw.gateway.subscriptions.size === 3, 'three subscriptions');

    await gw.gateway.stop();

    expect(closeCodeOf(await closed.until(() => true, 'the WebSocket to close'))).toBe(1001);
    await sseDone.until((state) => state === 'complete', 'the SSE stream to complete');
    expect(await multipart.text()).toMatch(/\r\n--graphql--\r\n$/);
    expect(gw.gateway.subscriptions.size).toBe(0);
  });
});
