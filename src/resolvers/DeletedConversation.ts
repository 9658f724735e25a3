import type { DeletedConversationResolvers } from '../generated/graphql.js';
import { publicConversationId } from '../ids/conversationIds.js';

export const DeletedConversation: DeletedConversationResolvers = {
  id: (d) => publicConversationId(d.birdId),
  birdId: (d) => d.birdId,
};
