/**
 * Contender 5: Hive Gateway serving the supergraph Mesh composed from the simulator's OpenAPI
 * document. Installed for the benchmark only; when it cannot be installed, composed or started,
 * the run goes on without it and the report says why.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startService } from '../../processes.js';
import type { Fixtures, RunningContender } from '../types.js';
import { composeSupergraph } from './compose.js';
import { ensureMesh, MESH_DIR } from './install.js';
import { prepareMeshScreen } from './screens.js';

export type MeshStart = { ok: true; contender: RunningContender } | { ok: false; error: string };

/** What distinguishes one Hive Gateway contender from another. */
export interface HiveGatewaySpec {
  readonly key: string;
  readonly label: string;
  /** Working directory: the CLI reads `gateway.config.mjs` from it. */
  readonly dir: string;
  /** Where the composed supergraph goes; compose.ts's default when absent. */
  readonly supergraphFile?: string;
  /** The text of `gateway.config.mjs` to write into `dir`; none when absent. */
  readonly config?: string;
}

/**
 * Installs (once), composes the supergraph and starts Hive Gateway on it; `ok: false` with the
 * reason when any step fails.
 */
export async function startHiveGateway(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
  spec: HiveGatewaySpec,
): Promise<MeshStart> {
  const install = await ensureMesh();
  if (!install.ok) return install;
  try {
    if (spec.config !== undefined) {
      mkdirSync(spec.dir, { recursive: true });
      writeFileSync(join(spec.dir, 'gateway.config.mjs'), spec.config);
    }
    const supergraph = await composeSupergraph(fixtures, spec.supergraphFile);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const bin = join(MESH_DIR, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
    const service = await startService({
      name: spec.label,
      args: [bin, 'supergraph', supergraph, '--port', String(port), '--host', '127.0.0.1'],
      cwd: spec.dir,
      env: { NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      readyUrl: `${origin}/graphql`,
      readyInit: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      },
    });
    return {
      ok: true,
      contender: {
        key: spec.key,
        label: spec.label,
        pid: service.pid,
        prepare: (scenario, f) => prepareMeshScreen(origin, scenario, f),
        stop: async () => {
          await service.stop();
        },
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function startMesh(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
): Promise<MeshStart> {
  return startHiveGateway(fixtures, {
    key: 'mesh',
    label: 'GraphQL Mesh / Hive Gateway',
    dir: MESH_DIR,
  });
}
