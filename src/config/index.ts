/**
 * Environment → one frozen, typed Config. Every problem names the variable that causes it, so a
 * bad deployment stops at start-up instead of failing on the first request.
 */
import { env, type Env } from './env.js';
import type { Config, ObservabilityConfig, UpstreamConfig } from './types.js';

export type * from './types.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The fixed cursor secret of demo mode, so demo cursors survive restarts too. Not a secret. */
export const DEMO_CURSOR_SECRET = 'demo-mode-cursor-secret-not-for-production-use';

/** True when the environment names no Bird settings at all: the gateway runs over the simulator. */
export function isDemoEnvironment(source: NodeJS.ProcessEnv): boolean {
  return ['BIRD_API_URL', 'BIRD_WORKSPACE_ID', 'BIRD_ACCESS_KEY'].every(
    (name) => (source[name] ?? '') === '',
  );
}

interface DemoUpstream {
  url: string;
  workspaceId: string;
  accessKey: string;
  /** Signs the embedded simulator's webhooks when WEBHOOK_SIGNING_KEY is not set. */
  webhookSigningKey?: string;
}

/** Parses the variables; empty ones count as unset, as shells and .env files often leave them empty. */
function parseEnv(source: NodeJS.ProcessEnv): Env {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = env.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Refuses combinations that would expose the held access key or leave it without a workspace. */
function checkCredentials(e: Env, demo: boolean, accessKey: string | null): void {
  const tokens = e.GATEWAY_TOKENS ?? [];
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
}

/** Node refuses a headers timeout longer than the request timeout that includes it. */
function checkHttp(e: Env): void {
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError(
      'Invalid configuration:\n- HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS (the whole request includes its headers).',
    );
  }
}

/** Bird's coordinates (the simulator's in demo mode), timeouts and resilience settings. */
function upstreamConfig(
  e: Env,
  demoUpstream: DemoUpstream | undefined,
  accessKey: string | null,
): UpstreamConfig {
  const demo = demoUpstream !== undefined;
  return Object.freeze({
    url: (demo ? demoUpstream.url : (e.BIRD_API_URL ?? 'https://api.bird.com')).replace(/\/+$/, ''),
    workspaceId: demo ? demoUpstream.workspaceId : (e.BIRD_WORKSPACE_ID ?? null),
    accessKey,
    concurrencyPerRequest: e.UPSTREAM_CONCURRENCY_PER_REQUEST,
    connections: e.UPSTREAM_CONNECTIONS,
    connectTimeoutMs: e.UPSTREAM_CONNECT_TIMEOUT_MS,
    headersTimeoutMs: e.UPSTREAM_HEADERS_TIMEOUT_MS,
    bodyTimeoutMs: e.UPSTREAM_BODY_TIMEOUT_MS,
    maxBodyBytes: e.UPSTREAM_MAX_BODY_BYTES,
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
      // Several instances book in Redis and send from their own event loops: a booked call can
      // reach Bird later than in one process (bench:redis: 20 ms let 35 calls through to 429s on a
      // quiet machine, 100 ms none).
      marginMs: e.RATE_LIMIT_MARGIN_MS ?? (e.REDIS_URL === undefined ? 20 : 100),
    }),
    breaker: Object.freeze({
      failureThresholdPercent: e.BREAKER_FAILURE_THRESHOLD_PERCENT,
      minimumCalls: e.BREAKER_MINIMUM_CALLS,
      windowMs: e.BREAKER_WINDOW_MS,
      openMs: e.BREAKER_OPEN_MS,
    }),
    credentials: Object.freeze({
      unverifiedPerSecond: e.RATE_LIMIT_UNVERIFIED_PER_SECOND,
      unverifiedGlobalPerSecond: e.RATE_LIMIT_UNVERIFIED_GLOBAL_PER_SECOND,
      verifiedTtlMs: e.VERIFIED_CREDENTIALS_TTL_MS,
      verifiedMax: e.VERIFIED_CREDENTIALS_MAX,
    }),
  });
}

/**
 * Reads and validates the configuration. In demo mode pass the simulator's coordinates as
 * `demoUpstream`; the gateway then serves its access key to anonymous clients.
 */
export function loadConfig(source: NodeJS.ProcessEnv, demoUpstream?: DemoUpstream): Config {
  const e = parseEnv(source);
  const demo = demoUpstream !== undefined;
  const tokens = e.GATEWAY_TOKENS ?? [];
  const accessKey = demo ? demoUpstream.accessKey : (e.BIRD_ACCESS_KEY ?? null);
  checkCredentials(e, demo, accessKey);
  checkHttp(e);

  const cursorSecret = e.CURSOR_SECRET ?? (demo ? DEMO_CURSOR_SECRET : null);
  const upstream = upstreamConfig(e, demoUpstream, accessKey);
  return Object.freeze({
    env: e.NODE_ENV,
    demo,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    upstream,
    auth: Object.freeze({
      tokens: Object.freeze([...tokens]),
      // Demo data is public: the demo gateway serves the simulator's key to everyone unless
      // tokens are configured.
      allowAnonymous: e.GATEWAY_ALLOW_ANONYMOUS ?? (demo && tokens.length === 0),
      // A gateway that holds a key (or hands out tokens) is not an open relay for any key a
      // client makes up; forwarding is then an explicit choice.
      forwardClientKeys:
        e.GATEWAY_FORWARD_CLIENT_KEYS ?? (e.BIRD_ACCESS_KEY === undefined && tokens.length === 0),
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
      compression: Object.freeze({ enabled: e.COMPRESSION, minBytes: e.COMPRESSION_MIN_BYTES }),
      readinessCacheMs: e.READINESS_CACHE_MS,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.HTTP_MAX_CONNECTIONS,
    }),
    webhooks: Object.freeze({
      signingKeys: Object.freeze([
        ...(e.WEBHOOK_SIGNING_KEY ??
          (demoUpstream?.webhookSigningKey === undefined ? [] : [demoUpstream.webhookSigningKey])),
      ]),
      publicUrl: e.PUBLIC_URL ?? null,
      maxAgeSeconds: e.WEBHOOK_MAX_AGE_SECONDS,
      maxBodyBytes: e.WEBHOOK_MAX_BODY_BYTES,
    }),
    demoInboundEveryMs: e.SIM_INBOUND_EVERY_MS ?? null,
    subscriptions: Object.freeze({
      heartbeatMs: e.SUBSCRIPTION_HEARTBEAT_MS,
      credentialCheckTtlMs: e.SUBSCRIPTION_CREDENTIAL_CHECK_TTL_MS,
    }),
    cache: Object.freeze({
      // With signed webhooks the cache is kept fresh by events and the TTL is only a backstop;
      // without them it is a burst absorber, and its life bounds how stale a read can be.
      ttlSeconds:
        e.CACHE_TTL_SECONDS ??
        (e.WEBHOOK_SIGNING_KEY === undefined && demoUpstream?.webhookSigningKey === undefined
          ? 5
          : 300),
      shareAcrossKeys: e.CACHE_SHARE_ACROSS_KEYS ?? false,
    }),
    media: Object.freeze({
      ttlSeconds: e.MEDIA_URL_TTL_SECONDS,
      publicUrl: (e.MEDIA_PUBLIC_URL ?? e.PUBLIC_URL)?.replace(/\/+$/, '') ?? null,
      // Bird serves media from its own host (bird-api.md §7); the API origin covers the simulator,
      // which serves that host's paths itself.
      birdOrigins: Object.freeze([
        ...new Set([new URL(upstream.url).origin, 'https://media.api.bird.com']),
      ]),
    }),
    redis:
      e.REDIS_URL === undefined
        ? null
        : Object.freeze({
            url: e.REDIS_URL,
            keyPrefix: e.REDIS_KEY_PREFIX,
            fallbackBudgetFraction: e.REDIS_FALLBACK_BUDGET_FRACTION,
            commandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
          }),
    observability: observabilityConfig(e),
  });
}

/** The OTLP traces URL the standard variables name: the signal-specific one wins. */
function observabilityConfig(e: Env): ObservabilityConfig {
  const base = e.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const endpoint =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base === undefined ? null : `${base}/v1/traces`);
  return Object.freeze({
    metricsPort: e.METRICS_PORT ?? null,
    metricsToken: e.METRICS_TOKEN ?? null,
    workspaceLabel: e.METRICS_WORKSPACE_LABEL ?? false,
    tracesEndpoint: e.OTEL_SDK_DISABLED === true ? null : endpoint,
    serviceName: e.OTEL_SERVICE_NAME ?? 'bird-graphql-gateway',
  });
}

function randomSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}
