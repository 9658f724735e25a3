/**
 * Where cached Bird responses live: a tiered store with tags, stampede protection and TTLs. The
 * in-process implementation is bentocache with its memory (L1) layer only. Shared mode
 * (src/redis/sharedCache.ts) gives the same class a Redis L2 and a bus that drops other instances'
 * L1 copies, and falls back to an L1-only one while Redis is down: nothing above this file knows
 * which.
 */
import { BentoCache, bentostore, errors, type BentoStore } from 'bentocache';
import { memoryDriver } from 'bentocache/drivers/memory';

/** A stored value and the generation stamp of its tags when its read started. */
export interface StoredEntry<T> {
  readonly value: T;
  readonly stamp: string;
}

export interface CacheStore {
  /**
   * The entry under `key`, or the one `load` produces (stored with `tags` for `ttlMs`). Concurrent
   * callers of one key share one `load`. `fresh` skips a stored entry.
   */
  getOrLoad<T>(
    key: string,
    tags: readonly string[],
    ttlMs: number,
    load: () => Promise<StoredEntry<T>>,
    fresh: boolean,
  ): Promise<StoredEntry<T>>;
  /** Stores an entry (one read without the cache produced). */
  set<T>(key: string, tags: readonly string[], ttlMs: number, entry: StoredEntry<T>): Promise<void>;
  /** True when an entry is stored under `key` (for cost estimates). */
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Drops every entry carrying one of `tags`, in this instance and (with a bus) in all others. */
  invalidate(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export interface BentoStoreOptions {
  /** Entries held in memory at most; the least recently used go first. */
  readonly maxItems: number;
  /** Adds layers below the memory one (an L2, a bus); by default there are none. */
  readonly below?: (store: BentoStore) => BentoStore;
  /** Prefix of every key in the layers below (an L2 shared by several deployments). */
  readonly prefix?: string;
}

/** Only the store used here: one name, one type. */
type Stores = Record<'l1', BentoStore>;

/** The in-process {@link CacheStore} over bentocache. */
export class BentoCacheStore implements CacheStore {
  private readonly bento: BentoCache<Stores>;

  constructor(options: BentoStoreOptions) {
    // Values are Bird's DTOs, treated as immutable everywhere: stored by reference in memory. With
    // an L2 they are serialised in memory too: bentocache copies L2 entries into L1 serialised.
    const l1 = bentostore().useL1Layer(
      memoryDriver({ maxItems: options.maxItems, serialize: options.below !== undefined }),
    );
    this.bento = new BentoCache<Stores>({
      default: 'l1',
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
      stores: { l1: options.below?.(l1) ?? l1 },
    });
  }

  async getOrLoad<T>(
    key: string,
    tags: readonly string[],
    ttlMs: number,
    load: () => Promise<StoredEntry<T>>,
    fresh: boolean,
  ): Promise<StoredEntry<T>> {
    try {
      return await this.bento.getOrSet<StoredEntry<T>>({
        key,
        ttl: ttlMs,
        tags: [...tags],
        forceFresh: fresh,
        // Serving stale data within a grace period is not on: freshness comes from events.
        grace: false,
        factory: load,
      });
    } catch (error) {
      // bentocache wraps what the load threw; callers map Bird's typed failures, so unwrap them.
      throw error instanceof errors.E_FACTORY_ERROR ? error.cause : error;
    }
  }

  async set<T>(
    key: string,
    tags: readonly string[],
    ttlMs: number,
    entry: StoredEntry<T>,
  ): Promise<void> {
    await this.bento.set({ key, value: entry, ttl: ttlMs, tags: [...tags], grace: false });
  }

  has(key: string): Promise<boolean> {
    return this.bento.has({ key });
  }

  async delete(key: string): Promise<void> {
    await this.bento.delete({ key });
  }

  async invalidate(tags: readonly string[]): Promise<void> {
    await this.bento.deleteByTag({ tags: [...tags] });
  }

  close(): Promise<void> {
    return this.bento.disconnect();
  }
}
