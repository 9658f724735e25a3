/**
 * `npm run webhooks:register`'s work: makes sure the workspace has one Bird webhook subscription
 * per conversation event pointing at this gateway, creating or updating only what differs, so
 * running it twice changes nothing the second time.
 *
 * A subscription is the gateway's when its URL's path is `/webhooks/bird/{workspaceId}`; other
 * subscriptions of the workspace (other integrations) are never touched. Bird never returns a
 * signing key, so an existing subscription keeps its key unless `rotateKey` asks to set it again.
 */
import type { Dispatcher } from 'undici';
import {
  WebhookSubscriptionsClient,
  type BirdWebhookSubscription,
  type WebhookSubscriptionInput,
} from '../../upstream/webhookSubscriptions.js';
import { CONVERSATION_EVENTS, type ConversationEventName } from './envelope.js';

export interface RegistrationOptions {
  readonly apiUrl: string;
  readonly workspaceId: string;
  readonly accessKey: string;
  /** The gateway's public origin; subscriptions post to `{publicUrl}/webhooks/bird/{ws}`. */
  readonly publicUrl: string;
  /** The key Bird signs with (the first of WEBHOOK_SIGNING_KEY). */
  readonly signingKey: string;
  /** Also set the signing key on subscriptions that exist already (key rotation). */
  readonly rotateKey?: boolean;
  readonly dispatcher?: Dispatcher;
}

export type RegistrationAction = 'created' | 'updated' | 'unchanged';

export interface RegistrationResult {
  readonly event: ConversationEventName;
  readonly action: RegistrationAction;
  readonly subscriptionId: string;
  readonly url: string;
  /** What an update changed (`url`, `status`, `signingKey`). */
  readonly changed: readonly string[];
}

/** The URL Bird posts a workspace's events to. */
export function webhookUrlFor(publicUrl: string, workspaceId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/webhooks/bird/${workspaceId}`;
}

/** Creates or updates the three conversation-event subscriptions; returns what it did per event. */
export async function registerWebhooks(
  options: RegistrationOptions,
): Promise<RegistrationResult[]> {
  const client = new WebhookSubscriptionsClient(options);
  const url = webhookUrlFor(options.publicUrl, options.workspaceId);
  const existing = await client.list();
  const results: RegistrationResult[] = [];
  for (const event of CONVERSATION_EVENTS) {
    const ours = existing.filter(
      (s) =>
        s.service === 'conversations' &&
        s.event === event &&
        isGatewayUrl(s.url, options.workspaceId),
    );
    const current = ours.find((s) => s.url === url) ?? ours[0];
    if (current === undefined) {
      const created = await client.create({
        service: 'conversations',
        event,
        url,
        signingKey: options.signingKey,
      });
      results.push({ event, action: 'created', subscriptionId: created.id, url, changed: [] });
      continue;
    }
    const patch = patchFor(current, url, options);
    const changed = Object.keys(patch);
    if (changed.length > 0) await client.update(current.id, patch);
    results.push({
      event,
      action: changed.length > 0 ? 'updated' : 'unchanged',
      subscriptionId: current.id,
      url,
      changed,
    });
  }
  return results;
}

/** What must change on an existing subscription of the gateway. */
function patchFor(
  current: BirdWebhookSubscription,
  url: string,
  options: RegistrationOptions,
): WebhookSubscriptionInput {
  const patch: WebhookSubscriptionInput = {};
  if (current.url !== url) patch.url = url;
  if (current.status !== undefined && current.status !== null && current.status !== 'active') {
    patch.status = 'active';
  }
  // A moved URL is a new receiver: give it the current key too.
  if (options.rotateKey === true || patch.url !== undefined) patch.signingKey = options.signingKey;
  return patch;
}

function isGatewayUrl(url: string, workspaceId: string): boolean {
  try {
    return new URL(url).pathname.endsWith(`/webhooks/bird/${workspaceId}`);
  } catch {
    return false;
  }
}
