/**
 * The persisted-query manifest: the operations this project ships, in Apollo's manifest format
 * (`{ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`),
 * where `id` is the SHA-256 (hex) of `body`. Generated from `operations/*.graphql` by
 * `npm run persisted:manifest` and committed; a test fails when it is stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../config/index.js';
import { projectPath } from '../../projectRoot.js';

export interface PersistedOperation {
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  readonly body: string;
}

/** Operations by id (SHA-256 hex of the body). */
export type Manifest = ReadonlyMap<string, PersistedOperation>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(SHA256_HEX, 'id must be the SHA-256 of body, in lower-case hex'),
      name: z.string(),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

/** SHA-256 of a document text, in lower-case hex: the id of a persisted operation. */
export function documentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** The manifest shipped with the project. */
export function defaultManifestPath(): string {
  return projectPath('operations', 'manifest.json');
}

/** Validates a parsed manifest; every id must be the hash of its body. */
export function parseManifest(json: unknown, source: string): Manifest {
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new ConfigError(
      `PERSISTED_MANIFEST: ${source} is not an Apollo persisted-query manifest (${problem?.path.join('.') ?? ''}: ${problem?.message ?? 'invalid'}).`,
    );
  }
  const operations = new Map<string, PersistedOperation>();
  for (const operation of parsed.data.operations) {
    if (documentHash(operation.body) !== operation.id) {
      throw new ConfigError(
        `PERSISTED_MANIFEST: in ${source}, the id of operation "${operation.name}" is not the SHA-256 of its body. Regenerate it with npm run persisted:manifest.`,
      );
    }
    operations.set(operation.id, operation);
  }
  return operations;
}

/**
 * Loads the manifest at `path`, or the project's own when `path` is null. The project's manifest
 * may be missing (nothing is persisted then); a configured one must exist.
 */
export function loadManifest(path: string | null): Manifest {
  const file = path ?? defaultManifestPath();
  if (path === null && !existsSync(file)) return new Map();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`PERSISTED_MANIFEST: cannot read ${file}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`PERSISTED_MANIFEST: ${file} is not valid JSON.`);
  }
  return parseManifest(json, file);
}
