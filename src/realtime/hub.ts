/**
 * Fans the bus out to this instance's subscribers. Each workspace with local subscribers has one
 * listener on the {@link EventBus} (not one per subscriber), which also drops a change this instance
 * already delivered: the same message published by a send mutation and by Bird's webhook, or the
 * same conversation version twice. Streams are per subscriber and only ever see their own
 * workspace's events.
 */
import type { EventBus, GatewayEvent } from './events.js';
import { EventStream } from './eventStream.js';
import { LocalDedupeStore } from './localBus.js';
import type { Logger } from '../observability/logger.js';

/** Which of its workspace's events a subscriber wants (and their type). */
export type EventFilter<E extends GatewayEvent> = (event: GatewayEvent) => event is E;

interface Feed {
  readonly streams: Set<Subscriber>;
  readonly unsubscribe: () => void;
}

interface Subscriber {
  /** Pushes the event to the subscriber's stream when it wants it (true then). */
  readonly offer: (event: GatewayEvent) => boolean;
  readonly stream: { return(): Promise<unknown> };
}

export interface HubOptions {
  readonly logger: Logger;
  /** Events a subscriber may fall behind before its stream is ended. */
  readonly capacity?: number;
  /** How long a delivered change is remembered, to drop its second publication. */
  readonly dedupeTtlMs?: number;
  /** Told of each event fanned out: how many subscribers took it, or null when a repeat (spans). */
  readonly onFanOut?: (event: GatewayEvent, delivered: number | null) => void;
}

/** The identity of a change, the same whichever publisher reported it. */
function changeKey(event: GatewayEvent): string {
  switch (event.type) {
    case 'message.added':
      return `${event.workspaceId}:message:${event.messageId}`;
    case 'conversation.created':
      return `${event.workspaceId}:created:${event.conversation.id}`;
    case 'conversation.updated':
      return `${event.workspaceId}:updated:${event.conversation.id}:${event.conversation.updatedAt}`;
    case 'conversation.deleted':
      return `${event.workspaceId}:deleted:${event.conversationId}`;
  }
}

export class SubscriptionHub {
  readonly #bus: EventBus;
  readonly #feeds = new Map<string, Feed>();
  readonly #seen: LocalDedupeStore;
  readonly #capacity: number;
  readonly #dedupeTtlMs: number;
  readonly #logger: Logger;
  readonly #onFanOut: HubOptions['onFanOut'];
  #subscribers = 0;

  constructor(bus: EventBus, options: HubOptions) {
    this.#bus = bus;
    this.#capacity = options.capacity ?? 1_000;
    this.#dedupeTtlMs = options.dedupeTtlMs ?? 10 * 60_000;
    this.#logger = options.logger;
    this.#onFanOut = options.onFanOut;
    this.#seen = new LocalDedupeStore({ maxKeys: 50_000 });
  }

  /** Local subscribers right now (for metrics and the bench). */
  get size(): number {
    return this.#subscribers;
  }

  /** True when this instance has subscribers of the workspace. */
  watches(workspaceId: string): boolean {
    return this.#feeds.has(workspaceId);
  }

  /** A stream of one workspace's events that pass `accept`; `return()` it to stop. */
  open<E extends GatewayEvent>(workspaceId: string, accept: EventFilter<E>): EventStream<E> {
    const feed = this.#feeds.get(workspaceId) ?? this.#openFeed(workspaceId);
    const stream = new EventStream<E>(this.#capacity, (reason) => {
      feed.streams.delete(subscriber);
      this.#subscribers -= 1;
      if (reason === 'overflow') {
        this.#logger.warn({ workspaceId }, 'subscriber fell too far behind: its stream was ended');
      }
      if (feed.streams.size === 0 && this.#feeds.get(workspaceId) === feed) {
        feed.unsubscribe();
        this.#feeds.delete(workspaceId);
      }
    });
    const subscriber: Subscriber = {
      stream,
      offer: (event) => {
        if (!accept(event)) return false;
        stream.push(event);
        return true;
      },
    };
    feed.streams.add(subscriber);
    this.#subscribers += 1;
    return stream;
  }

  /** Ends every stream (shutdown): transports then complete their subscriptions. */
  close(): void {
    for (const feed of [...this.#feeds.values()]) {
      for (const subscriber of [...feed.streams]) void subscriber.stream.return();
    }
  }

  #openFeed(workspaceId: string): Feed {
    const streams = new Set<Subscriber>();
    const unsubscribe = this.#bus.subscribe(workspaceId, (event) => {
      // The bus promises the workspace; checked again because a tenant's data must never leak.
      if (event.workspaceId !== workspaceId) return;
      void this.#seen.claim(changeKey(event), this.#dedupeTtlMs).then((first) => {
        if (!first) {
          this.#onFanOut?.(event, null);
          return;
        }
        let delivered = 0;
        for (const subscriber of streams) if (subscriber.offer(event)) delivered += 1;
        this.#onFanOut?.(event, delivered);
      });
    });
    const feed = { streams, unsubscribe };
    this.#feeds.set(workspaceId, feed);
    return feed;
  }
}
