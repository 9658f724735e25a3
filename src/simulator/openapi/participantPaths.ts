import type { Schema } from './builders.js';
import { operation, PAGE } from './operation.js';

const C = '/workspaces/{workspaceId}/conversations';
const P = `${C}/{conversationId}/participants`;

/** Participant routes. */
export const participantPaths: Record<string, Record<string, Schema>> = {
  [`${P}/{conversationParticipantId}`]: {
    get: operation({
      id: 'getParticipantById',
      summary: 'Get a participant by id',
      params: ['conversationId', 'conversationParticipantId'],
      status: 200,
      response: 'Participant',
      errors: [404],
      tag: 'Participants',
    }),
    patch: operation({
      id: 'updateParticipantById',
      summary: "Update a participant's status by id",
      params: ['conversationId', 'conversationParticipantId'],
      body: 'UpdateParticipantRequest',
      status: 200,
      response: 'Participant',
      errors: [404, 409],
      tag: 'Participants',
    }),
    delete: operation({
      id: 'deleteParticipant',
      summary: 'Remove a participant',
      params: ['conversationId', 'conversationParticipantId'],
      status: 204,
      errors: [404],
      tag: 'Participants',
    }),
  },
  [`${P}/{identifierKey}/{identifierValue}`]: {
    get: operation({
      id: 'getParticipantByIdentifier',
      summary: 'Get a participant by identifier',
      params: ['conversationId', 'identifierKey', 'identifierValue'],
      status: 200,
      response: 'Participant',
      errors: [404],
      tag: 'Participants',
    }),
    patch: operation({
      id: 'updateParticipantByIdentifier',
      summary: "Update a participant's status by identifier",
      params: ['conversationId', 'identifierKey', 'identifierValue'],
      body: 'UpdateParticipantRequest',
      status: 200,
      response: 'Participant',
      errors: [404, 409],
      tag: 'Participants',
    }),
  },
  [P]: {
    post: operation({
      id: 'addParticipant',
      summary: 'Ensure a participant (200 existing, 201 added)',
      params: ['conversationId'],
      body: 'AddParticipantRequest',
      status: 201,
      response: 'Participant',
      errors: [404, 409],
      tag: 'Participants',
    }),
    get: operation({
      id: 'listParticipants',
      summary: 'List participants',
      params: ['conversationId', ...PAGE],
      status: 200,
      response: 'ParticipantList',
      errors: [404, 422],
      tag: 'Participants',
    }),
  },
  '/workspaces/{workspaceId}/participants/{conversationParticipantId}/conversations': {
    get: operation({
      id: 'listParticipantConversationsById',
      summary: "List a participant's conversations on a channel",
      params: [
        'conversationParticipantId',
        'channelIdFilter',
        'statusFilter',
        'visibilityFilter',
        ...PAGE,
      ],
      status: 200,
      response: 'ConversationList',
      errors: [422],
      tag: 'Participants',
    }),
  },
  '/workspaces/{workspaceId}/participants/{identifierKey}/{identifierValue}/conversations': {
    get: operation({
      id: 'listParticipantConversationsByIdentifier',
      summary: "List a contact's conversations on a channel",
      params: [
        'identifierKey',
        'identifierValue',
        'channelIdFilter',
        'statusFilter',
        'visibilityFilter',
        ...PAGE,
      ],
      status: 200,
      response: 'ConversationList',
      errors: [422],
      tag: 'Participants',
    }),
  },
};
