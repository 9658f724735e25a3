/**
 * The screens as operations on the schema Mesh generates from the OpenAPI document: REST-shaped
 * root fields (`listConversations`, `getConversation`, ...) with the workspace as an argument and
 * each answer a union of the success type and `Error`. Where the generated schema has no
 * equivalent (message preview text), the closest field is selected (the body's text).
 */
import { graphqlCall } from '../../http.js';
import { arrayAt, at, stringAt } from '../../json.js';
import { prepareGraphqlScreen, type Step } from '../graphqlScreen.js';
import type { Fixtures, PreparedScreen, ScenarioName, ScreenIds } from '../types.js';

const MESSAGE_FIELDS = /* GraphQL */ `
  id
  createdAt
  status
  draft
  body {
    __typename
    ... on TextMessageBody { text { text } }
    ... on HtmlMessageBody { html { text } }
  }
  sender { id type displayName avatarUrl }
`;

const INBOX = /* GraphQL */ `
  query Inbox($ws: UUID!) {
    listConversations(workspaceId: $ws, limit: 20) {
      __typename
      ... on ConversationList {
        nextPageToken
        results {
          id
          name
          status
          updatedAt
          featuredParticipants {
            id
            type
            displayName
            avatarUrl
            contact {
              identifierValue
            }
          }
          lastMessage {
            id
            preview {
              text
            }
            createdAt
          }
          messages(limit: 5) {
            __typename
            ... on MessageList {
              results {
                id
                createdAt
                body {
                  __typename
                  ... on TextMessageBody {
                    text {
                      text
                    }
                  }
                  ... on HtmlMessageBody {
                    html {
                      text
                    }
                  }
                }
                sender {
                  displayName
                }
              }
            }
            ... on Error {
              code
              message
            }
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`;

const THREAD = /* GraphQL */ `
  query Thread($ws: UUID!, $id: UUID!) {
    getConversation(workspaceId: $ws, conversationId: $id) {
      __typename
      ... on Conversation { id name status }
      ... on Error { code message }
    }
    listConversationMessages(workspaceId: $ws, conversationId: $id, limit: 50) {
      __typename
      ... on MessageList { total nextPageToken results { ${MESSAGE_FIELDS} } }
      ... on Error { code message }
    }
  }
`;

const THREAD_NEXT = /* GraphQL */ `
  query ThreadMessages($ws: UUID!, $id: UUID!, $token: pageToken_parameter) {
    listConversationMessages(workspaceId: $ws, conversationId: $id, limit: 50, pageToken: $token) {
      __typename
      ... on MessageList { nextPageToken results { ${MESSAGE_FIELDS} } }
      ... on Error { code message }
    }
  }
`;

const LOOKUP = /* GraphQL */ `
  query Lookup($ws: UUID!, $id: UUID!) {
    getConversation(workspaceId: $ws, conversationId: $id) {
      __typename
      ... on Conversation {
        id
        name
        status
        updatedAt
      }
      ... on Error {
        code
        message
      }
    }
  }
`;

const REPLY = /* GraphQL */ `
  mutation SendReply($ws: UUID!, $id: UUID!, $input: CreateMessageRequest_Input) {
    createConversationMessage(workspaceId: $ws, conversationId: $id, input: $input) {
      __typename
      ... on Message {
        id
        reference
        status
        createdAt
        body {
          ... on TextMessageBody {
            text {
              text
            }
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`;

/** Fails on the `Error` member of a generated union (Mesh returns REST errors as data). */
function ok(value: unknown, what: string): unknown {
  if (stringAt(value, '__typename') === 'Error') {
    throw new Error(
      `${what}: ${stringAt(value, 'code') ?? ''} ${stringAt(value, 'message') ?? ''}`,
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
