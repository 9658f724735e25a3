/**
 * bentocache's bus over the gateway's own Redis connections: when one instance stores or drops an
 * entry, the others drop their L1 copy of it. bentocache's `redisBusDriver` duplicates a client
 * with its options, which here refuse to queue: its SUBSCRIBE at start-up would then fail unheard.
 * This transport publishes on the fail-fast command connection (a publish never waits on a dead
 * Redis; bentocache queues it for a retry) and subscribes on the subscriber connection, which
 * ioredis resubscribes after every reconnection.
 *
 * The bus only frees memory early: correctness comes from the shared generation counters, which a
 * read checks itself (see sharedGenerations.ts).
 */
import type { BusDriver, CreateBusDriverResult } from 'bentocache/types';
import type { RedisConnection } from './connection.js';

type Message = Parameters<BusDriver['publish']>[1];
type Handler = (payload: Message) => unknown;

/** The bus driver for bentocache, on channels under the deployment's key prefix. */
export function cacheBusDriver(redis: RedisConnection): CreateBusDriverResult {
  return {
    options: { retryQueue: { enabled: true, maxSize: 1_000, retryInterval: 1_000 } },
    factory: () => new CacheBusTransport(redis),
  };
}

class CacheBusTransport implements BusDriver {
  #id = '';
  readonly #handlers = new Map<string, Handler[]>();
  readonly #reconnect: (() => void)[] = [];
  readonly #onMessage = (channel: string, raw: string) => {
    const handlers = this.#handlers.get(channel);
    if (handlers === undefined) return;
    let data: { busId?: unknown; payload?: Message };
    try {
      data = JSON.parse(raw) as typeof data;
    } catch {
      return;
    }
    // bentocache already applied its own messages locally.
    if (data.busId === this.#id || data.payload === undefined) return;
    for (const handler of handlers) void handler(data.payload);
  };
  readonly #onReady = () => {
    for (const callback of this.#reconnect) callback();
  };

  constructor(private readonly redis: RedisConnection) {
    redis.subscriber().on('message', this.#onMessage);
    redis.client.on('ready', this.#onReady);
  }

  setId(id: string): BusDriver {
    this.#id = id;
    return this;
  }

  onReconnect(callback: () => void): void {
    this.#reconnect.push(callback);
  }

  async publish(channel: string, message: Message): Promise<void> {
    await this.redis.client.publish(
      this.redis.key(channel),
      JSON.stringify({ busId: this.#id, payload: message }),
    );
  }

  readonly subscribe: BusDriver['subscribe'] = async (channel, handler) => {
    const key = this.redis.key(channel);
    // What arrives was published by bentocache's bus as the message type it subscribed with.
    const untyped: Handler = (payload) => handler(payload as Parameters<typeof handler>[0]);
    this.#handlers.set(key, [...(this.#handlers.get(key) ?? []), untyped]);
    await this.redis
      .subscriber()
      .subscribe(key)
      .catch(() => undefined);
  };

  async unsubscribe(channel: string): Promise<void> {
    const key = this.redis.key(channel);
    this.#handlers.delete(key);
    await this.redis
      .subscriber()
      .unsubscribe(key)
      .catch(() => undefined);
  }

  disconnect(): Promise<void> {
    // The connections belong to shared mode, which closes them.
    this.redis.subscriber().off('message', this.#onMessage);
    this.redis.client.off('ready', this.#onReady);
    return Promise.resolve();
  }
}
