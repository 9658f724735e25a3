/**
 * Helpers for subscription tests: a collector that resolves when a matching event has arrived (or
 * fails at a deadline, never sleeping), and clients of the three transports pointed at a test
 * gateway: graphql-ws over `ws`, graphql-sse, and Apollo Client 4's multipart subscriptions.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createClient as createSseClient, type Client as SseClient } from 'graphql-sse';
import { WebSocket } from 'ws';
import { graphql } from '../gql/index.js';
import type { TestGateway } from './gateway.js';

const DEFAULT_DEADLINE_MS = 10_000;

interface Waiter<T> {
  readonly matches: (item: T) => boolean;
  readonly resolve: (item: T) => void;
}

/** What one subscription received, in order, with a way to wait for an item. */
export class Received<T> {
  readonly items: T[] = [];
  readonly errors: unknown[] = [];
  #waiters: Waiter<T>[] = [];
  #failures: ((error: unknown) => void)[] = [];

  push(item: T): void {
    this.items.push(item);
    const ready = this.#waiters.filter((w) => w.matches(item));
    this.#waiters = this.#waiters.filter((w) => !w.matches(item));
    for (const waiter of ready) waiter.resolve(item);
  }

  fail(error: unknown): void {
    this.errors.push(error);
    for (const reject of this.#failures) reject(error);
  }

  /** Resolves with the first item (already received or coming) that matches; rejects at the deadline. */
  until(matches: (item: T) => boolean, what: string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
    const known = this.items.find(matches);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(`no ${what} within ${deadlineMs} ms; received ${JSON.stringify(this.items)}`),
        );
      }, deadlineMs);
      this.#failures.push((error) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      });
      this.#waiters.push({
        matches,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      });
    });
  }
}

/** Resolves once `condition()` holds, checking every few milliseconds; rejects at the deadline. */
export async function pollUntil(
  condition: () => boolean,
  what: string,
  deadlineMs = DEFAULT_DEADLINE_MS,
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The close code of a CloseEvent-like value, or null. */
export function closeCodeOf(event: unknown): number | null {
  if (typeof event !== 'object' || event === null || !('code' in event)) return null;
  return typeof event.code === 'number' ? event.code : null;
}

/** The WebSocket URL of a test gateway's `/graphql`. */
export function wsUrl(gw: Pick<TestGateway, 'url'>): string {
  return gw.url.replace(/^http/, 'ws');
}

/** A graphql-ws client of the gateway (no retries: a close is reported, not hidden). */
export function wsClient(
  gw: Pick<TestGateway, 'url'>,
  connectionParams: Record<string, string> = {},
  onClosed?: (event: unknown) => void,
): WsClient {
  return createWsClient({
    url: wsUrl(gw),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    // A refused connection is what some tests expect: they watch `closed` instead of the console.
    onNonLazyError: () => undefined,
    ...(onClosed === undefined ? {} : { on: { closed: onClosed } }),
  });
}

/** A graphql-sse client of the gateway's `/graphql/stream` (distinct connections). */
export function sseClient(gw: TestGateway, headers: Record<string, string> = {}): SseClient {
  return createSseClient({
    url: `${gw.url}/stream`,
    headers,
    singleConnection: false,
    retryAttempts: 0,
  });
}

/** Apollo Client 4 over HttpLink, whose subscriptions use the multipart protocol. */
export function apolloClient(gw: TestGateway, headers: Record<string, string> = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: gw.url, headers }),
    cache: new InMemoryCache(),
  });
}

/** Subscribes with graphql-ws and collects the `data` of each result. */
export function collectWs<TData>(
  client: WsClient,
  query: string,
  variables: Record<string, unknown> = {},
): { received: Received<TData>; stop: () => void; done: Promise<void> } {
  const received = new Received<TData>();
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const stop = client.subscribe<TData>(
    { query, variables },
    {
      next: (result) => {
        if (result.data) received.push(result.data);
        if (result.errors) received.fail(result.errors);
      },
      error: (error) => {
        received.fail(error);
        finish();
      },
      complete: finish,
    },
  );
  return { received, stop, done };
}

const SUBSCRIPTION_REPLY = graphql(`
  mutation SubscriptionReply($input: ReplyToConversationInput!) {
    replyToConversation(input: $input) {
      message {
        id: birdId
      }
    }
  }
`);

/** Sends a text reply through the gateway as the access key `keyId`; the new message's Bird id. */
export async function replyAsKey(
  gw: TestGateway,
  conversationId: string,
  keyId: string,
  text: string,
): Promise<string> {
  const result = await gw.query(SUBSCRIPTION_REPLY, {
    input: {
      conversationId,
      participantId: keyId,
      participantType: 'ACCESS_KEY',
      body: { text: { text } },
      addMissingParticipants: true,
    },
  });
  const id = result.data?.replyToConversation.message?.id;
  if (id === undefined) throw new Error(`the reply failed: ${result.text}`);
  return id;
}

/** A text message sent by an access key, published with its content as webhook intake would. */
export function publishTextMessage(
  gw: TestGateway,
  message: {
    readonly workspaceId: string;
    readonly conversationId: string;
    readonly keyId: string;
    readonly id: string;
    readonly text: string;
  },
): void {
  const { workspaceId, conversationId, keyId, id, text } = message;
  gw.gateway.events.publish({
    type: 'message.added',
    workspaceId,
    eventId: `test:${id}`,
    source: 'webhook',
    conversationId,
    messageId: id,
    message: {
      id,
      conversationId,
      body: { type: 'text', text: { text } },
      sender: { id: keyId, type: 'accessKey' },
      status: 'accepted',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  });
}
