import { HttpError } from '../http/httpError.js';
import { listJson } from '../http/jsonBody.js';
import { readPageParams } from '../http/pageToken.js';
import { workspaceRoute, type Route, type WorkspaceContext } from '../http/route.js';
import { conversationJson } from '../render/conversation.js';
import { SortedIndex } from '../store/sortedIndex.js';
import type { ConversationRecord } from '../store/records.js';
import { CONVERSATION_STATUSES } from '../types.js';
import { nextPageToken } from './paging.js';

/** Bird's docs give `direct` as an example visibility filter next to public and private. */
const VISIBILITY_FILTERS = ['public', 'private', 'direct'] as const;

/**
 * A participant's conversations on one channel (`channelId` is required), optionally filtered by
 * status and visibility. Deleted conversations are gone from the simulator, so `status=deleted`
 * yields an empty list.
 */
function listForParticipant(ctx: WorkspaceContext, participantId: string | undefined) {
  const { ws, query } = ctx;
  const channelId = query.channelId;
  const status = query.status;
  const visibility = query.visibility;
  const details: Record<string, string[]> = {};
  if (channelId === undefined || channelId === '')
    details['.channelId'] = ["Property 'channelId' is missing"];
  if (status !== undefined && !CONVERSATION_STATUSES.some((s) => s === status)) {
    details['.status'] = [`Must be one of ${CONVERSATION_STATUSES.join(', ')}`];
  }
  if (visibility !== undefined && !VISIBILITY_FILTERS.some((v) => v === visibility)) {
    details['.visibility'] = [`Must be one of ${VISIBILITY_FILTERS.join(', ')}`];
  }
  if (Object.keys(details).length > 0 || channelId === undefined) {
    throw new HttpError(422, 'InvalidPayload', 'Request query parameters are invalid', details);
  }
  const params = readPageParams(
    query,
    `workspaces/${ws.id}/participants/${participantId ?? ''}/conversations?channelId=${channelId}&status=${status ?? ''}&visibility=${visibility ?? ''}`,
  );
  const index =
    participantId === undefined
      ? undefined
      : ws.conversationsOfParticipant(participantId, channelId);
  const filter =
    status === undefined && visibility === undefined
      ? undefined
      : (c: ConversationRecord) =>
          (status === undefined || c.status === status) &&
          (visibility === undefined || c.visibility === visibility);
  const page = (index ?? EMPTY).page({ ...params, filter });
  return {
    status: 200,
    body: listJson(page.items.map(conversationJson), {
      nextPageToken: nextPageToken(params, page),
    }),
  };
}

const EMPTY = SortedIndex.empty<ConversationRecord>();

/** Conversations of a participant, by participant id or by contact identifier. */
export const participantConversationRoutes: readonly Route[] = [
  workspaceRoute('GET', '/participants/{conversationParticipantId}/conversations', (ctx, params) =>
    listForParticipant(ctx, params.conversationParticipantId),
  ),
  workspaceRoute(
    'GET',
    '/participants/{identifierKey}/{identifierValue}/conversations',
    (ctx, params) =>
      listForParticipant(
        ctx,
        ctx.ws.findContactByIdentifier(params.identifierKey, params.identifierValue)?.id,
      ),
  ),
];
