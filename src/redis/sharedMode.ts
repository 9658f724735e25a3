/**
 * Shared mode (REDIS_URL set): builds the Redis-backed pieces the gateway plugs in where it would
 * otherwise use in-process ones — the rate shaper, the event bus, webhook dedupe, the
 * verified-credential set, APQ and the response cache's L2, bus and generation counters — over
 * one connection whose health `/readyz` reports.
 */
import type { Config, RedisConfig } from '../config/index.js';
import type { Logger } from '../observability/logger.js';
import type { DedupeStore, EventBus } from '../realtime/events.js';
import type { VerifiedCredentials } from '../upstream/credentials/verifiedCredentials.js';
import { RedisApqCache } from './sharedApq.js';
import { RedisConnection, type RedisHealth } from './connection.js';
import { RedisVerifiedCredentials } from './sharedCredentials.js';
import { RedisDedupeStore, RedisEventBus } from './sharedEvents.js';
import { SharedShaper } from './sharedShaper.js';
import { SharedCacheStore } from './sharedCache.js';
import { SharedGenerations } from './sharedGenerations.js';
import type { SharedDetails } from '../http/readiness.js';

export interface SharedMode {
  readonly connection: RedisConnection;
  readonly shaper: SharedShaper;
  readonly bus: RedisEventBus;
  readonly dedupe: DedupeStore;
  readonly verified: VerifiedCredentials;
  readonly apq: RedisApqCache;
  /** The response cache's store and counters; null when the cache is off. */
  readonly cache: {
    readonly store: SharedCacheStore;
    readonly generations: SharedGenerations;
  } | null;
  /** For `/readyz` details. */
  details(): SharedDetails & { readonly redis: RedisHealth };
  close(): Promise<void>;
}

/** Connects to Redis and builds the shared pieces; never fails on an unreachable Redis. */
export function createSharedMode(config: Config, redis: RedisConfig, logger: Logger): SharedMode {
  const connection = new RedisConnection(redis, logger);
  const { rateLimit, retry, credentials } = config.upstream;
  const shaper = new SharedShaper(connection, {
    readPerSecond: rateLimit.getPerSecond,
    writePerSecond: rateLimit.writePerSecond,
    maxWaitMs: rateLimit.maxWaitMs,
    marginMs: rateLimit.marginMs,
    penaltyCapMs: retry.retryAfterCapMs,
    fallbackFraction: redis.fallbackBudgetFraction,
    holdMs: config.upstream.operationDeadlineMs + 1_000,
  });
  const bus: RedisEventBus = new RedisEventBus(connection, logger);
  const cache =
    config.cache.ttlSeconds === 0
      ? null
      : {
          store: new SharedCacheStore(connection),
          generations: new SharedGenerations(connection, {
            maxEntryTtlMs: config.cache.ttlSeconds * 1000,
          }),
        };
  return {
    connection,
    shaper,
    bus,
    dedupe: new RedisDedupeStore(connection),
    apq: new RedisApqCache(connection),
    verified: new RedisVerifiedCredentials(connection, {
      ttlMs: credentials.verifiedTtlMs,
      maxEntries: credentials.verifiedMax,
    }),
    cache,
    details: () => ({
      redis: connection.health,
      mode: connection.health === 'up' ? 'shared' : 'local',
      cache: cache?.store.mode ?? 'off',
    }),
    close: async () => {
      await bus.close();
      await connection.close();
    },
  };
}

export type { EventBus };
