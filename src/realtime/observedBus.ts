/** An {@link EventBus} that counts what is published on it (`bird_gateway_events_published_total`). */
import type { EventBus, EventListener, GatewayEvent } from './events.js';

/** Wraps `bus`; `count` is told the type and source of each published event. */
export function observedBus(
  bus: EventBus,
  count: (type: string, source: string) => void,
): EventBus {
  return {
    publish(event: GatewayEvent) {
      count(event.type, event.source);
      bus.publish(event);
    },
    subscribe: (workspaceId: string, listener: EventListener) =>
      bus.subscribe(workspaceId, listener),
    close: () => bus.close(),
  };
}
