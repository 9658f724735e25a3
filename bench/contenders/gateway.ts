/**
 * Contender 1: this gateway, built from src/ into dist-bench/, in production mode over the
 * simulator. For throughput scenarios its upstream rate shaping is raised out of the way (the
 * simulator enforces no limit there either); the workspace-budget scenario runs it with defaults.
 */
import { distFile } from '../paths.js';
import { freePort, startService } from '../processes.js';
import { prepareGatewayShaped } from './gatewayShapedScreens.js';
import type { Fixtures, RunningContender } from './types.js';

/** A fixed cursor secret, so cursors stay valid across the gateway processes of one run. */
const CURSOR_SECRET = 'benchmark-cursor-secret-0123456789abcdef';

/** The rate-shaping variables that take the gateway's own limiter out of the way. */
export const RAISED_RATE_SHAPING: Readonly<Record<string, string>> = {
  RATE_LIMIT_GET_PER_SECOND: '1000000',
  RATE_LIMIT_WRITE_PER_SECOND: '1000000',
};

export interface GatewayOptions {
  readonly fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>;
  /** `raised` for throughput scenarios, `default` for the workspace budget. */
  readonly rateShaping: 'raised' | 'default';
  /** Write a V8 CPU profile into this directory when the process exits. */
  readonly cpuProfileDir?: string;
  /** More variables for experiments (`--gateway-env`), applied last. */
  readonly extraEnv?: Readonly<Record<string, string>>;
  readonly key?: string;
  readonly label?: string;
  /** The screen scenarios it takes part in; all when absent. */
  readonly scenarios?: RunningContender['scenarios'];
}

/** The key Bird (the simulator) signs the benchmark's webhooks with. */
export const BENCH_WEBHOOK_KEY = 'bench-gateway-webhook-signing-key-0123456789';

/** Switches the response cache off (the gateway's default is on). */
export const UNCACHED: Readonly<Record<string, string>> = { CACHE_TTL_SECONDS: '0' };

/**
 * The cache as a deployment with webhooks runs it: with a signing key the default TTL is the long
 * one (webhooks keep entries fresh).
 */
export const CACHED_WITH_WEBHOOKS: Readonly<Record<string, string>> = {
  WEBHOOK_SIGNING_KEY: BENCH_WEBHOOK_KEY,
};

export async function startGateway(
  options: GatewayOptions,
): Promise<RunningContender & { readonly origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const profile =
    options.cpuProfileDir === undefined
      ? []
      : ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`];
  const service = await startService({
    name: 'gateway',
    args: [...profile, distFile('src/main.js')],
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      BIRD_API_URL: options.fixtures.simulatorUrl,
      BIRD_WORKSPACE_ID: options.fixtures.workspaceId,
      BIRD_ACCESS_KEY: options.fixtures.accessKey,
      GATEWAY_ALLOW_ANONYMOUS: 'true',
      CURSOR_SECRET,
      ...(options.rateShaping === 'raised' ? RAISED_RATE_SHAPING : {}),
      ...options.extraEnv,
    },
    readyUrl: `${origin}/readyz`,
  });
  return {
    key: options.key ?? 'gateway',
    label: options.label ?? 'this gateway',
    ...(options.scenarios === undefined ? {} : { scenarios: options.scenarios }),
    pid: service.pid,
    origin,
    prepare: (scenario, fixtures) => prepareGatewayShaped(origin, '/graphql', scenario, fixtures),
    stop: async () => {
      await service.stop(15_000);
    },
  };
}
