/**
 * The full message behind a `message.added` event, fetched from Bird once per event and credential
 * however many subscribers share that credential: the first subscriber's fetch is remembered for a
 * short while under (credential hash, message) and the others reuse it. Different credentials never
 * share a fetch, so a subscriber only ever sees what its own key may read.
 */
import { createHash } from 'node:crypto';
import type { Credentials } from '../upstream/client.js';
import type { BirdMessage } from '../upstream/types.js';

/** What fetches the message with the subscriber's own credentials (its per-event Bird client). */
export interface MessageSource {
  getMessage(conversationId: string, messageId: string): Promise<BirdMessage>;
}

/** A digest naming a credential in memory, so the secret itself is not a map key. */
export function credentialKey(credentials: Credentials): string {
  return createHash('sha256')
    .update(credentials.workspaceId)
    .update('\u0000')
    .update(credentials.authorization)
    .digest('base64url');
}

interface Entry {
  readonly message: Promise<BirdMessage>;
  readonly expires: number;
}

export class MessageFetches {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs?: number; now?: () => number } = {}) {
    this.#ttlMs = options.ttlMs ?? 30_000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The message, fetched through `source` unless a fetch with the same credential is remembered.
   * A failed fetch is remembered too: thousands of subscribers of a revoked key cost one call.
   */
  get(
    credential: string,
    conversationId: string,
    messageId: string,
    source: MessageSource,
  ): Promise<BirdMessage> {
    const now = this.#now();
    const key = `${credential}\u0000${conversationId}\u0000${messageId}`;
    const known = this.#entries.get(key);
    if (known !== undefined && known.expires > now) return known.message;
    this.#sweep(now);
    const message = source.getMessage(conversationId, messageId);
    // The rejection is observed by every caller; this handler only keeps it from being unhandled.
    message.catch(() => undefined);
    this.#entries.set(key, { message, expires: now + this.#ttlMs });
    return message;
  }

  /** Drops expired entries from the oldest end (insertion order is expiry order). */
  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expires > now) break;
      this.#entries.delete(key);
    }
  }
}
