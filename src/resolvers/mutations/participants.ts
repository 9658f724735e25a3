import type { MutationResolvers } from '../../generated/graphql.js';
import { conversationIdArg, participantInConversationArgs } from '../../ids/idArgs.js';
import { member } from '../../ids/objectIds.js';
import { knownEnum } from '../enums.js';
import { addedParticipant } from '../inputs/participant.js';
import { participantRef } from '../inputs/participantRef.js';
import { participantRefInput } from './refs.js';

type ParticipantMutations = Pick<
  MutationResolvers,
  'addParticipant' | 'updateParticipant' | 'removeParticipant'
>;

export const participantMutations: ParticipantMutations = {
  addParticipant: async (_, { input }, ctx) => {
    const conversationId = conversationIdArg(input.conversationId, 'conversationId');
    const ref = participantRefInput(input.participant, 'participant');
    const { participant, created } = await ctx.client.addParticipant(
      conversationId,
      addedParticipant(ref, 'participant'),
    );
    ctx.loaders.conversation.clear(conversationId);
    await ctx.loaders.cache.participantsWritten(conversationId);
    return { participant: member(participant, conversationId), created, conversationId };
  },

  updateParticipant: async (_, { input }, ctx) => {
    const status = knownEnum(input.status, 'status');
    const { conversationId, participantId } = participantInConversationArgs(
      input.conversationId,
      input.participantId,
    );
    const ref = participantRef({ ...input, id: participantId }, 'participantId');
    const participant = await ctx.client.updateParticipant(conversationId, ref, { status });
    ctx.loaders.conversation.clear(conversationId);
    await ctx.loaders.cache.participantsWritten(conversationId);
    return { participant: member(participant, conversationId), created: false, conversationId };
  },

  removeParticipant: async (_, { input }, ctx) => {
    const { conversationId, participantId } = participantInConversationArgs(
      input.conversationId,
      input.participantId,
    );
    // participantInConversationArgs returns an id whenever one is given, and the input requires one.
    const removed = participantId ?? input.participantId;
    await ctx.client.removeParticipant(conversationId, removed);
    ctx.loaders.conversation.clear(conversationId);
    await ctx.loaders.cache.participantsWritten(conversationId);
    return { conversationId, participantId: removed };
  },
};
