/**
 * The one cache update an Apollo Client app needs after `replyToConversation` (docs/client-caches.md
 * shows the same code): prepend the new message to every loaded first page of the conversation's
 * `messages`. Everything else (the conversation's `lastMessage` and `updatedAt`, the message itself)
 * is written by Apollo from the payload, with no code.
 */
import type { ApolloCache, Reference } from '@apollo/client';

export interface ReplyPayload {
  readonly replyToConversation: {
    readonly messageEdge: {
      readonly cursor: string;
      readonly node: { readonly id: string };
    } | null;
    readonly conversation: { readonly __typename?: string; readonly id: string } | null;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `first` and `after` of a stored field such as `messages({"first":5})`. */
function pageArgs(storeFieldName: string, fieldName: string): { first?: unknown; after?: unknown } {
  const text = storeFieldName.slice(fieldName.length + 1, -1);
  const parsed: unknown = text === '' ? {} : JSON.parse(text);
  return isRecord(parsed) ? parsed : {};
}

/** Prepends the reply to the loaded first pages of its thread (both `nodes` and `edges` shapes). */
export function prependReply(cache: ApolloCache, data: ReplyPayload | null | undefined): void {
  const edge = data?.replyToConversation.messageEdge;
  const conversation = data?.replyToConversation.conversation;
  if (!edge || !conversation) return;
  cache.modify<{ messages: unknown }>({
    id: cache.identify({ __typename: 'Conversation', id: conversation.id }),
    fields: {
      messages(existing, { fieldName, storeFieldName, readField, toReference }) {
        const args = pageArgs(storeFieldName, fieldName);
        const node = toReference({ __typename: 'Message', id: edge.node.id });
        // Later pages do not contain the newest message.
        if (!isRecord(existing) || args.after != null || node === undefined) return existing;
        const first = typeof args.first === 'number' ? args.first : 10;
        const next: Record<string, unknown> = { ...existing };
        const fresh = <T>(items: readonly T[], idOf: (i: T) => unknown) =>
          !items.some((i) => idOf(i) === edge.node.id);
        if (Array.isArray(existing.nodes)) {
          const nodes: Reference[] = existing.nodes.filter(isReferenceLike);
          if (fresh(nodes, (n) => readField('id', n)))
            next.nodes = [node, ...nodes].slice(0, first);
        }
        if (Array.isArray(existing.edges)) {
          const edges = existing.edges.filter(isRecord);
          const nodeId = (e: Record<string, unknown>) =>
            isReferenceLike(e.node) ? readField('id', e.node) : null;
          if (fresh(edges, nodeId)) {
            const newEdge = { __typename: 'MessageEdge', cursor: edge.cursor, node };
            const kept = [newEdge, ...edges].slice(0, first);
            next.edges = kept;
            const last = kept.at(-1);
            // A full page loses its last edge: more items follow, from the new last edge.
            if (edges.length + 1 > first && isRecord(existing.pageInfo) && last !== undefined) {
              next.pageInfo = { ...existing.pageInfo, hasNextPage: true, endCursor: last.cursor };
            }
          }
        }
        // Counted once, even when only some of the stored pages lacked the message.
        const added = next.nodes !== existing.nodes || next.edges !== existing.edges;
        if (added && typeof existing.totalCount === 'number') {
          next.totalCount = existing.totalCount + 1;
        }
        return next;
      },
    },
  });
}

function isReferenceLike(value: unknown): value is Reference {
  return isRecord(value) && typeof value.__ref === 'string';
}
