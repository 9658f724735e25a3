import { CONVERSATION_STATUSES, RULE_CATEGORIES, RULE_TYPES } from '../types.js';
import { bool, enumOf, ref, str, type Schema } from './builders.js';

const path = (name: string, description: string, schema: Schema = str()): Schema => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});
const query = (name: string, description: string, schema: Schema, required = false): Schema => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

/** Reusable parameters (components.parameters). */
export const parameters: Record<string, Schema> = {
  workspaceId: path('workspaceId', 'The workspace.', { type: 'string', format: 'uuid' }),
  conversationId: path('conversationId', 'The conversation.', { type: 'string', format: 'uuid' }),
  messageId: path('messageId', 'The message.', { type: 'string', format: 'uuid' }),
  conversationParticipantId: path(
    'conversationParticipantId',
    'Participant id: contact, user, access key or flow id.',
  ),
  identifierKey: path('identifierKey', 'Contact identifier key, e.g. phonenumber or emailaddress.'),
  identifierValue: path(
    'identifierValue',
    'Contact identifier value, e.g. +31612345678 (percent-encoded).',
  ),
  channelId: path('channelId', 'The channel.', { type: 'string', format: 'uuid' }),
  allowBlockRuleId: path('allowBlockRuleId', 'The allow/block rule.', {
    type: 'string',
    format: 'uuid',
  }),
  bulkId: path('bulkId', 'The bulk upload.', { type: 'string', format: 'uuid' }),
  subscriptionId: path('subscriptionId', 'The webhook subscription.', {
    type: 'string',
    format: 'uuid',
  }),
  mediaId: path('mediaId', 'The media file.'),
  limit: query('limit', 'Page size, 1 to 100.', {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    default: 10,
  }),
  pageToken: query(
    'pageToken',
    "The previous page's nextPageToken: standard base64, so URL-encode it.",
    str({ maxLength: 8000 }),
  ),
  reverse: query('reverse', 'Oldest first instead of newest first.', { ...bool, default: false }),
  dateFrom: query('dateFrom', 'Only messages created after this instant.', {
    type: 'string',
    format: 'date-time',
  }),
  resource: query(
    'resource',
    "Conversations linked to a resource, e.g. 'task:<uuid>'.",
    str({ maxLength: 60 }),
  ),
  channelIdFilter: query(
    'channelId',
    'The channel to list conversations of.',
    { type: 'string', format: 'uuid' },
    true,
  ),
  statusFilter: query('status', 'Conversation status.', enumOf(CONVERSATION_STATUSES)),
  conversationChannelFilter: query(
    'channelId',
    'Only conversations on this channel (undocumented; used in production, bird-api.md §7).',
    { type: 'string', format: 'uuid' },
  ),
  conversationStatusFilter: query(
    'status',
    'Only conversations with this status (undocumented; used in production).',
    enumOf(CONVERSATION_STATUSES),
  ),
  visibilityFilter: query(
    'visibility',
    'Conversation visibility.',
    enumOf(['public', 'private', 'direct']),
  ),
  ruleTypeFilter: query('type', 'Rule type.', enumOf(RULE_TYPES)),
  ruleCategoryFilter: query('category', 'Rule category.', enumOf(RULE_CATEGORIES)),
  ruleValueFilter: query('value', 'Rule value (case-insensitive).', str()),
};

const error = (description: string): Schema => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

/** Reusable error responses (components.responses). */
export const responses: Record<string, Schema> = {
  BadRequest: error('The body is not valid JSON.'),
  Unauthorized: error('Missing, malformed or unknown access key.'),
  Forbidden: error(
    'The access key has no access to this workspace, or the operation is not allowed.',
  ),
  NotFound: error('The resource specified in the URL was not found.'),
  Conflict: error(
    'Conflicting state or the resource already exists; ContactAlreadyInConversation carries details.conversationId.',
  ),
  UnprocessableEntity: error(
    'The request did not pass validation; details maps JSON paths to messages.',
  ),
  TooManyRequests: error('Rate limit exceeded.'),
};
