import { Random } from '../random.js';
import { failureDetails } from '../store/messageContent.js';
import { touch } from '../store/participants.js';
import type { ConversationRecord, MessageRecord } from '../store/records.js';
import type { WorkspaceState } from '../store/workspaceState.js';
import type { BirdMessageStatus } from '../types.js';

/** How sent messages move through statuses. */
export interface MessageStatusKnobs {
  /** Off by default in `startSimulator()` (tests), on in `npm run simulator`. */
  readonly enabled: boolean;
  /** Time between two steps of one message. */
  readonly stepMs: number;
  /** Chance (0..1) that a message fails at sending or at delivery. */
  readonly failureRate: number;
}

/** Defaults: off; when on, a step a second and 5% failures. */
export const DEFAULT_MESSAGE_STATUS_KNOBS: MessageStatusKnobs = {
  enabled: false,
  stepMs: 1000,
  failureRate: 0.05,
};

interface Tracked {
  readonly ws: WorkspaceState;
  readonly conversation: ConversationRecord;
  readonly message: MessageRecord;
  readonly path: readonly BirdMessageStatus[];
  timer: NodeJS.Timeout | null;
}

/**
 * Moves outbound messages through the statuses a channel reports: accepted → sent → delivered,
 * then read on WhatsApp (SMS and e-mail report no reads); a failing message stops at
 * `sending_failed` or `delivery_failed` with a `reason` and `details`. Each step updates the
 * message and, when it is the conversation's `lastMessage`, the conversation (its `updatedAt`
 * too) and fires `conversation.updated`, as Bird does when the last message's status moves on.
 */
export class MessageStatusProgression {
  #knobs: MessageStatusKnobs;
  readonly #initial: MessageStatusKnobs;
  readonly #random: Random;
  readonly #tracked = new Map<string, Tracked>();

  constructor(knobs: Partial<MessageStatusKnobs> = {}, seed = 1) {
    this.#initial = validate({ ...DEFAULT_MESSAGE_STATUS_KNOBS, ...knobs });
    this.#knobs = this.#initial;
    this.#random = new Random(seed ^ 0x5eed);
  }

  get knobs(): MessageStatusKnobs {
    return this.#knobs;
  }

  /** Changes some knobs. Switching off stops every message where it is. */
  configure(update: Partial<MessageStatusKnobs>): MessageStatusKnobs {
    this.#knobs = validate({ ...this.#knobs, ...update });
    if (!this.#knobs.enabled) this.cancelAll();
    return this.#knobs;
  }

  /** Messages still on their way. */
  get pending(): number {
    return this.#tracked.size;
  }

  /** Starts tracking a conversation's newest message if it is outbound and just accepted. */
  observe(ws: WorkspaceState, conversation: ConversationRecord): void {
    const message = conversation.lastMessage;
    if (!this.#knobs.enabled || message === null || this.#tracked.has(message.id)) return;
    if (message.status !== 'accepted' || message.sender.type === 'contact') return;
    const platform = ws.channelOf(conversation)?.platform ?? 'sms';
    const path: BirdMessageStatus[] = ['sent', 'delivered'];
    if (platform === 'whatsapp') path.push('read');
    if (this.#random.next() < this.#knobs.failureRate) {
      if (this.#random.chance(0.5)) path.splice(0, path.length, 'sending_failed');
      else path.splice(1, path.length - 1, 'delivery_failed');
    }
    const tracked: Tracked = { ws, conversation, message, path, timer: null };
    this.#tracked.set(message.id, tracked);
    this.#schedule(tracked);
  }

  /** Runs the next step of every tracked message now (tests drive progression without timers). */
  advance(): number {
    const all = [...this.#tracked.values()];
    for (const tracked of all) {
      if (tracked.timer !== null) clearTimeout(tracked.timer);
      this.#step(tracked);
    }
    return all.length;
  }

  /** Forgets every message on its way; knobs return to the options. */
  reset(): void {
    this.cancelAll();
    this.#knobs = this.#initial;
  }

  cancelAll(): void {
    for (const tracked of this.#tracked.values()) {
      if (tracked.timer !== null) clearTimeout(tracked.timer);
    }
    this.#tracked.clear();
  }

  #schedule(tracked: Tracked): void {
    tracked.timer = setTimeout(() => {
      this.#step(tracked);
    }, this.#knobs.stepMs);
    tracked.timer.unref();
  }

  #step(tracked: Tracked): void {
    const { ws, conversation, message } = tracked;
    tracked.timer = null;
    const done = message.status === tracked.path.at(-1);
    const live = ws.conversations.get(conversation.id) === conversation;
    if (done || !live || ws.messages.get(message.id) !== message) {
      this.#tracked.delete(message.id);
      return;
    }
    const next = tracked.path[tracked.path.indexOf(message.status) + 1] ?? tracked.path[0];
    if (next === undefined) return;
    applyStatus(ws, conversation, message, next);
    if (next === tracked.path.at(-1)) this.#tracked.delete(message.id);
    else this.#schedule(tracked);
  }
}

function applyStatus(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  message: MessageRecord,
  status: BirdMessageStatus,
): void {
  const platform = ws.channelOf(conversation)?.platform ?? 'sms';
  message.status = status;
  message.details = failureDetails(status, platform);
  message.reason =
    status === 'sending_failed'
      ? 'Channel rejected the message'
      : status === 'delivery_failed'
        ? 'Recipient unreachable'
        : null;
  message.updatedAt = ws.clock.now();
  message.rev++;
  if (conversation.lastMessage === message) touch(ws, conversation);
}

function validate(knobs: MessageStatusKnobs): MessageStatusKnobs {
  if (!(knobs.stepMs >= 0 && Number.isFinite(knobs.stepMs))) {
    throw new RangeError('stepMs must be a finite number >= 0');
  }
  if (!(knobs.failureRate >= 0 && knobs.failureRate <= 1)) {
    throw new RangeError('failureRate must be between 0 and 1');
  }
  return knobs;
}
