import type { SimulatorOptions } from './simulator.js';

/** An environment variable had an unusable value. */
export class SimulatorEnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'SimulatorEnvError';
  }
}

/**
 * Reads the simulator's knobs from the environment (for `npm run simulator`):
 * PORT (default 4010), HOST, SIM_SEED, SIM_CONTACTS, SIM_CONVERSATIONS, SIM_MESSAGES,
 * SIM_LATENCY_MS, SIM_JITTER_MS, SIM_RATE_LIMIT (`off` or `GET/POST`, e.g. `50/500`),
 * SIM_RATE_LIMIT_RETRY_AFTER (`true`/`false`), SIM_REQUEST_LOG_LIMIT, SIM_MESSAGE_STATUSES
 * (`true`/`false`, default true: messages move through statuses), SIM_STATUS_STEP_MS and
 * SIM_INBOUND_EVERY_MS (simulated customer messages; off unless set).
 * @throws SimulatorEnvError naming the first invalid variable.
 */
export function simulatorOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): SimulatorOptions {
  const int = (name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return undefined;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= min && value <= max)) {
      throw new SimulatorEnvError(
        name,
        `expected an integer between ${min} and ${max}, got '${raw}'`,
      );
    }
    return value;
  };
  const options: SimulatorOptions = { port: int('PORT', 0, 65535) ?? 4010 };
  const host = env.HOST?.trim();
  if (host !== undefined && host !== '') options.host = host;
  const seed = int('SIM_SEED', 0, 0xffffffff);
  if (seed !== undefined) options.seed = seed;
  const contacts = int('SIM_CONTACTS', 1);
  const conversations = int('SIM_CONVERSATIONS', 1);
  const messages = int('SIM_MESSAGES', 0);
  options.size = {
    ...(contacts === undefined ? {} : { contacts }),
    ...(conversations === undefined ? {} : { conversations }),
    ...(messages === undefined ? {} : { messages }),
  };
  const fixedMs = int('SIM_LATENCY_MS', 0);
  const jitterMs = int('SIM_JITTER_MS', 0);
  if (fixedMs !== undefined || jitterMs !== undefined)
    options.latency = { fixedMs: fixedMs ?? 0, jitterMs: jitterMs ?? 0 };
  const retryAfter = bool(env, 'SIM_RATE_LIMIT_RETRY_AFTER');
  const rate = env.SIM_RATE_LIMIT?.trim();
  if (rate !== undefined && rate !== '' && rate.toLowerCase() !== 'off') {
    const match = /^(\d+)\/(\d+)$/.exec(rate);
    const getPerSecond = Number(match?.[1]);
    const postPerSecond = Number(match?.[2]);
    if (!(getPerSecond >= 1 && postPerSecond >= 1)) {
      throw new SimulatorEnvError(
        'SIM_RATE_LIMIT',
        `expected 'off' or 'GET/POST' per second such as '50/500', got '${rate}'`,
      );
    }
    options.rateLimit = { getPerSecond, postPerSecond, retryAfter: retryAfter ?? false };
  }
  const logLimit = int('SIM_REQUEST_LOG_LIMIT', 1);
  if (logLimit !== undefined) options.requestLogLimit = logLimit;
  // A standalone simulator behaves like a channel: statuses move on unless switched off.
  const stepMs = int('SIM_STATUS_STEP_MS', 0);
  options.messageStatuses = {
    enabled: bool(env, 'SIM_MESSAGE_STATUSES') ?? true,
    ...(stepMs === undefined ? {} : { stepMs }),
  };
  const inboundEveryMs = int('SIM_INBOUND_EVERY_MS', 10);
  if (inboundEveryMs !== undefined) options.inboundEveryMs = inboundEveryMs;
  return options;
}

function bool(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new SimulatorEnvError(name, `expected 'true' or 'false', got '${raw}'`);
}
