import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let conversationId: string;

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.simulator.reset();
  const list = await gw.rest(
    z.object({ results: z.array(z.object({ id: z.string(), lastMessage: z.unknown() })) }),
    'GET',
    '/conversations?limit=20',
  );
  conversationId = list.body.results.find((c) => c.lastMessage !== undefined)?.id ?? '';
  gw.clearCalls();
});

const EVERY_KIND = graphql(`
  query NodesEveryKind($id: ID!) {
    conversation(id: $id) {
      id
      birdId
      lastMessage {
        messageId
        sender {
          __typename
          ... on ParticipantBase {
            id
          }
        }
      }
      messages(first: 1) {
        nodes {
          id
          sender {
            __typename
            ... on ParticipantBase {
              id
            }
          }
        }
      }
      participants(first: 1) {
        nodes {
          __typename
          ... on ParticipantBase {
            id
          }
        }
      }
    }
  }
`);
const NODES = graphql(`
  query NodesBatch($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);
const MESSAGE_NODE = graphql(`
  query NodesMessage($id: ID!) {
    node(id: $id) {
      id
      ... on Message {
        conversation {
          birdId
        }
      }
    }
  }
`);
const FEATURED = graphql(`
  query NodesFeatured {
    conversations(first: 50) {
      nodes {
        featuredParticipants {
          __typename
          ... on ParticipantBase {
            id
            birdId
          }
        }
      }
    }
  }
`);
const BY_GLOBAL_ID = graphql(`
  query NodesByGlobalId($c: ID!, $m: ID!) {
    conversation(id: $c) {
      id
    }
    message(id: $m) {
      id
    }
  }
`);
const BY_BIRD_ID = graphql(`
  query NodesByBirdId($c: ID!) {
    conversation(id: $c) {
      id
    }
    messages(conversationId: $c, first: 1) {
      nodes {
        id
      }
    }
  }
`);

const idOf = (p: { __typename: string; id?: string } | null | undefined) =>
  p && 'id' in p ? (p.id ?? '') : '';

async function idsOfEveryKind() {
  const result = await gw.query(EVERY_KIND, { id: conversationId });
  const conversation = result.data?.conversation;
  const message = conversation?.messages?.nodes[0];
  return {
    Conversation: conversation?.id ?? '',
    Message: message?.id ?? '',
    member: idOf(conversation?.participants?.nodes[0]),
    sender: idOf(message?.sender),
    lastMessageSender: idOf(conversation?.lastMessage?.sender),
  };
}

describe('global object identification', () => {
  it('resolves every kind of object by its global id, alone and in a batch', async () => {
    const ids = await idsOfEveryKind();
    const all = Object.values(ids);
    expect(new Set(all).size).toBe(all.length);

    const batch = await gw.query(NODES, { ids: all });
    const one = await gw.query(MESSAGE_NODE, { id: ids.Message });

    expect(batch.errors).toBeUndefined();
    expect(batch.data?.nodes.map((n) => n?.id)).toEqual(all);
    expect(batch.data?.nodes.slice(0, 2).map((n) => n?.__typename)).toEqual([
      'Conversation',
      'Message',
    ]);
    expect(one.data).toEqual({
      node: { id: ids.Message, conversation: { birdId: conversationId } },
    });
  });

  it('gives a participant a different id in each conversation, and the same birdId', async () => {
    const result = await gw.query(FEATURED);
    const seen = new Map<string, Set<string>>();
    for (const c of result.data?.conversations.nodes ?? []) {
      for (const p of c.featuredParticipants) {
        if (!('birdId' in p)) continue;
        seen.set(p.birdId, (seen.get(p.birdId) ?? new Set<string>()).add(p.id));
      }
    }

    expect([...seen.values()].some((ids) => ids.size > 1)).toBe(true);
    const everyId = [...seen.values()].flatMap((ids) => [...ids]);
    expect(new Set(everyId).size).toBe(everyId.length);
  });

  it('accepts the global id or Bird’s id wherever an argument names an object', async () => {
    const ids = await idsOfEveryKind();

    const byGlobal = await gw.query(BY_GLOBAL_ID, { c: ids.Conversation, m: ids.Message });
    const byBird = await gw.query(BY_BIRD_ID, { c: conversationId });

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
    const node = 'query ($id: ID!) { node(id: $id) { id } }';

    const refusals = await Promise.all([
      gw.queryText(node, { id: conversationId }),
      gw.queryText(node, { id: `${ids.Conversation}x` }),
      gw.queryText('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: [ids.Message, 'nope'],
      }),
      gw.queryText('query ($id: ID!) { conversation(id: $id) { id } }', { id: ids.Message }),
      gw.queryText('query ($id: ID!) { message(id: $id) { id } }', { id: ids.Conversation }),
    ]);

    expect(refusals.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(
      Array.from(refusals, () => 'BAD_USER_INPUT'),
    );
    expect(gw.calls()).toHaveLength(0);
  });

  it('answers null with NOT_FOUND for an object that is gone, keeping the rest of a batch', async () => {
    const ids = await idsOfEveryKind();
    await gw.queryText(
      'mutation ($id: ID!) { deleteMessage(input: { id: $id }) { deletedMessageId } }',
      { id: ids.Message },
    );

    const result = await gw.queryText('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [ids.Conversation, ids.Message],
    });

    expect(result.data).toEqual({ nodes: [{ id: ids.Conversation }, null] });
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
    ]);
  });
});
