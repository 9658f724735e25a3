/**
 * Starts the real gateway on port 0 over a real simulator on port 0, and talks to it over HTTP.
 * Every test file gets its own pair (fresh state); `reset()` restores the seed between tests.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { z } from 'zod';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/logger.js';
import { createGateway, type Gateway, type GatewayDeps } from '../../src/server.js';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../src/simulator/index.js';
import { conforms } from './conforms.js';
import { startUpstreamGate, type UpstreamGate } from './upstreamGate.js';

/** A GraphQL response as tests see it: `data` is typed by the document that asked for it. */
export interface GraphQLResult<TData = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorShape[];
  readonly extensions?: Record<string, unknown>;
  readonly text: string;
}

const errorShape = z.looseObject({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  extensions: z.looseObject({ code: z.string().optional() }).optional(),
});
const envelope = z.object({
  data: z.unknown().optional(),
  errors: z.array(errorShape).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});

export type GraphQLErrorShape = z.infer<typeof errorShape>;

/** Extra request headers, e.g. credentials. */
export type Headers_ = Record<string, string>;

export interface TestGateway {
  readonly url: string;
  readonly simulator: Simulator;
  /** Holds upstream calls until the test releases them; needs `{ gate: true }`. */
  readonly gate: UpstreamGate;
  readonly gateway: Gateway;
  readonly config: Config;
  /** Everything the gateway logged, one JSON line per entry. */
  readonly logs: string[];
  /**
   * POSTs a typed operation (a `graphql()` document from test/gql) to /graphql. The response's
   * data is checked against the operation's selection before the compiler's type is trusted.
   */
  query<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers?: Headers_,
  ): Promise<GraphQLResult<TData>>;
  /**
   * POSTs query text or any document with any variables (malformed operations, deliberately wrong
   * variables): `data` is `unknown`, to be narrowed by the test.
   */
  queryText(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
    headers?: Headers_,
  ): Promise<GraphQLResult>;
  /** Upstream requests the simulator received since the last `clearCalls()` (Bird routes only). */
  calls(): { method: string; path: string; query: Record<string, string>; body: unknown }[];
  clearCalls(): void;
  /** A plain REST call to the simulator as the demo workspace's access key, body checked by `schema`. */
  rest<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: z.output<S> }>;
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
  /** Put an UpstreamGate between the gateway and the simulator (`gw.gate`). */
  readonly gate?: boolean;
  /** Share an event bus or dedupe store between gateways (several instances of one deployment). */
  readonly deps?: Pick<GatewayDeps, 'events' | 'dedupe' | 'cacheStore'>;
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
    // Caching is off unless a test turns it on: many tests count the upstream calls a query makes.
    CACHE_TTL_SECONDS: '0',
    ...options.env,
  };
  const gate = options.gate === true ? await startUpstreamGate(simulator.url) : null;
  const upstream = gate?.url ?? simulator.url;
  const config = options.live
    ? loadConfig({ BIRD_API_URL: upstream, ...env })
    : loadConfig(env, {
        url: upstream,
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
  const gateway = await createGateway(config, {
    ...options.deps,
    logger: createLogger(config.logLevel, sink),
  });
  gateway.server.listen(0, '127.0.0.1');
  await once(gateway.server, 'listening');
  const address = gateway.server.address();
  if (address === null || typeof address === 'string')
    throw new Error('gateway is not listening on TCP');
  const { port } = address;
  const url = `http://127.0.0.1:${port}/graphql`;

  const post = async (
    query: string,
    variables?: unknown,
    headers: Headers_ = {},
  ): Promise<GraphQLResult> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const parsed = envelope.parse(JSON.parse(text));
    return { ...parsed, status: response.status, headers: response.headers, text };
  };

  return {
    url,
    simulator,
    get gate() {
      if (gate === null) throw new Error('start the gateway with { gate: true } to use gw.gate');
      return gate;
    },
    gateway,
    config,
    logs,
    async query<TData, TVariables>(
      document: TypedDocumentNode<TData, TVariables>,
      variables?: TVariables,
      headers?: Headers_,
    ): Promise<GraphQLResult<TData>> {
      const { data, ...rest } = await post(print(document), variables, headers);
      if (data === undefined || data === null) return { ...rest, data };
      // conforms() throws on a mismatch; the false branch only satisfies the compiler.
      return conforms(document, data) ? { ...rest, data } : { ...rest, data: null };
    },
    queryText: (query, variables, headers) =>
      post(typeof query === 'string' ? query : print(query), variables, headers),
    calls: () =>
      simulator.requests
        .entries()
        .map((e) => ({ method: e.method, path: e.path, query: e.query, body: e.body })),
    clearCalls: () => {
      simulator.requests.clear();
    },
    async rest(schema, method, path, body) {
      const response = await fetch(`${simulator.url}/workspaces/${simulator.workspaceId}${path}`, {
        method,
        headers: {
          authorization: `AccessKey ${simulator.accessKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: schema.parse(text === '' ? undefined : JSON.parse(text)),
      };
    },
    async close() {
      gate?.release();
      await new Promise<void>((resolve) => {
        gateway.server.close(() => {
          resolve();
        });
        gateway.server.closeAllConnections();
      });
      await gateway.stop();
      await gate?.close();
      if (options.sharedSimulator === undefined) await simulator.close();
    },
  };
}

/**
 * One gateway (over its own simulator) per test file: started before the tests, closed after them.
 * @returns a getter for the gateway, valid inside tests and hooks.
 */
export function withGateway(options: TestGatewayOptions = {}): () => TestGateway {
  let gw: TestGateway | null = null;
  beforeAll(async () => {
    gw = await startTestGateway(options);
  });
  afterAll(async () => {
    await gw?.close();
  });
  return () => {
    if (gw === null) throw new Error('withGateway(): the gateway is not started yet');
    return gw;
  };
}
