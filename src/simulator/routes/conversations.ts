import { HttpError } from '../http/httpError.js';
import { listJson, JsonText } from '../http/jsonBody.js';
import { readPageParams } from '../http/pageToken.js';
import { workspaceRoute, type Route } from '../http/route.js';
import { parseBody } from '../http/validation.js';
import { conversationJson } from '../render/conversation.js';
import { createConversationSchema, updateConversationSchema } from '../schemas/conversation.js';
import {
  createConversation,
  deleteConversation,
  getConversation,
  updateConversation,
} from '../store/conversations.js';
import { SortedIndex } from '../store/sortedIndex.js';
import { nextPageToken } from './paging.js';

const RESOURCE = /^([a-z]+):(\S+)$/;

/** Conversations management: create, list, get, update, delete. */
export const conversationRoutes: readonly Route[] = [
  workspaceRoute('POST', '/conversations', ({ ws, body }) => {
    const conversation = createConversation(ws, parseBody(createConversationSchema, body));
    return { status: 201, body: new JsonText(conversationJson(conversation)) };
  }),

  workspaceRoute('GET', '/conversations', ({ ws, query }) => {
    const resource = query.resource;
    if (resource !== undefined && (resource.length > 60 || !RESOURCE.test(resource))) {
      throw new HttpError(422, 'InvalidPayload', 'Request query parameters are invalid', {
        '.resource': ["Must look like 'task:<id>' and be at most 60 characters"],
      });
    }
    const params = readPageParams(
      query,
      `workspaces/${ws.id}/conversations?resource=${resource ?? ''}`,
    );
    const [, type = '', id = ''] = resource === undefined ? [] : (RESOURCE.exec(resource) ?? []);
    const index =
      resource === undefined
        ? ws.conversationIndex
        : (ws.conversationsOfResource(type, id) ?? EMPTY);
    const page = index.page(params);
    return {
      status: 200,
      body: listJson(page.items.map(conversationJson), {
        nextPageToken: nextPageToken(params, page),
      }),
    };
  }),

  workspaceRoute('GET', '/conversations/{conversationId}', ({ ws }, { conversationId }) => ({
    status: 200,
    body: new JsonText(conversationJson(getConversation(ws, conversationId))),
  })),

  workspaceRoute('PATCH', '/conversations/{conversationId}', ({ ws, body }, { conversationId }) => {
    const conversation = getConversation(ws, conversationId);
    updateConversation(ws, conversation, parseBody(updateConversationSchema, body));
    return { status: 200, body: new JsonText(conversationJson(conversation)) };
  }),

  workspaceRoute('DELETE', '/conversations/{conversationId}', ({ ws }, { conversationId }) => {
    deleteConversation(ws, getConversation(ws, conversationId));
    return { status: 204 };
  }),
];

const EMPTY = SortedIndex.empty<never>();
