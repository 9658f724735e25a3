/**
 * Per-operation DataLoaders over the Bird client. Bird has no batch endpoints, so a batch fans out
 * into concurrent single calls (bounded by the client); what the loaders buy is deduplication —
 * identical upstream GETs within one operation run once — and priming: every object that arrives
 * in a list or a mutation result is stored under its by-id key, so asking for it again (for
 * example `message.conversation` under a conversation list) costs no upstream call.
 *
 * Conversations, messages and their first list pages are read through the operation's view of
 * the response cache (src/cache/), which is scoped per tenant and kept fresh by events.
 *
 * Built by `createLoaders` for each operation and never shared across operations or tenants.
 */
import DataLoader from 'dataloader';
import { entries } from './cache/entries.js';
import type { OperationCache } from './cache/operationCache.js';
import type { BirdClient, ConversationsFilter, PageQuery } from './upstream/client.js';
import { participantRefKey as refKey, type ParticipantRef } from './upstream/participantRef.js';
import type { BirdConversation, BirdMessage, BirdPage, BirdParticipant } from './upstream/types.js';

export interface MessageKey {
  readonly conversationId: string;
  readonly id: string;
}

export interface ParticipantKey {
  readonly conversationId: string;
  readonly ref: ParticipantRef;
}

/** A page of the conversations list under its filters. */
export interface ConversationsPageKey extends PageQuery, ConversationsFilter {}

export interface MessagesPageKey extends PageQuery {
  readonly conversationId: string;
}

export interface ParticipantsPageKey extends PageQuery {
  readonly conversationId: string;
}

export interface ParticipantConversationsPageKey extends PageQuery {
  readonly ref: ParticipantRef;
  readonly channelId: string;
  readonly status: string | null;
}

export interface Loaders {
  readonly conversation: DataLoader<string, BirdConversation>;
  readonly message: DataLoader<MessageKey, BirdMessage, string>;
  readonly participant: DataLoader<ParticipantKey, BirdParticipant, string>;
  readonly conversationsPage: DataLoader<ConversationsPageKey, BirdPage<BirdConversation>, string>;
  readonly messagesPage: DataLoader<MessagesPageKey, BirdPage<BirdMessage>, string>;
  readonly participantsPage: DataLoader<ParticipantsPageKey, BirdPage<BirdParticipant>, string>;
  readonly participantConversationsPage: DataLoader<
    ParticipantConversationsPageKey,
    BirdPage<BirdConversation>,
    string
  >;
  /** Stores a conversation under its id (after a list or a mutation). */
  primeConversation(conversation: BirdConversation): void;
  /** Stores a message under its id. */
  primeMessage(message: BirdMessage): void;
  /** The operation's view of the response cache (mutations invalidate through it). */
  readonly cache: OperationCache;
}

/** A batch function that loads each key on its own, concurrently, with per-key failures. */
function each<K, V>(load: (key: K) => Promise<V>): DataLoader.BatchLoadFn<K, V> {
  return (keys) =>
    Promise.all(
      keys.map((key) =>
        load(key).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))),
      ),
    );
}

const pageKey = (page: PageQuery) => `${page.limit}\u0000${page.pageToken ?? ''}`;

/** Creates the loaders of one operation. */
export function createLoaders(client: BirdClient, cache: OperationCache): Loaders {
  const conversation = new DataLoader<string, BirdConversation>(
    each(async (id) => {
      const c = await cache.read(entries.conversation(id), () => client.getConversation(id));
      cache.saw([c]);
      return c;
    }),
  );
  const message = new DataLoader<MessageKey, BirdMessage, string>(
    each((key) =>
      cache.read(entries.message(key.conversationId, key.id), () =>
        client.getMessage(key.conversationId, key.id),
      ),
    ),
    { cacheKeyFn: (key) => `${key.conversationId}\u0000${key.id}` },
  );
  const participant = new DataLoader<ParticipantKey, BirdParticipant, string>(
    each((key) => client.getParticipant(key.conversationId, key.ref)),
    { cacheKeyFn: (key) => `${key.conversationId}\u0000${refKey(key.ref)}` },
  );

  const primeConversation = (c: BirdConversation) => {
    conversation.clear(c.id).prime(c.id, c);
  };
  const primeMessage = (m: BirdMessage) => {
    const key = { conversationId: m.conversationId, id: m.id };
    message.clear(key).prime(key, m);
  };
  const primeConversations = (page: BirdPage<BirdConversation>) => {
    // A list item can be a summary; never overwrite a conversation already fetched in full.
    for (const c of page.results) conversation.prime(c.id, c);
    cache.saw(page.results);
    return page;
  };

  return {
    conversation,
    message,
    participant,
    primeConversation,
    primeMessage,
    cache,
    ...pageLoaders(client, cache, { message, participant }, primeConversations),
  };
}

type PageLoaders = Pick<
  Loaders,
  'conversationsPage' | 'messagesPage' | 'participantsPage' | 'participantConversationsPage'
>;

/** The list loaders; listed items prime the entity loaders. */
function pageLoaders(
  client: BirdClient,
  cache: OperationCache,
  { message, participant }: Pick<Loaders, 'message' | 'participant'>,
  primeConversations: (page: BirdPage<BirdConversation>) => BirdPage<BirdConversation>,
): PageLoaders {
  return {
    conversationsPage: new DataLoader(
      each((key: ConversationsPageKey) =>
        cache
          .read(entries.conversationsPage(key, key), () => client.listConversations(key, key))
          .then(primeConversations),
      ),
      {
        cacheKeyFn: (key) => `${key.channelId ?? ''}\u0000${key.status ?? ''}\u0000${pageKey(key)}`,
      },
    ),
    messagesPage: new DataLoader(
      each(async (key: MessagesPageKey) => {
        const page = await cache.read(entries.messagesPage(key.conversationId, key), () =>
          client.listMessages(key.conversationId, key),
        );
        for (const m of page.results)
          message.prime({ conversationId: key.conversationId, id: m.id }, m);
        return page;
      }),
      { cacheKeyFn: (key) => `${key.conversationId}\u0000${pageKey(key)}` },
    ),
    participantsPage: new DataLoader(
      each(async (key: ParticipantsPageKey) => {
        const page = await client.listParticipants(key.conversationId, key);
        // So `node(id:)` of a listed participant costs no call.
        for (const p of page.results) {
          participant.prime({ conversationId: key.conversationId, ref: { id: p.id } }, p);
        }
        return page;
      }),
      { cacheKeyFn: (key) => `${key.conversationId}\u0000${pageKey(key)}` },
    ),
    participantConversationsPage: new DataLoader(
      each((key: ParticipantConversationsPageKey) =>
        client
          .listParticipantConversations(
            key.ref,
            { channelId: key.channelId, status: key.status },
            key,
          )
          .then(primeConversations),
      ),
      {
        cacheKeyFn: (key) =>
          `${refKey(key.ref)}\u0000${key.channelId}\u0000${key.status ?? ''}\u0000${pageKey(key)}`,
      },
    ),
  };
}
