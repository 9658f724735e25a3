/**
 * What the streaming transports report about themselves (`bird_gateway_subscriptions_active` and
 * `bird_gateway_connections_active`). `GatewayMetrics` implements it; the transports know nothing
 * of Prometheus. Every `opened` is matched by exactly one `closed`, however the stream ends.
 */

/** The subscription transports, as metric labels. */
export type StreamTransport = 'graphql-ws' | 'sse' | 'multipart';

export interface StreamObserver {
  subscriptionOpened(transport: StreamTransport): void;
  subscriptionClosed(transport: StreamTransport): void;
  connectionOpened(transport: StreamTransport): void;
  connectionClosed(transport: StreamTransport): void;
}

/** Reports nothing. */
export const NO_STREAM_OBSERVER: StreamObserver = {
  subscriptionOpened: () => undefined,
  subscriptionClosed: () => undefined,
  connectionOpened: () => undefined,
  connectionClosed: () => undefined,
};

/** `f`, run the first time the function returned is called only. */
function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    f();
  };
}

/** Reports a subscription of `transport` open; the function returned reports it ended (once). */
export function subscriptionOpened(
  observer: StreamObserver,
  transport: StreamTransport,
): () => void {
  observer.subscriptionOpened(transport);
  return once(() => {
    observer.subscriptionClosed(transport);
  });
}

/** Reports a connection of `transport` open; the function returned reports it closed (once). */
export function connectionOpened(observer: StreamObserver, transport: StreamTransport): () => void {
  observer.connectionOpened(transport);
  return once(() => {
    observer.connectionClosed(transport);
  });
}
