/**
 * Apollo Server as the gateway runs it: the schema, document limits, error masking, and the
 * plugins (drain on stop, subscriptions refused over plain HTTP, credentials, cost, cache control,
 * revalidation, operation log). No landing page or
 * Apollo cache-control: the playground and ./plugins/cacheControl.ts do those jobs.
 */
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/index.js';
import type { Logger } from '../observability/logger.js';
import type { GatewayContext } from './context.js';
import { costPlugin } from './limits/costPlugin.js';
import { documentLimits } from './limits/documentLimits.js';
import { cacheControlPlugin } from './plugins/cacheControl.js';
import { createFormatError } from './plugins/formatError.js';
import { operationLogPlugin } from './plugins/operationLog.js';
import { refuseSubscriptionsPlugin } from './plugins/refuseSubscriptions.js';
import { operationMetricsPlugin } from './plugins/operationMetrics.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { requireCredentialsPlugin } from './plugins/requireCredentials.js';
import { revalidationPlugin } from './plugins/revalidation.js';

function plugins(config: Config, logger: Logger, httpServer: Server, metrics: GatewayMetrics) {
  const list: ApolloServerPlugin<GatewayContext>[] = [
    ApolloServerPluginDrainHttpServer({
      httpServer,
      stopGracePeriodMillis: config.http.shutdownGraceMs,
    }),
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginCacheControlDisabled(),
    refuseSubscriptionsPlugin(),
    requireCredentialsPlugin(),
    costPlugin({ ceiling: config.limits.upstreamCalls, alwaysReport: config.demo }),
  ];
  if (config.http.publicCacheMaxAgeSeconds > 0) {
    list.push(cacheControlPlugin(config.http.publicCacheMaxAgeSeconds));
  }
  list.push(revalidationPlugin(), operationLogPlugin(logger), operationMetricsPlugin(metrics));
  return list;
}

/** Apollo's key-value cache contract, as the APQ cache needs it. */
export interface KeyValueCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean>;
}

/**
 * Creates (does not start) the Apollo Server for a configuration and the HTTP server it drains,
 * over the executable schema the streaming transports share.
 */
export function createApollo(
  config: Config,
  logger: Logger,
  httpServer: Server,
  schema: GraphQLSchema,
  metrics: GatewayMetrics,
  apqCache?: KeyValueCache,
): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    csrfPrevention: true,
    // Trusted mode resolves manifest ids before Apollo; nothing may be registered at run time.
    // In shared mode the APQ cache is in Redis, so every instance knows every registered hash.
    persistedQueries:
      config.persisted.mode === 'apq' ? (apqCache === undefined ? {} : { cache: apqCache }) : false,
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
    plugins: plugins(config, logger, httpServer, metrics),
  });
}
