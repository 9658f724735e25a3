/**
 * Records what a gateway publishes on its EventBus for one workspace, and waits for events with a
 * deadline instead of sleeping: `next(match)` resolves on the first recorded event that matches,
 * or rejects when the deadline passes first.
 */
import type { EventBus, GatewayEvent } from '../../src/realtime/events.js';

export interface EventRecorder {
  /** Every event published for the workspace since recording began, in order. */
  readonly events: GatewayEvent[];
  /** The first event (already recorded or still to come) that `match` accepts. */
  next(match: (event: GatewayEvent) => boolean, deadlineMs?: number): Promise<GatewayEvent>;
  stop(): void;
}

/** Starts recording the events of `workspaceId` on `bus`. */
export function recordEvents(bus: EventBus, workspaceId: string): EventRecorder {
  const events: GatewayEvent[] = [];
  const waiters = new Set<(event: GatewayEvent) => void>();
  const stop = bus.subscribe(workspaceId, (event) => {
    events.push(event);
    for (const waiter of [...waiters]) waiter(event);
  });
  return {
    events,
    stop,
    next(match, deadlineMs = 5_000) {
      const seen = events.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching event within ${deadlineMs} ms`));
        }, deadlineMs);
        const waiter = (event: GatewayEvent) => {
          if (!match(event)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(event);
        };
        waiters.add(waiter);
      });
    },
  };
}
