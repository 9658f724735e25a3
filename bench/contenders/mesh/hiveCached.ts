/**
 * Hive Gateway with its response cache, as its documentation sets it up: the `responseCaching`
 * option of `gateway.config` (the `@graphql-mesh/plugin-response-cache` plugin, built on
 * `@envelop/response-cache`), here with a TTL of 60 s and one cache for every client (the
 * clients send no credentials; the composed source holds Bird's key). It serves the same
 * supergraph as the Mesh contender, composed from the simulator's OpenAPI document. It has no
 * way to hear Bird's webhooks: entries live until their TTL or a mutation through it.
 */
import { join } from 'node:path';
import type { Fixtures } from '../types.js';
import { startHiveGateway, type MeshStart } from './index.js';
import { MESH_DIR } from './install.js';

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
export function startHiveCached(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
): Promise<MeshStart> {
  // Its own directory, for its own `gateway.config.mjs` (and supergraph: the Mesh contender's
  // process must not see its file rewritten).
  const dir = join(MESH_DIR, 'response-cache');
  return startHiveGateway(fixtures, {
    key: 'hive-cached',
    label: 'Hive Gateway + response cache (TTL 60 s)',
    dir,
    supergraphFile: join(dir, 'supergraph.graphql'),
    config: CONFIG,
  });
}
