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
import { deliverySpans, tracedBus } from './tracedPublish.js';

export interface Realtime {
  readonly hub: SubscriptionHub;
  readonly messages: MessageFetches;
  /** What a mutation publishes, as `event publish` spans under its operation span when traced. */
  publishFor(traceparent: string | undefined): MutationEvents;
}

/** Builds the realtime parts over a bus and a dedupe store. */
export function createRealtime(deps: {
  readonly events: EventBus;
  readonly dedupe: DedupeStore;
  readonly logger: Logger;
  readonly readerFor: ReaderFor;
  readonly tracing?: Tracing;
}): Realtime {
  const tracing = deps.tracing ?? NO_TRACING;
  const hub = new SubscriptionHub(deps.events, {
    logger: deps.logger,
    onFanOut: deliverySpans(tracing),
  });
  const mutationEvents = (bus: EventBus) =>
    new MutationEvents(bus, deps.dedupe, deps.logger, deps.readerFor, (ws) => hub.watches(ws));
  const publish = mutationEvents(deps.events);
  return {
    hub,
    messages: new MessageFetches(),
    publishFor: (traceparent) =>
      !tracing.enabled || traceparent === undefined
        ? publish
        : mutationEvents(tracedBus(deps.events, tracing, traceparent)),
  };
}
