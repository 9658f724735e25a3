/**
 * Starts every contender over the simulator. The direct REST client comes first: its answers are
 * the truth. A contender that fails to start is left out and reported, and the run goes on.
 */
import type { Fixtures, RunningContender } from './types.js';
import { CACHED_WITH_WEBHOOKS, startGateway, UNCACHED } from './gateway.js';
import { startMesh } from './mesh/index.js';
import { startNaive } from './naive/index.js';
import { startProxy } from './proxy/index.js';
import { restContender } from './rest/index.js';
import type { ContenderStatus } from '../results.js';

export interface Started {
  readonly running: RunningContender[];
  readonly statuses: ContenderStatus[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function startContenders(
  fixtures: Fixtures,
  options: {
    mesh: boolean;
    gatewayEnv: Readonly<Record<string, string>>;
  },
  log: (line: string) => void,
): Promise<Started> {
  const running: RunningContender[] = [restContender(fixtures)];
  const statuses: ContenderStatus[] = [
    {
      key: 'rest',
      label: running[0]?.label ?? 'REST',
      available: true,
      note: 'in the harness process',
    },
  ];
  const starts: [string, string, () => Promise<RunningContender>][] = [
    [
      'gateway',
      'this gateway',
      () =>
        startGateway({
          fixtures,
          rateShaping: 'raised',
          extraEnv: { ...UNCACHED, ...options.gatewayEnv },
        }),
    ],
    [
      'gateway-cached',
      'this gateway (cached)',
      () =>
        startGateway({
          fixtures,
          rateShaping: 'raised',
          extraEnv: { ...CACHED_WITH_WEBHOOKS, ...options.gatewayEnv },
          key: 'gateway-cached',
          label: 'this gateway (cached)',
          scenarios: ['lookup'],
        }),
    ],
    ['naive', 'naive Apollo + RESTDataSource', () => startNaive(fixtures)],
    ['proxy', 'bare undici proxy', () => startProxy(fixtures)],
  ];
  for (const [key, label, start] of starts) {
    log(`Starting ${label}`);
    try {
      running.push(await start());
      statuses.push({ key, label, available: true, note: null });
    } catch (error) {
      statuses.push({ key, label, available: false, note: message(error) });
      log(`  ${label} did not start: ${message(error)}`);
    }
  }
  const meshLabel = 'GraphQL Mesh / Hive Gateway';
  if (!options.mesh) {
    statuses.push({
      key: 'mesh',
      label: meshLabel,
      available: false,
      note: 'left out (quick run, or --no-mesh)',
    });
  } else {
    log(`Starting ${meshLabel} (install and compose from the simulator's OpenAPI document)`);
    const mesh = await startMesh(fixtures);
    if (mesh.ok) {
      running.push(mesh.contender);
      statuses.push({
        key: 'mesh',
        label: meshLabel,
        available: true,
        note: 'supergraph composed by Mesh Compose from /openapi.json, served by Hive Gateway',
      });
    } else {
      statuses.push({ key: 'mesh', label: meshLabel, available: false, note: mesh.error });
      log(`  ${meshLabel} is left out: ${mesh.error}`);
    }
  }
  return { running, statuses };
}
