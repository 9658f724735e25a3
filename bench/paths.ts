/**
 * Where the benchmark reads and writes. Paths are resolved from the repository root, found by
 * walking up from this module, so the compiled harness (dist-bench/bench/) and the sources agree.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bench'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`No repository root above ${start}`);
    dir = up;
  }
}

/** The repository root. */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export const PATHS = {
  root: ROOT,
  /** Compiled sources (`npm run bench` builds them with tsconfig.bench.json). */
  dist: join(ROOT, 'dist-bench'),
  bench: join(ROOT, 'bench'),
  /** Scratch space, git-ignored: the Mesh install, CPU profiles, quick reports. */
  tmp: join(ROOT, 'bench', '.tmp'),
  operations: join(ROOT, 'operations'),
  queries: join(ROOT, 'bench', 'queries'),
} as const;

/** A compiled module of this repository, e.g. `src/main.js`. */
export function distFile(relative: string): string {
  return join(PATHS.dist, relative);
}
