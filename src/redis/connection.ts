/**
 * The gateway's connection to Redis in shared mode, and its health. Commands fail fast instead of
 * queueing (no offline queue, no per-request retries, a short command timeout): a request must never
 * hang on Redis, and every caller has a local fallback. ioredis reconnects by itself, with backoff;
 * the health it reports (`up`/`down`) feeds `/readyz` details and tells the shared pieces when to
 * use their local fallbacks. Transitions are logged once each, never with the URL (it holds the
 * password).
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { RedisConfig } from '../config/index.js';
import type { Logger } from '../observability/logger.js';

export type RedisHealth = 'up' | 'down';

/** Longest pause between two reconnection attempts. */
const MAX_BACKOFF_MS = 2_000;

/** Options shared by the command and subscriber connections. */
function options(config: RedisConfig): RedisOptions {
  return {
    commandTimeout: config.commandTimeoutMs,
    connectTimeout: Math.max(1_000, config.commandTimeoutMs),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Exponential backoff from 50 ms, capped; never gives up.
    retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 10), MAX_BACKOFF_MS),
    lazyConnect: false,
  };
}

/** One command connection (and, on demand, one subscriber connection) with health tracking. */
export class RedisConnection {
  readonly client: Redis;
  readonly prefix: string;
  #health: RedisHealth = 'down';
  #subscriber: Redis | null = null;
  readonly #listeners = new Set<(health: RedisHealth) => void>();

  constructor(
    private readonly config: RedisConfig,
    private readonly logger: Logger,
  ) {
    this.prefix = config.keyPrefix;
    this.client = new Redis(config.url, options(config));
    this.client.on('ready', () => {
      this.#set('up');
    });
    this.client.on('close', () => {
      this.#set('down');
    });
    // Without a listener ioredis prints connection errors itself; the transition is logged once.
    this.client.on('error', () => undefined);
  }

  get health(): RedisHealth {
    return this.#health;
  }

  /** Calls `listener` on every transition; returns the function that stops it. */
  onHealth(listener: (health: RedisHealth) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A key under the deployment's prefix. */
  key(...parts: string[]): string {
    return this.prefix + parts.join(':');
  }

  /** The connection in subscriber mode (Redis needs a separate one for SUBSCRIBE). */
  subscriber(): Redis {
    if (this.#subscriber === null) {
      // The offline queue lets SUBSCRIBE wait for the connection; ioredis resubscribes on reconnect.
      const subscriber = new Redis(this.config.url, {
        ...options(this.config),
        enableOfflineQueue: true,
        commandTimeout: undefined,
      });
      subscriber.on('error', () => undefined);
      this.#subscriber = subscriber;
    }
    return this.#subscriber;
  }

  /** Waits until Redis answers, or rejects after `timeoutMs` (start-up only). */
  async ready(timeoutMs: number): Promise<boolean> {
    if (this.#health === 'up') return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop();
        resolve(false);
      }, timeoutMs);
      const stop = this.onHealth((health) => {
        if (health !== 'up') return;
        clearTimeout(timer);
        stop();
        resolve(true);
      });
    });
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    this.client.disconnect();
    this.#subscriber?.disconnect();
    return Promise.resolve();
  }

  #set(health: RedisHealth): void {
    if (health === this.#health) return;
    this.#health = health;
    if (health === 'up') this.logger.info({ redis: 'up' }, 'Redis is up: shared mode');
    else this.logger.warn({ redis: 'down' }, 'Redis is down: serving on per-process state');
    for (const listener of [...this.#listeners]) listener(health);
  }
}
