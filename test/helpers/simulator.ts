/**
 * Starts the Bird simulator on port 0 for a test file and talks to it over real HTTP.
 * `withSimulator()` registers the lifecycle hooks (start once, reset before each test, close after);
 * `startTestSimulator()` is for tests that need their own instance (e.g. special options).
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { z } from 'zod';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
  type SimulatorTenant,
} from '../../src/simulator/index.js';

/** Small enough to reset in a few milliseconds, large enough to paginate. */
export const SMALL_SIZE = { contacts: 40, conversations: 60, messages: 600 } as const;

/** A response as the tests see it. */
export interface SimResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body; undefined when empty or not JSON. */
  readonly json: unknown;
}

/** Per-request options. `auth: null` sends no Authorization header; a string replaces it. */
export interface CallOptions {
  readonly body?: unknown;
  readonly rawBody?: string | Uint8Array | FormData;
  readonly headers?: Readonly<Record<string, string>>;
  readonly auth?: string | null;
}

/** A running simulator plus a small HTTP client bound to one of its workspaces. */
export class SimulatorClient {
  constructor(
    readonly sim: Simulator,
    readonly tenant: SimulatorTenant = requireTenant(sim, 0),
  ) {}

  /** The same simulator, talking as another tenant. */
  as(tenant: SimulatorTenant): SimulatorClient {
    return new SimulatorClient(this.sim, tenant);
  }

  /** Absolute URL of a path under this tenant's workspace. */
  url(path: string): string {
    return `${this.sim.url}/workspaces/${this.tenant.workspaceId}${path}`;
  }

  /** Calls a path under this tenant's workspace. */
  call(method: string, path: string, options: CallOptions = {}): Promise<SimResponse> {
    return this.fetch(method, this.url(path), options);
  }

  /** Calls an absolute URL, with this tenant's key unless `options.auth` says otherwise. */
  async fetch(method: string, url: string, options: CallOptions = {}): Promise<SimResponse> {
    const headers: Record<string, string> = { ...options.headers };
    const auth = options.auth === undefined ? `AccessKey ${this.tenant.accessKey}` : options.auth;
    if (auth !== null) headers.authorization = auth;
    let body: string | Uint8Array | FormData | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: parseJson(text) };
  }

  /** Calls and validates the body with `schema`, failing with the response text otherwise. */
  async expect<S extends z.ZodType>(
    schema: S,
    status: number,
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<z.output<S>> {
    const response = await this.call(method, path, options);
    if (response.status !== status) {
      throw new Error(
        `${method} ${path}: expected ${status}, got ${response.status}: ${response.text}`,
      );
    }
    const result = schema.safeParse(response.json);
    if (!result.success) {
      throw new Error(
        `${method} ${path}: unexpected body ${response.text}\n${result.error.message}`,
      );
    }
    return result.data;
  }
}

/** The tenant at `index`, failing loudly if the simulator has fewer. */
export function requireTenant(sim: Simulator, index: number): SimulatorTenant {
  const tenant = sim.tenants[index];
  if (tenant === undefined) throw new Error(`The simulator has no tenant #${index}`);
  return tenant;
}

/** Starts a simulator on port 0 (SMALL_SIZE data unless `options.size` says otherwise); close it with `client.sim.close()`. */
export async function startTestSimulator(options: SimulatorOptions = {}): Promise<SimulatorClient> {
  return new SimulatorClient(await startSimulator({ size: SMALL_SIZE, ...options, port: 0 }));
}

/**
 * One simulator per test file, reset before every test so each starts from the seed data.
 * @returns a getter for the client, valid inside tests and hooks.
 */
export function withSimulator(options: SimulatorOptions = {}): () => SimulatorClient {
  let client: SimulatorClient | null = null;
  beforeAll(async () => {
    client = await startTestSimulator(options);
  });
  beforeEach(() => {
    client?.sim.reset();
  });
  afterAll(async () => {
    await client?.sim.close();
  });
  return () => {
    if (client === null) throw new Error('withSimulator(): the simulator is not started yet');
    return client;
  };
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}
