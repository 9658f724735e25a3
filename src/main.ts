/**
 * Entry point: reads the configuration, starts the embedded Bird simulator when no Bird settings are
 * given (demo mode), builds the gateway, listens, and shuts down gracefully on SIGTERM/SIGINT
 * (in-flight operations finish, then the process exits).
 *
 * The simulator (and its demo data generator) is loaded with a dynamic `import()` in demo mode
 * only: a production process never loads it.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { ConfigError, isDemoEnvironment, loadConfig, type Config } from './config/index.js';
import { installShutdown } from './http/shutdown.js';
import { createLogger, type Logger } from './observability/logger.js';
import { localOrigin, registerDemoWebhooks } from './realtime/webhooks/demoRegistration.js';
import { createGateway, type Gateway } from './server.js';

/** What main needs of the demo simulator (a structural view, so nothing imports it statically). */
interface DemoUpstream {
  readonly url: string;
  readonly workspaceId: string;
  readonly accessKey: string;
  close(): Promise<void>;
}

interface Startup {
  readonly config: Config;
  readonly simulator: DemoUpstream | null;
}

/** Reads the configuration, starting the simulator first in demo mode. */
async function configure(): Promise<Startup> {
  if (!isDemoEnvironment(process.env)) return { config: loadConfig(process.env), simulator: null };
  // Validate the other variables before starting anything.
  const { demoInboundEveryMs } = loadConfig(process.env);
  const { startSimulator } = await import('./simulator/index.js');
  const simulator: DemoUpstream = await startSimulator({
    port: 0,
    host: '127.0.0.1',
    inboundEveryMs: demoInboundEveryMs,
  });
  const config = loadConfig(process.env, {
    url: simulator.url,
    workspaceId: simulator.workspaceId,
    accessKey: simulator.accessKey,
    // Per process: only this gateway and its embedded simulator ever know it.
    webhookSigningKey: randomBytes(32).toString('base64url'),
  });
  return { config, simulator };
}

/** Reports a configuration problem and exits; rethrows anything else. */
async function exitOnConfigError(err: unknown, simulator: DemoUpstream | null): Promise<never> {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  await simulator?.close();
  process.exit(1);
}

function announce(logger: Logger, { config, simulator }: Startup, port: number): void {
  const shownHost = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(config.host)
    ? 'localhost'
    : config.host;
  const url = `http://${shownHost}:${port}/graphql`;
  if (simulator !== null) {
    logger.info(
      { simulator: simulator.url, workspaceId: simulator.workspaceId },
      'demo mode: no Bird settings given, serving the embedded Bird simulator with demo data',
    );
  } else {
    logger.info({ upstream: config.upstream.url }, 'serving Bird');
  }
  if (config.cursorSecretEphemeral) {
    logger.warn(
      'CURSOR_SECRET is not set: pagination cursors will not survive a restart or work across instances',
    );
  }
  logger.info({ url }, `gateway ready at ${url}`);
}

async function main(): Promise<void> {
  const startup = await configure().catch((err: unknown) => exitOnConfigError(err, null));
  const { config, simulator } = startup;
  const logger = createLogger(config.logLevel);
  // A bad persisted-operation manifest is a configuration problem, reported like one.
  const gateway: Gateway = await createGateway(config, { logger }).catch((err: unknown) =>
    exitOnConfigError(err, simulator),
  );
  installShutdown({
    stop: () => gateway.stop(),
    cleanup: async () => {
      await simulator?.close();
    },
    logger,
    graceMs: config.http.shutdownGraceMs,
    signals: process,
    exit: (code) => process.exit(code),
  });
  gateway.server.listen(config.port, config.host);
  await once(gateway.server, 'listening');
  if (gateway.metricsServer !== null) {
    gateway.metricsServer.listen(config.observability.metricsPort ?? 0, config.host);
    await once(gateway.metricsServer, 'listening');
  }
  const address = gateway.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  if (simulator !== null) {
    // The simulator's signed webhooks come back to this gateway, as Bird's would.
    await registerDemoWebhooks(simulator, config, localOrigin(config.host, port), logger);
  }
  announce(logger, startup, port);
}

await main();
