/**
 * The screens on Mesh: its documents (documents.ts), the ids each answer shows, and the REST
 * errors Mesh returns as data turned into failures.
 */
import { graphqlCall } from '../../http.js';
import { arrayAt, at, stringAt } from '../../json.js';
import { prepareGraphqlScreen, type Step } from '../graphqlScreen.js';
import type { Fixtures, PreparedScreen, ScenarioName, ScreenIds } from '../types.js';
import { INBOX, LOOKUP, REPLY, THREAD, THREAD_NEXT } from './documents.js';

/** Fails on the `Error` member of a generated union (Mesh returns REST errors as data). */
function ok(value: unknown, what: string): unknown {
  if (stringAt(value, '__typename') === 'Error') {
    const details = at(value, 'details');
    const more = details === undefined || details === null ? '' : ` ${JSON.stringify(details)}`;
    throw new Error(
      `${what} answered Error ${stringAt(value, 'code') ?? ''}: ${stringAt(value, 'message') ?? ''}${more}`,
    );
  }
  return value;
}

function need(value: string | null, what: string): string {
  if (value === null) throw new Error(`The answer has no ${what}`);
  return value;
}

const ids = (items: readonly unknown[], prefix: string) =>
  items.map((item) => `${prefix}:${need(stringAt(item, 'id'), 'id')}`);

export function prepareMeshScreen(
  origin: string,
  scenario: ScenarioName,
  f: Fixtures,
): Promise<PreparedScreen> {
  const path = '/graphql';
  const ws = f.workspaceId;
  const plans: Record<ScenarioName, { steps: Step[]; ids: (a: readonly unknown[]) => ScreenIds }> =
    {
      inbox: {
        steps: [() => graphqlCall(path, INBOX, { ws })],
        ids: ([data]) =>
          arrayAt(ok(at(data, 'listConversations'), 'listConversations'), 'results').flatMap(
            (c) => [
              `c:${need(stringAt(c, 'id'), 'id')}`,
              ...ids(arrayAt(ok(at(c, 'messages'), 'messages'), 'results'), 'm'),
            ],
          ),
      },
      thread: {
        steps: [
          () => graphqlCall(path, THREAD, { ws, id: f.threadId }),
          (previous) =>
            graphqlCall(path, THREAD_NEXT, {
              ws,
              id: f.threadId,
              token: need(
                stringAt(previous, 'listConversationMessages', 'nextPageToken'),
                'nextPageToken',
              ),
            }),
        ],
        ids: ([first, next]) => [
          `c:${need(stringAt(ok(at(first, 'getConversation'), 'getConversation'), 'id'), 'id')}`,
          ...ids(arrayAt(ok(at(first, 'listConversationMessages'), 'messages'), 'results'), 'm'),
          ...ids(arrayAt(ok(at(next, 'listConversationMessages'), 'messages'), 'results'), 'm'),
        ],
      },
      lookup: {
        steps: [() => graphqlCall(path, LOOKUP, { ws, id: f.lookupId })],
        ids: ([data]) => {
          const c = ok(at(data, 'getConversation'), 'getConversation');
          return [`c:${need(stringAt(c, 'id'), 'id')}`, `name:${stringAt(c, 'name') ?? ''}`];
        },
      },
      reply: {
        steps: [
          () =>
            graphqlCall(path, REPLY, {
              ws,
              id: f.replyConversationId,
              input: {
                participantId: f.accessKeyId,
                participantType: 'accessKey',
                body: { TextMessageBody_Input: { type: 'text', text: { text: f.replyText } } },
                addMissingParticipants: true,
              },
            }),
        ],
        ids: ([data]) => {
          const m = ok(at(data, 'createConversationMessage'), 'createConversationMessage');
          need(stringAt(m, 'id'), 'message id');
          return [`text:${stringAt(m, 'body', 'text', 'text') ?? ''}`];
        },
      },
    };
  return prepareGraphqlScreen({ origin, ...plans[scenario] });
}
