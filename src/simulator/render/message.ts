import type { MessageRecord } from '../store/records.js';
import { rfc3339 } from '../time.js';
import type { BirdLastMessage, BirdMessage } from '../types.js';
import { cachedJson } from './jsonCache.js';
import { participantDto, recipientDto } from './participant.js';

/** A message in the field order of the seed's create-message response. */
export function messageDto(message: MessageRecord): BirdMessage {
  return {
    id: message.id,
    conversationId: message.conversationId,
    reference: message.reference,
    sender: participantDto(message.sender),
    draft: message.draft,
    status: message.status,
    ...(message.reason === null ? {} : { reason: message.reason }),
    ...(message.details === null ? {} : { details: { ...message.details } }),
    source: message.source,
    body: message.body,
    ...(message.template === null ? {} : { template: message.template }),
    interactions: null,
    createdAt: rfc3339(message.createdAt),
    updatedAt: rfc3339(message.updatedAt),
    recipients: message.recipients.map(recipientDto),
  };
}

/** The message as JSON text, cached per revision. */
export function messageJson(message: MessageRecord): string {
  return cachedJson(message, messageDto);
}

/** The `lastMessage` summary on a conversation; `recipients` is null for inbound messages. */
export function lastMessageDto(message: MessageRecord): BirdLastMessage {
  return {
    id: message.id,
    type: message.body.type,
    preview: { text: message.preview },
    recipients: message.recipients.length === 0 ? null : message.recipients.map(recipientDto),
    status: message.status,
    sender: participantDto(message.sender),
    createdAt: rfc3339(message.createdAt),
  };
}
