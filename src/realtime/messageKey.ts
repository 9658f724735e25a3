/**
 * The one dedupe key for "message X of workspace W has been announced". Webhook intake (a
 * `conversation.updated` with a new `lastMessage.id`) and the send mutation both claim it on the
 * {@link DedupeStore} before publishing `message.added`, so a message reaches subscribers once
 * whichever path sees it first.
 */

/** How long a message id stays claimed: as long as Bird may still retry the webhook that names it. */
export const MESSAGE_DEDUPE_TTL_MS = 8 * 86_400_000;

/** The {@link DedupeStore} key for a message of a workspace. */
export function messageDedupeKey(workspaceId: string, messageId: string): string {
  return `msg:${workspaceId}:${messageId}`;
}
