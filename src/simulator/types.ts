/*
 * The JSON shapes the simulator serves, modelled on Bird's real responses (../shared/seeds). These
 * are the simulator's own DTOs; the gateway keeps its own upstream types and must not import these.
 */
import type { MessageBody, MessageBodyType, MessageTemplate } from './schemas/messageBody.js';

/** A message body, discriminated on `type`. */
export type BirdMessageBody = MessageBody;
/** The message body types the simulator accepts. */
export type BirdMessageBodyType = MessageBodyType;
/** A template reference sent instead of a body. */
export type BirdMessageTemplate = MessageTemplate;

/** Participant types as rendered by Bird; the gateway models only the first four. */
export const PARTICIPANT_TYPES = [
  'contact',
  'user',
  'accessKey',
  'flow',
  'agent',
  'bot',
  'channel',
  'connector',
  'collaborationAutomation',
] as const;
/** A participant type. */
export type BirdParticipantType = (typeof PARTICIPANT_TYPES)[number];

/** Participant statuses: awaiting approval, awaiting acceptance, or taking part. */
export const PARTICIPANT_STATUSES = ['pending', 'invited', 'active'] as const;
/** A participant status. */
export type BirdParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Conversation statuses; `deleted` appears only in deletion events and filters. */
export const CONVERSATION_STATUSES = ['active', 'closed', 'deleted'] as const;
/** A conversation status. */
export type BirdConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Conversation visibilities the simulator accepts and serves. */
export const VISIBILITIES = ['public', 'private'] as const;
/** A conversation visibility. */
export type BirdVisibility = (typeof VISIBILITIES)[number];

/** Conversation accessibilities, spelled as Bird does (`invite-only`). */
export const ACCESSIBILITIES = ['open', 'invite-only', 'request-to-join'] as const;
/** A conversation accessibility. */
export type BirdAccessibility = (typeof ACCESSIBILITIES)[number];

/** `email` for conversations on email channels, `direct` otherwise. */
export type BirdPlatformStyle = 'direct' | 'email';

/** Message statuses seen in production (bird-api.md §7), from accepted to read or failed. */
export const MESSAGE_STATUSES = [
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
] as const;
/** A message status. */
export type BirdMessageStatus = (typeof MESSAGE_STATUSES)[number];

/** `conversations` for messages sent through this API, `channels` for inbound ones. */
export type BirdMessageSource = 'conversations' | 'channels';

/** Recipient kinds. */
export const RECIPIENT_TYPES = ['to', 'cc', 'bcc'] as const;
/** A recipient kind. */
export type BirdRecipientType = (typeof RECIPIENT_TYPES)[number];

/** The identifier a contact participates with (`contact` on a participant). */
export interface BirdParticipantContact {
  identifierKey: string;
  identifierValue: string;
  platformAddress: string;
}

/** A conversation participant (`ConversationParticipant`). */
export interface BirdParticipant {
  id: string;
  type: BirdParticipantType;
  status: BirdParticipantStatus;
  displayName: string;
  avatarUrl: string;
  contact?: BirdParticipantContact;
}

/** A message recipient as rendered on messages and `lastMessage`. */
export interface BirdRecipient {
  type: BirdRecipientType;
  id: string;
  identifierKey: string;
  identifierValue: string;
  platformAddress: string;
  contactAnnotation: { name: string };
}

/** The summary of the newest sent message on a conversation. */
export interface BirdLastMessage {
  id: string;
  type: BirdMessageBodyType;
  preview: { text: string };
  recipients: BirdRecipient[] | null;
  status: BirdMessageStatus;
  sender: BirdParticipant;
  createdAt: string;
}

/** A conversation as served by GET /conversations/{id} and sent in conversation.* events. */
export interface BirdConversation {
  id: string;
  name: string;
  description: string;
  status: BirdConversationStatus;
  visibility: BirdVisibility;
  accessibility: BirdAccessibility;
  style: string;
  featuredParticipants: BirdParticipant[];
  activeParticipantCount: number;
  pendingParticipantCount: number;
  initiatingParticipant?: BirdParticipant;
  channelId?: string;
  lastMessage?: BirdLastMessage;
  /** When the newest message from a contact arrived; absent until one did. */
  lastMessageIncomingAt?: string;
  /** When the newest message from anyone else was sent; absent until one was. */
  lastMessageOutgoingAt?: string;
  createdAt: string;
  updatedAt: string;
  platformStyle: BirdPlatformStyle;
  attributes?: Record<string, string>;
  resource?: { type: 'task'; id: string };
}

/** A conversation message. */
export interface BirdMessage {
  id: string;
  conversationId: string;
  reference: string;
  sender: BirdParticipant;
  draft: boolean;
  status: BirdMessageStatus;
  reason?: string;
  /** Failure details next to `reason`, e.g. `{category: "bounceHard"}`. */
  details?: Record<string, string>;
  source: BirdMessageSource;
  body: BirdMessageBody;
  template?: BirdMessageTemplate;
  recipients: BirdRecipient[];
  interactions: null;
  createdAt: string;
  updatedAt: string;
}

/** A list page: `nextPageToken` only when more items remain. */
export interface BirdPage<T> {
  results: T[];
  nextPageToken?: string;
}

/** The messages list adds the collection size. */
export interface BirdMessagePage extends BirdPage<BirdMessage> {
  total: number;
  totalType: 'exact';
}

/** Channel conversational configuration. */
export interface BirdChannelConfiguration {
  status: 'active' | 'inactive';
}

/** Workspace antispam setting. */
export interface BirdAntispamSetting {
  enabled: boolean;
}

/** What an allow/block rule matches on. */
export const RULE_CATEGORIES = ['all', 'domain', 'domain_suffix', 'email'] as const;
/** An allow/block rule category. */
export type BirdRuleCategory = (typeof RULE_CATEGORIES)[number];
/** What an allow/block rule does. */
export const RULE_TYPES = ['allow', 'reject', 'suspend'] as const;
/** An allow/block rule type. */
export type BirdRuleType = (typeof RULE_TYPES)[number];

/** An allow/block rule. */
export interface BirdAllowBlockRule {
  id: string;
  workspaceId: string;
  category: BirdRuleCategory;
  value: string;
  type: BirdRuleType;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

/** The state of a bulk import. */
export type BirdBulkStatus = 'pending' | 'in_progress' | 'completed' | 'failed';

/** Progress of a CSV allow/block bulk import. */
export interface BirdBulkProgress {
  workspaceId: string;
  bulkId: string;
  currentIndex: number;
  total: number;
  status: BirdBulkStatus;
  errors: string[] | null;
  updatedAt: string;
}

/** The pre-signed upload answer. */
export interface BirdPresignedUpload {
  mediaUrl: string;
  uploadUrl: string;
  uploadMethod: 'POST';
  uploadFormData: Record<string, string>;
}

/**
 * Bird's error envelope; `code` is PascalCase. `details` maps a JSON path to messages on 422s, and
 * carries ids on some conflicts (`ContactAlreadyInConversation` has `details.conversationId`).
 */
export interface BirdError {
  code: string;
  message: string;
  details?: Record<string, string[] | string>;
}

/** The conversation events a webhook subscription can name. */
export const CONVERSATION_EVENTS = [
  'conversation.created',
  'conversation.updated',
  'conversation.deleted',
] as const;
/** A conversation event name. */
export type BirdConversationEventName = (typeof CONVERSATION_EVENTS)[number];

/** Services a webhook subscription can listen to (only `conversations` events are delivered). */
export const WEBHOOK_SERVICES = ['channels', 'numbers', 'payments', 'conversations'] as const;
/** A webhook service. */
export type BirdWebhookService = (typeof WEBHOOK_SERVICES)[number];

/** A webhook subscription as listed by Bird: the `signingKey` is never returned. */
export interface BirdWebhookSubscription {
  id: string;
  service: BirdWebhookService;
  event: string;
  eventFilters: { key: string; value: string }[];
  url: string;
  status: 'active' | 'inactive';
  template?: string;
  createdAt: string;
  updatedAt: string;
}

/** A webhook-style conversation event, as Bird's notifications service would deliver it. */
export interface ConversationEvent {
  service: 'conversations';
  event: BirdConversationEventName;
  payload: BirdConversation;
}
