/**
 * Entry point: reads the configuration, starts the embedded Bird simulator when no Bird settings are
 * given (demo mode), builds the gateway, listens, and shuts down gracefully on SIGTERM/SIGINT
 * (in-flight operations finish, then the process exits).
 */
import { once } from 'node:events';
import { ConfigError, isDemoEnvironment, loadConfig, type Config } from './config/index.js';
import { installShutdown } from './http/shutdown.js';
import { createLogger } from './observability/logger.js';
import { createGateway, type Gateway } from './server.js';
import { startSimulator, type Simulator } from './simulator/index.js';

async function main(): Promise<void> {
  let simulator: Simulator | null = null;
  let config: Config;
  try {
    if (isDemoEnvironment(process.env)) {
      loadConfig(process.env); // validate the other variables before starting anything
      simulator = await startSimulator({ port: 0, host: '127.0.0.1' });
      config = loadConfig(process.env, {
        url: simulator.url,
        workspaceId: simulator.workspaceId,
        accessKey: simulator.accessKey,
      });
    } else {
      config = loadConfig(process.env);
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  const logger = createLogger(config.logLevel);
  let gateway: Gateway;
  try {
    gateway = await createGateway(config, { logger });
  } catch (err) {
    // A bad persisted-operation manifest is a configuration problem, reported like one.
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      await simulator?.close();
      process.exit(1);
    }
    throw err;
  }
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
  const address = gateway.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
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

await main();
