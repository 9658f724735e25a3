import type { WebhookSubscriptionRecord } from '../store/records.js';
import { rfc3339 } from '../time.js';
import type { BirdWebhookSubscription } from '../types.js';

/** A subscription as Bird lists it: never with its `signingKey` (bird-api.md §7). */
export function webhookSubscriptionDto(
  subscription: WebhookSubscriptionRecord,
): BirdWebhookSubscription {
  return {
    id: subscription.id,
    service: subscription.service,
    event: subscription.event,
    eventFilters: subscription.eventFilters.map(({ key, value }) => ({ key, value })),
    url: subscription.url,
    status: subscription.status,
    ...(subscription.template === null ? {} : { template: subscription.template }),
    createdAt: rfc3339(subscription.createdAt),
    updatedAt: rfc3339(subscription.updatedAt),
  };
}
