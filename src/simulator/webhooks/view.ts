import type { MessageStatusKnobs } from '../activity/messageStatuses.js';
import { webhookSubscriptionDto } from '../render/webhookSubscription.js';
import type { SimulatorStore } from '../store/simulatorStore.js';
import {
  createWebhookSubscription,
  type WebhookSubscriptionInput,
} from '../store/webhookSubscriptions.js';
import type { BirdWebhookSubscription } from '../types.js';
import type { WebhookAttempt, WebhookDispatcher } from './dispatcher.js';
import type { WebhookKnobs } from './knobs.js';

/** Webhook delivery as tests and demo mode see it. */
export interface SimulatorWebhooks {
  readonly knobs: WebhookKnobs;
  /** Changes some knobs; the rest keep their values. */
  configure(update: Partial<WebhookKnobs>): WebhookKnobs;
  /** Deliveries not finished yet (waiting, held, in flight or between retries). */
  readonly pending: number;
  /** The newest delivery attempts, oldest first. */
  attempts(): readonly WebhookAttempt[];
  /** Called after every attempt; returns the unsubscribe function. */
  onAttempt(listener: (attempt: WebhookAttempt) => void): () => void;
  /** Resolves once no delivery is pending. */
  idle(): Promise<void>;
  /**
   * Subscribes a URL as `POST /webhook-subscriptions` would (demo mode registers the gateway this
   * way at start). Subscriptions live in the workspace data, so `reset()` removes them.
   */
  subscribe(
    input: WebhookSubscriptionInput & { readonly workspaceId?: string },
  ): BirdWebhookSubscription;
}

/** Message status progression as tests see it. */
export interface SimulatorMessageStatuses {
  readonly knobs: MessageStatusKnobs;
  configure(update: Partial<MessageStatusKnobs>): MessageStatusKnobs;
  /** Runs the next step of every message on its way now; returns how many moved. */
  advance(): number;
  /** Messages still on their way. */
  readonly pending: number;
}

/**
 * The `Simulator.webhooks` view: the dispatcher's knobs and log, plus programmatic subscription.
 * @param defaultWorkspaceId where `subscribe()` registers when no workspace is named (the demo).
 */
export function webhooksView(
  dispatcher: WebhookDispatcher,
  store: SimulatorStore,
  defaultWorkspaceId: string,
): SimulatorWebhooks {
  return {
    get knobs() {
      return dispatcher.knobs;
    },
    configure: (update) => dispatcher.configure(update),
    get pending() {
      return dispatcher.pending;
    },
    attempts: () => dispatcher.attempts(),
    onAttempt: (listener) => dispatcher.onAttempt(listener),
    idle: () => dispatcher.idle(),
    subscribe: ({ workspaceId, ...input }) => {
      const ws = store.workspace(workspaceId ?? defaultWorkspaceId);
      if (ws === undefined) throw new RangeError(`Unknown workspace ${workspaceId ?? ''}`);
      return webhookSubscriptionDto(createWebhookSubscription(ws, input));
    },
  };
}
