import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const restConversation = z.object({
  id: z.string(),
  channelId: z.string(),
  status: z.string(),
  accessibility: z.string(),
  featuredParticipants: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      contact: z.object({ identifierKey: z.string(), identifierValue: z.string() }).optional(),
    }),
  ),
});

let gw: TestGateway;
let conversations: z.infer<typeof restConversation>[];

beforeAll(async () => {
  gw = await startTestGateway();
  conversations = (
    await gw.rest(
      z.object({ results: z.array(restConversation) }),
      'GET',
      '/conversations?limit=100',
    )
  ).body.results;
});
afterAll(() => gw.close());

graphql(`
  fragment Body on Message {
    previewText
    body {
      __typename
      ... on TextBody {
        text
        actions {
          type
          text
          url
        }
        attachments {
          mediaUrl
          filename
        }
      }
      ... on HtmlBody {
        text
        html
        subject
      }
      ... on ImageBody {
        text
        images {
          mediaUrl
          altText
        }
      }
      ... on FileBody {
        files {
          mediaUrl
          contentType
          filename
        }
      }
      ... on GifBody {
        mediaUrl
      }
      ... on LocationBody {
        latitude
        longitude
        label
      }
      ... on CarouselBody {
        text
        items {
          title
          description
          mediaUrl
          actions {
            type
            text
          }
        }
      }
      ... on ListBody {
        text
        title
        items {
          itemId
          title
        }
      }
      ... on TemplateBody {
        projectId
        version
        locale
        parameters {
          type
          key
          value
        }
      }
      ... on UnsupportedBody {
        type
        raw
      }
    }
  }
`);

const CONVERSATION_FIELDS = graphql(`
  query QueriesConversation($id: ID!) {
    conversation(id: $id) {
      id: birdId
      name
      description
      status
      visibility
      accessibility
      channelId
      platformStyle
      attributes
      createdAt
      updatedAt
      activeParticipantCount
      pendingParticipantCount
      featuredParticipants {
        __typename
        ... on ParticipantBase {
          id
          type
          status
          displayName
          avatarUrl
        }
      }
      initiatingParticipant {
        __typename
      }
      lastMessage {
        messageBirdId
        type
        text
        status
        createdAt
        sender {
          __typename
        }
        recipients {
          type
          identifierValue
          name
        }
      }
    }
  }
`);
const ALL_BODIES = graphql(`
  query QueriesAllBodies {
    conversations(first: 60) {
      nodes {
        messages(first: 20) {
          nodes {
            ...Body
          }
        }
      }
    }
  }
`);
const PARTICIPANT_BASE = graphql(`
  query QueriesParticipantBase {
    conversations(first: 100) {
      nodes {
        featuredParticipants {
          __typename
          ... on ParticipantBase {
            id
            type
            displayName
          }
        }
      }
    }
  }
`);
const PARTICIPANTS = graphql(`
  query QueriesParticipants($id: ID!) {
    conversation(id: $id) {
      participants(first: 10) {
        nodes {
          __typename
          ... on ParticipantBase {
            id
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);
const PARTICIPANT_CONVERSATIONS = graphql(`
  query QueriesParticipantConversations($id: ID, $k: String, $v: String, $ch: ID!) {
    participantConversations(
      participantId: $id
      identifierKey: $k
      identifierValue: $v
      channelId: $ch
      first: 20
    ) {
      nodes {
        id: birdId
        channelId
      }
    }
  }
`);
const ONE_MESSAGE = graphql(`
  query QueriesOneMessage($c: ID!, $id: ID!) {
    message(conversationId: $c, id: $id) {
      id: birdId
      conversation {
        birdId
      }
      sender {
        __typename
      }
      ...Body
    }
  }
`);

describe('queries', () => {
  it('returns a conversation with Bird’s fields in GraphQL style', async () => {
    const sample = conversations[0];
    const result = await gw.query(CONVERSATION_FIELDS, { id: sample?.id ?? '' });

    expect(result.errors).toBeUndefined();
    const c = result.data?.conversation;
    expect(c).toMatchObject({ id: sample?.id, channelId: sample?.channelId });
    expect(['ACTIVE', 'CLOSED']).toContain(c?.status);
    expect(c?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('maps every seeded message body to a union member without errors', async () => {
    const result = await gw.query(ALL_BODIES);

    expect(result.errors).toBeUndefined();
    const messages = (result.data?.conversations.nodes ?? []).flatMap(
      (c) => c.messages?.nodes ?? [],
    );
    const kinds = new Set(messages.map((m) => m.body?.__typename));
    for (const kind of ['TextBody', 'ImageBody', 'FileBody', 'ListBody', 'CarouselBody'])
      expect(kinds).toContain(kind);
    expect(messages.every((m) => typeof m.previewText === 'string')).toBe(true);
  });

  it('selects common participant fields once through ParticipantBase, for every kind', async () => {
    const result = await gw.query(PARTICIPANT_BASE);

    expect(result.errors).toBeUndefined();
    const participants = (result.data?.conversations.nodes ?? []).flatMap(
      (n) => n.featuredParticipants,
    );
    expect(participants.every((p) => typeof p.id === 'string' && typeof p.type === 'string')).toBe(
      true,
    );
    expect(new Set(participants.map((p) => p.__typename))).toEqual(
      new Set([
        'ContactParticipant',
        'UserParticipant',
        'AccessKeyParticipant',
        'FlowParticipant',
        'OtherParticipant',
      ]),
    );
  });

  it('lists a conversation’s participants', async () => {
    const result = await gw.query(PARTICIPANTS, { id: conversations[0]?.id ?? '' });

    expect(result.errors).toBeUndefined();
    expect(result.data?.conversation?.participants?.nodes.length).toBeGreaterThan(0);
  });

  it('finds a participant by id and by identifier', async () => {
    const conversation = conversations.find((c) =>
      c.featuredParticipants.some((p) => p.type === 'contact' && p.contact),
    );
    const contact = conversation?.featuredParticipants.find((p) => p.type === 'contact');
    const Q = `query ($c: ID!, $id: ID, $k: String, $v: String) { participant(conversationId: $c, id: $id, identifierKey: $k, identifierValue: $v) { __typename ... on ContactParticipant { id: birdId identifierValue } } }`;

    const byId = await gw.queryText(Q, { c: conversation?.id, id: contact?.id });
    const byIdentifier = await gw.queryText(Q, {
      c: conversation?.id,
      k: contact?.contact?.identifierKey,
      v: contact?.contact?.identifierValue,
    });
    const neither = await gw.queryText(Q, { c: conversation?.id });

    const expected = {
      participant: {
        __typename: 'ContactParticipant',
        id: contact?.id,
        identifierValue: contact?.contact?.identifierValue,
      },
    };
    expect(byId.data).toEqual(expected);
    expect(byIdentifier.data).toEqual(expected);
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists a contact’s conversations on a channel by id and by identifier', async () => {
    const conversation = conversations.find((c) =>
      c.featuredParticipants.some((p) => p.type === 'contact' && p.contact),
    );
    const contact = conversation?.featuredParticipants.find((p) => p.type === 'contact');
    const Q = PARTICIPANT_CONVERSATIONS;
    const ch = conversation?.channelId ?? '';

    const byId = await gw.query(Q, { id: contact?.id ?? null, ch });
    const byKey = await gw.query(Q, {
      k: contact?.contact?.identifierKey ?? null,
      v: contact?.contact?.identifierValue ?? null,
      ch,
    });
    gw.clearCalls();
    const both = await gw.query(Q, { id: contact?.id ?? null, k: 'phonenumber', v: '+1', ch });

    expect(byId.data?.participantConversations.nodes.map((n) => n.id)).toContain(conversation?.id);
    expect(
      byId.data?.participantConversations.nodes.every(
        (n) => n.channelId === conversation?.channelId,
      ),
    ).toBe(true);
    expect(byKey.data?.participantConversations.nodes.map((n) => n.id)).toEqual(
      byId.data?.participantConversations.nodes.map((n) => n.id),
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.calls()).toHaveLength(0);
  });

  it('gets one message by conversation and id', async () => {
    const id = conversations[0]?.id ?? '';
    const messages = await gw.rest(
      z.object({ results: z.array(z.object({ id: z.string() })) }),
      'GET',
      `/conversations/${id}/messages?limit=1`,
    );
    const messageId = messages.body.results[0]?.id;

    const result = await gw.query(ONE_MESSAGE, { c: id, id: messageId ?? '' });

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      message: { id: messageId, conversation: { birdId: id } },
    });
  });
});
