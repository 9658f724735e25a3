import { randomUUID } from 'node:crypto';
import type { BirdWebhookService } from '../types.js';
import type { WebhookSubscriptionRecord } from './records.js';
import { invalid, notFound, StoreError } from './storeError.js';
import type { WorkspaceState } from './workspaceState.js';

/** The fields of a subscription a client sets. */
export interface WebhookSubscriptionInput {
  readonly service: BirdWebhookService;
  readonly event: string;
  readonly eventFilters?: readonly { readonly key: string; readonly value: string }[] | undefined;
  readonly url: string;
  readonly signingKey?: string | null | undefined;
  readonly template?: string | null | undefined;
}

/** PATCH: every field optional; `status` switches delivery off and on. */
export interface WebhookSubscriptionPatch extends Partial<WebhookSubscriptionInput> {
  readonly status?: 'active' | 'inactive' | undefined;
}

/** Bird allows at most 5 subscriptions per identical filter combination (SUBS). */
const MAX_PER_COMBINATION = 5;

/** Finds a subscription. */
export function getWebhookSubscription(ws: WorkspaceState, id: string): WebhookSubscriptionRecord {
  const subscription = ws.webhookSubscriptions.get(id);
  if (subscription === undefined) throw notFound('Webhook subscription');
  return subscription;
}

/** Creates an active subscription. */
export function createWebhookSubscription(
  ws: WorkspaceState,
  input: WebhookSubscriptionInput,
): WebhookSubscriptionRecord {
  const now = ws.clock.now();
  const subscription: WebhookSubscriptionRecord = {
    id: randomUUID(),
    service: input.service,
    event: input.event,
    eventFilters: (input.eventFilters ?? []).map(({ key, value }) => ({ key, value })),
    url: input.url,
    signingKey: input.signingKey ?? null,
    status: 'active',
    template: input.template ?? null,
    createdAt: now,
    updatedAt: now,
  };
  checkEvent(subscription);
  assertRoom(ws, subscription);
  ws.webhookSubscriptions.set(subscription.id, subscription);
  ws.webhookSubscriptionIndex.insert(subscription);
  return subscription;
}

/** Changes the given fields; `signingKey: null` removes the key (deliveries go unsigned). */
export function updateWebhookSubscription(
  ws: WorkspaceState,
  subscription: WebhookSubscriptionRecord,
  patch: WebhookSubscriptionPatch,
): WebhookSubscriptionRecord {
  const next: WebhookSubscriptionRecord = {
    ...subscription,
    ...(patch.service === undefined ? {} : { service: patch.service }),
    ...(patch.event === undefined ? {} : { event: patch.event }),
    ...(patch.eventFilters === undefined
      ? {}
      : { eventFilters: patch.eventFilters.map(({ key, value }) => ({ key, value })) }),
    ...(patch.url === undefined ? {} : { url: patch.url }),
    ...(patch.signingKey === undefined ? {} : { signingKey: patch.signingKey }),
    ...(patch.template === undefined ? {} : { template: patch.template }),
    ...(patch.status === undefined ? {} : { status: patch.status }),
  };
  checkEvent(next);
  assertRoom(ws, next, subscription);
  Object.assign(subscription, next, { updatedAt: ws.clock.now() });
  return subscription;
}

/** Deletes a subscription; deliveries already under way still finish their retries. */
export function deleteWebhookSubscription(
  ws: WorkspaceState,
  subscription: WebhookSubscriptionRecord,
): void {
  ws.webhookSubscriptions.delete(subscription.id);
  ws.webhookSubscriptionIndex.remove(subscription);
}

/** Active subscriptions for a conversation event on a conversation's channel. */
export function subscriptionsFor(
  ws: WorkspaceState,
  event: string,
  channelId: string | null,
): WebhookSubscriptionRecord[] {
  const matches: WebhookSubscriptionRecord[] = [];
  for (const subscription of ws.webhookSubscriptionIndex.values()) {
    if (subscription.status !== 'active' || subscription.service !== 'conversations') continue;
    if (subscription.event !== event) continue;
    // Filters are ANDed; conversation events filter by channelId (SUBS).
    const filtersMatch = subscription.eventFilters.every(
      (filter) => filter.key !== 'channelId' || filter.value === channelId,
    );
    if (filtersMatch) matches.push(subscription);
  }
  return matches;
}

const CONVERSATION_EVENT = /^conversation\.(created|updated|deleted)$/;

function checkEvent(subscription: WebhookSubscriptionRecord): void {
  if (subscription.service === 'conversations' && !CONVERSATION_EVENT.test(subscription.event)) {
    throw invalid(
      '.event',
      'Conversations events are conversation.created, conversation.updated and conversation.deleted',
    );
  }
}

function assertRoom(
  ws: WorkspaceState,
  subscription: WebhookSubscriptionRecord,
  replacing?: WebhookSubscriptionRecord,
): void {
  const key = combinationKey(subscription);
  let same = 0;
  for (const other of ws.webhookSubscriptions.values()) {
    if (other !== replacing && combinationKey(other) === key) same++;
  }
  if (same >= MAX_PER_COMBINATION) {
    throw new StoreError(
      'conflict',
      'TooManySubscriptions',
      `At most ${MAX_PER_COMBINATION} subscriptions may share a service, event and filters`,
    );
  }
}

function combinationKey(subscription: WebhookSubscriptionRecord): string {
  const filters = subscription.eventFilters
    .map(({ key, value }) => `${key}=${value}`)
    .sort()
    .join('&');
  return `${subscription.service}\u0000${subscription.event}\u0000${filters}`;
}
