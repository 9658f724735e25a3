import { conversationGlobalId, member } from '../ids/objectIds.js';
import { messagesConnection, participantsConnection } from '../pagination/collections.js';
import type { ConversationResolvers } from '../generated/graphql.js';

export const Conversation: ConversationResolvers = {
  id: (c) => conversationGlobalId(c.id),
  birdId: (c) => c.id,
  name: (c) => c.name ?? null,
  description: (c) => c.description ?? null,
  channelId: (c) => c.channelId ?? null,
  platformStyle: (c) => c.platformStyle ?? null,
  style: (c) => c.style ?? null,
  attributes: (c) => c.attributes ?? null,
  lastMessageIncomingAt: (c) => c.lastMessageIncomingAt ?? null,
  lastMessageOutgoingAt: (c) => c.lastMessageOutgoingAt ?? null,
  activeParticipantCount: (c) => c.activeParticipantCount ?? null,
  pendingParticipantCount: (c) => c.pendingParticipantCount ?? null,
  featuredParticipants: (c) => (c.featuredParticipants ?? []).map((p) => member(p, c.id)),
  initiatingParticipant: (c) =>
    c.initiatingParticipant ? member(c.initiatingParticipant, c.id) : null,
  lastMessage: (c) => (c.lastMessage ? { ...c.lastMessage, conversationId: c.id } : null),
  messages: (c, args, ctx) => messagesConnection(ctx, c.id, args),
  participants: (c, args, ctx) => participantsConnection(ctx, c.id, args),
};
