import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../../generated/graphql.js';
import { conversationIdArg, messageIdArgs, participantIdArg } from '../../ids/idArgs.js';
import { replyBody, updateMessageBody } from '../inputs/message.js';

type MessageMutations = Pick<
  MutationResolvers,
  'replyToConversation' | 'updateMessage' | 'deleteMessage' | 'createUploadUrl'
>;

export const messageMutations: MessageMutations = {
  replyToConversation: async (_, { input }, ctx) => {
    const conversationId = conversationIdArg(input.conversationId, 'conversationId');
    const participantId = participantIdArg(input.participantId, 'participantId').participantId;
    const replyToMessageId =
      input.replyToMessageId == null
        ? input.replyToMessageId
        : messageIdArgs(conversationId, input.replyToMessageId, {
            id: 'replyToMessageId',
            conversation: 'conversationId',
          }).messageId;
    const reference = input.reference ?? randomUUID();
    const body = replyBody({ ...input, participantId, replyToMessageId }, reference);
    const message = await ctx.client.createMessage(conversationId, body, reference);
    ctx.loaders.primeMessage(message);
    // Read-your-writes: the cache forgets what this changed before the mutation answers.
    await ctx.loaders.cache.messageWritten(conversationId, message.id);
    void ctx.realtime.publishFor(ctx.trace.traceparent).messageSent(ctx.credentials, message);
    // The conversation changed (lastMessage, updatedAt): the payload reads it afresh.
    ctx.loaders.conversation.clear(conversationId);
    return { message, conversationId };
  },

  updateMessage: async (_, { input }, ctx) => {
    const { conversationId, messageId } = messageIdArgs(input.conversationId, input.id);
    const patch = updateMessageBody(input);
    const message = await ctx.client.updateMessage(conversationId, messageId, patch);
    ctx.loaders.primeMessage(message);
    ctx.loaders.conversation.clear(conversationId);
    await ctx.loaders.cache.messageWritten(conversationId, messageId);
    return { message, conversationId };
  },

  deleteMessage: async (_, { input }, ctx) => {
    const { conversationId, messageId } = messageIdArgs(input.conversationId, input.id);
    await ctx.client.deleteMessage(conversationId, messageId);
    ctx.loaders.message.clear({ conversationId, id: messageId });
    ctx.loaders.conversation.clear(conversationId);
    await ctx.loaders.cache.messageWritten(conversationId, messageId);
    return { conversationId, messageId };
  },

  createUploadUrl: async (_, { input }, ctx) => {
    const conversationId = conversationIdArg(input.conversationId, 'conversationId');
    const upload = await ctx.client.createPresignedUpload(conversationId, {
      contentType: input.contentType,
    });
    return { ...upload, previewUrl: ctx.media(upload.mediaUrl) ?? upload.mediaUrl };
  },
};
