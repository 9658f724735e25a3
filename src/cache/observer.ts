/**
 * What the response cache reports, so metrics and traces can count it without the cache knowing
 * about either (as `upstream/observer.ts` does for upstream calls). `GatewayMetrics` implements
 * {@link CacheObserver}; an operation's trace implements {@link OperationCacheObserver}.
 */

/** What an entry holds: one conversation, one message, a page of conversations or of messages. */
export type CacheKind = 'conversation' | 'message' | 'conversations' | 'messages';

/**
 * Why entries were dropped: a verified webhook's event, or a write made through the gateway (its
 * read-your-writes invalidation and its published event). Expiry is not reported: the store drops
 * expired entries silently, and they show up as misses.
 */
export type InvalidationReason = 'webhook' | 'mutation';

export interface CacheObserver {
  /** A read of `kind` was answered from the cache. */
  cacheHit(kind: CacheKind): void;
  /** A read of `kind` went to Bird. */
  cacheMiss(kind: CacheKind): void;
  /** `count` tags of `kind` (each an entry or a family of pages) were invalidated. */
  cacheInvalidation(kind: CacheKind, reason: InvalidationReason, count?: number): void;
}

/** One operation's own hits and misses (its span's attributes). */
export interface OperationCacheObserver {
  cacheHit(): void;
  cacheMiss(): void;
}

/** Reports nothing. */
export const NO_CACHE_OBSERVER: CacheObserver & OperationCacheObserver = {
  cacheHit: () => undefined,
  cacheMiss: () => undefined,
  cacheInvalidation: () => undefined,
};
