/**
 * Apollo Client 4 (InMemoryCache, possibleTypes from introspection, default id normalization)
 * against a gateway on port 0: what the cache reads back is exactly what the server sent.
 */
import {
  ApolloClient,
  ApolloLink,
  gql,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from '@apollo/client';
import { tap } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  inboxConversationIds,
  operation,
  readOnlySteps,
  withoutCursors,
  withClientFixture,
} from './harness.js';
import { prependReply, type ReplyPayload } from './apolloReplyUpdater.js';

const suite = withClientFixture();

/** A client whose link records every answer it receives from the network. */
function client() {
  const answers: { operationName: string; variables: OperationVariables; data: unknown }[] = [];
  const record = new ApolloLink((op, forward) =>
    forward(op).pipe(
      tap((result) => {
        answers.push({
          operationName: op.operationName ?? '',
          variables: op.variables,
          data: result.data,
        });
      }),
    ),
  );
  const apollo = new ApolloClient({
    link: ApolloLink.from([record, new HttpLink({ uri: suite.fixture.gw.url })]),
    cache: new InMemoryCache({ possibleTypes: suite.fixture.possibleTypes }),
  });
  return { apollo, answers };
}

/** Resolves with the first emission (past or future) of a watched query that satisfies `test`. */
function emissionsOf(query: {
  subscribe(observer: { next(result: { data: unknown }): void }): unknown;
}) {
  const seen: unknown[] = [];
  let check: () => void = () => undefined;
  query.subscribe({
    next: ({ data }) => {
      seen.push(data);
      check();
    },
  });
  return {
    next: (test: (data: unknown) => boolean) =>
      new Promise<unknown>((resolve) => {
        check = () => {
          const hit = seen.find(test);
          if (hit !== undefined) resolve(hit);
        };
        check();
      }),
  };
}

const SEND_REPLY: TypedDocumentNode<ReplyPayload> = gql(operation('SendReply'));

const lastText = (data: unknown, id: string) =>
  lastMessageOf.safeParse(data).data?.conversations.edges.find((e) => e.node.id === id)?.node
    .lastMessage?.text;

const lastMessageOf = z.object({
  conversations: z.object({
    edges: z.array(
      z.object({
        node: z.object({ id: z.string(), lastMessage: z.object({ text: z.string() }).nullable() }),
      }),
    ),
  }),
});

describe('Apollo Client InMemoryCache', () => {
  it('reads back every read-only screen exactly as the server sent it, with no warnings', async () => {
    const { apollo, answers } = client();
    const steps = await readOnlySteps(suite.fixture);

    for (const step of steps) {
      await apollo.query({
        query: gql(step.query),
        variables: step.variables,
        fetchPolicy: 'network-only',
      });
    }

    expect(answers).toHaveLength(steps.length);
    steps.forEach((step, i) => {
      const cached = apollo.readQuery({ query: gql(step.query), variables: step.variables });
      expect(cached, `step ${i}`).toEqual(answers[i]?.data);
    });
    expect(suite.warnings.messages).toEqual([]);
  });

  it('shows a reply as the last message of a watched inbox without a refetch', async () => {
    const { apollo, answers } = client();
    const inbox = apollo.watchQuery({ query: gql(operation('Inbox')), variables: { first: 20 } });
    const watched = emissionsOf(inbox);
    const first = lastMessageOf.parse(
      await watched.next((data) => lastMessageOf.safeParse(data).success),
    );
    const target = first.conversations.edges[0]?.node.id ?? '';
    const text = 'Seen in the inbox without a refetch';
    const before = answers.length;

    await apollo.mutate({
      mutation: gql(operation('SendReply')),
      variables: { conversationId: target, participantId: suite.fixture.ids.accessKeyId, text },
    });
    const shown = await watched.next((data) => lastText(data, target) === text);

    expect(lastText(shown, target)).toBe(text);
    // Only the mutation went to the network: the inbox updated from the cache.
    expect(answers.slice(before).map((a) => a.operationName)).toEqual(['SendReply']);
    expect(suite.warnings.messages).toEqual([]);
  });

  it('matches the server after replies, participant and status changes, with the documented updater', async () => {
    const { apollo } = client();
    const INBOX = gql(operation('Inbox'));
    const THREAD = gql(operation('ConversationThread'));
    const inbox = await suite.fixture.server(operation('Inbox'), { first: 20 });
    const [target = '', other = ''] = inboxConversationIds(inbox);
    const threadVars = { id: target, first: 20 };
    await apollo.query({ query: INBOX, variables: { first: 20 }, fetchPolicy: 'network-only' });
    await apollo.query({ query: THREAD, variables: threadVars, fetchPolicy: 'network-only' });

    for (const text of ['First reply', 'Second reply']) {
      await apollo.mutate({
        mutation: SEND_REPLY,
        variables: { conversationId: target, participantId: suite.fixture.ids.accessKeyId, text },
        update: (cache, { data }) => {
          prependReply(cache, data);
        },
      });
    }
    await apollo.mutate({
      mutation: gql(operation('AddParticipant')),
      variables: {
        conversationId: target,
        identifierKey: 'phonenumber',
        identifierValue: '+31600000042',
      },
    });
    await apollo.mutate({
      mutation: gql(operation('UpdateConversationStatus')),
      variables: { id: other, status: 'CLOSED' },
    });

    const fresh = new ApolloClient({
      link: new HttpLink({ uri: suite.fixture.gw.url }),
      cache: new InMemoryCache({ possibleTypes: suite.fixture.possibleTypes }),
    });
    for (const [query, variables] of [
      [INBOX, { first: 20 }],
      [THREAD, threadVars],
    ] as const) {
      const server = await fresh.query({ query, variables, fetchPolicy: 'no-cache' });
      expect(withoutCursors(apollo.readQuery({ query, variables }))).toEqual(
        withoutCursors(server.data),
      );
    }
    expect(suite.warnings.messages).toEqual([]);
  });
});
