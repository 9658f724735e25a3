/**
 * Builds the gateway — the HTTP server, Apollo Server and the upstream transport — from a Config.
 * It never listens by itself: `main.ts` (or a test) decides where.
 *
 * Apollo Server runs on node:http directly through `executeHTTPGraphQLRequest`: no web framework
 * sits on the request path, which keeps per-request overhead low.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Dispatcher } from 'undici';
import type { Config } from './config/index.js';
import { createContextFactory, type GatewayContext } from './graphql/context.js';
import { internalError, routeNotFound } from './graphql/errors.js';
import { createGraphQLHandler } from './http/graphqlHandler.js';
import { ReadinessCheck } from './http/readiness.js';
import { sendError, sendJson } from './http/respond.js';
import { costPlugin } from './graphql/limits/costPlugin.js';
import { documentLimits } from './graphql/limits/documentLimits.js';
import { createLogger, type Logger } from './observability/logger.js';
import { CursorCodec } from './pagination/cursor.js';
import { loadManifest } from './graphql/persisted/manifest.js';
import { PersistedRequests } from './graphql/persisted/persistedRequests.js';
import { createPlayground } from './playground/index.js';
import { cacheControlPlugin } from './graphql/plugins/cacheControl.js';
import { createFormatError } from './graphql/plugins/formatError.js';
import { operationLogPlugin } from './graphql/plugins/operationLog.js';
import { requireCredentialsPlugin } from './graphql/plugins/requireCredentials.js';
import { buildSchema } from './graphql/schema.js';
import { Transport } from './upstream/transport.js';

export interface GatewayDeps {
  readonly logger?: Logger;
  /** Inject the upstream dispatcher (tests); by default a keep-alive pool to Bird. */
  readonly dispatcher?: Dispatcher;
}

export interface Gateway {
  readonly config: Config;
  readonly server: Server;
  readonly apollo: ApolloServer<GatewayContext>;
  readonly transport: Transport;
  readonly readiness: ReadinessCheck;
  readonly logger: Logger;
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
  const persisted = new PersistedRequests(
    config.persisted.mode,
    config.persisted.mode === 'off' ? new Map() : loadManifest(config.persisted.manifestPath),
  );

  const server = createHttpServer();
  const apollo = new ApolloServer<GatewayContext>({
    schema: buildSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    csrfPrevention: true,
    // Trusted mode resolves manifest ids before Apollo; nothing may be registered at run time.
    persistedQueries: config.persisted.mode === 'apq' ? {} : false,
    allowBatchedHttpRequests: config.limits.batchSize > 0,
    // main.ts owns SIGTERM/SIGINT: it drains, closes the simulator and flushes the logs.
    stopOnTerminationSignals: false,
    ...documentLimits(config.limits),
    formatError: createFormatError(logger),
    logger: {
      debug: (m: string) => {
        logger.debug(m);
      },
      info: (m: string) => {
        logger.info(m);
      },
      warn: (m: string) => {
        logger.warn(m);
      },
      error: (m: string) => {
        logger.error(m);
      },
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: config.http.shutdownGraceMs,
      }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requireCredentialsPlugin(),
      costPlugin({ ceiling: config.limits.upstreamCalls, alwaysReport: config.demo }),
      ...(config.http.publicCacheMaxAgeSeconds > 0
        ? [cacheControlPlugin(config.http.publicCacheMaxAgeSeconds)]
        : []),
      operationLogPlugin(logger),
    ],
  });
  await apollo.start();

  const graphql = createGraphQLHandler({
    apollo,
    contextFor,
    persisted,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    maxBatchSize: config.limits.batchSize,
  });
  const playground = createPlayground(config);

  const ready = async (res: ServerResponse) => {
    const report = await readiness.check();
    sendJson(res, report.ready ? 200 : 503, {
      status: report.ready ? 'ready' : 'not ready',
      ...report,
    });
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    const handle = async () => {
      // Browsers opening /graphql (GET, HTML accepted, no query) get the playground too.
      if (playground(req, res)) return;
      if (path === '/graphql') return graphql(req, res);
      if (path === '/readyz') return ready(res);
      if (path === '/healthz') {
        sendJson(res, 200, { status: 'ok' });
        return;
      }
      sendError(res, routeNotFound());
    };
    handle().catch((err: unknown) => {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) sendError(res, internalError());
      else res.destroy();
    });
  });

  return {
    config,
    server,
    apollo,
    transport,
    readiness,
    logger,
    stop: async () => {
      readiness.markStopping();
      await apollo.stop();
      await Promise.all([transport.close(), readiness.close()]);
    },
  };
}
