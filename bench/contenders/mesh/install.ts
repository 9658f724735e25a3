/**
 * Installs GraphQL Mesh (compose CLI + OpenAPI source) and Hive Gateway for the benchmark only,
 * into bench/.tmp/mesh (git-ignored), never into the project's package.json. Versions are pinned
 * to ones that install on Node 20 without install scripts; `@graphql-tools/delegate` is held at
 * 12.2 because newer ones need a `@graphql-tools/batch-execute` the registry mirror lacks.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PATHS } from '../../paths.js';

export const MESH_DIR = join(PATHS.tmp, 'mesh');

export const MESH_PACKAGES: Readonly<Record<string, string>> = {
  '@graphql-hive/gateway': '2.15.1',
  '@graphql-mesh/compose-cli': '1.8.2',
  '@omnigraph/openapi': '0.112.4',
};

const MANIFEST = {
  name: 'bench-mesh',
  private: true,
  type: 'module',
  dependencies: MESH_PACKAGES,
  overrides: { '@graphql-tools/delegate': '~12.2.0' },
};

export type MeshInstall = { ok: true } | { ok: false; error: string };

function installed(): boolean {
  return Object.entries(MESH_PACKAGES).every(([name, version]) => {
    const file = join(MESH_DIR, 'node_modules', name, 'package.json');
    if (!existsSync(file)) return false;
    const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return (
      typeof manifest === 'object' &&
      manifest !== null &&
      'version' in manifest &&
      manifest.version === version
    );
  });
}

/** Installs the pinned packages unless they are there. */
export async function ensureMesh(): Promise<MeshInstall> {
  if (installed()) return { ok: true };
  mkdirSync(MESH_DIR, { recursive: true });
  writeFileSync(join(MESH_DIR, 'package.json'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  process.stdout.write('Installing GraphQL Mesh and Hive Gateway into bench/.tmp/mesh ...\n');
  try {
    await promisify(execFile)(
      'npm',
      ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: MESH_DIR, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const detail =
      typeof error === 'object' && error !== null && 'stderr' in error
        ? String(error.stderr)
        : String(error);
    return { ok: false, error: `npm install failed: ${detail.trim().slice(-800)}` };
  }
  return installed() ? { ok: true } : { ok: false, error: 'npm install left packages missing' };
}
