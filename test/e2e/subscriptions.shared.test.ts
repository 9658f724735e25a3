/**
 * Shared execution of subscription events: subscribers with the same credential, document and
 * variables cost one execution (and its upstream calls) per event, however many they are, while
 * different credentials or variables never share a result.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { startScriptedGateway, type ScriptedGateway } from '../helpers/scriptedUpstream.js';
import { collectWs, pollUntil, wsClient, type Received } from '../helpers/subscriptions.js';

const clients: WsClient[] = [];

/** Disposes the test's clients and waits for the gateway to end their subscriptions. */
async function disconnectAll(gateway: Pick<TestGateway['gateway'], 'subscriptions'>) {
  for (const client of clients.splice(0)) await client.dispose();
  await pollUntil(() => gateway.subscriptions.size === 0, 'every subscription to end');
}

function connect(gw: Pick<TestGateway, 'url'>, params: Record<string, string> = {}): WsClient {
  const client = wsClient(gw, params);
  clients.push(client);
  return client;
}

interface Updated {
  readonly conversationUpdated: {
    readonly id: string;
    readonly name: string | null;
    readonly participants: { readonly nodes: readonly { readonly id?: string }[] };
  };
}
// `participants` costs one upstream GET per execution: a GET per subscriber would show.
const UPDATED = `subscription ($c: ID, $n: Int!) {
  conversationUpdated(conversationId: $c) {
    id
    name
    participants(first: $n) { nodes { ... on ParticipantBase { id } } }
  }
}`;

const RENAME = `mutation ($id: ID!, $name: String!) {
  updateConversation(input: { id: $id, name: $name }) { conversation { id } }
}`;

const CONVERSATIONS = z.object({
  results: z.array(z.object({ id: z.string(), status: z.string() })),
});
const PARTICIPANTS = z.object({ results: z.array(z.object({ id: z.string() })) });

describe('subscribers of one document and credential', () => {
  let gw: TestGateway;
  let conversations: string[];

  beforeAll(async () => {
    gw = await startTestGateway();
    const list = await gw.rest(CONVERSATIONS, 'GET', '/conversations?limit=50');
    // Conversations with at least two participants, so `first: 1` and `first: 2` differ.
    conversations = [];
    for (const c of list.body.results.filter((r) => r.status === 'active')) {
      const people = await gw.rest(PARTICIPANTS, 'GET', `/conversations/${c.id}/participants`);
      if (people.body.results.length >= 2) conversations.push(c.id);
      if (conversations.length === 2) break;
    }
  });
  afterEach(() => disconnectAll(gw.gateway));
  afterAll(() => gw.close());

  const participantGets = () =>
    gw.calls().filter((c) => c.method === 'GET' && c.path.endsWith('/participants')).length;

  async function rename(id: string, name: string): Promise<void> {
    const result = await gw.queryText(RENAME, { id, name });
    expect(result.errors).toBeUndefined();
  }

  /** `count` subscribers of UPDATED with `variables`, spread over connections of four. */
  async function subscribers(count: number, variables: Record<string, unknown>) {
    const opened = gw.gateway.subscriptions.size;
    const received: Received<Updated>[] = [];
    let client = connect(gw);
    for (let i = 0; i < count; i += 1) {
      if (i > 0 && i % 4 === 0) client = connect(gw);
      received.push(collectWs<Updated>(client, UPDATED, variables).received);
    }
    await pollUntil(
      () => gw.gateway.subscriptions.size === opened + count,
      `${count} subscriptions to open`,
    );
    return received;
  }

  it('get each event from one execution: one upstream GET for twenty subscribers', async () => {
    const [id = ''] = conversations;
    const all = await subscribers(20, { c: id, n: 2 });
    gw.clearCalls();

    await rename(id, 'Shared once');
    const got = await Promise.all(
      all.map((r) => r.until((d) => d.conversationUpdated.name === 'Shared once', 'the rename')),
    );

    expect(participantGets()).toBe(1);
    expect(new Set(got.map((d) => JSON.stringify(d))).size).toBe(1);
    expect(got[0]?.conversationUpdated.participants.nodes).toHaveLength(2);
    await pollUntil(() => all.every((r) => r.items.length === 1), 'every delivery');
    expect(all.map((r) => r.items.length)).toEqual(all.map(() => 1));
  });

  it('get results of their own when their variables differ', async () => {
    const [first = '', second = ''] = conversations;
    const one = await subscribers(3, { c: first, n: 1 });
    const two = await subscribers(3, { c: first, n: 2 });
    const other = await subscribers(2, { c: second, n: 1 });
    gw.clearCalls();

    await rename(first, 'Told apart');
    const named = (d: Updated) => d.conversationUpdated.name === 'Told apart';
    const ones = await Promise.all(one.map((r) => r.until(named, 'the rename (first: 1)')));
    const twos = await Promise.all(two.map((r) => r.until(named, 'the rename (first: 2)')));
    await rename(second, 'Elsewhere');
    const others = await Promise.all(
      other.map((r) => r.until(() => true, 'the other conversation')),
    );

    expect(ones.map((d) => d.conversationUpdated.participants.nodes.length)).toEqual([1, 1, 1]);
    expect(twos.map((d) => d.conversationUpdated.participants.nodes.length)).toEqual([2, 2, 2]);
    // The third group filters by its own conversationId: its first event is its conversation's.
    expect(others.map((d) => d.conversationUpdated.name)).toEqual(['Elsewhere', 'Elsewhere']);
    // One execution per group and event: (first, 1), (first, 2), then (second, 1).
    expect(participantGets()).toBe(3);
  });
});

describe('subscribers of one document with different credentials', () => {
  let gw: ScriptedGateway;
  const messageGets: string[] = [];

  /** Bird as the scripted upstream: any key is good, and the message reads differently per key. */
  function bird(req: IncomingMessage, res: ServerResponse): void {
    const key = (req.headers.authorization ?? '').replace(/^AccessKey /, '');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const path = req.url ?? '';
    if (path.startsWith('/workspaces/ws-1/conversations?')) {
      json(200, { results: [] });
      return;
    }
    const message = /^\/workspaces\/ws-1\/conversations\/c1\/messages\/(m\d)$/.exec(path);
    if (message === null) {
      json(404, { code: 'NotFound', message: 'Not found' });
      return;
    }
    messageGets.push(key);
    json(200, {
      id: message[1],
      conversationId: 'c1',
      sender: { id: 'p1', type: 'contact' },
      status: 'delivered',
      createdAt: '2026-11-30T08:00:00.000Z',
      updatedAt: '2026-11-30T08:00:00.000Z',
      body: { type: 'text', text: { text: `${message[1]} as ${key} reads it` } },
    });
  }

  beforeAll(async () => {
    gw = await startScriptedGateway({ GATEWAY_FORWARD_CLIENT_KEYS: 'true' });
    gw.script(bird);
  });
  afterEach(() => disconnectAll(gw.gateway));
  afterAll(() => gw.close());

  interface Added {
    readonly messageAdded: { readonly birdId: string; readonly previewText: string | null };
  }

  it('never share an execution: each key’s subscribers see what that key reads', async () => {
    const received = new Map<string, Received<Added>[]>();
    for (const key of ['key-one', 'key-two']) {
      const subscribers = [];
      for (let i = 0; i < 3; i += 1) {
        const client = connect(gw, { authorization: `AccessKey ${key}` });
        const query = 'subscription { messageAdded { birdId previewText } }';
        subscribers.push(collectWs<Added>(client, query).received);
      }
      received.set(key, subscribers);
    }
    await pollUntil(() => gw.gateway.subscriptions.size === 6, 'six subscriptions to open');

    for (const id of ['m1', 'm2']) {
      gw.gateway.events.publish({
        type: 'message.added',
        workspaceId: 'ws-1',
        eventId: `test:${id}`,
        source: 'webhook',
        conversationId: 'c1',
        messageId: id,
      });
    }
    const all = [...received.values()].flat();
    await Promise.all(all.map((r) => r.until((d) => d.messageAdded.birdId === 'm2', 'm2')));

    for (const [key, subscribers] of received) {
      for (const r of subscribers) {
        // Each event once, in order, read with the subscriber's own key.
        expect(r.items.map((d) => d.messageAdded.previewText)).toEqual([
          `m1 as ${key} reads it`,
          `m2 as ${key} reads it`,
        ]);
      }
    }
    // One fetch per event and key, never one key's fetch for the other's subscribers.
    expect([...messageGets].sort()).toEqual(['key-one', 'key-one', 'key-two', 'key-two']);
  });
});
