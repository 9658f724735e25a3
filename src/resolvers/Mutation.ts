import type { MutationResolvers } from '../generated/graphql.js';
import { conversationMutations } from './mutations/conversations.js';
import { messageMutations } from './mutations/messages.js';
import { participantMutations } from './mutations/participants.js';

/** Every mutation; each returns what it changed (see Payloads.ts). */
export const Mutation: MutationResolvers = {
  ...conversationMutations,
  ...messageMutations,
  ...participantMutations,
};
