/**
 * The gateway's cache of Bird's answers, shared by all operations of this instance. Entries are
 * keyed by tenant scope (workspace and credential digest), tagged by workspace, and invalidated by
 * the workspace's events (webhooks, and the gateway's own writes) before anything reads them again.
 * Operations use it through an {@link OperationCache}.
 */
import type { EventBus, GatewayEvent } from '../realtime/events.js';
import type { BirdConversation } from '../upstream/types.js';
import { kindOfTag, tags as entryTags } from './entries.js';
import { LocalGenerations, type Generations } from './generations.js';
import { NO_CACHE_OBSERVER, type CacheObserver, type InvalidationReason } from './observer.js';
import type { CacheStore } from './store.js';

interface Seen {
  readonly updatedAt: number;
  readonly lastMessageId: string | null;
}

export interface ResponseCacheOptions {
  readonly store: CacheStore;
  readonly bus: EventBus;
  /** Life of first pages and entities; later pages live at most {@link SHORT_TTL_MS}. */
  readonly ttlMs: number;
  readonly shareAcrossKeys: boolean;
  /** Conversations whose last seen version is remembered (to ignore older events). */
  readonly maxSeen?: number;
  /** Told of hits, misses and invalidations (`bird_gateway_cache_*`). */
  readonly observer?: CacheObserver;
  /** Where generation counters live; in process unless shared mode puts them in Redis. */
  readonly generations?: Generations;
}

/** Longest a claim on a missing key outlives the operation that made it (see `claims`). */
export const CLAIM_MS = 10_000;

/** Most a later page (its tokens shift as the list changes) is kept. */
export const SHORT_TTL_MS = 10_000;

export class ResponseCache {
  readonly generations: Generations;
  private readonly seen = new Map<string, Seen>();
  private readonly watched = new Map<string, () => void>();
  /** Per scoped operation: the keys it read last time and the calls it made outside the cache. */
  readonly hints = new Map<string, { keys: readonly string[]; uncached: number }>();
  /**
   * Missing keys an admitted operation has reserved a call for, until it answers: another
   * operation needing the same key waits for that one load (stampede protection) and must not
   * reserve the call again. `until` bounds a claim whose operation never answered.
   */
  readonly claims = new Map<string, { readonly owner: object; readonly until: number }>();

  constructor(private readonly options: ResponseCacheOptions) {
    this.generations = options.generations ?? new LocalGenerations();
  }

  get store(): CacheStore {
    return this.options.store;
  }

  get observer(): CacheObserver {
    return this.options.observer ?? NO_CACHE_OBSERVER;
  }

  get ttlMs(): number {
    return this.options.ttlMs;
  }

  /** The scope of a credential's entries: its digest, or the workspace alone when shared. */
  scope(workspaceId: string, digest: string): string {
    const ws = encodeURIComponent(workspaceId);
    return this.options.shareAcrossKeys ? `${ws}:*` : `${ws}:${digest}`;
  }

  /** A tag of a workspace. */
  tag(workspaceId: string, tag: string): string {
    return `${encodeURIComponent(workspaceId)}|${tag}`;
  }

  /** Starts following a workspace's events (once). */
  watch(workspaceId: string): void {
    if (this.watched.has(workspaceId)) return;
    const stop = this.options.bus.subscribe(workspaceId, (event) => {
      this.onEvent(event, event.source).catch(() => undefined);
    });
    this.watched.set(workspaceId, stop);
  }

  /** Remembers the newest version of a conversation read from Bird. */
  saw(workspaceId: string, conversation: BirdConversation): void {
    const key = `${workspaceId}\u0000${conversation.id}`;
    const next = seenOf(conversation);
    const previous = this.seen.get(key);
    if (previous !== undefined && previous.updatedAt > next.updatedAt) return;
    this.seen.delete(key);
    this.seen.set(key, next);
    const max = this.options.maxSeen ?? 100_000;
    if (this.seen.size > max) {
      const oldest = this.seen.keys().next();
      if (oldest.done !== true) this.seen.delete(oldest.value);
    }
  }

  /** Drops a workspace's entries carrying these tags; in-flight reads of them keep nothing. */
  async invalidate(
    workspaceId: string,
    tags: readonly string[],
    reason: InvalidationReason = 'mutation',
  ): Promise<void> {
    for (const t of tags) this.observer.cacheInvalidation(kindOfTag(t), reason);
    const full = tags.map((t) => this.tag(workspaceId, t));
    await this.generations.bump(full);
    await this.options.store.invalidate(full);
  }

  /** What the gateway's own write of a conversation changes (read-your-writes). */
  conversationWritten(workspaceId: string, conversation: BirdConversation): Promise<void> {
    this.saw(workspaceId, conversation);
    return this.invalidate(workspaceId, [
      entryTags.conversation(conversation.id),
      entryTags.messages(conversation.id),
      entryTags.conversations,
    ]);
  }

  /** What a new or changed message changes: its thread, its conversation and the inbox. */
  messageWritten(
    workspaceId: string,
    conversationId: string,
    id: string,
    reason: InvalidationReason = 'mutation',
  ): Promise<void> {
    return this.invalidate(
      workspaceId,
      [
        entryTags.message(conversationId, id),
        entryTags.messages(conversationId),
        entryTags.conversation(conversationId),
        entryTags.conversations,
      ],
      reason,
    );
  }

  /** What an event changes; `reason` is where it came from (the metrics' label). */
  async onEvent(event: GatewayEvent, reason: InvalidationReason = event.source): Promise<void> {
    const ws = event.workspaceId;
    switch (event.type) {
      case 'conversation.created':
        this.saw(ws, event.conversation);
        return this.invalidate(ws, [entryTags.conversations], reason);
      case 'conversation.updated':
        return this.conversationUpdated(ws, event.conversation, reason);
      case 'conversation.deleted':
        this.seen.delete(`${ws}\u0000${event.conversationId}`);
        return this.invalidate(
          ws,
          [
            entryTags.conversation(event.conversationId),
            entryTags.messages(event.conversationId),
            entryTags.conversations,
          ],
          reason,
        );
      case 'message.added':
        // Not the message's own entry: a new message has no older version to drop, and keeping
        // the first subscriber fetch lets the other instances' subscribers reuse it.
        return this.invalidate(
          ws,
          [
            entryTags.messages(event.conversationId),
            entryTags.conversation(event.conversationId),
            entryTags.conversations,
          ],
          reason,
        );
    }
  }

  private conversationUpdated(
    ws: string,
    conversation: BirdConversation,
    reason: InvalidationReason,
  ): Promise<void> {
    const known = this.seen.get(`${ws}\u0000${conversation.id}`);
    const next = seenOf(conversation);
    // An event older than what is cached changes nothing (webhooks arrive out of order).
    if (known !== undefined && next.updatedAt < known.updatedAt) return Promise.resolve();
    this.saw(ws, conversation);
    const tags = [entryTags.conversation(conversation.id), entryTags.conversations];
    if (known?.lastMessageId !== next.lastMessageId) tags.push(entryTags.messages(conversation.id));
    return this.invalidate(ws, tags, reason);
  }

  async close(): Promise<void> {
    for (const stop of this.watched.values()) stop();
    this.watched.clear();
    await this.options.store.close();
  }
}

function seenOf(conversation: BirdConversation): Seen {
  const updatedAt = Date.parse(conversation.updatedAt);
  return {
    updatedAt: Number.isNaN(updatedAt) ? 0 : updatedAt,
    lastMessageId: conversation.lastMessage?.id ?? null,
  };
}
