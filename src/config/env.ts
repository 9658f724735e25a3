/**
 * The environment variables the gateway reads, with their defaults, bounds and error messages;
 * every message names its variable. `loadConfig` (src/config/index.ts) turns the result into a Config.
 */
import { z } from 'zod';

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

export const env = z.object({
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
  GATEWAY_FORWARD_CLIENT_KEYS: bool('GATEWAY_FORWARD_CLIENT_KEYS').optional(),
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
  COMPRESSION: bool('COMPRESSION').default(true),
  COMPRESSION_MIN_BYTES: int('COMPRESSION_MIN_BYTES', 0, 100 * 1024 * 1024).default(1024),
  CACHE_TTL_SECONDS: int('CACHE_TTL_SECONDS', 0, 86_400).optional(),
  CACHE_SHARE_ACROSS_KEYS: bool('CACHE_SHARE_ACROSS_KEYS').optional(),
  READINESS_CACHE_MS: int('READINESS_CACHE_MS', 0, 600_000).default(5_000),
  SHUTDOWN_GRACE_MS: int('SHUTDOWN_GRACE_MS', 0, 600_000).default(10_000),
  HTTP_HEADERS_TIMEOUT_MS: int('HTTP_HEADERS_TIMEOUT_MS', 100, 600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: int('HTTP_REQUEST_TIMEOUT_MS', 100, 3_600_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: int('HTTP_KEEP_ALIVE_TIMEOUT_MS', 0, 600_000).default(5_000),
  HTTP_MAX_CONNECTIONS: int('HTTP_MAX_CONNECTIONS', 1, 1_000_000).default(10_000),
  // --- media links (docs/media.md) ------------------------------------------------------------
  MEDIA_URL_TTL_SECONDS: int('MEDIA_URL_TTL_SECONDS', 10, 3_600).default(600),
  MEDIA_PUBLIC_URL: z
    .url({
      error: 'MEDIA_PUBLIC_URL must be an absolute http(s) URL such as https://gw.example.com',
    })
    .refine((u) => /^https?:\/\//.test(u), 'MEDIA_PUBLIC_URL must use http or https')
    .optional(),
  UPSTREAM_CONCURRENCY_PER_REQUEST: int('UPSTREAM_CONCURRENCY_PER_REQUEST', 1, 100).default(32),
  UPSTREAM_CONNECTIONS: int('UPSTREAM_CONNECTIONS', 1, 4096).default(256),
  UPSTREAM_CONNECT_TIMEOUT_MS: int('UPSTREAM_CONNECT_TIMEOUT_MS', 100, 60_000).default(3_000),
  UPSTREAM_HEADERS_TIMEOUT_MS: int('UPSTREAM_HEADERS_TIMEOUT_MS', 100, 120_000).default(10_000),
  UPSTREAM_BODY_TIMEOUT_MS: int('UPSTREAM_BODY_TIMEOUT_MS', 100, 120_000).default(10_000),
  UPSTREAM_MAX_BODY_BYTES: int('UPSTREAM_MAX_BODY_BYTES', 1024, 256 * 1024 * 1024).default(
    4 * 1024 * 1024,
  ),
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
  RATE_LIMIT_MARGIN_MS: int('RATE_LIMIT_MARGIN_MS', 0, 1_000).optional(),
  RATE_LIMIT_UNVERIFIED_PER_SECOND: int('RATE_LIMIT_UNVERIFIED_PER_SECOND', 1, 1_000).default(2),
  RATE_LIMIT_UNVERIFIED_GLOBAL_PER_SECOND: int(
    'RATE_LIMIT_UNVERIFIED_GLOBAL_PER_SECOND',
    1,
    10_000,
  ).default(20),
  VERIFIED_CREDENTIALS_TTL_MS: int('VERIFIED_CREDENTIALS_TTL_MS', 1_000, 86_400_000).default(
    600_000,
  ),
  VERIFIED_CREDENTIALS_MAX: int('VERIFIED_CREDENTIALS_MAX', 1, 10_000_000).default(10_000),
  BREAKER_FAILURE_THRESHOLD_PERCENT: int('BREAKER_FAILURE_THRESHOLD_PERCENT', 1, 100).default(50),
  BREAKER_MINIMUM_CALLS: int('BREAKER_MINIMUM_CALLS', 1, 10_000).default(20),
  BREAKER_WINDOW_MS: int('BREAKER_WINDOW_MS', 1_000, 600_000).default(10_000),
  BREAKER_OPEN_MS: int('BREAKER_OPEN_MS', 100, 600_000).default(5_000),
  // --- webhook intake (src/realtime/webhooks) -----------------------------------------------
  PUBLIC_URL: z
    .url({ error: 'PUBLIC_URL must be an absolute URL such as https://gw.example.com' })
    .refine(
      (u) => /^https?:\/\/[^?#]*$/.test(u),
      'PUBLIC_URL must be http(s) without a query or fragment',
    )
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  WEBHOOK_SIGNING_KEY: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k !== ''),
    )
    .refine(
      (keys) => keys.length > 0 && keys.every((k) => k.length >= 16),
      'WEBHOOK_SIGNING_KEY must be a comma-separated list of keys of at least 16 characters',
    )
    .optional(),
  WEBHOOK_MAX_AGE_SECONDS: int('WEBHOOK_MAX_AGE_SECONDS', 60, 7 * 86_400).default(86_400),
  SIM_INBOUND_EVERY_MS: int('SIM_INBOUND_EVERY_MS', 100, 3_600_000).optional(),
  WEBHOOK_MAX_BODY_BYTES: int('WEBHOOK_MAX_BODY_BYTES', 1024, 10 * 1024 * 1024).default(
    1024 * 1024,
  ),
  // --- subscriptions -------------------------------------------------------------------------
  SUBSCRIPTION_HEARTBEAT_MS: int('SUBSCRIPTION_HEARTBEAT_MS', 100, 120_000).default(5_000),
  SUBSCRIPTION_CREDENTIAL_CHECK_TTL_MS: int(
    'SUBSCRIPTION_CREDENTIAL_CHECK_TTL_MS',
    0,
    3_600_000,
  ).default(30_000),
  // --- shared mode (several instances) -------------------------------------------------------
  REDIS_URL: z
    .url({ error: 'REDIS_URL must be a URL such as redis://user:password@host:6379/0' })
    .refine((u) => /^rediss?:\/\//.test(u), 'REDIS_URL must use redis:// or rediss:// (TLS)')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'REDIS_KEY_PREFIX must be 1-64 of A-Z a-z 0-9 : _ . -')
    .default('bgw:'),
  REDIS_FALLBACK_BUDGET_FRACTION: z.coerce
    .number({ error: 'REDIS_FALLBACK_BUDGET_FRACTION must be a number' })
    .gt(0, 'REDIS_FALLBACK_BUDGET_FRACTION must be above 0')
    .max(1, 'REDIS_FALLBACK_BUDGET_FRACTION must be at most 1')
    .default(1 / 3),
  REDIS_COMMAND_TIMEOUT_MS: int('REDIS_COMMAND_TIMEOUT_MS', 10, 10_000).default(200),
  // --- observability (docs/observability.md) ----------------------------------------------------
  METRICS_PORT: int('METRICS_PORT', 0, 65535).optional(),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  METRICS_WORKSPACE_LABEL: bool('METRICS_WORKSPACE_LABEL').optional(),
  OTEL_SDK_DISABLED: bool('OTEL_SDK_DISABLED').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({
      error: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute URL such as http://collector:4318',
    })
    .optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url({ error: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an absolute URL' })
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
});

/** The environment after validation and defaults. */
export type Env = z.infer<typeof env>;
