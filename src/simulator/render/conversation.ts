import type { ConversationRecord, ParticipantRecord } from '../store/records.js';
import { rfc3339 } from '../time.js';
import type { BirdConversation } from '../types.js';
import { cachedJson } from './jsonCache.js';
import { lastMessageDto } from './message.js';
import { participantDto } from './participant.js';

/** How many participants a conversation features (Bird's limit is undocumented). */
const FEATURED_LIMIT = 5;

/**
 * A conversation in the field order of the seeds' responses. `attributes` is left out when empty
 * and `lastMessage` when nothing was sent yet, as in the seeds' list responses.
 */
export function conversationDto(
  conversation: ConversationRecord,
  deleted = false,
): BirdConversation {
  let active = 0;
  let pending = 0;
  for (const participant of conversation.participants.values()) {
    if (participant.status === 'active') active++;
    else if (participant.status === 'pending') pending++;
  }
  const initiator =
    conversation.initiatorId === null
      ? undefined
      : conversation.participants.get(conversation.initiatorId);
  const attributes = conversation.attributes;
  return {
    id: conversation.id,
    name: conversation.name,
    description: conversation.description,
    status: deleted ? 'deleted' : conversation.status,
    visibility: conversation.visibility,
    accessibility: conversation.accessibility,
    style: conversation.style,
    featuredParticipants: featured(conversation, initiator).map(participantDto),
    activeParticipantCount: active,
    pendingParticipantCount: pending,
    ...(initiator === undefined ? {} : { initiatingParticipant: participantDto(initiator) }),
    ...(conversation.channelId === null ? {} : { channelId: conversation.channelId }),
    ...(conversation.lastMessage === null
      ? {}
      : { lastMessage: lastMessageDto(conversation.lastMessage) }),
    ...(conversation.lastIncomingAt === null
      ? {}
      : { lastMessageIncomingAt: rfc3339(conversation.lastIncomingAt) }),
    ...(conversation.lastOutgoingAt === null
      ? {}
      : { lastMessageOutgoingAt: rfc3339(conversation.lastOutgoingAt) }),
    createdAt: rfc3339(conversation.createdAt),
    updatedAt: rfc3339(conversation.updatedAt),
    platformStyle: conversation.platformStyle,
    ...(attributes === null || Object.keys(attributes).length === 0
      ? {}
      : { attributes: { ...attributes } }),
    ...(conversation.resource === null ? {} : { resource: { ...conversation.resource } }),
  };
}

/** The conversation as JSON text, cached per revision. */
export function conversationJson(conversation: ConversationRecord): string {
  return cachedJson(conversation, (record) => conversationDto(record));
}

/**
 * The participants shown in inbox lists: the initiator first (the access key or user in the
 * seeds), then contacts, then everyone else, in joining order.
 */
function featured(
  conversation: ConversationRecord,
  initiator: ParticipantRecord | undefined,
): ParticipantRecord[] {
  const ordered = conversation.participantOrder.values();
  const rest = ordered.filter((p) => p !== initiator);
  const list = [
    ...(initiator === undefined ? [] : [initiator]),
    ...rest.filter((p) => p.type === 'contact'),
    ...rest.filter((p) => p.type !== 'contact'),
  ];
  return list.slice(0, FEATURED_LIMIT);
}
