/**
 * Contender 5: Hive Gateway serving the supergraph Mesh composed from the simulator's OpenAPI
 * document. Installed for the benchmark only; when it cannot be installed, composed or started,
 * the run goes on without it and the report says why.
 */
import { join } from 'node:path';
import { freePort, startService } from '../../processes.js';
import type { Fixtures, RunningContender } from '../types.js';
import { composeSupergraph } from './compose.js';
import { ensureMesh, MESH_DIR } from './install.js';
import { prepareMeshScreen } from './screens.js';

export type MeshStart = { ok: true; contender: RunningContender } | { ok: false; error: string };

export async function startMesh(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
): Promise<MeshStart> {
  const install = await ensureMesh();
  if (!install.ok) return install;
  try {
    const supergraph = await composeSupergraph(fixtures);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const bin = join(MESH_DIR, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
    const service = await startService({
      name: 'Hive Gateway (Mesh)',
      args: [bin, 'supergraph', supergraph, '--port', String(port), '--host', '127.0.0.1'],
      cwd: MESH_DIR,
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
        key: 'mesh',
        label: 'GraphQL Mesh / Hive Gateway',
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
