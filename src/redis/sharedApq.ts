/**
 * Automatic persisted queries shared between instances: Apollo's APQ cache as Redis keys, so a
 * query registered through one instance is found by its hash on every other. Entries expire
 * (APQ_TTL_SECONDS unless Apollo asks for less) and hold only query text, never credentials. While
 * Redis cannot answer, a miss makes the client send the full query again, which is APQ's own
 * recovery path.
 */
import type { RedisConnection } from './connection.js';

/** A day: clients re-register a query they still use after that. */
export const APQ_TTL_SECONDS = 86_400;

/** The subset of Apollo's KeyValueCache that `persistedQueries.cache` uses. */
export class RedisApqCache {
  constructor(private readonly redis: RedisConnection) {}

  #key(key: string): string {
    return this.redis.key('apq', key);
  }

  async get(key: string): Promise<string | undefined> {
    if (this.redis.health !== 'up') return undefined;
    try {
      return (await this.redis.client.get(this.#key(key))) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    if (this.redis.health !== 'up') return;
    const ttl = Math.min(options?.ttl ?? APQ_TTL_SECONDS, APQ_TTL_SECONDS);
    await this.redis.client.set(this.#key(key), value, 'EX', ttl).catch(() => undefined);
  }

  async delete(key: string): Promise<boolean> {
    if (this.redis.health !== 'up') return false;
    return (await this.redis.client.del(this.#key(key)).catch(() => 0)) === 1;
  }
}
