/**
 * Strict zod schemas of the JSON the simulator must serve, written from Bird's real responses
 * (../shared/seeds). Strict objects fail on unknown fields, so a drift in field names is caught.
 */
import { z } from 'zod';

const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'RFC 3339 in UTC');
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const participantShape = z.strictObject({
  id: uuid,
  type: z.enum([
    'contact',
    'user',
    'accessKey',
    'flow',
    'agent',
    'bot',
    'channel',
    'connector',
    'collaborationAutomation',
  ]),
  status: z.enum(['pending', 'invited', 'active']),
  displayName: z.string(),
  avatarUrl: z.string(),
  contact: z
    .strictObject({
      identifierKey: z.string(),
      identifierValue: z.string(),
      platformAddress: z.string(),
    })
    .optional(),
});

export const recipientShape = z.strictObject({
  type: z.enum(['to', 'cc', 'bcc']),
  id: uuid,
  identifierKey: z.string(),
  identifierValue: z.string(),
  platformAddress: z.string(),
  contactAnnotation: z.strictObject({ name: z.string() }),
});

const bodyShape = z.looseObject({ type: z.string() });

export const lastMessageShape = z.strictObject({
  id: uuid,
  type: z.string(),
  preview: z.strictObject({ text: z.string() }),
  recipients: z.array(recipientShape).nullable(),
  status: z.string(),
  sender: participantShape,
  createdAt: timestamp,
});

export const conversationShape = z.strictObject({
  id: uuid,
  name: z.string(),
  description: z.string(),
  status: z.enum(['active', 'closed', 'deleted']),
  visibility: z.enum(['public', 'private']),
  accessibility: z.enum(['open', 'invite-only', 'request-to-join']),
  style: z.string(),
  featuredParticipants: z.array(participantShape),
  activeParticipantCount: z.number().int(),
  pendingParticipantCount: z.number().int(),
  initiatingParticipant: participantShape.optional(),
  channelId: uuid.optional(),
  lastMessage: lastMessageShape.optional(),
  lastMessageIncomingAt: timestamp.optional(),
  lastMessageOutgoingAt: timestamp.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  platformStyle: z.enum(['direct', 'email']),
  attributes: z.record(z.string(), z.string()).optional(),
  resource: z.strictObject({ type: z.literal('task'), id: z.string() }).optional(),
});

export const messageShape = z.strictObject({
  id: uuid,
  conversationId: uuid,
  reference: z.string(),
  sender: participantShape,
  draft: z.boolean(),
  status: z.enum([
    'accepted',
    'pending',
    'queued',
    'processing',
    'sent',
    'delivered',
    'read',
    'failed',
    'rejected',
    'skipped',
    'sending_failed',
    'delivery_failed',
  ]),
  reason: z.string().optional(),
  details: z.record(z.string(), z.string()).optional(),
  source: z.enum(['conversations', 'channels']),
  body: bodyShape,
  template: z.looseObject({ projectId: z.string() }).optional(),
  interactions: z.null(),
  createdAt: timestamp,
  updatedAt: timestamp,
  recipients: z.array(recipientShape),
});

/** A list page with the given item shape. */
export function pageShape<T extends z.ZodType>(item: T) {
  return z.strictObject({ results: z.array(item), nextPageToken: z.string().optional() });
}

export const messagePageShape = z.strictObject({
  results: z.array(messageShape),
  nextPageToken: z.string().optional(),
  total: z.number().int(),
  totalType: z.literal('exact'),
});

export const errorShape = z.strictObject({
  code: z.string().regex(/^([A-Z][a-z]*)+$/, 'PascalCase'),
  message: z.string().min(1),
  details: z.record(z.string(), z.union([z.array(z.string()), z.string()])).optional(),
});

export const webhookSubscriptionShape = z.strictObject({
  id: uuid,
  service: z.enum(['channels', 'numbers', 'payments', 'conversations']),
  event: z.string(),
  eventFilters: z.array(z.strictObject({ key: z.string(), value: z.string() })),
  url: z.string(),
  status: z.enum(['active', 'inactive']),
  template: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const ruleShape = z.strictObject({
  id: uuid,
  workspaceId: uuid,
  category: z.enum(['all', 'domain', 'domain_suffix', 'email']),
  value: z.string(),
  type: z.enum(['allow', 'reject', 'suspend']),
  createdBy: uuid,
  createdAt: timestamp,
  updatedBy: uuid,
  updatedAt: timestamp,
});

export const bulkShape = z.strictObject({
  workspaceId: uuid,
  bulkId: uuid,
  currentIndex: z.number().int(),
  total: z.number().int(),
  status: z.enum(['pending', 'in_progress', 'completed', 'failed']),
  errors: z.array(z.string()).nullable(),
  updatedAt: timestamp,
});

export const emptyShape = z.undefined();
