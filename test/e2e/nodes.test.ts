import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let conversationId: string;

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.simulator.reset();
  const list = await gw.rest<{ results: { id: string; lastMessage?: unknown }[] }>(
    'GET',
    '/conversations?limit=20',
  );
  conversationId = list.body.results.find((c) => c.lastMessage !== undefined)?.id ?? '';
  gw.clearCalls();
});

const withId = z.object({ id: z.string() });
const idsShape = z.object({
  conversation: z.object({
    id: z.string(),
    birdId: z.string(),
    lastMessage: z.object({ messageId: z.string(), sender: withId }),
    messages: z.object({ nodes: z.array(z.object({ id: z.string(), sender: withId })) }),
    participants: z.object({ nodes: z.array(withId) }),
  }),
});

async function idsOfEveryKind() {
  const result = await gw.query(
    `query ($id: ID!) { conversation(id: $id) {
      id birdId
      lastMessage { messageId sender { ... on ParticipantBase { id } } }
      messages(first: 1) { nodes { id sender { ... on ParticipantBase { id } } } }
      participants(first: 1) { nodes { ... on ParticipantBase { id } } }
    } }`,
    { id: conversationId },
  );
  const { conversation } = idsShape.parse(result.data);
  const message = conversation.messages.nodes[0];
  return {
    Conversation: conversation.id,
    Message: message?.id ?? '',
    member: conversation.participants.nodes[0]?.id ?? '',
    sender: message?.sender.id ?? '',
    lastMessageSender: conversation.lastMessage.sender.id,
  };
}

describe('global object identification', () => {
  it('resolves every kind of object by its global id, alone and in a batch', async () => {
    const ids = await idsOfEveryKind();
    const all = Object.values(ids);
    expect(new Set(all).size).toBe(all.length);

    const batch = await gw.query<{ nodes: { __typename: string; id: string }[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: all },
    );
    const one = await gw.query<{ node: { id: string } }>(
      'query ($id: ID!) { node(id: $id) { id ... on Message { conversation { birdId } } } }',
      { id: ids.Message },
    );

    expect(batch.errors).toBeUndefined();
    expect(batch.data?.nodes.map((n) => n.id)).toEqual(all);
    expect(batch.data?.nodes[0]?.__typename).toBe('Conversation');
    expect(batch.data?.nodes[1]?.__typename).toBe('Message');
    expect(one.data).toEqual({
      node: { id: ids.Message, conversation: { birdId: conversationId } },
    });
  });

  it('gives a participant a different id in each conversation, and the same birdId', async () => {
    const result = await gw.query<{
      conversations: { nodes: { featuredParticipants: { id?: string; birdId?: string }[] }[] };
    }>(
      '{ conversations(first: 50) { nodes { featuredParticipants { ... on ParticipantBase { id birdId } } } } }',
    );
    const seen = new Map<string, Set<string>>();
    for (const c of result.data?.conversations.nodes ?? []) {
      for (const p of c.featuredParticipants) {
        const ids = seen.get(p.birdId ?? '') ?? new Set();
        seen.set(p.birdId ?? '', ids.add(p.id ?? ''));
      }
    }
    const shared = [...seen.values()].find((ids) => ids.size > 1);

    expect(shared).toBeDefined();
    const everyId = [...seen.values()].flatMap((ids) => [...ids]);
    expect(new Set(everyId).size).toBe(everyId.length);
  });

  it('accepts the global id or Bird’s id wherever an argument names an object', async () => {
    const ids = await idsOfEveryKind();
    const Q = `query ($c: ID!, $m: ID!) { conversation(id: $c) { id } message(id: $m) { id } }`;

    const byGlobal = await gw.query(Q, { c: ids.Conversation, m: ids.Message });
    const byBird = await gw.query(
      `query ($c: ID!) { conversation(id: $c) { id } messages(conversationId: $c, first: 1) { nodes { id } } }`,
      { c: conversationId },
    );

    expect(byGlobal.errors).toBeUndefined();
    expect(byGlobal.data).toEqual({
      conversation: { id: ids.Conversation },
      message: { id: ids.Message },
    });
    expect(byBird.data).toEqual({
      conversation: { id: ids.Conversation },
      messages: { nodes: [{ id: ids.Message }] },
    });
  });

  it('refuses what is not a global id, or an id of the wrong kind, with BAD_USER_INPUT and no call', async () => {
    const ids = await idsOfEveryKind();
    gw.clearCalls();

    const refusals = await Promise.all([
      gw.query('query ($id: ID!) { node(id: $id) { id } }', { id: conversationId }),
      gw.query('query ($id: ID!) { node(id: $id) { id } }', { id: `${ids.Conversation}x` }),
      gw.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [ids.Message, 'nope'] }),
      gw.query('query ($id: ID!) { conversation(id: $id) { id } }', { id: ids.Message }),
      gw.query('query ($id: ID!) { message(id: $id) { id } }', { id: ids.Conversation }),
    ]);

    expect(refusals.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(
      Array.from(refusals, () => 'BAD_USER_INPUT'),
    );
    expect(gw.calls()).toHaveLength(0);
  });

  it('answers null with NOT_FOUND for an object that is gone, keeping the rest of a batch', async () => {
    const ids = await idsOfEveryKind();
    await gw.query(
      'mutation ($id: ID!) { deleteMessage(input: { id: $id }) { deletedMessageId } }',
      {
        id: ids.Message,
      },
    );

    const result = await gw.query<{ nodes: ({ id: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [ids.Conversation, ids.Message] },
    );

    expect(result.data?.nodes).toEqual([{ id: ids.Conversation }, null]);
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
    ]);
  });
});
