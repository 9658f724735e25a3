/**
 * The realtime parts an operation's resolvers use, built once per gateway and reached through the
 * operation context: the local subscription fan-out, the shared message fetches of `messageAdded`,
 * and what mutations publish.
 */
import type { DedupeStore, EventBus } from './events.js';
import { SubscriptionHub } from './hub.js';
import { MessageFetches } from './messageFetches.js';
import { MutationEvents, type ReaderFor } from './mutationEvents.js';
import type { Logger } from '../observability/logger.js';
import { NO_TRACING, type Tracing } from '../observability/tracing.js';
import { deliverySpans } from './tracedPublish.js';

export interface Realtime {
  readonly hub: SubscriptionHub;
  readonly messages: MessageFetches;
  readonly publish: MutationEvents;
}

/** Builds the realtime parts over a bus and a dedupe store. */
export function createRealtime(deps: {
  readonly events: EventBus;
  readonly dedupe: DedupeStore;
  readonly logger: Logger;
  readonly readerFor: ReaderFor;
  readonly tracing?: Tracing;
}): Realtime {
  const hub = new SubscriptionHub(deps.events, {
    logger: deps.logger,
    onFanOut: deliverySpans(deps.tracing ?? NO_TRACING),
  });
  return {
    hub,
    messages: new MessageFetches(),
    publish: new MutationEvents(deps.events, deps.dedupe, deps.logger, deps.readerFor, (ws) =>
      hub.watches(ws),
    ),
  };
}
