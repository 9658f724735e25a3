/**
 * The project's root folder (the one holding package.json), found by walking up from this module.
 * Walking up rather than counting `../` keeps it right wherever this file runs from — `src/` under
 * tsx and Vitest, `dist/src/` when built — and under any path that itself contains `/dist/`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The absolute path of the project root.
 * @throws Error when no package.json is found above this module.
 */
export function projectRoot(): string {
  if (cached !== undefined) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (cached = dir);
    if (dirname(dir) === dir) throw new Error('No package.json above ' + import.meta.url);
  }
}

/** An absolute path inside the project root, from its parts (`projectPath('operations')`). */
export function projectPath(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
