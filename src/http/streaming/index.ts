/**
 * The three subscription transports over one {@link StreamRunner}, so they share the schema, the
 * request rules and the auth rules: graphql-ws on the `/graphql` upgrade, graphql-sse at
 * `/graphql/stream`, and Apollo's multipart protocol on `POST /graphql`.
 */
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../../config/index.js';
import type { GatewayContext, RequestInfo } from '../../graphql/context.js';
import type { PersistedRequests } from '../../graphql/persisted/persistedRequests.js';
import { createFormatError } from '../../graphql/plugins/formatError.js';
import { CredentialChecks } from '../../graphql/streaming/credentialChecks.js';
import { createPreparer } from '../../graphql/streaming/prepare.js';
import { StreamRunner } from '../../graphql/streaming/runner.js';
import type { StreamObserver } from '../../graphql/streaming/streamObserver.js';
import type { Logger } from '../../observability/logger.js';
import type { SubscriptionHub } from '../../realtime/hub.js';
import { createMultipartHandler } from './multipart.js';
import { createSseHandler } from './sse.js';
import { attachWebSocketTransport } from './websocket.js';

/** graphql-ws's own default: a peer that misses a pong for this long is dropped. */
const WEBSOCKET_KEEP_ALIVE_MS = 12_000;

export interface StreamingDeps {
  readonly config: Config;
  readonly server: Server;
  readonly schema: GraphQLSchema;
  readonly persisted: PersistedRequests;
  readonly contextFor: (request: RequestInfo) => GatewayContext;
  readonly hub: SubscriptionHub;
  readonly logger: Logger;
  /** Told of subscriptions and connections opening and ending (`GatewayMetrics`). */
  readonly observer: StreamObserver;
}

/** Sets up the transports; the WebSocket one is attached to `server` at once. */
export function createStreamingTransports(deps: StreamingDeps) {
  const { config } = deps;
  const runner = new StreamRunner({
    contextFor: deps.contextFor,
    prepare: createPreparer({
      schema: deps.schema,
      persisted: deps.persisted,
      limits: config.limits,
      introspection: config.introspection,
    }),
    checks: new CredentialChecks({ ttlMs: config.subscriptions.credentialCheckTtlMs }),
    formatError: createFormatError(deps.logger),
    observer: deps.observer,
  });
  const websocket = attachWebSocketTransport({
    server: deps.server,
    runner,
    logger: deps.logger,
    maxPayloadBytes: config.maxBodyBytes,
    keepAliveMs: WEBSOCKET_KEEP_ALIVE_MS,
    observer: deps.observer,
  });
  return {
    runner,
    sse: createSseHandler({ runner, maxBodyBytes: config.maxBodyBytes, observer: deps.observer }),
    multipart: createMultipartHandler({
      runner,
      heartbeatMs: config.subscriptions.heartbeatMs,
      observer: deps.observer,
    }),
    /** Ends every subscription (streams complete, WebSockets close with 1001). */
    close: async () => {
      deps.hub.close();
      await websocket.close();
    },
  };
}
