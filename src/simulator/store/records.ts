/*
 * The store's in-memory records. Timestamps are epoch milliseconds; rendering to Bird's JSON
 * happens in ../render. Records carrying `rev` are cached as JSON text by the renderer, so every
 * mutation of such a record must bump `rev`.
 */
import type {
  BirdAccessibility,
  BirdConversationStatus,
  BirdMessageBody,
  BirdMessageSource,
  BirdMessageStatus,
  BirdMessageTemplate,
  BirdParticipantContact,
  BirdParticipantStatus,
  BirdParticipantType,
  BirdPlatformStyle,
  BirdRecipientType,
  BirdRuleCategory,
  BirdRuleType,
  BirdBulkStatus,
  BirdVisibility,
  BirdWebhookService,
} from '../types.js';
import type { SortedIndex } from './sortedIndex.js';

/** A messaging channel of a workspace. */
export interface ChannelRecord {
  readonly id: string;
  readonly name: string;
  readonly platform: 'sms' | 'whatsapp' | 'email';
  /** The contact identifier key used to address people on this channel. */
  readonly identifierKey: 'phonenumber' | 'emailaddress';
  conversationalStatus: 'active' | 'inactive';
}

/** One identifier of a contact, e.g. phonenumber +31612345678. */
export interface ContactIdentifier {
  readonly key: string;
  readonly value: string;
}

/** A workspace contact (a person reachable on channels). */
export interface ContactRecord {
  readonly id: string;
  readonly displayName: string;
  readonly identifiers: ContactIdentifier[];
}

/** A non-contact party that can take part in conversations: users, access keys, flows, bots... */
export interface ActorRecord {
  readonly id: string;
  readonly type: Exclude<BirdParticipantType, 'contact'>;
  readonly displayName: string;
}

/** A participant of one conversation; `createdAt` is when it joined (the list order). */
export interface ParticipantRecord {
  readonly id: string;
  readonly type: BirdParticipantType;
  status: BirdParticipantStatus;
  readonly displayName: string;
  readonly contact: BirdParticipantContact | null;
  readonly createdAt: number;
}

/** The sender as it was when the message was sent (messages never change sender). */
export interface SenderSnapshot {
  readonly id: string;
  readonly type: BirdParticipantType;
  readonly status: BirdParticipantStatus;
  readonly displayName: string;
  readonly contact: BirdParticipantContact | null;
}

/** A resolved message recipient. */
export interface RecipientRecord {
  readonly type: BirdRecipientType;
  readonly contactId: string;
  readonly identifierKey: string;
  readonly identifierValue: string;
  readonly name: string;
}

/** A conversation message. */
export interface MessageRecord {
  readonly id: string;
  readonly conversationId: string;
  readonly reference: string;
  readonly sender: SenderSnapshot;
  draft: boolean;
  status: BirdMessageStatus;
  reason: string | null;
  /** Failure details next to `reason` (null unless the message failed). */
  details: Readonly<Record<string, string>> | null;
  readonly source: BirdMessageSource;
  body: BirdMessageBody;
  readonly template: BirdMessageTemplate | null;
  recipients: RecipientRecord[];
  /** `lastMessage.preview.text`, computed when the body is set. */
  preview: string;
  readonly replyToMessageId: string | null;
  readonly createdAt: number;
  updatedAt: number;
  rev: number;
}

/** A conversation with its participants and messages. */
export interface ConversationRecord {
  readonly id: string;
  name: string;
  description: string;
  status: Exclude<BirdConversationStatus, 'deleted'>;
  visibility: BirdVisibility;
  accessibility: BirdAccessibility;
  readonly style: string;
  readonly platformStyle: BirdPlatformStyle;
  readonly channelId: string | null;
  attributes: Record<string, string> | null;
  readonly resource: { readonly type: 'task'; readonly id: string } | null;
  initiatorId: string | null;
  readonly participants: Map<string, ParticipantRecord>;
  readonly participantOrder: SortedIndex<ParticipantRecord>;
  readonly messages: SortedIndex<MessageRecord>;
  lastMessage: MessageRecord | null;
  /** createdAt of the newest sent message from a contact, or null. */
  lastIncomingAt: number | null;
  /** createdAt of the newest sent message from anyone but a contact, or null. */
  lastOutgoingAt: number | null;
  readonly createdAt: number;
  updatedAt: number;
  rev: number;
}

/** A webhook subscription; `signingKey` never leaves the store except to sign deliveries. */
export interface WebhookSubscriptionRecord {
  readonly id: string;
  service: BirdWebhookService;
  event: string;
  eventFilters: { readonly key: string; readonly value: string }[];
  url: string;
  signingKey: string | null;
  status: 'active' | 'inactive';
  template: string | null;
  readonly createdAt: number;
  updatedAt: number;
}

/** An allow/block rule. */
export interface RuleRecord {
  readonly id: string;
  category: BirdRuleCategory;
  value: string;
  type: BirdRuleType;
  readonly createdBy: string;
  readonly createdAt: number;
  updatedBy: string;
  updatedAt: number;
}

/** A CSV bulk import of allow/block rules. */
export interface BulkImportRecord {
  readonly id: string;
  readonly lines: readonly string[];
  readonly createdBy: string;
  currentIndex: number;
  status: BirdBulkStatus;
  errors: string[];
  updatedAt: number;
}

/** A pre-signed upload slot and, once uploaded, its bytes. */
export interface UploadRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly conversationId: string;
  readonly mediaId: string;
  readonly contentType: string;
  readonly formData: Readonly<Record<string, string>>;
  file: {
    readonly bytes: Uint8Array;
    readonly contentType: string;
    readonly filename: string;
  } | null;
}
