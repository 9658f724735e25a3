import type { DeletedConversationResolvers } from '../generated/graphql.js';
import { deletionId, publicConversationId } from '../ids/conversationIds.js';

export const DeletedConversation: DeletedConversationResolvers = {
  id: (d) => deletionId(d.birdId),
  deletedConversationId: (d) => publicConversationId(d.birdId),
  birdId: (d) => d.birdId,
};
