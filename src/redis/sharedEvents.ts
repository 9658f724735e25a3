/**
 * Events across instances. {@link RedisDedupeStore}: a key is claimed by `SET key 1 NX PX ttl`, so a
 * webhook retried to another instance is recognised there. {@link RedisEventBus}: every event goes to
 * one Redis channel (the workspace travels in the payload) and each instance delivers to its local
 * listeners only what comes back from the subscription, its own events included: a publishing
 * instance therefore delivers each event exactly once, like every other instance.
 *
 * While Redis is down, events are delivered to this instance's listeners only (other instances miss
 * them; the log and `/readyz` say Redis is down) and dedupe falls back to the instance's own memory.
 */
import type { DedupeStore, EventBus, EventListener, GatewayEvent } from '../realtime/events.js';
import { LocalDedupeStore, LocalEventBus } from '../realtime/localBus.js';
import type { Logger } from '../observability/logger.js';
import type { RedisConnection } from './connection.js';

/** Claims keys in Redis; in process while Redis cannot answer. */
export class RedisDedupeStore implements DedupeStore {
  readonly #local = new LocalDedupeStore();

  constructor(private readonly redis: RedisConnection) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.redis.health === 'up') {
      try {
        const set = await this.redis.client.set(
          this.redis.key('dedupe', key),
          '1',
          'PX',
          ttlMs,
          'NX',
        );
        // Remembered locally too, so a retry that arrives while Redis is down is still caught here.
        await this.#local.claim(key, ttlMs);
        return set === 'OK';
      } catch {
        // Falls through to the local store.
      }
    }
    return this.#local.claim(key, ttlMs);
  }
}

function isEvent(value: unknown): value is GatewayEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { workspaceId, type } = value as { workspaceId?: unknown; type?: unknown };
  return typeof workspaceId === 'string' && typeof type === 'string';
}

/** Fans events out through one Redis channel; local listeners hear them from the subscription. */
export class RedisEventBus implements EventBus {
  readonly #local = new LocalEventBus();
  readonly #channel: string;
  readonly #onMessage = (channel: string, message: string) => {
    if (channel !== this.#channel) return;
    let event: unknown;
    try {
      event = JSON.parse(message);
    } catch {
      return;
    }
    if (isEvent(event)) this.#local.publish(event);
    else this.logger.warn('an event on the Redis channel had no workspace; dropped');
  };

  constructor(
    private readonly redis: RedisConnection,
    private readonly logger: Logger,
  ) {
    this.#channel = redis.key('events');
    const subscriber = redis.subscriber();
    subscriber.on('message', this.#onMessage);
    subscriber.subscribe(this.#channel).catch(() => undefined);
  }

  /** Resolves once the subscription is live (start-up and tests). */
  async subscribed(): Promise<void> {
    await this.redis.subscriber().subscribe(this.#channel);
  }

  publish(event: GatewayEvent): void {
    if (this.redis.health !== 'up') {
      this.#local.publish(event);
      return;
    }
    this.redis.client.publish(this.#channel, JSON.stringify(event)).catch(() => {
      // Not sent to Redis, so not coming back from it: this instance's listeners still get it.
      this.logger.warn({ eventId: event.eventId }, 'Redis publish failed; delivered locally only');
      this.#local.publish(event);
    });
  }

  subscribe(workspaceId: string, listener: EventListener): () => void {
    return this.#local.subscribe(workspaceId, listener);
  }

  async close(): Promise<void> {
    this.redis.subscriber().off('message', this.#onMessage);
    await this.#local.close();
  }
}
