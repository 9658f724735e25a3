/**
 * The cache's generation counters in Redis (see ../cache/generations.ts), so that an invalidation
 * on one instance is seen by the next read on every instance: a read stamps itself with the
 * counters of its entry's tags (one script call) and serves an entry only when its stamp is the
 * current one. That holds whatever an instance's L1 still holds and however late the cache bus is;
 * the bus only frees memory sooner.
 *
 * A bump gives each tag the next value of one global sequence (never an old value again, even after
 * a tag's key expired). Stamps carry an epoch, a random value created when absent, so a Redis that
 * restarted empty never matches a stamp from before.
 *
 * While Redis is down, stamps come from this process's own counters (prefixed differently, so they
 * never match a shared stamp) and the tags bumped meanwhile are remembered; when Redis is back
 * they are bumped there before any of them is served from the shared layers again (too many: the
 * epoch is renewed, which drops every shared entry).
 */
import { randomUUID } from 'node:crypto';
import { LocalGenerations, type Generations } from '../cache/generations.js';
import type { RedisConnection } from './connection.js';

/** KEYS[1]: the epoch; KEYS[2..]: tags. ARGV[1]: an epoch to create when there is none. */
const STAMP_SCRIPT = `
local epoch = redis.call('GET', KEYS[1])
if not epoch then
  epoch = ARGV[1]
  redis.call('SET', KEYS[1], epoch)
end
local out = {epoch}
for i = 2, #KEYS do out[i] = redis.call('GET', KEYS[i]) or '0' end
return out
`;

/** KEYS[1]: the sequence; KEYS[2..]: tags. ARGV[1]: how long a tag's counter lives, ms. */
const BUMP_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], n, 'PX', tonumber(ARGV[1])) end
return n
`;

/** Tags bumped while Redis was unreachable, remembered at most (beyond: the epoch is renewed). */
const MAX_PENDING = 10_000;

export interface SharedGenerationsOptions {
  /** Longest life of a cache entry: a tag's counter outlives every entry stamped with it. */
  readonly maxEntryTtlMs: number;
}

/** Generation counters in Redis with a per-process fallback. */
export class SharedGenerations implements Generations {
  readonly #local = new LocalGenerations();
  readonly #pending = new Set<string>();
  #overflow = false;
  #flushing: Promise<void> | null = null;

  constructor(
    private readonly redis: RedisConnection,
    private readonly options: SharedGenerationsOptions,
  ) {
    redis.onHealth((health) => {
      if (health === 'up') void this.flush();
    });
  }

  async stamp(tags: readonly string[]): Promise<string | null> {
    if (this.redis.health !== 'up') return `l:${this.#local.stampNow(tags)}`;
    if (this.#overflow || tags.some((t) => this.#pending.has(t))) {
      void this.flush();
      return null;
    }
    try {
      const answer = (await this.redis.client.eval(
        STAMP_SCRIPT,
        tags.length + 1,
        this.redis.key('cache', 'epoch'),
        ...tags.map((t) => this.redis.key('cache', 'gen', t)),
        randomUUID(),
      )) as string[];
      return `r:${answer.join('.')}`;
    } catch {
      // Redis did not answer in time: read around the cache rather than trust or wait.
      return null;
    }
  }

  async bump(tags: readonly string[]): Promise<void> {
    // Always bumped here too: while Redis is down, this process's stamps are the ones compared.
    this.#local.bumpNow(tags);
    if (this.redis.health === 'up' && (await this.#bumpShared(tags))) return;
    for (const tag of tags) this.#pending.add(tag);
    if (this.#pending.size > MAX_PENDING) {
      this.#pending.clear();
      this.#overflow = true;
    }
  }

  /** Bumps in Redis what was bumped while it could not answer; once at a time. */
  flush(): Promise<void> {
    this.#flushing ??= this.#flush().finally(() => {
      this.#flushing = null;
    });
    return this.#flushing;
  }

  async #flush(): Promise<void> {
    if (this.redis.health !== 'up') return;
    if (this.#overflow) {
      try {
        await this.redis.client.set(this.redis.key('cache', 'epoch'), randomUUID());
        this.#overflow = false;
      } catch {
        return;
      }
    }
    const tags = [...this.#pending];
    for (let i = 0; i < tags.length; i += 100) {
      const batch = tags.slice(i, i + 100);
      if (!(await this.#bumpShared(batch))) return;
      for (const tag of batch) this.#pending.delete(tag);
    }
  }

  async #bumpShared(tags: readonly string[]): Promise<boolean> {
    if (tags.length === 0) return true;
    try {
      await this.redis.client.eval(
        BUMP_SCRIPT,
        tags.length + 1,
        this.redis.key('cache', 'seq'),
        ...tags.map((t) => this.redis.key('cache', 'gen', t)),
        // Twice the longest entry life: every entry stamped with a value is gone before it is.
        2 * this.options.maxEntryTtlMs + 60_000,
      );
      return true;
    } catch {
      return false;
    }
  }
}
