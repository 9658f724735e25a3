import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { conversationGlobalId } from '../../src/ids/objectIds.js';
import { lookupDemoIds, type DemoIds } from '../../src/playground/demoIds.js';
import { exampleVariables } from '../../src/playground/exampleVariables.js';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../helpers/gateway.js';

const OPERATIONS_DIR = new URL('../../operations/', import.meta.url);
const operation = (file: string) => readFileSync(new URL(file, OPERATIONS_DIR), 'utf8');

const costShape = z.object({ estimatedUpstreamCalls: z.number(), upstreamCalls: z.number() });
const costOf = (result: GraphQLResult) => costShape.parse(result.extensions?.cost);

let gw: TestGateway;
let ids: DemoIds;

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.simulator.reset();
  const found = await lookupDemoIds(gw.config.upstream);
  if (found === null) throw new Error('the demo workspace has no example ids');
  ids = found;
  gw.clearCalls();
});

/** Runs an operation and returns its cost report, checked against what the simulator saw. */
async function run(query: string, variables?: Record<string, unknown>) {
  gw.clearCalls();
  const result = await gw.queryText(query, variables);
  const cost = costOf(result);
  // The gateway's own count is the upstream's count: nothing is hidden from the estimate.
  expect(cost.upstreamCalls).toBe(gw.calls().length);
  return { result, cost };
}

describe('upstream-cost estimate against real calls', () => {
  it.each(readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')))(
    '%s makes no more upstream calls than estimated',
    async (file) => {
      const name = file.replace(/\.graphql$/, '');
      const { result, cost } = await run(operation(file), exampleVariables(name, ids));

      expect(result.errors).toBeUndefined();
      expect(cost.upstreamCalls).toBeGreaterThan(0);
      expect(cost.upstreamCalls).toBeLessThanOrEqual(cost.estimatedUpstreamCalls);
    },
  );

  it('counts nodes(ids:) as one call per id, and makes one per distinct object', async () => {
    const a = conversationGlobalId(ids.conversationId);
    const b = conversationGlobalId(ids.otherConversationId);
    const { result, cost } = await run('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [a, b, a],
    });

    expect(result.errors).toBeUndefined();
    expect(cost).toEqual({ estimatedUpstreamCalls: 3, upstreamCalls: 2 });
  });

  it('estimates the inbox screen exactly: 21 calls for 20 conversations', async () => {
    const { cost } = await run(operation('Inbox.graphql'));

    expect(cost).toEqual({ estimatedUpstreamCalls: 21, upstreamCalls: 21 });
  });

  it('estimates a conversation thread exactly, and its next page within one call', async () => {
    const first = await run(operation('ConversationThread.graphql'), { id: ids.conversationId });
    expect(first.cost).toEqual({ estimatedUpstreamCalls: 2, upstreamCalls: 2 });

    const endCursor = z
      .object({
        conversation: z.object({
          messages: z.object({ pageInfo: z.object({ endCursor: z.string() }) }),
        }),
      })
      .parse(first.result.data).conversation.messages.pageInfo.endCursor;
    const next = await run(operation('ConversationThread.graphql'), {
      id: ids.conversationId,
      first: 15,
      after: endCursor,
    });

    expect(next.result.errors).toBeUndefined();
    expect(next.cost.estimatedUpstreamCalls).toBe(3);
    expect(next.cost.upstreamCalls).toBeGreaterThanOrEqual(2);
  });

  const SHAPES: readonly [string, (ids: DemoIds) => [string, Record<string, unknown>]][] = [
    [
      'nested connections under a list',
      () => [
        `{ conversations(first: 3) { nodes {
            messages(first: 2) { nodes { conversation { participants(first: 2) { nodes { __typename } } } } }
            participants(first: 2) { pageInfo { hasNextPage } }
        } } }`,
        {},
      ],
    ],
    [
      'aliases of the same lookup (deduplicated at run time)',
      ({ conversationId }) => [
        'query ($id: ID!) { a: conversation(id: $id) { id } b: conversation(id: $id) { name } }',
        { id: conversationId },
      ],
    ],
    [
      'fragments, interfaces and a union below a list',
      () => [
        `query { conversations(first: 4) { edges { cursor node { ...Row } } } }
         fragment Row on Conversation {
           featuredParticipants { ... on ParticipantBase { id } ... on ContactParticipant { identifierValue } }
           lastMessage { text message { id body { __typename ... on TextBody { text } } conversation { id } } }
         }`,
        {},
      ],
    ],
    [
      'a message by id with its conversation',
      ({ conversationId }) => [
        `query ($c: ID!) { conversation(id: $c) { lastMessage { messageId } }
          msg: conversations(first: 1) { nodes { lastMessage { message { conversation { name } } } } } }`,
        { c: conversationId },
      ],
    ],
    [
      'a participant and the conversations of a contact',
      ({ conversationId, channelId, identifierKey, identifierValue }) => [
        `query ($c: ID!, $ch: ID!, $k: String!, $v: String!) {
          participant(conversationId: $c, identifierKey: $k, identifierValue: $v) { __typename }
          participantConversations(channelId: $ch, identifierKey: $k, identifierValue: $v, first: 3) {
            nodes { id messages(first: 1) { totalCount } }
          }
        }`,
        { c: conversationId, ch: channelId, k: identifierKey, v: identifierValue },
      ],
    ],
    [
      'a reply whose payload reads the conversation and its messages',
      ({ conversationId, accessKeyId }) => [
        `mutation ($c: ID!, $p: ID!) {
          replyToConversation(input: { conversationId: $c, participantId: $p, participantType: ACCESS_KEY,
            body: { text: { text: "cost check" } }, addMissingParticipants: true }) {
            message { id conversation { id messages(first: 2) { nodes { id } } } }
          }
        }`,
        { c: conversationId, p: accessKeyId },
      ],
    ],
    [
      'objects by global id through node and nodes',
      ({ conversationId, otherConversationId }) => [
        `query ($a: ID!, $b: ID!) {
          node(id: $a) { id ... on Conversation { name } }
          nodes(ids: [$a, $b, $a]) { id ... on Conversation { messages(first: 1) { nodes { id } } } }
        }`,
        { a: conversationGlobalId(conversationId), b: conversationGlobalId(otherConversationId) },
      ],
    ],
    [
      'a reply whose payload reads its conversation again',
      ({ conversationId, accessKeyId }) => [
        `mutation ($c: ID!, $p: ID!) {
          replyToConversation(input: { conversationId: $c, participantId: $p, participantType: ACCESS_KEY,
            body: { text: { text: "cost check" } }, addMissingParticipants: true }) {
            message { id } conversation { id updatedAt lastMessage { messageId text } }
          }
        }`,
        { c: conversationId, p: accessKeyId },
      ],
    ],
    [
      'a page of participants from the root',
      ({ conversationId }) => [
        'query ($c: ID!) { participants(conversationId: $c, first: 5) { nodes { __typename } } }',
        { c: conversationId },
      ],
    ],
    [
      'a page of no items with only its page info',
      () => ['{ conversations(first: 0) { pageInfo { hasNextPage } } }', {}],
    ],
  ];

  it.each(SHAPES)('%s stays within the estimate', async (_, build) => {
    const [query, variables] = build(ids);
    const { result, cost } = await run(query, variables);

    expect(result.errors).toBeUndefined();
    expect(cost.upstreamCalls).toBeLessThanOrEqual(cost.estimatedUpstreamCalls);
  });
});

describe('cost ceiling', () => {
  it('refuses a fan-out above MAX_UPSTREAM_CALLS with the estimate and the ceiling, and no call', async () => {
    const result = await gw.queryText(
      `{ conversations(first: 100) { nodes { messages(first: 100) { nodes { conversation {
          participants(first: 100) { nodes { __typename } } } } } } } }`,
    );

    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toContain('10101 upstream calls; the limit is 250');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COSTLY',
      cost: { estimate: 10101, ceiling: 250 },
    });
    expect(gw.calls()).toHaveLength(0);
  });

  it('takes the variables into account', async () => {
    const query = `query ($n: Int!) { conversations(first: $n) { nodes {
      messages(first: 1) { nodes { id } }
      participants(first: 1) { nodes { __typename } }
      lastMessage { message { id } }
    } } }`;

    const small = await gw.queryText(query, { n: 2 });
    expect(small.errors).toBeUndefined();

    gw.clearCalls();
    const big = await gw.queryText(query, { n: 100 });
    expect(big.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(gw.calls()).toHaveLength(0);
  });
});

describe('cost report outside demo mode', () => {
  let live: TestGateway;
  beforeAll(async () => {
    live = await startTestGateway({ live: true, sharedSimulator: gw.simulator });
  });
  afterAll(() => live.close());

  const key = () => ({
    authorization: `AccessKey ${gw.simulator.accessKey}`,
    'x-bird-workspace-id': gw.simulator.workspaceId,
  });

  it('leaves extensions.cost out unless the client asks with X-Gateway-Cost: include', async () => {
    const query = '{ conversations(first: 2) { nodes { id } } }';

    const plain = await live.queryText(query, undefined, key());
    expect(plain.errors).toBeUndefined();
    expect(plain.extensions).toBeUndefined();

    const asked = await live.queryText(query, undefined, { ...key(), 'x-gateway-cost': 'include' });
    expect(costOf(asked)).toEqual({ estimatedUpstreamCalls: 1, upstreamCalls: 1 });
  });
});
