import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import { InboxDocument } from '../gql/graphql.js';
import { withGateway } from '../helpers/gateway.js';

const page = z.object({ results: z.array(z.object({ id: z.string() })) });

const ALIASES = graphql(`
  query BatchingAliases($id: ID!) {
    a: conversation(id: $id) {
      id: birdId
    }
    b: conversation(id: $id) {
      name
    }
    c: conversation(id: $id) {
      status
    }
  }
`);
const MESSAGE_CONVERSATIONS = graphql(`
  query BatchingMessageConversations($id: ID!) {
    conversation(id: $id) {
      id
      messages(first: 5) {
        nodes {
          id
          conversation {
            id: birdId
            name
          }
        }
      }
    }
  }
`);
const PREVIEW_MESSAGE = graphql(`
  query BatchingPreviewMessage($id: ID!) {
    conversation(id: $id) {
      lastMessage {
        messageId
        message {
          id
          previewText
        }
      }
    }
  }
`);

const gw = withGateway({ gate: true });
let conversationId: string;

beforeAll(async () => {
  const list = await gw().rest(page, 'GET', '/conversations?limit=1');
  conversationId = list.body.results[0]?.id ?? '';
});
beforeEach(() => {
  gw().simulator.reset();
});

describe('upstream call batching', () => {
  it('serves the inbox screen with exactly 21 upstream calls', async () => {
    const result = await gw().query(InboxDocument);

    expect(result.errors).toBeUndefined();
    expect(result.data?.conversations.edges).toHaveLength(20);
    const calls = gw().calls();
    expect(calls).toHaveLength(21);
    expect(calls.filter((c) => c.path.endsWith('/conversations'))).toEqual([
      expect.objectContaining({ method: 'GET', query: { limit: '20' } }),
    ]);
    expect(calls.filter((c) => c.path.endsWith('/messages') && c.query.limit === '5')).toHaveLength(
      20,
    );
  });

  it('fetches the same conversation under three aliases once', async () => {
    const result = await gw().query(ALIASES, { id: conversationId });

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ a: { id: conversationId }, b: {}, c: {} });
    expect(gw().calls()).toHaveLength(1);
  });

  it('resolves message.conversation inside a conversation without another call', async () => {
    const result = await gw().query(MESSAGE_CONVERSATIONS, { id: conversationId });

    expect(result.errors).toBeUndefined();
    for (const node of result.data?.conversation?.messages?.nodes ?? []) {
      expect(node.conversation.id).toBe(conversationId);
    }
    expect(gw().calls()).toHaveLength(2);
  });

  it('resolves message.conversation inside a conversation list from the list itself', async () => {
    const result = await gw().queryText(
      `{ conversations(first: 3) { nodes { id messages(first: 2) { nodes { conversation { id name status } } } } } }`,
    );

    expect(result.errors).toBeUndefined();
    expect(gw().calls()).toHaveLength(4);
  });

  it('fetches a conversation and its first messages page at the same time, not one after the other', async () => {
    gw().gate.hold();

    const pending = gw().queryText(
      `query ($id: ID!) { conversation(id: $id) { name ... on Conversation { messages(first: 3) { nodes { id } } } } }`,
      { id: conversationId },
    );
    // Both calls reach Bird while neither has been answered; one after the other never gets here.
    await gw().gate.arrived(2);
    gw().gate.release();

    expect((await pending).errors).toBeUndefined();
    expect(
      gw()
        .calls()
        .map((c) => c.path.split('/').at(-1))
        .sort(),
    ).toEqual([conversationId, 'messages'].sort());
  });

  it('starts the conversation of a message lookup alongside the message', async () => {
    const messages = await gw().rest(
      page,
      'GET',
      `/conversations/${conversationId}/messages?limit=1`,
    );
    gw().clearCalls();
    gw().gate.hold();

    const pending = gw().queryText(
      `query ($c: ID!, $id: ID!) { message(conversationId: $c, id: $id) { id conversation { name } } }`,
      { c: conversationId, id: messages.body.results[0]?.id },
    );
    await gw().gate.arrived(2);
    gw().gate.release();

    expect((await pending).errors).toBeUndefined();
    expect(gw().calls()).toHaveLength(2);
  });

  it('makes identical page requests once even when asked for twice', async () => {
    const result = await gw().queryText(
      `query ($id: ID!) {
        conversation(id: $id) {
          first: messages(first: 5) { nodes { id } }
          again: messages(first: 5) { edges { cursor } totalCount }
        }
      }`,
      { id: conversationId },
    );

    expect(result.errors).toBeUndefined();
    expect(gw().calls()).toHaveLength(2);
  });

  it('reaches the full message from the last-message preview with one more call', async () => {
    const result = await gw().query(PREVIEW_MESSAGE, { id: conversationId });

    expect(result.errors).toBeUndefined();
    const preview = result.data?.conversation?.lastMessage;
    if (preview) expect(preview.message?.id).toBe(preview.messageId);
    expect(gw().calls()).toHaveLength(preview ? 2 : 1);
  });
});
