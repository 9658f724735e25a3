import type { NodeResolvers } from '../generated/graphql.js';
import { participantTypename } from './Participant.js';

/** Parents are what `loadNode` gives: a participant carries its context, a message its sender. */
export const Node: NodeResolvers = {
  __resolveType: (n) =>
    'context' in n ? participantTypename(n) : 'sender' in n ? 'Message' : 'Conversation',
};
