/**
 * The subscribers of the fan-out benchmark, in a process of their own (so their CPU and memory are
 * not the gateway's): N graphql-ws clients over `ws`, one connection and one `messageAdded`
 * subscription each. Reports to the harness over IPC when every subscriber has received an event,
 * with the time the last one got it.
 */
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';

interface Start {
  readonly type: 'start';
  readonly url: string;
  readonly count: number;
}

/** Sent before each event: how many subscribers must receive it (those still open). */
interface Expect {
  readonly type: 'expect';
  readonly id: string;
  readonly count: number;
}

const now = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => {
  process.send?.(message);
};

function isStart(message: unknown): message is Start {
  return (
    typeof message === 'object' && message !== null && 'type' in message && message.type === 'start'
  );
}

function isExpect(message: unknown): message is Expect {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    message.type === 'expect'
  );
}

const expected = new Map<string, number>();

const deliveries = new Map<string, { count: number; first: number }>();
const clients: Client[] = [];

function received(id: string): void {
  const at = now();
  const seen = deliveries.get(id) ?? { count: 0, first: at };
  seen.count += 1;
  deliveries.set(id, seen);
  if (seen.count === expected.get(id)) {
    send({ type: 'delivered', id, count: seen.count, firstAt: seen.first, lastAt: at });
  }
}

function subscribeOne(url: string): Promise<void> {
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  clients.push(client);
  return new Promise((resolve, reject) => {
    const stop = client.on('connected', () => {
      stop();
      resolve();
    });
    client.subscribe<{ messageAdded: { id: string; birdId: string } }>(
      { query: 'subscription { messageAdded { id birdId previewText } }' },
      {
        next: (result) => {
          // The harness names events by Bird's message id (`id` is the global one).
          const id = result.data?.messageAdded.birdId;
          if (id !== undefined) received(id);
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

async function start(message: Start): Promise<void> {
  const batch = 250;
  for (let i = 0; i < message.count; i += batch) {
    const size = Math.min(batch, message.count - i);
    await Promise.all(Array.from({ length: size }, () => subscribeOne(message.url)));
  }
  send({ type: 'connected', rssBytes: process.memoryUsage().rss });
}

process.on('message', (message: unknown) => {
  if (isExpect(message)) expected.set(message.id, message.count);
  if (isStart(message)) {
    start(message).catch((error: unknown) => {
      send({ type: 'failed', error: String(error) });
    });
  }
});
process.on('disconnect', () => {
  for (const client of clients) void client.dispose();
  process.exit(0);
});
