import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const TWO_CONVERSATIONS = graphql(`
  query ErrorsTwoConversations($a: ID!, $b: ID!) {
    a: conversation(id: $a) {
      id: birdId
    }
    b: conversation(id: $b) {
      id: birdId
    }
  }
`);
const LIST_WITH_MESSAGES = graphql(`
  query ErrorsListWithMessages {
    conversations(first: 10) {
      nodes {
        id: birdId
        name
        messages(first: 2) {
          nodes {
            id
          }
        }
      }
    }
  }
`);
const OTHER_PARTICIPANTS = graphql(`
  query ErrorsOtherParticipants {
    conversations(first: 100) {
      nodes {
        featuredParticipants {
          __typename
          ... on OtherParticipant {
            type
            rawType
          }
        }
      }
    }
  }
`);

let gw: TestGateway;
let ids: string[];
let keyId: string;

beforeAll(async () => {
  gw = await startTestGateway({
    env: { UPSTREAM_HEADERS_TIMEOUT_MS: '400', UPSTREAM_BODY_TIMEOUT_MS: '400' },
  });
  keyId = gw.simulator.tenants[0]?.accessKeyId ?? '';
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.simulator.reset();
  const list = await gw.rest(
    z.object({ results: z.array(z.object({ id: z.string(), status: z.string() })) }),
    'GET',
    '/conversations?limit=30',
  );
  ids = list.body.results.filter((c) => c.status === 'active').map((c) => c.id);
  gw.clearCalls();
});

const CONVERSATION = `query ($id: ID!) { conversation(id: $id) { id name } }`;

describe('upstream error mapping', () => {
  it('answers NOT_FOUND with a null field for an unknown id', async () => {
    const result = await gw.queryText(CONVERSATION, { id: '00000000-0000-4000-8000-000000000000' });

    expect(result.status).toBe(200);
    expect(result.data).toEqual({ conversation: null });
    expect(result.errors?.[0]).toMatchObject({
      path: ['conversation'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('answers BAD_USER_INPUT with Bird’s field details for a 422', async () => {
    const result = await gw.queryText(
      `mutation ($id: ID!) { createUploadUrl(input: { conversationId: $id, contentType: "" }) { mediaUrl } }`,
      { id: ids[0] },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstream: { status: 422 },
    });
    expect(result.errors?.[0]?.extensions?.details).toBeTypeOf('object');
  });

  it('answers UPSTREAM_ERROR for a 500 and keeps the rest of the data', async () => {
    gw.simulator.faults.inject({
      method: 'GET',
      path: `/workspaces/*/conversations/${ids[1] ?? ''}`,
      kind: 'status',
      status: 500,
    });

    const result = await gw.query(TWO_CONVERSATIONS, { a: ids[0] ?? '', b: ids[1] ?? '' });

    expect(result.data?.a?.id).toBe(ids[0]);
    expect(result.data?.b).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['b'],
      extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 500 } },
    });
  });

  it('nulls only the failing messages list inside a conversation list', async () => {
    const victim = ids[2] ?? '';
    gw.simulator.faults.inject({
      method: 'GET',
      path: `/workspaces/*/conversations/${victim}/messages`,
      kind: 'status',
      status: 500,
    });

    const result = await gw.query(LIST_WITH_MESSAGES);

    const nodes = result.data?.conversations.nodes ?? [];
    expect(nodes).toHaveLength(10);
    expect(nodes.filter((n) => n.messages === null).map((n) => n.id)).toEqual([victim]);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_ERROR']);
  });

  it('answers RATE_LIMITED for an upstream 429', async () => {
    gw.simulator.faults.inject({
      path: '/workspaces/*/conversations/*',
      kind: 'status',
      status: 429,
      times: Infinity,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('answers UPSTREAM_TIMEOUT when Bird does not answer in time', async () => {
    gw.simulator.faults.inject({
      path: '/workspaces/*/conversations/*',
      kind: 'stall-headers',
      stallMs: 2_000,
      times: Infinity,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('answers UPSTREAM_TIMEOUT when the body stalls', async () => {
    gw.simulator.faults.inject({
      path: '/workspaces/*/conversations/*',
      kind: 'stall-body',
      stallMs: 2_000,
      times: Infinity,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('reports an unknown outcome for a reply whose connection was reset, with its reference, and does not resend', async () => {
    gw.simulator.faults.inject({
      method: 'POST',
      path: '/workspaces/*/conversations/*/messages',
      kind: 'reset',
    });

    const result = await gw.queryText(
      `mutation ($input: ReplyToConversationInput!) { replyToConversation(input: $input) { message { id } } }`,
      {
        input: {
          conversationId: ids[0],
          participantId: keyId,
          participantType: 'ACCESS_KEY',
          body: { text: { text: 'Did this arrive?' } },
          reference: 'ref-unknown-1',
          addMissingParticipants: true,
        },
      },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_OUTCOME_UNKNOWN',
      reference: 'ref-unknown-1',
    });
    expect(result.errors?.[0]?.message).toContain('ref-unknown-1');
    expect(gw.calls().filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('serves participants of types the union does not model as OtherParticipant', async () => {
    // Participant types the union does not model come back as OtherParticipant, never as an error.
    const result = await gw.query(OTHER_PARTICIPANTS);

    expect(result.errors).toBeUndefined();
    const others = (result.data?.conversations.nodes ?? [])
      .flatMap((n) => n.featuredParticipants)
      .filter((p) => p.__typename === 'OtherParticipant');
    expect(others.length).toBeGreaterThan(0);
  });

  it('scrubs the access key from anything Bird echoes back in an error', async () => {
    const key = gw.simulator.accessKey;
    gw.simulator.faults.inject({
      path: '/workspaces/*/conversations/*',
      kind: 'status',
      status: 422,
      body: {
        code: 'InvalidPayload',
        message: `The header "AccessKey ${key}" is not allowed here`,
        details: { [`.${key}`]: [`value ${key} rejected`] },
      },
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('[redacted]');
    expect(result.text).not.toContain(key);
  });

  it('never shows the access key in errors or logs, even when Bird echoes it in a 401', async () => {
    const key = gw.simulator.accessKey;
    const logged = gw.logs.length;
    gw.simulator.faults.inject({
      path: '/workspaces/*/conversations/*',
      kind: 'status',
      status: 401,
      body: { code: `Unauthorized ${key}`, message: `The access key ${key} is not valid` },
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Bird's message is passed on, so the echo really went through the error path.
    expect(result.errors?.[0]?.message).toContain('The access key [redacted] is not valid');
    expect(result.text).not.toContain(key);
    expect(gw.logs.slice(logged).join('\n')).not.toContain(key);
  });
});
