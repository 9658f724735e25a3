/**
 * Environment → one frozen, typed Config. Every problem names the variable that causes it, so a
 * bad deployment stops at start-up instead of failing on the first request.
 */
import { z } from 'zod';

export type Environment = 'production' | 'development' | 'test';

export interface UpstreamConfig {
  /** Bird's API origin, e.g. `https://api.bird.com`. In demo mode, the embedded simulator. */
  readonly url: string;
  /** Default workspace for requests that do not name one (`X-Bird-Workspace-Id`). */
  readonly workspaceId: string | null;
  /** Access key the gateway holds for its clients (Bearer-token or anonymous mode). */
  readonly accessKey: string | null;
  /** Concurrent upstream calls one GraphQL operation may have in flight. */
  readonly concurrencyPerRequest: number;
  /** Keep-alive connections to Bird. */
  readonly connections: number;
  readonly connectTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
  /** Longest an operation may spend on upstream calls, retries and waits included. */
  readonly operationDeadlineMs: number;
  readonly retry: RetryConfig;
  readonly rateLimit: RateLimitConfig;
  readonly breaker: BreakerConfig;
}

/** Retries of idempotent upstream reads (see src/resilience/retryPolicy.ts). */
export interface RetryConfig {
  /** Attempts per call, the first included; 1 disables retries. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Longest `Retry-After` honoured; a longer one fails the call at once. */
  readonly retryAfterCapMs: number;
  /** Retries one operation may make across all its calls. */
  readonly budgetPerOperation: number;
}

/** The per-workspace rate shaper (see src/resilience/rateShaper.ts). 0 disables a class. */
export interface RateLimitConfig {
  readonly getPerSecond: number;
  readonly writePerSecond: number;
  /** Longest a call may wait for its turn before failing with RATE_LIMITED. */
  readonly maxWaitMs: number;
  /** Kept between a request and the one the limit window makes it wait for. */
  readonly marginMs: number;
}

/** The circuit breaker in front of Bird (see src/resilience/breaker.ts). */
export interface BreakerConfig {
  /** Failure percentage within the window that opens the breaker. */
  readonly failureThresholdPercent: number;
  /** Calls within the window before the percentage counts. */
  readonly minimumCalls: number;
  readonly windowMs: number;
  /** How long the breaker stays open before a probe may close it. */
  readonly openMs: number;
}

/** Checks made before an operation runs (see src/limits/). */
export interface LimitsConfig {
  /** Deepest field nesting an operation may have (fragments do not add depth). */
  readonly depth: number;
  /** Aliases an operation may use. */
  readonly aliases: number;
  /** Lexical tokens a document may have; parsing stops beyond them. */
  readonly tokens: number;
  /** Directives an operation may use. */
  readonly directives: number;
  /** Field selections once fragments are expanded (stops fragment "bombs"). */
  readonly selections: number;
  /** Operations one batched HTTP request (a JSON array) may carry; 0 refuses batches. */
  readonly batchSize: number;
  /** Ceiling of an operation's estimated upstream calls. */
  readonly upstreamCalls: number;
}

/** How clients may refer to stored operations (see src/persisted/). */
export type PersistedMode = 'apq' | 'trusted' | 'off';

export interface PersistedConfig {
  /**
   * `apq`: automatic persisted queries plus free-form queries; `trusted`: only the operations of
   * the manifest run; `off`: free-form queries only.
   */
  readonly mode: PersistedMode;
  /** The persisted-query manifest; null for the project's `operations/manifest.json`. */
  readonly manifestPath: string | null;
}

/** HTTP behaviour of the gateway (see src/http/). */
export interface HttpConfig {
  /** Seconds anonymous GET queries may be cached by shared caches; 0 = never (`no-store`). */
  readonly publicCacheMaxAgeSeconds: number;
  /** How long `/readyz` reuses its upstream reachability probe. */
  readonly readinessCacheMs: number;
  /** How long shutdown waits for in-flight operations before closing their connections. */
  readonly shutdownGraceMs: number;
}

export interface Config {
  readonly env: Environment;
  /** True when the gateway serves the embedded simulator because no Bird settings were given. */
  readonly demo: boolean;
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly upstream: UpstreamConfig;
  readonly auth: {
    /** Bearer tokens that may use the configured access key. */
    readonly tokens: readonly string[];
    /** Requests without credentials use the configured access key. */
    readonly allowAnonymous: boolean;
  };
  /** Secret that signs pagination cursors; shared by every instance so cursors survive restarts. */
  readonly cursorSecret: string;
  /** True when `cursorSecret` was generated at start-up (cursors die with the process). */
  readonly cursorSecretEphemeral: boolean;
  readonly introspection: boolean;
  /** Serve the GraphiQL playground at `/` and to browsers opening `/graphql` (`PLAYGROUND`). */
  readonly playground: boolean;
  readonly maxBodyBytes: number;
  readonly limits: LimitsConfig;
  readonly persisted: PersistedConfig;
  readonly http: HttpConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const bool = (name: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      error: `${name} must be true or false`,
    })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

const env = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  PORT: int('PORT', 0, 65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  BIRD_API_URL: z
    .url({ error: 'BIRD_API_URL must be an absolute http(s) URL such as https://api.bird.com' })
    .refine((u) => /^https?:\/\//.test(u), 'BIRD_API_URL must use http or https')
    .optional(),
  BIRD_WORKSPACE_ID: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'BIRD_WORKSPACE_ID must be a Bird workspace id (a UUID)')
    .optional(),
  BIRD_ACCESS_KEY: z
    .string()
    .min(8, 'BIRD_ACCESS_KEY looks too short to be a Bird access key')
    .optional(),
  GATEWAY_TOKENS: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    )
    .refine(
      (tokens) => tokens.every((t) => t.length >= 16),
      'GATEWAY_TOKENS must be a comma-separated list of tokens of at least 16 characters',
    )
    .optional(),
  GATEWAY_ALLOW_ANONYMOUS: bool('GATEWAY_ALLOW_ANONYMOUS').optional(),
  CURSOR_SECRET: z.string().min(32, 'CURSOR_SECRET must be at least 32 characters').optional(),
  INTROSPECTION: bool('INTROSPECTION').optional(),
  PLAYGROUND: bool('PLAYGROUND').optional(),
  MAX_BODY_BYTES: int('MAX_BODY_BYTES', 1024, 10 * 1024 * 1024).default(100 * 1024),
  // --- request limits, persisted operations, HTTP behaviour -----------------------------------
  MAX_QUERY_DEPTH: int('MAX_QUERY_DEPTH', 1, 100).default(12),
  MAX_QUERY_ALIASES: int('MAX_QUERY_ALIASES', 0, 1000).default(30),
  MAX_QUERY_TOKENS: int('MAX_QUERY_TOKENS', 100, 100_000).default(3_000),
  MAX_QUERY_DIRECTIVES: int('MAX_QUERY_DIRECTIVES', 0, 1000).default(20),
  MAX_QUERY_SELECTIONS: int('MAX_QUERY_SELECTIONS', 10, 1_000_000).default(2_000),
  MAX_BATCH_SIZE: int('MAX_BATCH_SIZE', 0, 100).default(10),
  MAX_UPSTREAM_CALLS: int('MAX_UPSTREAM_CALLS', 1, 100_000).default(250),
  PERSISTED_OPERATIONS: z
    .enum(['apq', 'trusted', 'off'], { error: 'PERSISTED_OPERATIONS must be apq, trusted or off' })
    .default('apq'),
  PERSISTED_MANIFEST: z.string().min(1).optional(),
  CACHE_PUBLIC_MAX_AGE: int('CACHE_PUBLIC_MAX_AGE', 0, 86_400).default(0),
  READINESS_CACHE_MS: int('READINESS_CACHE_MS', 0, 600_000).default(5_000),
  SHUTDOWN_GRACE_MS: int('SHUTDOWN_GRACE_MS', 0, 600_000).default(10_000),
  UPSTREAM_CONCURRENCY_PER_REQUEST: int('UPSTREAM_CONCURRENCY_PER_REQUEST', 1, 100).default(32),
  UPSTREAM_CONNECTIONS: int('UPSTREAM_CONNECTIONS', 1, 4096).default(256),
  UPSTREAM_CONNECT_TIMEOUT_MS: int('UPSTREAM_CONNECT_TIMEOUT_MS', 100, 60_000).default(3_000),
  UPSTREAM_HEADERS_TIMEOUT_MS: int('UPSTREAM_HEADERS_TIMEOUT_MS', 100, 120_000).default(10_000),
  UPSTREAM_BODY_TIMEOUT_MS: int('UPSTREAM_BODY_TIMEOUT_MS', 100, 120_000).default(10_000),
  // --- upstream resilience -------------------------------------------------------------------
  OPERATION_DEADLINE_MS: int('OPERATION_DEADLINE_MS', 100, 300_000).default(15_000),
  UPSTREAM_RETRY_ATTEMPTS: int('UPSTREAM_RETRY_ATTEMPTS', 1, 10).default(3),
  UPSTREAM_RETRY_BASE_DELAY_MS: int('UPSTREAM_RETRY_BASE_DELAY_MS', 1, 60_000).default(100),
  UPSTREAM_RETRY_MAX_DELAY_MS: int('UPSTREAM_RETRY_MAX_DELAY_MS', 1, 60_000).default(2_000),
  UPSTREAM_RETRY_AFTER_CAP_MS: int('UPSTREAM_RETRY_AFTER_CAP_MS', 0, 300_000).default(5_000),
  UPSTREAM_RETRY_BUDGET: int('UPSTREAM_RETRY_BUDGET', 0, 1000).default(10),
  RATE_LIMIT_GET_PER_SECOND: int('RATE_LIMIT_GET_PER_SECOND', 0, 10_000_000).default(50),
  RATE_LIMIT_WRITE_PER_SECOND: int('RATE_LIMIT_WRITE_PER_SECOND', 0, 10_000_000).default(500),
  RATE_LIMIT_MAX_WAIT_MS: int('RATE_LIMIT_MAX_WAIT_MS', 0, 60_000).default(1_000),
  RATE_LIMIT_MARGIN_MS: int('RATE_LIMIT_MARGIN_MS', 0, 1_000).default(20),
  BREAKER_FAILURE_THRESHOLD_PERCENT: int('BREAKER_FAILURE_THRESHOLD_PERCENT', 1, 100).default(50),
  BREAKER_MINIMUM_CALLS: int('BREAKER_MINIMUM_CALLS', 1, 10_000).default(20),
  BREAKER_WINDOW_MS: int('BREAKER_WINDOW_MS', 1_000, 600_000).default(10_000),
  BREAKER_OPEN_MS: int('BREAKER_OPEN_MS', 100, 600_000).default(5_000),
});

/** The fixed cursor secret of demo mode, so demo cursors survive restarts too. Not a secret. */
export const DEMO_CURSOR_SECRET = 'demo-mode-cursor-secret-not-for-production-use';

/** True when the environment names no Bird settings at all: the gateway runs over the simulator. */
export function isDemoEnvironment(source: NodeJS.ProcessEnv): boolean {
  return ['BIRD_API_URL', 'BIRD_WORKSPACE_ID', 'BIRD_ACCESS_KEY'].every(
    (name) => (source[name] ?? '') === '',
  );
}

/**
 * Reads and validates the configuration. In demo mode pass the simulator's coordinates as
 * `demoUpstream`; the gateway then serves its access key to anonymous clients.
 */
export function loadConfig(
  source: NodeJS.ProcessEnv,
  demoUpstream?: { url: string; workspaceId: string; accessKey: string },
): Config {
  // Empty variables count as unset, as shells and .env files often leave them empty.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = env.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const demo = demoUpstream !== undefined;
  const tokens = e.GATEWAY_TOKENS ?? [];
  const accessKey = demo ? demoUpstream.accessKey : (e.BIRD_ACCESS_KEY ?? null);

  if (
    !demo &&
    e.BIRD_ACCESS_KEY !== undefined &&
    tokens.length === 0 &&
    e.GATEWAY_ALLOW_ANONYMOUS !== true
  ) {
    throw new ConfigError(
      'Invalid configuration:\n- BIRD_ACCESS_KEY is set but GATEWAY_TOKENS is empty: anyone could use the key. ' +
        'Set GATEWAY_TOKENS (clients send "Authorization: Bearer <token>"), or GATEWAY_ALLOW_ANONYMOUS=true to serve it to everyone.',
    );
  }
  if (e.GATEWAY_ALLOW_ANONYMOUS === true && accessKey === null) {
    throw new ConfigError(
      'Invalid configuration:\n- GATEWAY_ALLOW_ANONYMOUS=true needs BIRD_ACCESS_KEY: anonymous requests use that key.',
    );
  }
  if (!demo && e.BIRD_ACCESS_KEY !== undefined && e.BIRD_WORKSPACE_ID === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n- BIRD_ACCESS_KEY is set without BIRD_WORKSPACE_ID: the key belongs to one workspace; name it.',
    );
  }

  const cursorSecret = e.CURSOR_SECRET ?? (demo ? DEMO_CURSOR_SECRET : null);
  return Object.freeze({
    env: e.NODE_ENV,
    demo,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    upstream: Object.freeze({
      url: (demo ? demoUpstream.url : (e.BIRD_API_URL ?? 'https://api.bird.com')).replace(
        /\/+$/,
        '',
      ),
      workspaceId: demo ? demoUpstream.workspaceId : (e.BIRD_WORKSPACE_ID ?? null),
      accessKey,
      concurrencyPerRequest: e.UPSTREAM_CONCURRENCY_PER_REQUEST,
      connections: e.UPSTREAM_CONNECTIONS,
      connectTimeoutMs: e.UPSTREAM_CONNECT_TIMEOUT_MS,
      headersTimeoutMs: e.UPSTREAM_HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: e.UPSTREAM_BODY_TIMEOUT_MS,
      operationDeadlineMs: e.OPERATION_DEADLINE_MS,
      retry: Object.freeze({
        attempts: e.UPSTREAM_RETRY_ATTEMPTS,
        baseDelayMs: e.UPSTREAM_RETRY_BASE_DELAY_MS,
        maxDelayMs: e.UPSTREAM_RETRY_MAX_DELAY_MS,
        retryAfterCapMs: e.UPSTREAM_RETRY_AFTER_CAP_MS,
        budgetPerOperation: e.UPSTREAM_RETRY_BUDGET,
      }),
      rateLimit: Object.freeze({
        getPerSecond: e.RATE_LIMIT_GET_PER_SECOND,
        writePerSecond: e.RATE_LIMIT_WRITE_PER_SECOND,
        maxWaitMs: e.RATE_LIMIT_MAX_WAIT_MS,
        marginMs: e.RATE_LIMIT_MARGIN_MS,
      }),
      breaker: Object.freeze({
        failureThresholdPercent: e.BREAKER_FAILURE_THRESHOLD_PERCENT,
        minimumCalls: e.BREAKER_MINIMUM_CALLS,
        windowMs: e.BREAKER_WINDOW_MS,
        openMs: e.BREAKER_OPEN_MS,
      }),
    }),
    auth: Object.freeze({
      tokens: Object.freeze([...tokens]),
      // Demo data is public: the demo gateway serves the simulator's key to everyone unless
      // tokens are configured.
      allowAnonymous: e.GATEWAY_ALLOW_ANONYMOUS ?? (demo && tokens.length === 0),
    }),
    cursorSecret: cursorSecret ?? randomSecret(),
    cursorSecretEphemeral: cursorSecret === null,
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    playground: e.PLAYGROUND ?? e.NODE_ENV !== 'production',
    maxBodyBytes: e.MAX_BODY_BYTES,
    limits: Object.freeze({
      depth: e.MAX_QUERY_DEPTH,
      aliases: e.MAX_QUERY_ALIASES,
      tokens: e.MAX_QUERY_TOKENS,
      directives: e.MAX_QUERY_DIRECTIVES,
      selections: e.MAX_QUERY_SELECTIONS,
      batchSize: e.MAX_BATCH_SIZE,
      upstreamCalls: e.MAX_UPSTREAM_CALLS,
    }),
    persisted: Object.freeze({
      mode: e.PERSISTED_OPERATIONS,
      manifestPath: e.PERSISTED_MANIFEST ?? null,
    }),
    http: Object.freeze({
      publicCacheMaxAgeSeconds: e.CACHE_PUBLIC_MAX_AGE,
      readinessCacheMs: e.READINESS_CACHE_MS,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    }),
  });
}

function randomSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}
