/**
 * The ids subscriptions take and give, kept in one place: arguments accept what queries return (a
 * global id or a Bird id); a deleted conversation names the global id queries gave it, and has an
 * id of its own.
 */
import { conversationIdArg } from './idArgs.js';
import { conversationGlobalId, deletedConversationGlobalId } from './objectIds.js';

/** The Bird conversation id an argument names (a global id or Bird's own); BAD_USER_INPUT if bad. */
export function birdConversationId(id: string): string {
  return conversationIdArg(id, 'conversationId');
}

/** The `id` queries give the conversation with this Bird id. */
export function publicConversationId(birdId: string): string {
  return conversationGlobalId(birdId);
}

/** The `id` of the `DeletedConversation` of the conversation with this Bird id. */
export function deletionId(birdId: string): string {
  return deletedConversationGlobalId(birdId);
}
