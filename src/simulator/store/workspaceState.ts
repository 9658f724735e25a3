import type { Clock } from '../clock.js';
import type {
  ActorRecord,
  BulkImportRecord,
  ChannelRecord,
  ContactRecord,
  ConversationRecord,
  MessageRecord,
  ParticipantRecord,
  RuleRecord,
  WebhookSubscriptionRecord,
} from './records.js';
import { SortedIndex } from './sortedIndex.js';

/** What happened to a conversation; the simulator turns these into webhook-style events. */
export type ConversationChange = 'created' | 'updated' | 'deleted';

/** Who a workspace's API calls authenticate as. */
export interface TenantIdentity {
  readonly workspaceId: string;
  readonly accessKey: string;
  readonly accessKeyId: string;
  readonly accessKeyName: string;
}

/**
 * All data of one workspace plus the indexes that keep hot reads O(log n + page size). Domain
 * operations live in the sibling modules (conversations.ts, messages.ts, ...); this class only owns
 * the data and keeps the secondary indexes consistent.
 */
export class WorkspaceState {
  readonly id: string;
  readonly channels = new Map<string, ChannelRecord>();
  readonly contacts = new Map<string, ContactRecord>();
  readonly actors = new Map<string, ActorRecord>();
  readonly conversations = new Map<string, ConversationRecord>();
  /** Every live conversation by (createdAt, id). */
  readonly conversationIndex = SortedIndex.empty<ConversationRecord>();
  /** Every message of every live conversation, by id. */
  readonly messages = new Map<string, MessageRecord>();
  /** Non-empty message references, which Bird requires to be unique per workspace. */
  readonly messageReferences = new Map<string, MessageRecord>();
  readonly rules = new Map<string, RuleRecord>();
  readonly ruleIndex = SortedIndex.empty<RuleRecord>();
  /** category + value → rule, to refuse duplicates. */
  readonly ruleKeys = new Map<string, RuleRecord>();
  readonly bulkImports = new Map<string, BulkImportRecord>();
  readonly webhookSubscriptions = new Map<string, WebhookSubscriptionRecord>();
  readonly webhookSubscriptionIndex = SortedIndex.empty<WebhookSubscriptionRecord>();
  antispamEnabled = false;

  readonly #contactsByIdentifier = new Map<string, ContactRecord>();
  readonly #byResource = new Map<string, SortedIndex<ConversationRecord>>();
  readonly #byParticipantAndChannel = new Map<string, SortedIndex<ConversationRecord>>();

  constructor(
    readonly identity: TenantIdentity,
    readonly clock: Clock,
    readonly emit: (change: ConversationChange, conversation: ConversationRecord) => void,
  ) {
    this.id = identity.workspaceId;
  }

  /** The actor record of this workspace's access key (the caller of every API request). */
  get accessKeyActor(): ActorRecord {
    const actor = this.actors.get(this.identity.accessKeyId);
    if (actor === undefined) throw new Error(`Workspace ${this.id} has no access key actor`);
    return actor;
  }

  /** The conversation's channel, if it has one. */
  channelOf(conversation: ConversationRecord): ChannelRecord | null {
    return conversation.channelId === null
      ? null
      : (this.channels.get(conversation.channelId) ?? null);
  }

  addContact(contact: ContactRecord): void {
    this.contacts.set(contact.id, contact);
    for (const identifier of contact.identifiers) {
      this.#contactsByIdentifier.set(identifierIndexKey(identifier.key, identifier.value), contact);
    }
  }

  findContactByIdentifier(key: string, value: string): ContactRecord | undefined {
    return this.#contactsByIdentifier.get(identifierIndexKey(key, value));
  }

  /** Adds a live conversation to every index, including its current participants. */
  indexConversation(conversation: ConversationRecord): void {
    this.conversations.set(conversation.id, conversation);
    this.conversationIndex.insert(conversation);
    if (conversation.resource !== null) {
      const key = resourceKey(conversation.resource.type, conversation.resource.id);
      let index = this.#byResource.get(key);
      if (index === undefined) {
        index = SortedIndex.empty();
        this.#byResource.set(key, index);
      }
      index.insert(conversation);
    }
    for (const participant of conversation.participants.values()) {
      this.indexParticipation(conversation, participant);
    }
  }

  /** Removes a conversation, its messages and its participations from every index. */
  unindexConversation(conversation: ConversationRecord): void {
    this.conversations.delete(conversation.id);
    this.conversationIndex.remove(conversation);
    if (conversation.resource !== null) {
      this.#byResource
        .get(resourceKey(conversation.resource.type, conversation.resource.id))
        ?.remove(conversation);
    }
    for (const participant of conversation.participants.values()) {
      this.unindexParticipation(conversation, participant);
    }
    for (const message of conversation.messages.values()) {
      this.messages.delete(message.id);
      if (message.reference !== '') this.messageReferences.delete(message.reference);
    }
  }

  indexParticipation(conversation: ConversationRecord, participant: ParticipantRecord): void {
    if (conversation.channelId === null) return;
    const key = participationKey(participant.id, conversation.channelId);
    let index = this.#byParticipantAndChannel.get(key);
    if (index === undefined) {
      index = SortedIndex.empty();
      this.#byParticipantAndChannel.set(key, index);
    }
    index.insert(conversation);
  }

  unindexParticipation(conversation: ConversationRecord, participant: ParticipantRecord): void {
    if (conversation.channelId === null) return;
    this.#byParticipantAndChannel
      .get(participationKey(participant.id, conversation.channelId))
      ?.remove(conversation);
  }

  /** Conversations linked to a resource such as `task:<uuid>` (list-conversations `resource`). */
  conversationsOfResource(type: string, id: string): SortedIndex<ConversationRecord> | undefined {
    return this.#byResource.get(resourceKey(type, id));
  }

  /** Conversations a participant takes part in on one channel. */
  conversationsOfParticipant(
    participantId: string,
    channelId: string,
  ): SortedIndex<ConversationRecord> | undefined {
    return this.#byParticipantAndChannel.get(participationKey(participantId, channelId));
  }

  /** Bulk-loads seeded conversations: one sort instead of one insertion per item. */
  loadSeed(conversations: readonly ConversationRecord[]): void {
    for (const conversation of SortedIndex.of(conversations).values()) {
      this.indexConversation(conversation);
      for (const message of conversation.messages.values()) {
        this.messages.set(message.id, message);
        if (message.reference !== '') this.messageReferences.set(message.reference, message);
      }
    }
  }
}

/** Email addresses are matched case-insensitively; other identifiers exactly. */
function identifierIndexKey(key: string, value: string): string {
  return `${key}\u0000${key === 'emailaddress' ? value.toLowerCase() : value}`;
}

function resourceKey(type: string, id: string): string {
  return `${type}:${id}`;
}

function participationKey(participantId: string, channelId: string): string {
  return `${participantId}\u0000${channelId}`;
}
