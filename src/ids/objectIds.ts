/**
 * The global id of each object the gateway serves, and the participant contexts those ids are
 * scoped to. Resolvers call these instead of building ids, so one object always gets one id.
 */
import type { ParticipantModel } from '../resolvers/models.js';
import type { BirdMessage, BirdParticipant } from '../upstream/types.js';
import { encodeGlobalId } from './globalId.js';

/** Global id of a conversation. */
export function conversationGlobalId(conversationId: string): string {
  return encodeGlobalId({ kind: 'Conversation', conversationId });
}

/** Id of a conversation's deletion (a `DeletedConversation`), distinct from the conversation's. */
export function deletedConversationGlobalId(conversationId: string): string {
  return encodeGlobalId({ kind: 'DeletedConversation', conversationId });
}

/** Global id of a message; it includes the conversation, so the message can be fetched again. */
export function messageGlobalId(conversationId: string, messageId: string): string {
  return encodeGlobalId({ kind: 'Message', conversationId, messageId });
}

/** Global id of a participant as a member of a conversation. */
export function memberGlobalId(conversationId: string, participantId: string): string {
  return encodeGlobalId({ kind: 'Participant', conversationId, participantId });
}

/** Global id of a participant in its context. */
export function participantGlobalId(p: ParticipantModel): string {
  const { context } = p;
  return context.kind === 'Participant'
    ? memberGlobalId(context.conversationId, p.id)
    : encodeGlobalId({ ...context, participantId: p.id });
}

/** A participant as a member of `conversationId`. */
export function member(p: BirdParticipant, conversationId: string): ParticipantModel {
  return { ...p, context: { kind: 'Participant', conversationId } };
}

/** A message's sender, as the message recorded it. */
export function messageSender(m: BirdMessage): ParticipantModel {
  return {
    ...m.sender,
    context: { kind: 'MessageSender', conversationId: m.conversationId, messageId: m.id },
  };
}

/** The sender in a conversation's `lastMessage` preview. */
export function lastMessageSender(
  p: BirdParticipant,
  conversationId: string,
  messageId: string,
): ParticipantModel {
  return { ...p, context: { kind: 'LastMessageSender', conversationId, messageId } };
}
