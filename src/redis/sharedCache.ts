/**
 * The response cache of shared mode: one cache across instances. While Redis is up, entries live in
 * each instance's memory (L1) and in Redis (L2, under the deployment's key prefix), so a screen one
 * instance fetched costs the others no upstream call; bentocache's bus drops other instances' L1
 * copy of an entry stored or deleted here. While Redis is down, entries live in this instance's
 * memory only, for at most {@link LOCAL_TTL_MS}: invalidations from other instances cannot arrive,
 * so a short life bounds how stale a screen can get.
 *
 * Which entry may be served is decided by the shared generation counters (sharedGenerations.ts),
 * checked by every read; this store only decides where entries are kept.
 */
import { redisDriver } from 'bentocache/drivers/redis';
import type { Redis } from 'ioredis';
import { BentoCacheStore, type CacheStore, type StoredEntry } from '../cache/store.js';
import type { RedisConnection } from './connection.js';
import { cacheBusDriver } from './cacheBus.js';

/** Life of an entry kept while Redis is down. */
export const LOCAL_TTL_MS = 5_000;

/** Entries held in each instance's memory at most. */
const MAX_ITEMS = 50_000;

/** A {@link CacheStore} over memory and Redis, or memory alone while Redis is down. */
export class SharedCacheStore implements CacheStore {
  readonly #shared: BentoCacheStore;
  readonly #local = new BentoCacheStore({ maxItems: MAX_ITEMS });
  readonly #l2: Redis;

  constructor(private readonly redis: RedisConnection) {
    // A connection of its own with the same fail-fast options: bentocache closes its L2's
    // connection when the cache closes, which must not close the gateway's.
    const l2 = redis.client.duplicate();
    l2.on('error', () => undefined);
    this.#l2 = l2;
    this.#shared = new BentoCacheStore({
      maxItems: MAX_ITEMS,
      prefix: redis.key('cache', 'entry'),
      below: (store) =>
        store.useL2Layer(redisDriver({ connection: l2 })).useBus(cacheBusDriver(redis)),
    });
  }

  /** Where entries go now: `shared` (memory and Redis) or `local` (memory, short-lived). */
  get mode(): 'shared' | 'local' {
    return this.redis.health === 'up' && this.#l2.status === 'ready' ? 'shared' : 'local';
  }

  getOrLoad<T>(
    key: string,
    tags: readonly string[],
    ttlMs: number,
    load: () => Promise<StoredEntry<T>>,
    fresh: boolean,
  ): Promise<StoredEntry<T>> {
    return this.mode === 'shared'
      ? this.#shared.getOrLoad(key, tags, ttlMs, load, fresh)
      : this.#local.getOrLoad(key, tags, Math.min(ttlMs, LOCAL_TTL_MS), load, fresh);
  }

  set<T>(key: string, tags: readonly string[], ttlMs: number, entry: StoredEntry<T>) {
    return this.mode === 'shared'
      ? this.#shared.set(key, tags, ttlMs, entry)
      : this.#local.set(key, tags, Math.min(ttlMs, LOCAL_TTL_MS), entry);
  }

  has(key: string): Promise<boolean> {
    return this.mode === 'shared' ? this.#shared.has(key) : this.#local.has(key);
  }

  async delete(key: string): Promise<void> {
    await this.#local.delete(key);
    if (this.mode === 'shared') await this.#shared.delete(key);
  }

  async invalidate(tags: readonly string[]): Promise<void> {
    await this.#local.invalidate(tags);
    if (this.mode === 'shared') await this.#shared.invalidate(tags);
  }

  async close(): Promise<void> {
    await Promise.all([this.#shared.close(), this.#local.close()]);
  }
}
