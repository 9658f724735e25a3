import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** The inbox screen: 20 conversations with participants, preview and their 5 newest messages. */
const INBOX = readFileSync(new URL('../../operations/Inbox.graphql', import.meta.url), 'utf8');

let gw: TestGateway;
let conversationId: string;

beforeAll(async () => {
  gw = await startTestGateway();
  const list = await gw.rest<{ results: { id: string }[] }>('GET', '/conversations?limit=1');
  conversationId = list.body.results[0]?.id ?? '';
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.simulator.reset();
});

describe('upstream call batching', () => {
  it('serves the inbox screen with exactly 21 upstream calls', async () => {
    const result = await gw.query<{
      conversations: { edges: { node: { messages: { nodes: unknown[] } } }[] };
    }>(INBOX);

    expect(result.errors).toBeUndefined();
    expect(result.data?.conversations.edges).toHaveLength(20);
    const calls = gw.calls();
    expect(calls).toHaveLength(21);
    expect(calls.filter((c) => c.path.endsWith('/conversations'))).toEqual([
      expect.objectContaining({ method: 'GET', query: { limit: '20' } }),
    ]);
    expect(calls.filter((c) => c.path.endsWith('/messages') && c.query.limit === '5')).toHaveLength(
      20,
    );
  });

  it('fetches the same conversation under three aliases once', async () => {
    const result = await gw.query(
      `query ($id: ID!) { a: conversation(id: $id) { id } b: conversation(id: $id) { name } c: conversation(id: $id) { status } }`,
      { id: conversationId },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ a: { id: conversationId }, b: {}, c: {} });
    expect(gw.calls()).toHaveLength(1);
  });

  it('resolves message.conversation inside a conversation without another call', async () => {
    const result = await gw.query<{
      conversation: { id: string; messages: { nodes: { conversation: { id: string } }[] } };
    }>(
      `query ($id: ID!) { conversation(id: $id) { id messages(first: 5) { nodes { id conversation { id name } } } } }`,
      { id: conversationId },
    );

    expect(result.errors).toBeUndefined();
    for (const node of result.data?.conversation.messages.nodes ?? []) {
      expect(node.conversation.id).toBe(conversationId);
    }
    expect(gw.calls()).toHaveLength(2);
  });

  it('resolves message.conversation inside a conversation list from the list itself', async () => {
    const result = await gw.query(
      `{ conversations(first: 3) { nodes { id messages(first: 2) { nodes { conversation { id name status } } } } } }`,
    );

    expect(result.errors).toBeUndefined();
    expect(gw.calls()).toHaveLength(4);
  });

  it('fetches a conversation and its first messages page at the same time, not one after the other', async () => {
    gw.simulator.setLatency({ fixedMs: 150 });

    const result = await gw.query(
      `query ($id: ID!) { conversation(id: $id) { name ... on Conversation { messages(first: 3) { nodes { id } } } } }`,
      { id: conversationId },
    );

    expect(result.errors).toBeUndefined();
    const [first, second] = gw.simulator.requests.entries();
    expect(
      gw
        .calls()
        .map((c) => c.path.split('/').at(-1))
        .sort(),
    ).toEqual([conversationId, 'messages'].sort());
    // The second request arrived before the first could have been answered.
    expect((second?.at ?? Infinity) - (first?.at ?? 0)).toBeLessThan(100);
  });

  it('starts the conversation of a message lookup alongside the message', async () => {
    const messages = await gw.rest<{ results: { id: string }[] }>(
      'GET',
      `/conversations/${conversationId}/messages?limit=1`,
    );
    gw.clearCalls();
    gw.simulator.setLatency({ fixedMs: 150 });

    const result = await gw.query(
      `query ($c: ID!, $id: ID!) { message(conversationId: $c, id: $id) { id conversation { name } } }`,
      { c: conversationId, id: messages.body.results[0]?.id },
    );

    expect(result.errors).toBeUndefined();
    const [first, second] = gw.simulator.requests.entries();
    expect(gw.calls()).toHaveLength(2);
    expect((second?.at ?? Infinity) - (first?.at ?? 0)).toBeLessThan(100);
  });

  it('makes identical page requests once even when asked for twice', async () => {
    const result = await gw.query(
      `query ($id: ID!) {
        conversation(id: $id) {
          first: messages(first: 5) { nodes { id } }
          again: messages(first: 5) { edges { cursor } totalCount }
        }
      }`,
      { id: conversationId },
    );

    expect(result.errors).toBeUndefined();
    expect(gw.calls()).toHaveLength(2);
  });

  it('reaches the full message from the last-message preview with one more call', async () => {
    const result = await gw.query<{
      conversation: { lastMessage: { id: string; message: { id: string } } | null };
    }>(
      `query ($id: ID!) { conversation(id: $id) { lastMessage { id message { id previewText } } } }`,
      { id: conversationId },
    );

    expect(result.errors).toBeUndefined();
    const preview = result.data?.conversation.lastMessage;
    if (preview) expect(preview.message.id).toBe(preview.id);
    expect(gw.calls()).toHaveLength(preview ? 2 : 1);
  });
});
