import type { Schema } from './builders.js';
import { operation, PAGE } from './operation.js';

const C = '/workspaces/{workspaceId}/conversations';

/** Conversation and message routes. */
export const conversationPaths: Record<string, Record<string, Schema>> = {
  [C]: {
    post: operation({
      id: 'createConversation',
      summary: 'Create a conversation',
      body: 'CreateConversationRequest',
      status: 201,
      response: 'Conversation',
      errors: [404, 409],
      tag: 'Conversations',
    }),
    get: operation({
      id: 'listConversations',
      summary: 'List conversations, newest first',
      params: [...PAGE, 'resource'],
      status: 200,
      response: 'ConversationList',
      errors: [404, 422],
      tag: 'Conversations',
    }),
  },
  [`${C}/{conversationId}`]: {
    get: operation({
      id: 'getConversation',
      summary: 'Get a conversation',
      params: ['conversationId'],
      status: 200,
      response: 'Conversation',
      errors: [404],
      tag: 'Conversations',
    }),
    patch: operation({
      id: 'updateConversation',
      summary: 'Update a conversation',
      params: ['conversationId'],
      body: 'UpdateConversationRequest',
      status: 200,
      response: 'Conversation',
      errors: [404, 409],
      tag: 'Conversations',
    }),
    delete: operation({
      id: 'deleteConversation',
      summary: 'Delete a conversation',
      params: ['conversationId'],
      status: 204,
      errors: [404],
      tag: 'Conversations',
    }),
  },
  [`${C}/{conversationId}/messages`]: {
    post: operation({
      id: 'createConversationMessage',
      summary: 'Send a message',
      params: ['conversationId'],
      body: 'CreateMessageRequest',
      status: 201,
      response: 'Message',
      errors: [404, 409],
      tag: 'Messages',
    }),
    get: operation({
      id: 'listConversationMessages',
      summary: 'List messages, newest first',
      params: ['conversationId', ...PAGE, 'dateFrom'],
      status: 200,
      response: 'MessageList',
      errors: [404, 422],
      tag: 'Messages',
    }),
  },
  [`${C}/{conversationId}/messages/{messageId}`]: {
    get: operation({
      id: 'getConversationMessage',
      summary: 'Get a message',
      params: ['conversationId', 'messageId'],
      status: 200,
      response: 'Message',
      errors: [404],
      tag: 'Messages',
    }),
    patch: operation({
      id: 'updateConversationMessage',
      summary: 'Update or send a draft',
      params: ['conversationId', 'messageId'],
      body: 'UpdateMessageRequest',
      status: 200,
      response: 'Message',
      errors: [404, 409],
      tag: 'Messages',
    }),
    delete: operation({
      id: 'deleteConversationMessage',
      summary: 'Delete a message',
      params: ['conversationId', 'messageId'],
      status: 204,
      errors: [404],
      tag: 'Messages',
    }),
  },
  [`${C}/{conversationId}/presigned-upload`]: {
    post: operation({
      id: 'createPresignedUpload',
      summary: 'Create a pre-signed media upload',
      params: ['conversationId'],
      body: 'PresignedUploadRequest',
      status: 200,
      response: 'PresignedUpload',
      errors: [404],
      tag: 'Messages',
    }),
  },
};
