/**
 * The gateway's answers for what production integrations show of Bird (bird-api.md §7, issue 12),
 * over the simulator that now behaves that way.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ContactInConversationPolicy, CreateConversationInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const restConversation = z.object({
  id: z.string(),
  channelId: z.string(),
  status: z.string(),
  featuredParticipants: z.array(
    z.object({
      type: z.string(),
      contact: z.object({ identifierKey: z.string(), identifierValue: z.string() }).optional(),
    }),
  ),
});
type RestConversation = z.infer<typeof restConversation>;

let gw: TestGateway;
let active: RestConversation;

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.simulator.reset();
  const list = await gw.rest(
    z.object({ results: z.array(restConversation) }),
    'GET',
    '/conversations?limit=50',
  );
  const found = list.body.results.find(
    (c) => c.status === 'active' && c.featuredParticipants.some((p) => p.contact !== undefined),
  );
  if (!found) throw new Error('the seed has no active conversation with a contact');
  active = found;
  gw.clearCalls();
});

const contactOf = (c: RestConversation) => {
  const contact = c.featuredParticipants.find((p) => p.contact !== undefined)?.contact;
  if (!contact) throw new Error('no contact');
  return { identifierKey: contact.identifierKey, identifierValue: contact.identifierValue };
};

describe('conversations(channelId, status)', () => {
  const LIST = graphql(`
    query BirdFilteredConversations($channelId: ID, $status: ConversationStatus, $after: String) {
      conversations(first: 5, channelId: $channelId, status: $status, after: $after) {
        nodes {
          id
          channelId
          status
        }
        pageInfo {
          endCursor
        }
      }
    }
  `);

  it('passes the filters to Bird and lists only matching conversations', async () => {
    const result = await gw.query(LIST, { channelId: active.channelId, status: 'CLOSED' });

    const nodes = result.data?.conversations.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((c) => c.status === 'CLOSED' && c.channelId === active.channelId)).toBe(
      true,
    );
    expect(gw.calls()[0]?.query).toMatchObject({ channelId: active.channelId, status: 'closed' });
  });

  it('gives a filtered list its own cursors', async () => {
    const filtered = await gw.query(LIST, { status: 'ACTIVE' });
    const cursor = filtered.data?.conversations.pageInfo.endCursor ?? '';

    const next = await gw.query(LIST, { status: 'ACTIVE', after: cursor });
    const elsewhere = await gw.query(LIST, { status: 'CLOSED', after: cursor });

    expect(next.data?.conversations.nodes.every((c) => c.status === 'ACTIVE')).toBe(true);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('createConversation for a contact already in a conversation', () => {
  const CREATE = graphql(`
    mutation BirdCreateForBusyContact($input: CreateConversationInput!) {
      createConversation(input: $input) {
        continued
        conversation {
          id: birdId
          lastMessage {
            text
            incoming
            sender {
              ... on ParticipantBase {
                id: birdId
                type
              }
            }
          }
        }
      }
    }
  `);
  const NODE = graphql(`
    query BirdConflictingConversation($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Conversation {
          birdId
        }
      }
    }
  `);
  const input = (policy?: ContactInConversationPolicy): CreateConversationInput => {
    const contact = contactOf(active);
    return {
      name: 'A second thread',
      channelId: active.channelId,
      participants: [{ type: 'CONTACT', ...contact }],
      initialMessage: { body: { text: { text: 'Following up' } } },
      ...(policy === undefined ? {} : { ifContactInConversation: policy }),
    };
  };

  it('fails with CONTACT_ALREADY_IN_CONVERSATION naming the existing conversation', async () => {
    const result = await gw.query(CREATE, { input: input() });

    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
      code: 'CONTACT_ALREADY_IN_CONVERSATION',
      conversationId: active.id,
    });
    expect(gw.calls().filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('also names the existing conversation by the global id queries know it by', async () => {
    const result = await gw.query(CREATE, { input: input() });
    const globalId = result.errors?.[0]?.extensions?.conversationGlobalId;
    if (typeof globalId !== 'string') throw new Error(`no global id in ${JSON.stringify(result)}`);

    const node = await gw.query(NODE, { id: globalId });

    expect(node.data?.node).toEqual({
      __typename: 'Conversation',
      id: globalId,
      birdId: active.id,
    });
  });

  it('continues the existing conversation with CONTINUE, sending the message there once', async () => {
    const result = await gw.query(CREATE, { input: input('CONTINUE') });

    expect(result.errors).toBeUndefined();
    expect(result.data?.createConversation).toEqual({
      continued: true,
      conversation: {
        id: active.id,
        lastMessage: {
          text: 'Following up',
          incoming: false,
          sender: { id: active.channelId, type: 'FLOW' },
        },
      },
    });
    const posts = gw.calls().filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.path)).toEqual([
      `/workspaces/${gw.simulator.workspaceId}/conversations`,
      `/workspaces/${gw.simulator.workspaceId}/conversations/${active.id}/messages`,
    ]);
  });
});

describe('messages as a live channel moves them', () => {
  const REPLY = graphql(`
    mutation BirdReplyAsFlow($input: ReplyToConversationInput!) {
      replyToConversation(input: $input) {
        message {
          id
          sender {
            __typename
            ... on ParticipantBase {
              id: birdId
            }
          }
        }
      }
    }
  `);
  const MESSAGE = graphql(`
    query BirdMessageState($c: ID!, $id: ID!) {
      message(conversationId: $c, id: $id) {
        status
        reason
        details
        incoming
      }
      conversation(id: $c) {
        lastMessageIncomingAt
        lastMessageOutgoingAt
      }
    }
  `);

  it('sends as a flow through the channel from replyToConversation', async () => {
    const result = await gw.query(REPLY, {
      input: {
        conversationId: active.id,
        participantId: active.channelId,
        participantType: 'FLOW',
        body: { text: { text: 'Sent by the channel' } },
      },
    });

    expect(result.data?.replyToConversation.message?.sender).toEqual({
      __typename: 'FlowParticipant',
      id: active.channelId,
    });
  });

  it('shows a failed send with its reason and details', async () => {
    gw.simulator.messageStatuses.configure({ enabled: true, stepMs: 3_600_000, failureRate: 1 });
    const sent = await gw.query(REPLY, {
      input: {
        conversationId: active.id,
        participantId: active.channelId,
        participantType: 'FLOW',
        body: { text: { text: 'This one fails' } },
      },
    });
    // Failing at sending or at delivery are equally likely: run every step.
    for (let i = 0; i < 5 && gw.simulator.messageStatuses.pending > 0; i += 1)
      gw.simulator.messageStatuses.advance();

    const read = await gw.query(MESSAGE, {
      c: active.id,
      id: sent.data?.replyToConversation.message?.id ?? '',
    });

    const message = read.data?.message;
    expect(message?.status).toMatch(/^(SENDING|DELIVERY)_FAILED$/);
    expect(message?.reason).toMatch(/\w/);
    expect(message?.details).toHaveProperty('category');
    expect(message?.incoming).toBe(false);
    expect(read.data?.conversation?.lastMessageOutgoingAt).toMatch(/^\d{4}-/);
  });

  it('marks a customer message as incoming and dates it on the conversation', async () => {
    const inbound = gw.simulator.simulateInbound({ conversationId: active.id });

    const read = await gw.query(MESSAGE, { c: active.id, id: inbound.messageId });

    expect(read.data?.message).toMatchObject({ status: 'DELIVERED', incoming: true, reason: null });
    expect(read.data?.conversation?.lastMessageIncomingAt).toMatch(/^\d{4}-/);
  });
});
