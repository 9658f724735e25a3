/**
 * Events across instances. {@link RedisDedupeStore}: a key is claimed by `SET key 1 NX PX ttl`, so a
 * webhook retried to another instance is recognised there. {@link RedisEventBus}: every event goes to
 * one Redis channel (the workspace travels in the payload) and each instance delivers to its local
 * listeners only what comes back from the subscription, its own events included: a publishing
 * instance therefore delivers each event exactly once, like every other instance.
 *
 * While Redis is down, events are delivered to this instance's listeners only (other instances miss
 * them; the log and `/readyz` say Redis is down) and dedupe falls back to the instance's own memory.
 * A publish that fails or times out is delivered locally, and not again if Redis got it after all.
 */
import { randomUUID } from 'node:crypto';
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

/** How long this instance remembers what happened to each of its own publishes. */
const OWN_PUBLISH_MEMORY_MS = 60_000;

/**
 * Fans events out through one Redis channel; local listeners hear them from the subscription.
 * Each message carries a publish id, so that when a PUBLISH fails or times out (it may still have
 * reached Redis) the event is delivered locally at most once: whichever of the local fallback
 * and the subscription comes first delivers it, the other is skipped.
 */
export class RedisEventBus implements EventBus {
  readonly #local = new LocalEventBus();
  readonly #channel: string;
  /** This instance's publishes: `sent` until delivered, then who delivered them. */
  readonly #own = new Map<string, { state: 'sent' | 'delivered'; at: number }>();
  readonly #onMessage = (channel: string, message: string) => {
    if (channel !== this.#channel) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    const { id, event } = unwrap(parsed);
    if (!isEvent(event)) {
      this.logger.warn('an event on the Redis channel had no workspace; dropped');
      return;
    }
    if (id !== null && !this.#deliverOwn(id)) return;
    this.#local.publish(event);
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
    const id = randomUUID();
    this.#remember(id);
    this.redis.client.publish(this.#channel, JSON.stringify({ id, event })).catch(() => {
      // Maybe not sent to Redis, so maybe not coming back from it: delivered here unless it has.
      if (!this.#deliverOwn(id)) return;
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

  /** Marks one of this instance's publishes delivered; false when it was already (or is unknown). */
  #deliverOwn(id: string): boolean {
    const own = this.#own.get(id);
    // Another instance's publish: delivered from the subscription as always.
    if (own === undefined) return true;
    if (own.state === 'delivered') return false;
    own.state = 'delivered';
    return true;
  }

  #remember(id: string): void {
    const now = Date.now();
    for (const [key, entry] of this.#own) {
      if (now - entry.at < OWN_PUBLISH_MEMORY_MS) break;
      this.#own.delete(key);
    }
    this.#own.set(id, { state: 'sent', at: now });
  }
}

/** A message is `{ id, event }`; a bare event (an older instance's) has no publish id. */
function unwrap(parsed: unknown): { id: string | null; event: unknown } {
  if (typeof parsed === 'object' && parsed !== null && 'event' in parsed && 'id' in parsed) {
    const { id, event } = parsed;
    return { id: typeof id === 'string' ? id : null, event };
  }
  return { id: null, event: parsed };
}
