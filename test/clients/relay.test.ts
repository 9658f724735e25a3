/**
 * Relay (relay-compiler + relay-runtime's store) against a gateway on port 0: the compiler accepts
 * the shipped operations and @refetchable fragments that page with @connection, and the store reads
 * back exactly what the server sent, with no warnings about conflicting ids or types.
 */
import {
  commitMutation,
  Observable,
  requestSubscription,
  createOperationDescriptor,
  Environment,
  fetchQuery,
  Network,
  RecordSource,
  Store,
  ConnectionHandler,
  getSingularSelector,
  type ConcreteRequest,
  type ReaderFragment,
  type Variables,
} from 'relay-runtime';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pollUntil, wsClient } from '../helpers/subscriptions.js';
import {
  captureWarnings,
  inboxConversationIds,
  operation,
  readOnlySteps,
  startClientFixture,
  type ClientFixture,
} from './harness.js';
import {
  compileRelayProject,
  relayName,
  type RelayProject,
  type ShippedName,
} from './relayProject.js';

let fixture: ClientFixture;
let project: RelayProject;
let warnings: ReturnType<typeof captureWarnings>;

beforeAll(async () => {
  [fixture, project] = await Promise.all([startClientFixture(), compileRelayProject()]);
});
afterAll(async () => {
  project.remove();
  await fixture.close();
});
beforeEach(() => {
  fixture.gw.simulator.reset();
  warnings = captureWarnings();
});
const sockets: { dispose(): void | Promise<void> }[] = [];
afterEach(async () => {
  warnings.restore();
  for (const socket of sockets.splice(0)) await socket.dispose();
});

function environment() {
  const sent: string[] = [];
  const ws = wsClient(fixture.gw);
  sockets.push(ws);
  // Subscriptions over graphql-ws, as a Relay app would wire them.
  const subscribe = (params: { text: string | null }, variables: Variables) =>
    Observable.create<{ data: Record<string, unknown> }>((sink) =>
      ws.subscribe(
        { query: params.text ?? '', variables },
        {
          next: (result) => {
            sink.next(z.looseObject({ data: z.record(z.string(), z.unknown()) }).parse(result));
          },
          error: (error) => {
            sink.error(error instanceof Error ? error : new Error(JSON.stringify(error)));
          },
          complete: () => {
            sink.complete();
          },
        },
      ),
    );
  const network = Network.create(async (params, variables) => {
    sent.push(params.name);
    const response = await fetch(fixture.gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: params.text, variables }),
    });
    return z.looseObject({ data: z.record(z.string(), z.unknown()) }).parse(await response.json());
  }, subscribe);
  const env = new Environment({ network, store: new Store(new RecordSource()) });
  /** Fetches a query, keeps it in the store, and returns what the store reads back. */
  const load = async (request: ConcreteRequest, variables: Variables) => {
    await fetchQuery(env, request, variables).toPromise();
    const descriptor = createOperationDescriptor(request, variables);
    env.retain(descriptor);
    return () => env.lookup(descriptor.fragment);
  };
  return { env, sent, load };
}

const connectionShape = z.object({
  edges: z.array(z.object({ node: z.looseObject({ id: z.string() }) })),
  pageInfo: z.object({ endCursor: z.string().nullable(), hasNextPage: z.boolean() }),
});

/** Reads a fragment of the conversation a refetch query (`node(id:)`) returned. */
function threadOf(env: Environment, fragment: ReaderFragment) {
  return (data: unknown) => {
    const ref = z.object({ node: z.unknown() }).parse(data).node;
    return env.lookup(getSingularSelector(fragment, ref)).data;
  };
}

/** The connection a fragment selected (`messages` or `participants`). */
function pageOf(data: unknown, field: 'messages' | 'participants' = 'messages') {
  const fields = z.object({
    messages: connectionShape.optional(),
    participants: connectionShape.optional(),
  });
  const page = fields.parse(data)[field];
  if (page === undefined) throw new Error(`the fragment has no ${field}`);
  return page;
}

const shippedNames: ShippedName[] = ['Inbox', 'ConversationThread', 'ConversationParticipants'];
const nameOf = (query: string) =>
  shippedNames.find((name) => new RegExp(`^query ${name}\\b`, 'm').test(query)) ?? 'Inbox';

describe('Relay', () => {
  it('compiles every shipped operation and @refetchable fragments that page with @connection', async () => {
    for (const name of [
      'ThreadMessagesPaginationQuery',
      'ConversationMembersPaginationQuery',
      'RootParticipantsQuery',
    ]) {
      const request = await project.request(name);
      expect(request.params.name).toBe(name);
    }
    const refetch = await project.request('ThreadMessagesPaginationQuery');
    expect(refetch.params.text).toContain('node(id: $id)');
  });

  it('reads back every read-only screen exactly as the server sent it, with no warnings', async () => {
    const { load } = environment();
    const steps = await readOnlySteps(fixture);
    const reads = [];
    for (const step of steps) {
      reads.push(await load(await project.request(relayName(nameOf(step.query))), step.variables));
    }

    for (const [i, step] of steps.entries()) {
      const snapshot = reads[i]?.();
      expect(snapshot?.isMissingData, `step ${i}`).toBe(false);
      expect(snapshot?.data, `step ${i}`).toEqual(await fixture.server(step.query, step.variables));
    }
    expect(warnings.messages).toEqual([]);
  });

  it('pages a conversation’s messages and participants through node(id:) refetch queries', async () => {
    const { env, load } = environment();
    const [id = ''] = inboxConversationIds(await fixture.server(operation('Inbox'), { first: 1 }));
    const thread = threadOf(env, await project.fragment('ThreadMessages_conversation'));
    const members = threadOf(env, await project.fragment('ConversationMembers_conversation'));
    const messagesQuery = await project.request('ThreadMessagesPaginationQuery');
    const membersQuery = await project.request('ConversationMembersPaginationQuery');

    const firstPage = await load(messagesQuery, { id, count: 3, cursor: null });
    const cursor = pageOf(thread(firstPage().data)).pageInfo.endCursor;
    await load(messagesQuery, { id, count: 3, cursor });
    const people = await load(membersQuery, { id, count: 2, cursor: null });

    const server = z
      .object({
        conversation: z.object({
          messages: z.object({ nodes: z.array(z.object({ id: z.string() })) }),
          participants: z.object({ nodes: z.array(z.object({ id: z.string() })) }),
        }),
      })
      .parse(
        await fixture.server(
          'query ($id: ID!) { conversation(id: $id) { messages(first: 6) { nodes { id } } participants(first: 2) { nodes { ... on ParticipantBase { id } } } } }',
          { id },
        ),
      );
    // Relay's connection handler merged the second page into the first.
    expect(pageOf(thread(firstPage().data)).edges.map((e) => e.node.id)).toEqual(
      server.conversation.messages.nodes.map((n) => n.id),
    );
    expect(pageOf(members(people().data), 'participants').edges.map((e) => e.node.id)).toEqual(
      server.conversation.participants.nodes.map((n) => n.id),
    );
    expect(warnings.messages).toEqual([]);
  });

  it('prepends a reply to a loaded thread with @prependEdge and updates the inbox row', async () => {
    const { env, load, sent } = environment();
    const inboxRequest = await project.request(relayName('Inbox'));
    const readInbox = await load(inboxRequest, { first: 20 });
    const [id = ''] = inboxConversationIds(readInbox().data);
    const thread = threadOf(env, await project.fragment('ThreadMessages_conversation'));
    const readThread = await load(await project.request('ThreadMessagesPaginationQuery'), {
      id,
      count: 3,
      cursor: null,
    });
    const text = 'Prepended by Relay';
    const mutation = await project.request('ReplyEdgeMutation');
    const connection = ConnectionHandler.getConnectionID(id, 'ThreadMessages_messages');

    await new Promise<void>((resolve, reject) => {
      commitMutation(env, {
        mutation,
        variables: {
          connections: [connection],
          input: {
            conversationId: id,
            participantId: fixture.ids.accessKeyId,
            participantType: 'ACCESS_KEY',
            body: { text: { text } },
            addMissingParticipants: true,
          },
        },
        onCompleted: () => {
          resolve();
        },
        onError: reject,
      });
    });

    const newest = pageOf(thread(readThread().data)).edges[0]?.node;
    expect(newest?.previewText).toBe(text);
    const row = z
      .object({
        conversations: z.object({
          edges: z.array(
            z.object({
              node: z.object({
                id: z.string(),
                lastMessage: z.object({ text: z.string() }).nullable(),
              }),
            }),
          ),
        }),
      })
      .parse(readInbox().data)
      .conversations.edges.find((e) => e.node.id === id);
    expect(row?.node.lastMessage?.text).toBe(text);
    expect(sent.at(-1)).toBe('ReplyEdgeMutation');
    expect(warnings.messages).toEqual([]);
  });

  it('keeps a conversationDeleted event apart from the Conversation it names, and evicts that with @deleteRecord', async () => {
    const { env, load } = environment();
    const readInbox = await load(await project.request(relayName('Inbox')), { first: 5 });
    const [id = ''] = inboxConversationIds(readInbox().data);
    const events: unknown[] = [];
    const subscription = requestSubscription(env, {
      subscription: await project.request('ConversationDeletedSubscription'),
      variables: {},
      onNext: (data) => events.push(data),
    });
    await pollUntil(() => fixture.gw.gateway.subscriptions.size === 1, 'the subscription to open');

    await fixture.server(
      'mutation ($id: ID!) { deleteConversation(input: { id: $id }) { deletedConversationId } }',
      { id },
    );
    await pollUntil(() => events.length === 1, 'the conversationDeleted event');
    subscription.dispose();

    const deletion = z
      .object({
        conversationDeleted: z.object({ id: z.string(), deletedConversationId: z.string() }),
      })
      .parse(events[0]).conversationDeleted;
    expect(deletion.deletedConversationId).toBe(id);
    // The deletion is a record of its own, and @deleteRecord removed the conversation's.
    expect(env.getStore().getSource().get(deletion.id)?.__typename).toBe('DeletedConversation');
    expect(env.getStore().getSource().get(id)).toBeNull();
    const rows = z
      .object({
        conversations: z.object({
          edges: z.array(z.object({ node: z.object({ id: z.string() }).nullable() })),
        }),
      })
      .parse(readInbox().data).conversations.edges;
    expect(rows.map((row) => row.node?.id ?? null)).toContain(null);
    expect(rows.map((row) => row.node?.id)).not.toContain(id);
    expect(warnings.messages).toEqual([]);
  });
});
