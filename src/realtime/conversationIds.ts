/**
 * The ids subscriptions take and give, kept in one place so the global-id scheme flows through:
 * arguments accept what queries return (a global id or a Bird id), and a deleted conversation's `id`
 * is the one queries gave it.
 */

/** The Bird conversation id an argument names. Until global ids exist, ids are Bird's own. */
export function birdConversationId(id: string): string {
  return id;
}

/** The `id` queries give the conversation with this Bird id. */
export function publicConversationId(birdId: string): string {
  return birdId;
}
