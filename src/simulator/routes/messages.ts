import { listJson, JsonText } from '../http/jsonBody.js';
import { readPageParams } from '../http/pageToken.js';
import { invalidQuery } from '../http/httpError.js';
import { workspaceRoute, type Route } from '../http/route.js';
import { parseBody } from '../http/validation.js';
import { messageJson } from '../render/message.js';
import { createMessageSchema, updateMessageSchema } from '../schemas/message.js';
import { getConversation } from '../store/conversations.js';
import { deleteMessage, getMessage, postMessage, updateDraft } from '../store/messages.js';
import { nextPageToken } from './paging.js';

const BASE = '/conversations/{conversationId}/messages';

/** Conversation messaging: send, list, get, update a draft, delete. */
export const messageRoutes: readonly Route[] = [
  workspaceRoute('POST', BASE, ({ ws, body }, { conversationId }) => {
    const input = parseBody(createMessageSchema, body);
    const message = postMessage(ws, getConversation(ws, conversationId), input);
    return { status: 201, body: new JsonText(messageJson(message)) };
  }),

  workspaceRoute('GET', BASE, ({ ws, query }, { conversationId }) => {
    const conversation = getConversation(ws, conversationId);
    const dateFrom = readDate(query.dateFrom);
    const params = readPageParams(
      query,
      `workspaces/${ws.id}/conversations/${conversation.id}/messages?dateFrom=${query.dateFrom ?? ''}`,
    );
    const page = conversation.messages.page({ ...params, createdAfter: dateFrom });
    const total =
      dateFrom === undefined
        ? conversation.messages.size
        : conversation.messages.countCreatedAfter(dateFrom);
    return {
      status: 200,
      body: listJson(page.items.map(messageJson), {
        nextPageToken: nextPageToken(params, page),
        total,
        totalType: 'exact',
      }),
    };
  }),

  workspaceRoute('GET', `${BASE}/{messageId}`, ({ ws }, { conversationId, messageId }) => ({
    status: 200,
    body: new JsonText(messageJson(getMessage(ws, getConversation(ws, conversationId), messageId))),
  })),

  workspaceRoute('PATCH', `${BASE}/{messageId}`, ({ ws, body }, { conversationId, messageId }) => {
    const conversation = getConversation(ws, conversationId);
    const message = getMessage(ws, conversation, messageId);
    const patch = parseBody(updateMessageSchema, body);
    return {
      status: 200,
      body: new JsonText(messageJson(updateDraft(ws, conversation, message, patch))),
    };
  }),

  workspaceRoute('DELETE', `${BASE}/{messageId}`, ({ ws }, { conversationId, messageId }) => {
    const conversation = getConversation(ws, conversationId);
    deleteMessage(ws, conversation, getMessage(ws, conversation, messageId));
    return { status: 204 };
  }),
];

/** `dateFrom` as epoch ms; only messages created after it are listed. */
function readDate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(raw)) {
    throw invalidQuery('dateFrom', 'Must be an RFC 3339 date-time');
  }
  return ms;
}
