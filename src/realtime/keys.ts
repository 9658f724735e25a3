/**
 * Keys the publishers of an event share in the {@link DedupeStore}, so the same change is published
 * once whichever of them sees it first: webhook intake or one of the gateway's own mutations.
 */

/**
 * The key under which a message is claimed before `message.added` is published for it. Message ids
 * are unique per workspace in Bird; the workspace is part of the key because one DedupeStore serves
 * every workspace (and, in shared mode, every instance).
 */
export function messageDedupeKey(workspaceId: string, messageId: string): string {
  return `message:${workspaceId}:${messageId}`;
}
