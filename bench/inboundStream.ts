/**
 * The stream of changes of the workspace-budget scenario: customers' messages arriving at Bird
 * several times a second, into the conversations of the inbox in turn. Bird (the simulator) then
 * delivers each as a signed `conversation.updated` webhook to whoever subscribed; the delivery
 * log says when each was acknowledged, which is when the contender knew of the message.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { KnownMessage } from './freshness.js';

/** What the stream needs from Bird: a message arriving, and the webhook delivery log. */
export interface ChangingBird {
  inbound(conversationId: string): Promise<{ conversationId: string; messageId: string }>;
  /** Delivery attempts, once none is pending (`at`: epoch ms when the receiver answered). */
  webhookAttempts(): Promise<
    readonly { event: string; conversationId: string; status: number; at: number }[]
  >;
}

/** A message Bird stored at `storedAt` (epoch ms, when the harness got Bird's answer). */
export interface StoredMessage {
  readonly conversationId: string;
  readonly messageId: string;
  readonly storedAt: number;
}

export interface InboundStream {
  /** Stops the stream; resolves with every message it made, oldest first. */
  stop(): Promise<StoredMessage[]>;
}

/** One message every `everyMs`, into `conversationIds` round-robin, until stopped. */
export function startInboundStream(
  bird: ChangingBird,
  conversationIds: readonly string[],
  everyMs: number,
): InboundStream {
  if (conversationIds.length === 0) throw new Error('The inbound stream needs conversations');
  const stored: StoredMessage[] = [];
  const state = { running: true };
  const loop = (async () => {
    const started = performance.now();
    for (let i = 0; state.running; i++) {
      const wait = started + i * everyMs - performance.now();
      if (wait > 0) await sleep(wait);
      const target = conversationIds[i % conversationIds.length] ?? '';
      // A conversation Bird refuses a message for (closed meanwhile) is skipped, not fatal.
      const made = await bird.inbound(target).catch(() => null);
      if (made !== null) stored.push({ ...made, storedAt: Date.now() });
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      await loop;
      return stored;
    },
  };
}

export interface Acknowledged {
  /** Messages whose webhook the receiver acknowledged, with the time it answered. */
  readonly known: KnownMessage[];
  /** Messages whose webhook was never acknowledged (refused, failed or still retrying). */
  readonly unacknowledged: number;
}

/**
 * Pairs each stored message with its webhook's acknowledgement: per conversation, the n-th
 * acknowledged `conversation.updated` belongs to the n-th message (the stream writes into a
 * conversation at most once per round, far apart, so deliveries cannot overtake each other).
 * Attempts before `since` (epoch ms) belong to an earlier run and are ignored.
 */
export function acknowledged(
  stored: readonly StoredMessage[],
  attempts: Awaited<ReturnType<ChangingBird['webhookAttempts']>>,
  since: number,
): Acknowledged {
  const acks = new Map<string, number[]>();
  for (const a of attempts) {
    if (a.at < since || a.event !== 'conversation.updated' || a.status < 200 || a.status >= 300)
      continue;
    const list = acks.get(a.conversationId) ?? [];
    list.push(a.at);
    acks.set(a.conversationId, list);
  }
  for (const list of acks.values()) list.sort((a, b) => a - b);
  const known: KnownMessage[] = [];
  const used = new Map<string, number>();
  let unacknowledged = 0;
  for (const m of stored) {
    const n = used.get(m.conversationId) ?? 0;
    used.set(m.conversationId, n + 1);
    const at = acks.get(m.conversationId)?.[n];
    if (at === undefined) unacknowledged++;
    else known.push({ conversationId: m.conversationId, messageId: m.messageId, knownAt: at });
  }
  return { known, unacknowledged };
}

/** For a contender that takes no webhooks: each message is known once Bird stored it. */
export function storedAsKnown(stored: readonly StoredMessage[]): KnownMessage[] {
  return stored.map((m) => ({
    conversationId: m.conversationId,
    messageId: m.messageId,
    knownAt: m.storedAt,
  }));
}
