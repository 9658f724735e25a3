/**
 * Spans for the event fan-out: an `event publish` span for each event a webhook delivery or a
 * mutation publishes (a child of the intake or operation span, whose context the event then carries
 * across the bus), and an
 * `event deliver` span where the local subscription hub hands an event to its subscribers (a child
 * of the publish span named by the event's `traceparent`, on whichever instance delivers it).
 */
import type { SpanHandle, Tracing } from '../observability/tracing.js';
import type { EventBus, GatewayEvent } from './events.js';

/** `bus`, with each publication a span under `parent` and the span's context on the event. */
export function tracedBus(bus: EventBus, tracing: Tracing, parent: SpanHandle | string): EventBus {
  if (!tracing.enabled) return bus;
  return {
    publish(event) {
      const span = tracing.span(
        'event publish',
        { 'gateway.event.type': event.type, 'gateway.event.source': event.source },
        parent,
      );
      const { traceparent } = span;
      bus.publish(traceparent === undefined ? event : { ...event, traceparent });
      span.end();
    },
    subscribe: (workspaceId, listener) => bus.subscribe(workspaceId, listener),
    close: () => bus.close(),
  };
}

/**
 * The hub's fan-out hook: a span per event it handled, saying how many local subscribers took it,
 * or that it was dropped because this instance had already delivered the same change.
 */
export function deliverySpans(
  tracing: Tracing,
): ((event: GatewayEvent, delivered: number | null) => void) | undefined {
  if (!tracing.enabled) return undefined;
  return (event, delivered) => {
    tracing
      .span(
        'event deliver',
        {
          'gateway.event.type': event.type,
          'gateway.event.source': event.source,
          'gateway.fanout.outcome': delivered === null ? 'duplicate' : 'delivered',
          'gateway.fanout.subscribers': delivered ?? 0,
        },
        event.traceparent,
      )
      .end();
  };
}
