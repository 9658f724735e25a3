/**
 * Ids become path segments of Bird URLs. One that is empty, `.` or `..`, or has characters Bird's
 * ids never have, is refused with BAD_USER_INPUT before any upstream call: `..` would otherwise
 * address another resource through any proxy that normalises paths.
 */
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.simulator.reset();
  gw.clearCalls();
});

const OPERATIONS = [
  {
    name: 'deleteConversation(id: "..")',
    query: 'mutation { deleteConversation(input: { id: ".." }) { deletedConversationId } }',
  },
  { name: 'conversation(id: ".")', query: '{ conversation(id: ".") { id } }' },
  { name: 'conversation(id: "")', query: '{ conversation(id: "") { id } }' },
  {
    name: 'conversation(id: "a/../b")',
    query: '{ conversation(id: "a/../b") { id } }',
  },
  {
    name: 'message(conversationId: "..")',
    query: '{ message(conversationId: "..", id: "m-1") { id } }',
  },
  {
    name: 'deleteMessage(id: "..")',
    query:
      'mutation { deleteMessage(input: { conversationId: "c-1", id: ".." }) { deletedMessageId } }',
  },
  {
    name: 'participant by identifier value ".."',
    query:
      '{ participant(conversationId: "c-1", identifierKey: "emailaddress", identifierValue: "..") { __typename } }',
  },
  {
    name: 'removeParticipant(participantId: "..")',
    query:
      'mutation { removeParticipant(input: { conversationId: "c-1", participantId: ".." }) { removedParticipantId } }',
  },
];

describe('an id that cannot be a Bird id', () => {
  it.each(OPERATIONS)('in $name is BAD_USER_INPUT with no upstream call', async ({ query }) => {
    const result = await gw.queryText(query);

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/^Nothing was sent to Bird: /);
    expect(gw.calls()).toEqual([]);
  });

  it('is quoted back shortened, not in full', async () => {
    const long = `${'x'.repeat(5_000)}/`;
    const result = await gw.queryText('query ($id: ID!) { conversation(id: $id) { id } }', {
      id: long,
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message.length).toBeLessThan(200);
    expect(gw.calls()).toEqual([]);
  });
});

describe('an id of the characters Bird uses', () => {
  it('is sent: an unknown UUID is answered NOT_FOUND by Bird', async () => {
    const result = await gw.queryText(
      '{ conversation(id: "0b6c35bb-7a4a-4d0d-9c6e-2f3f6f0a9b1c") { id } }',
    );

    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(gw.calls()).toHaveLength(1);
  });

  it('is sent for a contact identifier with @, + and dots', async () => {
    const conversations = await gw.rest(
      z.object({ results: z.array(z.object({ id: z.string() })) }),
      'GET',
      '/conversations?limit=1',
    );
    const id = conversations.body.results[0]?.id ?? '';
    gw.clearCalls();

    await gw.queryText(
      'query ($id: ID!) { participant(conversationId: $id, identifierKey: "emailaddress", identifierValue: "first.last+tag@example.com") { __typename } }',
      { id },
    );

    expect(gw.calls().map((c) => c.path)).toEqual([
      `/workspaces/${gw.simulator.workspaceId}/conversations/${id}/participants/emailaddress/first.last%2Btag%40example.com`,
    ]);
  });
});
