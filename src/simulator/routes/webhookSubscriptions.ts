import { listJson } from '../http/jsonBody.js';
import { readPageParams } from '../http/pageToken.js';
import { workspaceRoute, type Route } from '../http/route.js';
import { parseBody } from '../http/validation.js';
import { webhookSubscriptionDto } from '../render/webhookSubscription.js';
import {
  createWebhookSubscriptionSchema,
  updateWebhookSubscriptionSchema,
} from '../schemas/webhookSubscription.js';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  getWebhookSubscription,
  updateWebhookSubscription,
} from '../store/webhookSubscriptions.js';
import { nextPageToken } from './paging.js';

const BASE = '/webhook-subscriptions';

/** Webhook subscriptions of the notifications service: list, create, get, update, delete. */
export const webhookSubscriptionRoutes: readonly Route[] = [
  workspaceRoute('POST', BASE, ({ ws, body }) => {
    const input = parseBody(createWebhookSubscriptionSchema, body);
    return { status: 201, body: webhookSubscriptionDto(createWebhookSubscription(ws, input)) };
  }),

  workspaceRoute('GET', BASE, ({ ws, query }) => {
    const params = readPageParams(query, `workspaces/${ws.id}/webhook-subscriptions`);
    const page = ws.webhookSubscriptionIndex.page(params);
    return {
      status: 200,
      body: listJson(
        page.items.map((item) => JSON.stringify(webhookSubscriptionDto(item))),
        { nextPageToken: nextPageToken(params, page) },
      ),
    };
  }),

  workspaceRoute('GET', `${BASE}/{subscriptionId}`, ({ ws }, { subscriptionId }) => ({
    status: 200,
    body: webhookSubscriptionDto(getWebhookSubscription(ws, subscriptionId)),
  })),

  workspaceRoute('PATCH', `${BASE}/{subscriptionId}`, ({ ws, body }, { subscriptionId }) => {
    const subscription = getWebhookSubscription(ws, subscriptionId);
    const patch = parseBody(updateWebhookSubscriptionSchema, body);
    return {
      status: 200,
      body: webhookSubscriptionDto(updateWebhookSubscription(ws, subscription, patch)),
    };
  }),

  workspaceRoute('DELETE', `${BASE}/{subscriptionId}`, ({ ws }, { subscriptionId }) => {
    deleteWebhookSubscription(ws, getWebhookSubscription(ws, subscriptionId));
    return { status: 204 };
  }),
];
