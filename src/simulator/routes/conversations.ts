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
import type { ConversationRecord } from '../store/records.js';
import { CONVERSATION_STATUSES } from '../types.js';

const RESOURCE = /^([a-z]+):(\S+)$/;

/** Conversations management: create, list, get, update, delete. */
export const conversationRoutes: readonly Route[] = [
  workspaceRoute('POST', '/conversations', ({ ws, body }) => {
    const conversation = createConversation(ws, parseBody(createConversationSchema, body));
    return { status: 201, body: new JsonText(conversationJson(conversation)) };
  }),

  workspaceRoute('GET', '/conversations', ({ ws, query }) => {
    const { resource, channelId, status } = readListFilters(query);
    // Each filter combination is its own page-token scope: a token cannot cross filters.
    const params = readPageParams(
      query,
      `workspaces/${ws.id}/conversations?resource=${resource ?? ''}&channelId=${channelId ?? ''}&status=${status ?? ''}`,
    );
    const [, type = '', id = ''] = resource === undefined ? [] : (RESOURCE.exec(resource) ?? []);
    const index =
      resource === undefined
        ? ws.conversationIndex
        : (ws.conversationsOfResource(type, id) ?? EMPTY);
    const filter =
      channelId === undefined && status === undefined
        ? undefined
        : (c: ConversationRecord) =>
            (channelId === undefined || c.channelId === channelId) &&
            (status === undefined || c.status === status);
    const page = index.page({ ...params, filter });
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

/**
 * `resource` is documented; `channelId` and `status` are not, but production integrations use
 * them (bird-api.md §7). Deleted conversations are gone, so `status=deleted` lists nothing.
 */
function readListFilters(query: Readonly<Record<string, string>>): {
  resource?: string;
  channelId?: string;
  status?: string;
} {
  const { resource, channelId, status } = query;
  const details: Record<string, string[]> = {};
  if (resource !== undefined && (resource.length > 60 || !RESOURCE.test(resource))) {
    details['.resource'] = ["Must look like 'task:<id>' and be at most 60 characters"];
  }
  if (channelId === '') details['.channelId'] = ['Must not be empty'];
  if (status !== undefined && !CONVERSATION_STATUSES.some((s) => s === status)) {
    details['.status'] = [`Must be one of ${CONVERSATION_STATUSES.join(', ')}`];
  }
  if (Object.keys(details).length > 0) {
    throw new HttpError(422, 'InvalidPayload', 'Request query parameters are invalid', details);
  }
  return {
    ...(resource === undefined ? {} : { resource }),
    ...(channelId === undefined ? {} : { channelId }),
    ...(status === undefined ? {} : { status }),
  };
}
