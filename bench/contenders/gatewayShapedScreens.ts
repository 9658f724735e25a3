/**
 * The screens as operations on the gateway's schema. The naive server implements the subset of
 * that schema these documents select, so both answer byte-for-byte the same requests.
 */
import { birdId } from '../birdIds.js';
import { graphqlCall } from '../http.js';
import { arrayAt, stringAt } from '../json.js';
import { documents } from './documents.js';
import { prepareGraphqlScreen, type Step } from './graphqlScreen.js';
import type { Fixtures, PreparedScreen, ScenarioName, ScreenIds } from './types.js';

/** The id, as Bird's id when it is one of the gateway's global ids (see birdIds.ts). */
function need(value: string | null, what: string): string {
  if (value === null) throw new Error(`The answer has no ${what}`);
  return what.endsWith('id') ? birdId(value) : value;
}

function inboxIds(data: unknown): ScreenIds {
  const edges = arrayAt(data, 'conversations', 'edges');
  return edges.flatMap((edge) => [
    `c:${need(stringAt(edge, 'node', 'id'), 'conversation id')}`,
    ...arrayAt(edge, 'node', 'messages', 'nodes').map(
      (m) => `m:${need(stringAt(m, 'id'), 'message id')}`,
    ),
  ]);
}

function messageIds(data: unknown): string[] {
  // The first page comes under `conversation`, the next one from `Query.messages`.
  const edges = arrayAt(data, 'conversation', 'messages', 'edges');
  return (edges.length > 0 ? edges : arrayAt(data, 'messages', 'edges')).map(
    (edge) => `m:${need(stringAt(edge, 'node', 'id'), 'message id')}`,
  );
}

/** Prepares a scenario on a server answering the gateway's documents at `origin` + `path`. */
export function prepareGatewayShaped(
  origin: string,
  path: string,
  scenario: ScenarioName,
  f: Fixtures,
): Promise<PreparedScreen> {
  const docs = documents();
  const steps: Record<ScenarioName, { steps: Step[]; ids: (a: readonly unknown[]) => ScreenIds }> =
    {
      inbox: {
        steps: [() => graphqlCall(path, docs.inbox, { first: 20 })],
        ids: ([data]) => inboxIds(data),
      },
      thread: {
        steps: [
          () => graphqlCall(path, docs.thread, { id: f.threadId, first: 50 }),
          (previous) =>
            graphqlCall(path, docs.threadMessages, {
              id: f.threadId,
              first: 50,
              after: need(
                stringAt(previous, 'conversation', 'messages', 'pageInfo', 'endCursor'),
                'endCursor',
              ),
            }),
        ],
        ids: ([first, next]) => [
          `c:${need(stringAt(first, 'conversation', 'id'), 'conversation id')}`,
          ...messageIds(first),
          ...messageIds(next),
        ],
      },
      lookup: {
        steps: [() => graphqlCall(path, docs.lookup, { id: f.lookupId })],
        ids: ([data]) => [
          `c:${need(stringAt(data, 'conversation', 'id'), 'conversation id')}`,
          `name:${stringAt(data, 'conversation', 'name') ?? ''}`,
        ],
      },
      reply: {
        steps: [
          () =>
            graphqlCall(path, docs.reply, {
              conversationId: f.replyConversationId,
              participantId: f.accessKeyId,
              text: f.replyText,
            }),
        ],
        ids: ([data]) => {
          need(stringAt(data, 'replyToConversation', 'message', 'id'), 'message id');
          return [`text:${stringAt(data, 'replyToConversation', 'message', 'previewText') ?? ''}`];
        },
      },
    };
  return prepareGraphqlScreen({ origin, ...steps[scenario] });
}
