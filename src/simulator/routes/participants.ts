import { listJson } from '../http/jsonBody.js';
import { readPageParams } from '../http/pageToken.js';
import { workspaceRoute, type Route } from '../http/route.js';
import { parseBody } from '../http/validation.js';
import { participantDto } from '../render/participant.js';
import { addParticipantSchema, updateParticipantSchema } from '../schemas/participant.js';
import { getConversation } from '../store/conversations.js';
import {
  ensureParticipant,
  getParticipant,
  getParticipantByIdentifier,
  removeParticipant,
  updateParticipantStatus,
} from '../store/participants.js';
import { nextPageToken } from './paging.js';

const BASE = '/conversations/{conversationId}/participants';

/**
 * Conversation participants. Routes by id and by `{identifierKey}/{identifierValue}` differ in
 * segment count, so both can live under the same prefix.
 */
export const participantRoutes: readonly Route[] = [
  workspaceRoute('POST', BASE, ({ ws, body }, { conversationId }) => {
    const { ref, status } = parseBody(addParticipantSchema, body);
    const result = ensureParticipant(ws, getConversation(ws, conversationId), ref, status);
    return { status: result.created ? 201 : 200, body: participantDto(result.participant) };
  }),

  workspaceRoute('GET', BASE, ({ ws, query }, { conversationId }) => {
    const conversation = getConversation(ws, conversationId);
    const params = readPageParams(
      query,
      `workspaces/${ws.id}/conversations/${conversation.id}/participants`,
    );
    const page = conversation.participantOrder.page(params);
    return {
      status: 200,
      body: listJson(
        page.items.map((participant) => JSON.stringify(participantDto(participant))),
        { nextPageToken: nextPageToken(params, page) },
      ),
    };
  }),

  workspaceRoute('GET', `${BASE}/{conversationParticipantId}`, ({ ws }, params) => ({
    status: 200,
    body: participantDto(
      getParticipant(getConversation(ws, params.conversationId), params.conversationParticipantId),
    ),
  })),

  workspaceRoute('GET', `${BASE}/{identifierKey}/{identifierValue}`, ({ ws }, params) => {
    const conversation = getConversation(ws, params.conversationId);
    return {
      status: 200,
      body: participantDto(
        getParticipantByIdentifier(ws, conversation, params.identifierKey, params.identifierValue),
      ),
    };
  }),

  workspaceRoute('PATCH', `${BASE}/{conversationParticipantId}`, ({ ws, body }, params) => {
    const conversation = getConversation(ws, params.conversationId);
    const participant = getParticipant(conversation, params.conversationParticipantId);
    const { status } = parseBody(updateParticipantSchema, body);
    return {
      status: 200,
      body: participantDto(updateParticipantStatus(ws, conversation, participant, status)),
    };
  }),

  workspaceRoute('PATCH', `${BASE}/{identifierKey}/{identifierValue}`, ({ ws, body }, params) => {
    const conversation = getConversation(ws, params.conversationId);
    const participant = getParticipantByIdentifier(
      ws,
      conversation,
      params.identifierKey,
      params.identifierValue,
    );
    const { status } = parseBody(updateParticipantSchema, body);
    return {
      status: 200,
      body: participantDto(updateParticipantStatus(ws, conversation, participant, status)),
    };
  }),

  workspaceRoute('DELETE', `${BASE}/{conversationParticipantId}`, ({ ws }, params) => {
    removeParticipant(
      ws,
      getConversation(ws, params.conversationId),
      params.conversationParticipantId,
    );
    return { status: 204 };
  }),
];
