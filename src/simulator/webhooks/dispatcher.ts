import { randomUUID } from 'node:crypto';
import { Agent, request } from 'undici';
import { Random } from '../random.js';
import type { WebhookSubscriptionRecord } from '../store/records.js';
import type { ConversationEvent } from '../types.js';
import { DEFAULT_WEBHOOK_KNOBS, mergeWebhookKnobs, type WebhookKnobs } from './knobs.js';
import { signBirdWebhook } from './sign.js';

/** One HTTP attempt of a delivery, as the simulator's delivery log records it. */
export interface WebhookAttempt {
  /** `messagebird-request-id`: the same on every attempt and duplicate of one delivery. */
  readonly requestId: string;
  readonly subscriptionId: string;
  readonly url: string;
  readonly event: ConversationEvent['event'];
  readonly conversationId: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The receiver's status, or null when the request failed (`error` says why). */
  readonly status: number | null;
  readonly error: string | null;
  /** Whether no more attempts will follow (delivered, or out of attempts). */
  readonly final: boolean;
  readonly at: number;
}

/** A delivery: one event for one subscription, fixed at the time of the change. */
interface Delivery {
  readonly requestId: string;
  readonly timestamp: number;
  readonly subscriptionId: string;
  readonly url: string;
  readonly signingKey: string | null;
  readonly event: ConversationEvent['event'];
  readonly conversationId: string;
  readonly body: string;
}

const LOG_LIMIT = 1000;

/**
 * Delivers conversation events to webhook subscriptions the way Bird does: a signed JSON POST,
 * retried with exponential backoff on a non-2xx answer or a network error, every attempt with the
 * same `messagebird-request-id` and `messagebird-request-timestamp`. Knobs add delay, duplicates
 * and reordering. Deliveries run on timers that `cancelAll()` clears (reset, close).
 */
export class WebhookDispatcher {
  #knobs: WebhookKnobs;
  readonly #initial: WebhookKnobs;
  readonly #agent: Agent;
  readonly #random: Random;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #log: WebhookAttempt[] = [];
  readonly #listeners = new Set<(attempt: WebhookAttempt) => void>();
  readonly #idleWaiters = new Set<() => void>();
  #pending = 0;
  #held: { delivery: Delivery; timer: NodeJS.Timeout } | null = null;
  #generation = 0;

  constructor(knobs: Partial<WebhookKnobs> = {}, seed = 1) {
    this.#initial = mergeWebhookKnobs(DEFAULT_WEBHOOK_KNOBS, knobs);
    this.#knobs = this.#initial;
    this.#random = new Random(seed);
    this.#agent = new Agent({ keepAliveTimeout: 4_000 });
  }

  /** The knobs in force. */
  get knobs(): WebhookKnobs {
    return this.#knobs;
  }

  /** Changes some knobs; the rest keep their values. Throws RangeError on a bad value. */
  configure(update: Partial<WebhookKnobs>): WebhookKnobs {
    this.#knobs = mergeWebhookKnobs(this.#knobs, update);
    return this.#knobs;
  }

  /** Deliveries not yet finished (including held and waiting retries). */
  get pending(): number {
    return this.#pending;
  }

  /** The newest attempts, oldest first (at most 1000). */
  attempts(): readonly WebhookAttempt[] {
    return [...this.#log];
  }

  /** Called after every attempt; returns the unsubscribe function. */
  onAttempt(listener: (attempt: WebhookAttempt) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves once no delivery is pending. */
  idle(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.add(resolve));
  }

  /** Queues one delivery of `event` per subscription. */
  dispatch(subscriptions: readonly WebhookSubscriptionRecord[], event: ConversationEvent): void {
    if (subscriptions.length === 0) return;
    const body = JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1000) - this.#knobs.timestampOffsetSeconds;
    for (const subscription of subscriptions) {
      const delivery: Delivery = {
        requestId: randomUUID(),
        timestamp,
        subscriptionId: subscription.id,
        url: subscription.url,
        signingKey: subscription.signingKey,
        event: event.event,
        conversationId: event.payload.id,
        body,
      };
      const copies = this.#random.next() < this.#knobs.duplicateRate ? 2 : 1;
      for (let n = 0; n < copies; n++) this.#queue(delivery);
    }
  }

  /** Cancels every pending delivery and retry, and forgets the log; knobs return to the options. */
  reset(): void {
    this.cancelAll();
    this.#log.length = 0;
    this.#knobs = this.#initial;
  }

  /** Cancels every pending delivery and retry. In-flight requests finish but are not retried. */
  cancelAll(): void {
    this.#generation++;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#held = null;
    this.#pending = 0;
    this.#settleIdle();
  }

  /** Cancels everything and closes the HTTP agent. */
  async close(): Promise<void> {
    this.cancelAll();
    await this.#agent.close();
  }

  #queue(delivery: Delivery): void {
    this.#pending++;
    if (!this.#knobs.reorder) {
      this.#after(this.#knobs.delayMs, () => void this.#attempt(delivery, 1));
      return;
    }
    const held = this.#held;
    if (held === null) {
      const timer = this.#after(this.#knobs.reorderWindowMs, () => {
        this.#held = null;
        void this.#attempt(delivery, 1);
      });
      this.#held = { delivery, timer };
      return;
    }
    clearTimeout(held.timer);
    this.#timers.delete(held.timer);
    this.#held = null;
    this.#after(this.#knobs.delayMs, () => {
      // The newer delivery is on the wire before the older one leaves.
      const newer = this.#attempt(delivery, 1);
      void newer.finally(() => this.#attempt(held.delivery, 1));
    });
  }

  #attempt(delivery: Delivery, attempt: number): Promise<void> {
    const generation = this.#generation;
    return this.#send(delivery).then(({ status, error }) => {
      if (generation !== this.#generation) return;
      const ok = status !== null && status >= 200 && status < 300;
      const final = ok || attempt >= this.#knobs.maxAttempts;
      this.#record({
        requestId: delivery.requestId,
        subscriptionId: delivery.subscriptionId,
        url: delivery.url,
        event: delivery.event,
        conversationId: delivery.conversationId,
        attempt,
        status,
        error,
        final,
        at: Date.now(),
      });
      if (final) {
        this.#pending--;
        this.#settleIdle();
        return;
      }
      const backoff = this.#knobs.retryBaseMs * 2 ** (attempt - 1);
      this.#after(backoff, () => void this.#attempt(delivery, attempt + 1));
    });
  }

  async #send(delivery: Delivery): Promise<{ status: number | null; error: string | null }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'bird-simulator-webhooks/1',
      'messagebird-request-id': delivery.requestId,
      'messagebird-request-timestamp': String(delivery.timestamp),
    };
    if (delivery.signingKey !== null) {
      headers['messagebird-signature'] = signBirdWebhook({
        key: delivery.signingKey,
        url: delivery.url,
        timestamp: delivery.timestamp,
        body: delivery.body,
      });
    }
    try {
      const timeout = this.#knobs.timeoutMs;
      const response = await request(delivery.url, {
        method: 'POST',
        headers,
        body: delivery.body,
        dispatcher: this.#agent,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      await response.body.dump();
      return { status: response.statusCode, error: null };
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      return { status: null, error: typeof code === 'string' ? code : String(error) };
    }
  }

  #record(attempt: WebhookAttempt): void {
    this.#log.push(attempt);
    if (this.#log.length > LOG_LIMIT) this.#log.shift();
    for (const listener of this.#listeners) {
      try {
        listener(attempt);
      } catch (error) {
        console.error('Simulator webhook listener failed:', error);
      }
    }
  }

  #after(ms: number, task: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      task();
    }, ms);
    timer.unref();
    this.#timers.add(timer);
    return timer;
  }

  #settleIdle(): void {
    if (this.#pending !== 0) return;
    for (const resolve of this.#idleWaiters) resolve();
    this.#idleWaiters.clear();
  }
}
