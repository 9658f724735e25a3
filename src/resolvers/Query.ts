import {
  conversationsConnection,
  messagesConnection,
  participantConversationsConnection,
} from '../connections.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { knownEnum } from './enums.js';
import { participantRef } from './participantRef.js';

export const Query: QueryResolvers = {
  conversation: (_, { id }, ctx) => ctx.loaders.conversation.load(id),

  conversations: (_, args, ctx) => conversationsConnection(ctx, args),

  message: (_, { conversationId, id }, ctx) => ctx.loaders.message.load({ conversationId, id }),

  messages: (_, { conversationId, ...args }, ctx) => messagesConnection(ctx, conversationId, args),

  participantConversations: (_, args, ctx) =>
    participantConversationsConnection(
      ctx,
      {
        ref: participantRef({ ...args, id: args.participantId }, 'participantId'),
        channelId: args.channelId,
        status: knownEnum(args.status, 'status'),
      },
      args,
    ),

  participant: (_, args, ctx) =>
    ctx.loaders.participant.load({
      conversationId: args.conversationId,
      ref: participantRef(args),
    }),
};
