import {
  conversationsConnection,
  messagesConnection,
  participantConversationsConnection,
  participantsConnection,
} from '../pagination/collections.js';
import type { QueryResolvers } from '../generated/graphql.js';
import {
  conversationIdArg,
  messageIdArgs,
  participantIdArg,
  participantInConversationArgs,
} from '../ids/idArgs.js';
import { loadNode, loadNodes, nodeIdArg } from '../ids/nodes.js';
import { member } from '../ids/objectIds.js';
import { childPrefetcher, pageArgs } from '../pagination/prefetch.js';
import { knownEnum } from './enums.js';
import { participantRef } from './inputs/participantRef.js';

const conversationChildren = childPrefetcher(['messages', 'participants']);
const messageConversation = childPrefetcher(['conversation']);

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(ctx, nodeIdArg(id, 'id')),

  nodes: (_, { ids }, ctx) => loadNodes(ctx, ids),

  conversation: (_, args, ctx, info) => {
    const id = conversationIdArg(args.id, 'id');
    // The conversation's pages need only its id: fetch them alongside it, not a round trip later.
    conversationChildren(info, (field, childArgs) =>
      (field === 'messages'
        ? messagesConnection(ctx, id, pageArgs(childArgs))
        : participantsConnection(ctx, id, pageArgs(childArgs))
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

  message: (_, args, ctx, info) => {
    const { conversationId, messageId } = messageIdArgs(args.conversationId, args.id);
    messageConversation(info, () => ctx.loaders.conversation.load(conversationId));
    return ctx.loaders.message.load({ conversationId, id: messageId });
  },

  messages: (_, { conversationId, ...args }, ctx) =>
    messagesConnection(ctx, conversationIdArg(conversationId, 'conversationId'), args),

  participants: (_, { conversationId, ...args }, ctx) =>
    participantsConnection(ctx, conversationIdArg(conversationId, 'conversationId'), args),

  participantConversations: (_, args, ctx) => {
    const id =
      args.participantId == null || args.participantId === ''
        ? args.participantId
        : participantIdArg(args.participantId, 'participantId').participantId;
    return participantConversationsConnection(
      ctx,
      {
        ref: participantRef({ ...args, id }, 'participantId'),
        channelId: args.channelId,
        status: knownEnum(args.status, 'status'),
      },
      args,
    );
  },

  participant: async (_, args, ctx) => {
    const { conversationId, participantId } = participantInConversationArgs(
      args.conversationId,
      args.id,
      { id: 'id', conversation: 'conversationId' },
    );
    const ref = participantRef({ ...args, id: participantId });
    return member(await ctx.loaders.participant.load({ conversationId, ref }), conversationId);
  },
};
