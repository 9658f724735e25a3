/**
 * Builds the gateway — the HTTP server, Apollo Server and the upstream transport — from a Config.
 * It only composes the parts (the routes are in http/router.ts, Apollo's set-up in
 * graphql/apollo.ts) and never listens by itself: `main.ts` (or a test) decides where.
 *
 * Apollo Server runs on node:http directly through `executeHTTPGraphQLRequest`: no web framework
 * sits on the request path, which keeps per-request overhead low.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Dispatcher } from 'undici';
import type { Config } from './config/index.js';
import { createApollo } from './graphql/apollo.js';
import { createContextFactory, type GatewayContext } from './graphql/context.js';
import { loadManifest } from './graphql/persisted/manifest.js';
import { PersistedRequests } from './graphql/persisted/persistedRequests.js';
import { createGraphQLHandler } from './http/graphqlHandler.js';
import { ReadinessCheck } from './http/readiness.js';
import { createRouter } from './http/router.js';
import { createLogger, type Logger } from './observability/logger.js';
import { CursorCodec } from './pagination/cursor.js';
import { createPlayground } from './playground/index.js';
import type { VerifiedCredentials } from './upstream/credentials/verifiedCredentials.js';
import { createWebhookHandler } from './http/webhookHandler.js';
import type { DedupeStore, EventBus } from './realtime/events.js';
import { LocalDedupeStore, LocalEventBus } from './realtime/localBus.js';
import { WebhookIntake } from './realtime/webhooks/intake.js';
import { Transport } from './upstream/transport.js';

export interface GatewayDeps {
  readonly logger?: Logger;
  /** Inject the upstream dispatcher (tests); by default a keep-alive pool to Bird. */
  readonly dispatcher?: Dispatcher;
  /** Share the client keys Bird accepted between instances; by default in-process. */
  readonly verifiedCredentials?: VerifiedCredentials;
  /** Inject the event bus (shared mode, tests); by default an in-process one the gateway closes. */
  readonly events?: EventBus;
  /** Inject the dedupe store (shared mode); by default an in-process one. */
  readonly dedupe?: DedupeStore;
}

export interface Gateway {
  readonly config: Config;
  readonly server: Server;
  readonly apollo: ApolloServer<GatewayContext>;
  readonly transport: Transport;
  readonly readiness: ReadinessCheck;
  readonly logger: Logger;
  /** Where verified webhooks (and the gateway's own writes) are published as GatewayEvents. */
  readonly events: EventBus;
  readonly dedupe: DedupeStore;
  /** Bird webhook intake; null when WEBHOOK_SIGNING_KEY is not set. */
  readonly webhooks: WebhookIntake | null;
  /**
   * Stops accepting connections, lets in-flight operations finish (up to SHUTDOWN_GRACE_MS), then
   * closes the remaining connections and the upstream pool.
   */
  stop(): Promise<void>;
}

/** Creates the gateway for a configuration. Call `server.listen` to serve it. */
export async function createGateway(config: Config, deps: GatewayDeps = {}): Promise<Gateway> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const transport = new Transport(config.upstream, {
    logger,
    ...(deps.dispatcher === undefined ? {} : { dispatcher: deps.dispatcher }),
    ...(deps.verifiedCredentials === undefined ? {} : { verified: deps.verifiedCredentials }),
  });
  const contextFor = createContextFactory({
    config,
    transport,
    cursors: new CursorCodec(config.cursorSecret),
    logger,
  });
  const readiness = new ReadinessCheck({
    transport,
    origin: transport.origin,
    cacheMs: config.http.readinessCacheMs,
    ...(deps.dispatcher === undefined ? {} : { dispatcher: deps.dispatcher }),
  });
  const events = deps.events ?? new LocalEventBus();
  const dedupe = deps.dedupe ?? new LocalDedupeStore();
  const webhooks =
    config.webhooks.signingKeys.length === 0
      ? null
      : new WebhookIntake({
          signingKeys: config.webhooks.signingKeys,
          maxAgeSeconds: config.webhooks.maxAgeSeconds,
          bus: events,
          dedupe,
          logger,
        });
  const persisted = new PersistedRequests(
    config.persisted.mode,
    config.persisted.mode === 'off' ? new Map() : loadManifest(config.persisted.manifestPath),
  );

  const server = createHttpServer();
  const apollo = createApollo(config, logger, server);
  await apollo.start();
  const graphql = createGraphQLHandler({
    apollo,
    contextFor,
    persisted,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    maxBatchSize: config.limits.batchSize,
    compression: config.http.compression,
  });
  server.on(
    'request',
    createRouter({
      playground: createPlayground(config),
      graphql,
      webhooks: createWebhookHandler({
        intake: webhooks,
        publicUrl: config.webhooks.publicUrl,
        maxBodyBytes: config.webhooks.maxBodyBytes,
      }),
      readiness,
      logger,
    }),
  );

  return {
    config,
    server,
    apollo,
    transport,
    readiness,
    logger,
    events,
    dedupe,
    webhooks,
    stop: async () => {
      readiness.markStopping();
      await apollo.stop();
      // Deliveries already answered 2xx are published before the bus goes away.
      await webhooks?.idle();
      await Promise.all([
        transport.close(),
        readiness.close(),
        deps.events === undefined ? events.close() : undefined,
      ]);
    },
  };
}
