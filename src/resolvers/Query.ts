import {
  conversationsConnection,
  messagesConnection,
  participantConversationsConnection,
  participantsConnection,
} from '../pagination/collections.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { childPrefetcher, pageArgs } from '../pagination/prefetch.js';
import { knownEnum } from './enums.js';
import { participantRef } from './inputs/participantRef.js';

const conversationChildren = childPrefetcher(['messages', 'participants']);
const messageConversation = childPrefetcher(['conversation']);

export const Query: QueryResolvers = {
  conversation: (_, { id }, ctx, info) => {
    // The conversation's pages need only its id: fetch them alongside it, not a round trip later.
    conversationChildren(info, (field, args) =>
      (field === 'messages'
        ? messagesConnection(ctx, id, pageArgs(args))
        : participantsConnection(ctx, id, pageArgs(args))
      ).edges(),
    );
    return ctx.loaders.conversation.load(id);
  },

  conversations: (_, { channelId, status, ...args }, ctx) =>
    conversationsConnection(
      ctx,
      { channelId: channelId ?? null, status: knownEnum(status, 'status') },
      args,
    ),

  message: (_, { conversationId, id }, ctx, info) => {
    messageConversation(info, () => ctx.loaders.conversation.load(conversationId));
    return ctx.loaders.message.load({ conversationId, id });
  },

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
