/**
 * Hive Gateway with its response cache, as its documentation sets it up: the `responseCaching`
 * option of `gateway.config` (the `@graphql-mesh/plugin-response-cache` plugin, built on
 * `@envelop/response-cache`), here with a TTL of 60 s and one cache for every client (the
 * clients send no credentials; the composed source holds Bird's key). It serves the same
 * supergraph as the Mesh contender, composed from the simulator's OpenAPI document. It has no
 * way to hear Bird's webhooks: entries live until their TTL or a mutation through it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startService } from '../../processes.js';
import type { Fixtures } from '../types.js';
import { composeSupergraph } from './compose.js';
import { ensureMesh, MESH_DIR } from './install.js';
import type { MeshStart } from './index.js';
import { prepareMeshScreen } from './screens.js';

/** The response cache's time to live, as the issue asks: 60 s. */
export const HIVE_CACHE_TTL_MS = 60_000;

const CONFIG = `// Written by bench/contenders/mesh/hiveCached.ts.
export const gatewayConfig = {
  responseCaching: {
    // One cache for all clients: they send no credentials, the source holds Bird's key.
    session: () => null,
    ttl: ${HIVE_CACHE_TTL_MS},
  },
};
`;

/** Starts Hive Gateway with its response cache; `ok: false` with the reason when it cannot. */
export async function startHiveCached(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
): Promise<MeshStart> {
  const install = await ensureMesh();
  if (!install.ok) return install;
  try {
    // Its own directory: the CLI reads `gateway.config.mjs` from its working directory.
    const dir = join(MESH_DIR, 'response-cache');
    mkdirSync(dir, { recursive: true });
    const supergraph = await composeSupergraph(fixtures, join(dir, 'supergraph.graphql'));
    writeFileSync(join(dir, 'gateway.config.mjs'), CONFIG);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const bin = join(MESH_DIR, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
    const service = await startService({
      name: 'Hive Gateway (response cache)',
      args: [bin, 'supergraph', supergraph, '--port', String(port), '--host', '127.0.0.1'],
      cwd: dir,
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
        key: 'hive-cached',
        label: 'Hive Gateway + response cache (TTL 60 s)',
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
