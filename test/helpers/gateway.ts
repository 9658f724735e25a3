/**
 * Starts the real gateway on port 0 over a real simulator on port 0, and talks to it over HTTP.
 * Every test file gets its own pair (fresh state); `reset()` restores the seed between tests.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/logger.js';
import { createGateway, type Gateway } from '../../src/server.js';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../src/simulator/index.js';

export interface GraphQLResult<TData = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorShape[];
  readonly extensions?: Record<string, unknown>;
  readonly text: string;
}

export interface GraphQLErrorShape {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

export interface TestGateway {
  readonly url: string;
  readonly simulator: Simulator;
  readonly gateway: Gateway;
  readonly config: Config;
  /** Everything the gateway logged, one JSON line per entry. */
  readonly logs: string[];
  /** POSTs an operation to /graphql. */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<TData>>;
  /** Upstream requests the simulator received since the last `clearCalls()` (Bird routes only). */
  calls(): { method: string; path: string; query: Record<string, string>; body: unknown }[];
  clearCalls(): void;
  /** A plain REST call to the simulator as the demo workspace's access key. */
  rest<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  /** Extra environment for the gateway's config. Without BIRD_* settings it runs in demo mode. */
  readonly env?: Record<string, string>;
  /** Runs the gateway in live (non-demo) mode pointed at the simulator, with these variables. */
  readonly live?: boolean;
  readonly simulator?: SimulatorOptions;
  /** Reuse an already running simulator (for several gateways over one upstream). */
  readonly sharedSimulator?: Simulator;
}

/** Starts a simulator and a gateway in front of it. */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const simulator =
    options.sharedSimulator ?? (await startSimulator({ port: 0, ...options.simulator }));
  // Rate shaping is off unless a test turns it on: most tests make bursts of calls that are not
  // about Bird's limits.
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'debug',
    PORT: '0',
    RATE_LIMIT_GET_PER_SECOND: '0',
    RATE_LIMIT_WRITE_PER_SECOND: '0',
    ...options.env,
  };
  const config = options.live
    ? loadConfig({ BIRD_API_URL: simulator.url, ...env })
    : loadConfig(env, {
        url: simulator.url,
        workspaceId: simulator.workspaceId,
        accessKey: simulator.accessKey,
      });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((l) => l !== ''),
      );
      done();
    },
  });
  const gateway = await createGateway(config, { logger: createLogger(config.logLevel, sink) });
  gateway.server.listen(0, '127.0.0.1');
  await once(gateway.server, 'listening');
  const address = gateway.server.address();
  if (address === null || typeof address === 'string')
    throw new Error('gateway is not listening on TCP');
  const { port } = address;
  const url = `http://127.0.0.1:${port}/graphql`;

  return {
    url,
    simulator,
    gateway,
    config,
    logs,
    async query<TData>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      const parsed = JSON.parse(text) as Omit<GraphQLResult<TData>, 'status' | 'headers' | 'text'>;
      return { ...parsed, status: response.status, headers: response.headers, text };
    },
    calls: () =>
      simulator.requests
        .entries()
        .map((e) => ({ method: e.method, path: e.path, query: e.query, body: e.body })),
    clearCalls: () => {
      simulator.requests.clear();
    },
    async rest<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${simulator.url}/workspaces/${simulator.workspaceId}${path}`, {
        method,
        headers: {
          authorization: `AccessKey ${simulator.accessKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
    },
    async close() {
      await new Promise<void>((resolve) => {
        gateway.server.close(() => {
          resolve();
        });
        gateway.server.closeAllConnections();
      });
      await gateway.stop();
      if (options.sharedSimulator === undefined) await simulator.close();
    },
  };
}
