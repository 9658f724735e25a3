/** The in-process {@link EventBus}: one listener set per workspace, synchronous delivery. */
import type { DedupeStore, EventBus, EventListener, GatewayEvent } from './events.js';

export class LocalEventBus implements EventBus {
  readonly #listeners = new Map<string, Set<EventListener>>();

  publish(event: GatewayEvent): void {
    const listeners = this.#listeners.get(event.workspaceId);
    if (listeners === undefined) return;
    // A copy: a listener that unsubscribes while it runs must not make another miss the event.
    for (const listener of [...listeners]) listener(event);
  }

  subscribe(workspaceId: string, listener: EventListener): () => void {
    let listeners = this.#listeners.get(workspaceId);
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(workspaceId, listeners);
    }
    listeners.add(listener);
    return () => {
      const current = this.#listeners.get(workspaceId);
      if (current === undefined) return;
      current.delete(listener);
      if (current.size === 0) this.#listeners.delete(workspaceId);
    };
  }

  close(): Promise<void> {
    this.#listeners.clear();
    return Promise.resolve();
  }
}

/** An in-process {@link DedupeStore}: keys expire after their TTL; memory is bounded by `maxKeys`. */
export class LocalDedupeStore implements DedupeStore {
  readonly #expiries = new Map<string, number>();
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(options: { maxKeys?: number; now?: () => number } = {}) {
    this.#maxKeys = options.maxKeys ?? 100_000;
    this.#now = options.now ?? Date.now;
  }

  claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry > now) return Promise.resolve(false);
    this.#expiries.delete(key);
    this.#expiries.set(key, now + ttlMs);
    this.#evict(now);
    return Promise.resolve(true);
  }

  /** Drops expired keys from the oldest end, then the oldest keys while over the bound. */
  #evict(now: number): void {
    for (const [key, expiry] of this.#expiries) {
      if (expiry > now && this.#expiries.size <= this.#maxKeys) break;
      this.#expiries.delete(key);
    }
  }
}
