import { Random } from '../random.js';
import { CUSTOMER_LINES } from '../seed/vocabulary.js';
import { getConversation } from '../store/conversations.js';
import { receiveInbound } from '../store/inbound.js';
import type { ConversationRecord } from '../store/records.js';
import type { SimulatorStore } from '../store/simulatorStore.js';
import { notFound } from '../store/storeError.js';
import type { WorkspaceState } from '../store/workspaceState.js';
import type { BirdMessageBody } from '../types.js';

/** What to simulate; everything optional. */
export interface InboundRequest {
  /** Default: the demo workspace. */
  readonly workspaceId?: string | undefined;
  /** Default: one of the newest active conversations with a contact, drawn deterministically. */
  readonly conversationId?: string | undefined;
  /** Default: a customer line from the seed vocabulary. */
  readonly body?: BirdMessageBody | undefined;
}

/** The message that arrived. */
export interface InboundResult {
  readonly workspaceId: string;
  readonly conversationId: string;
  readonly messageId: string;
}

/** How many of the newest conversations the rate knob writes into, so a demo inbox moves visibly. */
const RECENT = 20;

/**
 * Simulated customers writing in: on demand (`simulate`) or at a steady rate (`setRate`). Each
 * message is an inbound message from the conversation's contact and fires `conversation.updated`.
 */
export class InboundTraffic {
  readonly #store: SimulatorStore;
  readonly #random: Random;
  #timer: NodeJS.Timeout | null = null;
  #everyMs: number | null = null;

  constructor(store: SimulatorStore, seed = 1) {
    this.#store = store;
    this.#random = new Random(seed ^ 0x1b0d);
  }

  /** The rate in force: one message every `everyMs`, or null when off. */
  get everyMs(): number | null {
    return this.#everyMs;
  }

  /** One inbound message now. Throws a StoreError (404/422) for an unknown or closed conversation. */
  simulate(request: InboundRequest = {}): InboundResult {
    const ws = this.#store.workspace(
      request.workspaceId ?? this.#store.tenants[0]?.workspaceId ?? '',
    );
    if (ws === undefined) throw notFound('Workspace');
    const conversation =
      request.conversationId === undefined
        ? this.#pick(ws)
        : getConversation(ws, request.conversationId);
    const body: BirdMessageBody = request.body ?? {
      type: 'text',
      text: { text: this.#random.pick(CUSTOMER_LINES).replace('{name}', 'there') },
    };
    const message = receiveInbound(ws, conversation, body);
    return { workspaceId: ws.id, conversationId: conversation.id, messageId: message.id };
  }

  /** One inbound message every `everyMs` into the demo workspace; null switches it off. */
  setRate(everyMs: number | null): void {
    if (everyMs !== null && !(everyMs >= 10 && Number.isFinite(everyMs))) {
      throw new RangeError('everyMs must be a number >= 10, or null');
    }
    this.stop();
    this.#everyMs = everyMs;
    if (everyMs === null) return;
    this.#timer = setInterval(() => {
      try {
        this.simulate();
      } catch (error) {
        console.error('Simulated inbound message failed:', error);
      }
    }, everyMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.#everyMs = null;
  }

  #pick(ws: WorkspaceState): ConversationRecord {
    const candidates: ConversationRecord[] = [];
    const all = ws.conversationIndex.values();
    for (let i = all.length - 1; i >= 0 && candidates.length < RECENT; i--) {
      const conversation = all[i];
      if (conversation?.status !== 'active') continue;
      const hasContact = [...conversation.participants.values()].some((p) => p.type === 'contact');
      if (hasContact) candidates.push(conversation);
    }
    if (candidates.length === 0) throw notFound('Active conversation');
    return this.#random.pick(candidates);
  }
}
