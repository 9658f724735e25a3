/**
 * Clients that are slow or many: a request whose headers or body do not arrive in time is answered
 * 408 and its connection closed, idle keep-alive connections close, and connections beyond
 * HTTP_MAX_CONNECTIONS are closed on arrival. Raw sockets, since HTTP clients do not dawdle.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let port: number;

beforeAll(async () => {
  gw = await startTestGateway({
    env: {
      HTTP_HEADERS_TIMEOUT_MS: '300',
      HTTP_REQUEST_TIMEOUT_MS: '600',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '2000',
      HTTP_MAX_CONNECTIONS: '3',
    },
  });
  port = Number(new URL(gw.url).port);
});
afterAll(async () => {
  await gw.close();
});

/** A connected socket that records what it receives. */
async function open(): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
  });
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      resolve();
    }),
  );
  await new Promise<void>((resolve) =>
    socket.once('connect', () => {
      resolve();
    }),
  );
  return { socket, received: () => text, closed };
}

const QUERY = JSON.stringify({ query: '{ __typename }' });
const request = (extra = '') =>
  `POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${Buffer.byteLength(QUERY)}\r\n${extra}\r\n${QUERY}`;

/** Sends a complete request and waits for its whole response on a kept-alive connection. */
async function exchange(client: Awaited<ReturnType<typeof open>>): Promise<string> {
  const before = client.received().length;
  client.socket.write(request());
  while (!client.received().slice(before).includes('"__typename"')) {
    await new Promise((resolve) => client.socket.once('data', resolve));
  }
  return client.received().slice(before);
}

describe('a slow client', () => {
  it('that does not finish its headers in time gets 408 and is disconnected', async () => {
    const client = await open();

    client.socket.write('POST /graphql HTTP/1.1\r\nHost: gateway\r\n');
    await client.closed;

    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('that does not finish its body in time gets 408 and is disconnected', async () => {
    const client = await open();

    client.socket.write(request().slice(0, -5));
    await client.closed;

    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('is told how long an idle keep-alive connection stays open', async () => {
    const client = await open();

    const response = await exchange(client);
    client.socket.destroy();

    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toMatch(/\r\nKeep-Alive: timeout=2\r\n/i);
  });
});

describe('connections beyond HTTP_MAX_CONNECTIONS', () => {
  it('are closed on arrival, and accepted again once one closes', async () => {
    const held = [await open(), await open(), await open()];
    // Each is served, so the server has counted all three.
    for (const client of held) expect(await exchange(client)).toMatch(/^HTTP\/1\.1 200 /);

    const extra = await open();
    extra.socket.write(request());
    await extra.closed;
    expect(extra.received()).toBe('');

    held[0]?.socket.destroy();
    await held[0]?.closed;
    // The server learns of the close asynchronously: retry until a new connection is served.
    let served = '';
    while (served === '') {
      const next = await open();
      next.socket.write(request());
      await Promise.race([
        next.closed,
        new Promise((resolve) => next.socket.once('data', resolve)),
      ]);
      served = next.received();
      next.socket.destroy();
    }
    expect(served).toMatch(/^HTTP\/1\.1 200 /);
    for (const client of held) client.socket.destroy();
  });
});
