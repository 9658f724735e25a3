/**
 * urql with @urql/exchange-graphcache, schema-aware (the introspected schema), against a gateway on
 * port 0: what the cache reads back is exactly what the server sent, with no "Invalid key" or other
 * suite.warnings. Types without an `id` are declared keyless (`keys: () => null`), as graphcache asks.
 */
import { Client, fetchExchange, gql, mapExchange, type AnyVariables } from '@urql/core';
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { describe, expect, it } from 'vitest';
import {
  inboxConversationIds,
  operation,
  readOnlySteps,
  withoutCursors,
  withClientFixture,
} from './harness.js';

const suite = withClientFixture();

const PREFLIGHT = { 'apollo-require-preflight': 'true' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The graphcache counterpart of docs/client-caches.md's Apollo updater, for lists selected as
 * `nodes`: prepend the reply to the loaded first pages of its conversation's messages.
 */
function prependReply(result: Readonly<Record<string, unknown>>, cache: Cache): void {
  const payload = result.replyToConversation;
  if (!isRecord(payload) || !isRecord(payload.conversation) || !isRecord(payload.message)) return;
  const conversation = cache.keyOfEntity({
    __typename: 'Conversation',
    id: String(payload.conversation.id),
  });
  const message = cache.keyOfEntity({ __typename: 'Message', id: String(payload.message.id) });
  if (conversation === null || message === null) return;
  for (const field of cache.inspectFields(conversation)) {
    if (field.fieldName !== 'messages' || field.arguments?.after != null) continue;
    const connection = cache.resolve(conversation, field.fieldKey);
    if (typeof connection !== 'string') continue;
    const nodes: unknown = cache.resolve(connection, 'nodes');
    if (!Array.isArray(nodes)) continue;
    const keys = nodes.filter((n: unknown): n is string => typeof n === 'string');
    if (keys.includes(message)) continue;
    const requested: unknown = field.arguments?.first;
    const first = typeof requested === 'number' ? requested : 10;
    cache.link(connection, 'nodes', [message, ...keys].slice(0, first));
  }
}

function client() {
  const answers: { data: unknown }[] = [];
  const urql = new Client({
    url: suite.fixture.gw.url,
    // urql sends queries as GET; Apollo Server's CSRF prevention wants this header on them.
    fetchOptions: { headers: PREFLIGHT },
    exchanges: [
      cacheExchange({
        schema: suite.fixture.introspection,
        keys: Object.fromEntries(suite.fixture.keylessTypes.map((type) => [type, () => null])),
        updates: {
          Mutation: {
            replyToConversation: (result, _args, cache) => {
              prependReply(result, cache);
            },
          },
        },
      }),
      mapExchange({ onResult: (result) => void answers.push({ data: result.data }) }),
      fetchExchange,
    ],
  });
  const read = (query: string, variables: AnyVariables): unknown =>
    urql.readQuery(gql(query), variables, { requestPolicy: 'cache-only' })?.data;
  const run = async (query: string, variables: AnyVariables) => {
    const result = await urql
      .query(gql(query), variables, { requestPolicy: 'network-only' })
      .toPromise();
    expect(result.error).toBeUndefined();
    return result;
  };
  const mutate = async (query: string, variables: AnyVariables) => {
    const result = await urql.mutation(gql(query), variables).toPromise();
    expect(result.error).toBeUndefined();
    return result;
  };
  return { answers, read, run, mutate };
}

describe('urql graphcache', () => {
  it('reads back every read-only screen exactly as the server sent it, with no warnings', async () => {
    const { answers, read, run } = client();
    const steps = await readOnlySteps(suite.fixture);

    for (const step of steps) await run(step.query, step.variables);

    expect(answers).toHaveLength(steps.length);
    // urql reads back the document as written (without the __typename fields it adds on the
    // wire), so it is compared with the server's answer to that same document.
    for (const [i, step] of steps.entries()) {
      const server = await suite.fixture.server(step.query, step.variables);
      expect(read(step.query, step.variables), `step ${i}`).toEqual(server);
    }
    expect(suite.warnings.messages).toEqual([]);
  });

  it('matches the server after replies and a status change, with no refetch of the inbox', async () => {
    const { answers, read, run, mutate } = client();
    const INBOX = operation('Inbox');
    await run(INBOX, { first: 20 });
    const [target = '', other = ''] = inboxConversationIds(answers[0]?.data);
    const before = answers.length;

    for (const text of ['First reply', 'Second reply']) {
      await mutate(operation('SendReply'), {
        conversationId: target,
        participantId: suite.fixture.ids.accessKeyId,
        text,
      });
    }
    await mutate(operation('UpdateConversationStatus'), { id: other, status: 'CLOSED' });

    expect(answers.length - before).toBe(3);
    const server = await suite.fixture.server(INBOX, { first: 20 });
    expect(withoutCursors(read(INBOX, { first: 20 }))).toEqual(withoutCursors(server));
    expect(suite.warnings.messages).toEqual([]);
  });
});
