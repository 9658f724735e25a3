/**
 * The gateway reads files next to its build at start-up (schema.graphql, the persisted-operation
 * manifest). The benchmark builds into dist-bench/ instead of dist/, so it places them there the
 * way they sit relative to dist-bench/src/ in the source tree.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PATHS } from './paths.js';

const ASSETS = ['schema.graphql', 'operations/manifest.json'] as const;

export function placeGatewayAssets(): void {
  for (const asset of ASSETS) {
    const from = join(PATHS.root, asset);
    if (!existsSync(from)) continue;
    const to = join(PATHS.dist, asset);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}
