/**
 * Builds the gateway — the HTTP server, Apollo Server and the upstream transport — from a Config.
 * It only composes the parts (the routes are in http/router.ts, Apollo's set-up in
 * graphql/apollo.ts) and never listens by itself: `main.ts` (or a test) decides where.
 *
 * Apollo Server runs on node:http directly through `executeHTTPGraphQLRequest`: no web framework
 * sits on the request path, which keeps per-request overhead low.
 */
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { Agent, type Dispatcher } from 'undici';
import { BentoCacheStore, type CacheStore } from './cache/store.js';
import { ResponseCache } from './cache/responseCache.js';
import type { Config } from './config/index.js';
import { createApollo } from './graphql/apollo.js';
import { createContextFactory, type GatewayContext } from './graphql/context.js';
import { loadManifest, type Manifest } from './graphql/persisted/manifest.js';
import { PersistedRequests } from './graphql/persisted/persistedRequests.js';
import { createGraphQLHandler } from './http/graphqlHandler.js';
import { createMediaHandler } from './http/media.js';
import { ReadinessCheck } from './http/readiness.js';
import { createMetricsHandler, createMetricsServer } from './http/metricsEndpoint.js';
import { createRouter } from './http/router.js';
import { createHttpServer } from './http/httpServer.js';
import { MediaLinks } from './media/mediaLinks.js';
import { createLogger, type Logger } from './observability/logger.js';
import { GatewayMetrics } from './observability/metrics.js';
import { createTracing, type Tracing } from './observability/tracing.js';
import { CursorCodec } from './pagination/cursor.js';
import { createPlayground } from './playground/index.js';
import { createSharedMode, type SharedMode } from './redis/sharedMode.js';
import type { VerifiedCredentials } from './upstream/credentials/verifiedCredentials.js';
import { createWebhookHandler } from './http/webhookHandler.js';
import { WebhookIntake } from './realtime/webhooks/intake.js';
import { buildSchema } from './graphql/schema.js';
import { createStreamingTransports } from './http/streaming/index.js';
import type { DedupeStore, EventBus } from './realtime/events.js';
import { LocalDedupeStore, LocalEventBus } from './realtime/localBus.js';
import type { SubscriptionHub } from './realtime/hub.js';
import { createRealtime } from './realtime/realtime.js';
import { BirdClient } from './upstream/client.js';
import { observedBus } from './realtime/observedBus.js';
import { Transport } from './upstream/transport.js';
import { requestIdFrom } from './http/requestId.js';

export interface GatewayDeps {
  readonly logger?: Logger;
  /** Inject the upstream dispatcher (tests); by default a keep-alive pool to Bird. */
  readonly dispatcher?: Dispatcher;
  /** Share the client keys Bird accepted between instances; by default in-process. */
  readonly verifiedCredentials?: VerifiedCredentials;
  /** The event bus (shared mode puts one on Redis); by default in process. */
  readonly events?: EventBus;
  /** Where publishers claim changes before publishing them; by default in process. */
  readonly dedupe?: DedupeStore;
  /** Where cached answers live; by default bentocache in memory (an L2 plugs in here). */
  readonly cacheStore?: CacheStore;
}

export interface Gateway {
  readonly config: Config;
  readonly server: Server;
  readonly apollo: ApolloServer<GatewayContext>;
  readonly transport: Transport;
  readonly readiness: ReadinessCheck;
  readonly logger: Logger;
  /** Bird webhook intake; null when WEBHOOK_SIGNING_KEY is not set. */
  readonly webhooks: WebhookIntake | null;
  /** Gateway events: webhook intake and mutations publish here, subscriptions listen. */
  readonly events: EventBus;
  /** Shared claims (webhook request ids, message ids) so a change is published once. */
  readonly dedupe: DedupeStore;
  /** This instance's subscriptions (`size` is how many are open). */
  readonly subscriptions: SubscriptionHub;
  /** The response cache; null when `CACHE_TTL_SECONDS=0`. */
  readonly cache: ResponseCache | null;
  /** The Redis-backed pieces when REDIS_URL is set; null in process. */
  readonly shared: SharedMode | null;
  readonly metrics: GatewayMetrics;
  readonly tracing: Tracing;
  /** The server of `METRICS_PORT` (not listening yet), or null when /metrics is on `server`. */
  readonly metricsServer: Server | null;
  /**
   * Stops accepting connections, lets in-flight operations finish (up to SHUTDOWN_GRACE_MS), then
   * closes the remaining connections and the upstream pool.
   */
  stop(): Promise<void>;
}

/** Creates the gateway for a configuration. Call `server.listen` to serve it. */
export async function createGateway(config: Config, deps: GatewayDeps = {}): Promise<Gateway> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const shared = config.redis === null ? null : createSharedMode(config, config.redis, logger);
  const verified = deps.verifiedCredentials ?? shared?.verified;
  const manifest: Manifest =
    config.persisted.mode === 'off' ? new Map() : loadManifest(config.persisted.manifestPath);
  const metrics = new GatewayMetrics({
    // Operations the project ships are named even when persisted operations are off.
    operationNames: [...(manifest.size > 0 ? manifest : loadManifest(null)).values()].map(
      (operation) => operation.name,
    ),
    workspaceLabel: config.observability.workspaceLabel,
    limits: {
      read: config.upstream.rateLimit.getPerSecond,
      write: config.upstream.rateLimit.writePerSecond,
    },
  });
  const tracing = await createTracing(config.observability);
  const transport = new Transport(config.upstream, {
    logger,
    observer: metrics,
    ...(deps.dispatcher === undefined ? {} : { dispatcher: deps.dispatcher }),
    ...(verified === undefined ? {} : { verified }),
    ...(shared === null ? {} : { shaper: shared.shaper }),
  });
  metrics.watchBreaker(() => transport.readiness().breaker);
  // Shared mode fans events out and deduplicates through Redis; the shared pieces close with it.
  const events = observedBus(deps.events ?? shared?.bus ?? new LocalEventBus(), (type, source) => {
    metrics.eventPublished(type, source);
  });
  const dedupe = deps.dedupe ?? shared?.dedupe ?? new LocalDedupeStore();
  const realtime = createRealtime({
    events,
    dedupe,
    logger,
    tracing,
    readerFor: (credentials) =>
      new BirdClient({
        transport,
        credentials,
        requestId: requestIdFrom(undefined),
        concurrency: 1,
      }),
  });
  const cache =
    config.cache.ttlSeconds === 0
      ? null
      : new ResponseCache({
          store:
            deps.cacheStore ?? shared?.cache?.store ?? new BentoCacheStore({ maxItems: 50_000 }),
          ...(shared?.cache ? { generations: shared.cache.generations } : {}),
          bus: events,
          ttlMs: config.cache.ttlSeconds * 1000,
          shareAcrossKeys: config.cache.shareAcrossKeys,
          observer: metrics,
        });
  const media = mediaParts(config, deps.dispatcher);
  const contextFor = createContextFactory({
    config,
    transport,
    cursors: new CursorCodec(config.cursorSecret),
    logger,
    realtime,
    cache,
    media: media.links,
  });
  const readiness = new ReadinessCheck({
    transport,
    origin: transport.origin,
    cacheMs: config.http.readinessCacheMs,
    ...(shared === null ? {} : { shared: () => shared.details() }),
    ...(deps.dispatcher === undefined ? {} : { dispatcher: deps.dispatcher }),
  });
  const webhooks =
    config.webhooks.signingKeys.length === 0
      ? null
      : new WebhookIntake({
          signingKeys: config.webhooks.signingKeys,
          maxAgeSeconds: config.webhooks.maxAgeSeconds,
          bus: events,
          dedupe,
          logger,
          metrics,
          tracing,
        });
  const persisted = new PersistedRequests(config.persisted.mode, manifest);

  const server = createHttpServer(config.http);
  const schema = buildSchema();
  const apollo = createApollo(config, logger, server, schema, metrics, shared?.apq);
  await apollo.start();

  const streaming = createStreamingTransports({
    config,
    server,
    schema,
    persisted,
    contextFor,
    hub: realtime.hub,
    logger,
    observer: metrics,
  });
  const graphql = createGraphQLHandler({
    apollo,
    contextFor,
    persisted,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    maxBatchSize: config.limits.batchSize,
    compression: config.http.compression,
    multipart: streaming.multipart,
    tracing,
  });
  const serveMetrics = createMetricsHandler(metrics, config.observability.metricsToken);
  const metricsServer =
    config.observability.metricsPort === null ? null : createMetricsServer(serveMetrics);
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
      stream: streaming.sse,
      media: media.handler,
      readiness,
      logger,
      metrics: metricsServer === null ? serveMetrics : null,
    }),
  );

  return {
    config,
    server,
    apollo,
    transport,
    readiness,
    logger,
    metrics,
    tracing,
    metricsServer,
    events,
    dedupe,
    cache,
    webhooks,
    subscriptions: realtime.hub,
    shared,
    stop: async () => {
      readiness.markStopping();
      // Subscriptions never finish by themselves: end them first, or the drain waits its grace.
      await streaming.close();
      await apollo.stop();
      metricsServer?.close();
      metricsServer?.closeAllConnections();
      // Deliveries already answered 2xx are published before the bus goes away.
      await webhooks?.idle();
      // An injected bus belongs to whoever injected it; the shared one closes with shared mode.
      if (deps.events === undefined && shared === null) await events.close();
      await Promise.all([
        transport.close(),
        readiness.close(),
        media.close(),
        tracing.shutdown(),
        cache?.close(),
      ]);
      await shared?.close();
    },
  };
}

/** Media links and their route; Bird's media may sit on another origin than its API. */
function mediaParts(config: Config, injected: Dispatcher | undefined) {
  const { accessKey, workspaceId } = config.upstream;
  const links = new MediaLinks({
    config: config.media,
    secret: config.cursorSecret,
    ownCredential:
      accessKey === null || workspaceId === null
        ? null
        : { workspaceId, authorization: `AccessKey ${accessKey}` },
  });
  const dispatcher =
    injected ?? new Agent({ connect: { timeout: config.upstream.connectTimeoutMs } });
  const handler = createMediaHandler({
    links,
    dispatcher,
    timeoutMs: config.upstream.headersTimeoutMs,
  });
  return {
    links,
    handler,
    close: () => (injected === undefined ? dispatcher.close() : Promise.resolve()),
  };
}
