/**
 * Shared mode (REDIS_URL set): builds the Redis-backed pieces the gateway plugs in where it would
 * otherwise use in-process ones — the rate shaper, the event bus, webhook dedupe and the
 * verified-credential set — over one connection whose health `/readyz` reports.
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

export interface SharedMode {
  readonly connection: RedisConnection;
  readonly shaper: SharedShaper;
  readonly bus: RedisEventBus;
  readonly dedupe: DedupeStore;
  readonly verified: VerifiedCredentials;
  readonly apq: RedisApqCache;
  /** For `/readyz` details. */
  details(): { readonly redis: RedisHealth; readonly mode: 'shared' | 'local' };
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
  });
  const bus: RedisEventBus = new RedisEventBus(connection, logger);
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
    details: () => ({
      redis: connection.health,
      mode: connection.health === 'up' ? 'shared' : 'local',
    }),
    close: async () => {
      await bus.close();
      await connection.close();
    },
  };
}

export type { EventBus };
