import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../../generated/graphql.js';
import { conversationIdArg } from '../../ids/idArgs.js';
import { continueConversation, existingConversationOf } from '../continueConversation.js';
import { createConversationBody, updateConversationBody } from '../inputs/conversation.js';
import { participantRefInput } from './refs.js';

type ConversationMutations = Pick<
  MutationResolvers,
  'createConversation' | 'updateConversation' | 'deleteConversation'
>;

export const conversationMutations: ConversationMutations = {
  createConversation: async (_, { input }, ctx) => {
    // A generated reference lets an uncertain send be checked instead of repeated.
    const reference = input.initialMessage
      ? (input.initialMessage.reference ?? randomUUID())
      : null;
    const participants = input.participants?.map((p, i) =>
      participantRefInput(p, `participants[${i}]`),
    );
    const body = createConversationBody({ ...input, participants }, reference);
    try {
      const conversation = await ctx.client.createConversation(body, reference);
      ctx.loaders.primeConversation(conversation);
      // Read-your-writes: the cache forgets what this changed before the mutation answers.
      await ctx.loaders.cache.conversationWritten(conversation);
      void ctx.realtime
        .publishFor(ctx.trace.traceparent)
        .conversationCreated(ctx.credentials?.workspaceId, conversation);
      return { conversation, continued: false };
    } catch (err) {
      // Bird allows one active conversation per contact and channel: continue it when asked to.
      const existing = input.ifContactInConversation === 'CONTINUE' && existingConversationOf(err);
      if (typeof existing !== 'string') throw err;
      const conversation = await continueConversation(ctx, existing, body, reference);
      return { conversation, continued: true };
    }
  },

  updateConversation: async (_, { input }, ctx) => {
    const id = conversationIdArg(input.id, 'id');
    const conversation = await ctx.client.updateConversation(id, updateConversationBody(input));
    ctx.loaders.primeConversation(conversation);
    await ctx.loaders.cache.conversationWritten(conversation);
    ctx.realtime
      .publishFor(ctx.trace.traceparent)
      .conversationUpdated(ctx.credentials?.workspaceId, conversation);
    return { conversation };
  },

  deleteConversation: async (_, { input }, ctx) => {
    const conversationId = conversationIdArg(input.id, 'id');
    await ctx.client.deleteConversation(conversationId);
    ctx.loaders.conversation.clear(conversationId);
    await ctx.loaders.cache.conversationDeleted(conversationId);
    ctx.realtime
      .publishFor(ctx.trace.traceparent)
      .conversationDeleted(ctx.credentials?.workspaceId, conversationId);
    return { conversationId };
  },
};
