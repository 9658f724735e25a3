import type { Resolvers } from '../generated/graphql.js';
import type { GatewayContext } from '../graphql/context.js';
import { conversationGlobalId, memberGlobalId, messageGlobalId } from '../ids/objectIds.js';
import { newestMessageEdge } from '../pagination/collections.js';

/**
 * The conversation a mutation changed, read after the write (mutations clear it from the loader):
 * one upstream call, only when the client selects it.
 */
const conversation = (p: { readonly conversationId: string }, _: unknown, ctx: GatewayContext) =>
  ctx.loaders.conversation.load(p.conversationId);

/** Mutation payloads: what changed, so a client cache updates without a refetch. */
export const payloadResolvers: Resolvers = {
  ReplyToConversationPayload: {
    conversation,
    messageEdge: (p, _, ctx) => newestMessageEdge(ctx, p.message),
  },
  UpdateMessagePayload: { conversation },
  DeleteConversationPayload: {
    deletedConversationId: (p) => conversationGlobalId(p.conversationId),
    deletedConversationBirdId: (p) => p.conversationId,
  },
  DeleteMessagePayload: {
    deletedMessageId: (p) => messageGlobalId(p.conversationId, p.messageId),
    deletedMessageBirdId: (p) => p.messageId,
    conversation,
  },
  AddParticipantPayload: { conversation },
  UpdateParticipantPayload: { conversation },
  RemoveParticipantPayload: {
    removedParticipantId: (p) => memberGlobalId(p.conversationId, p.participantId),
    removedParticipantBirdId: (p) => p.participantId,
    conversation,
  },
};
