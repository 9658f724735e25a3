import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/graphql.js';
import { continueConversation, existingConversationOf } from './continueConversation.js';
import { knownEnum } from './enums.js';
import { createConversationBody, updateConversationBody } from './inputs/conversation.js';
import { replyBody, updateMessageBody } from './inputs/message.js';
import { addedParticipant } from './inputs/participant.js';
import { participantRef } from './inputs/participantRef.js';

export const Mutation: MutationResolvers = {
  createConversation: async (_, { input }, ctx) => {
    // A generated reference lets an uncertain send be checked instead of repeated.
    const reference = input.initialMessage
      ? (input.initialMessage.reference ?? randomUUID())
      : null;
    const body = createConversationBody(input, reference);
    try {
      const conversation = await ctx.client.createConversation(body, reference);
      ctx.loaders.primeConversation(conversation);
      void ctx.realtime.publish.conversationCreated(ctx.credentials?.workspaceId, conversation);
      return { conversation, continued: false };
    } catch (err) {
      const existing = input.ifContactInConversation === 'CONTINUE' && existingConversationOf(err);
      if (typeof existing !== 'string') throw err;
      const conversation = await continueConversation(ctx, existing, body, reference);
      return { conversation, continued: true };
    }
  },

  replyToConversation: async (_, { input }, ctx) => {
    const reference = input.reference ?? randomUUID();
    const body = replyBody(input, reference);
    const message = await ctx.client.createMessage(input.conversationId, body, reference);
    ctx.loaders.primeMessage(message);
    void ctx.realtime.publish.messageSent(ctx.credentials, message);
    return { message };
  },

  updateConversation: async (_, { input }, ctx) => {
    const conversation = await ctx.client.updateConversation(
      input.id,
      updateConversationBody(input),
    );
    ctx.loaders.primeConversation(conversation);
    ctx.realtime.publish.conversationUpdated(ctx.credentials?.workspaceId, conversation);
    return { conversation };
  },

  deleteConversation: async (_, { input }, ctx) => {
    await ctx.client.deleteConversation(input.id);
    ctx.loaders.conversation.clear(input.id);
    ctx.realtime.publish.conversationDeleted(ctx.credentials?.workspaceId, input.id);
    return { deletedConversationId: input.id };
  },

  updateMessage: async (_, { input }, ctx) => {
    const patch = updateMessageBody(input);
    const message = await ctx.client.updateMessage(input.conversationId, input.id, patch);
    ctx.loaders.primeMessage(message);
    return { message };
  },

  deleteMessage: async (_, { input }, ctx) => {
    await ctx.client.deleteMessage(input.conversationId, input.id);
    ctx.loaders.message.clear({ conversationId: input.conversationId, id: input.id });
    return { deletedMessageId: input.id };
  },

  addParticipant: (_, { input }, ctx) =>
    ctx.client.addParticipant(
      input.conversationId,
      addedParticipant(input.participant, 'participant'),
    ),

  updateParticipant: async (_, { input }, ctx) => {
    const status = knownEnum(input.status, 'status');
    const ref = participantRef({ ...input, id: input.participantId }, 'participantId');
    return {
      participant: await ctx.client.updateParticipant(input.conversationId, ref, { status }),
    };
  },

  removeParticipant: async (_, { input }, ctx) => {
    await ctx.client.removeParticipant(input.conversationId, input.participantId);
    return { removedParticipantId: input.participantId };
  },

  createUploadUrl: async (_, { input }, ctx) => {
    const upload = await ctx.client.createPresignedUpload(input.conversationId, {
      contentType: input.contentType,
    });
    return { ...upload, previewUrl: ctx.media(upload.mediaUrl) ?? upload.mediaUrl };
  },
};
