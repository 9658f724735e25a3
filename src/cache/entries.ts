/**
 * What is cached and under which tags. Keys here are relative to a tenant scope; tags are relative
 * to a workspace (an invalidation reaches every credential's entries of that workspace).
 */
import type { ConversationsFilter, PageQuery } from '../upstream/client.js';
import type { CacheKind } from './observer.js';

export interface EntrySpec {
  /** What the entry holds (the `kind` label of the cache metrics). */
  readonly kind: CacheKind;
  /** The entry's key within its tenant scope. */
  readonly key: string;
  /** Tags within the workspace. */
  readonly tags: readonly string[];
  /** Later pages live briefly: their page tokens shift as the list changes. */
  readonly short: boolean;
}

const e = encodeURIComponent;
const page = (p: PageQuery) => `${String(p.limit)}:${e(p.pageToken ?? '')}`;

/** Tags of one conversation, its message list and the workspace's conversation list. */
export const tags = {
  conversation: (id: string) => `conv:${e(id)}`,
  messages: (conversationId: string) => `msgs:${e(conversationId)}`,
  message: (conversationId: string, id: string) => `msg:${e(conversationId)}:${e(id)}`,
  conversations: 'convs',
} as const;

/** The kind of entries a tag of {@link tags} covers. */
export function kindOfTag(tag: string): CacheKind {
  if (tag === tags.conversations) return 'conversations';
  if (tag.startsWith('msgs:')) return 'messages';
  if (tag.startsWith('msg:')) return 'message';
  return 'conversation';
}

export const entries = {
  conversation: (id: string): EntrySpec => ({
    kind: 'conversation',
    key: `conv:${e(id)}`,
    tags: [tags.conversation(id)],
    short: false,
  }),
  message: (conversationId: string, id: string): EntrySpec => ({
    kind: 'message',
    key: `msg:${e(conversationId)}:${e(id)}`,
    tags: [tags.message(conversationId, id)],
    short: false,
  }),
  conversationsPage: (p: PageQuery, f: ConversationsFilter): EntrySpec => ({
    kind: 'conversations',
    key: `convs:${e(f.channelId ?? '')}:${e(f.status ?? '')}:${page(p)}`,
    tags: [tags.conversations],
    short: p.pageToken !== null,
  }),
  messagesPage: (conversationId: string, p: PageQuery): EntrySpec => ({
    kind: 'messages',
    key: `msgs:${e(conversationId)}:${page(p)}`,
    tags: [tags.messages(conversationId)],
    short: p.pageToken !== null,
  }),
} as const;
