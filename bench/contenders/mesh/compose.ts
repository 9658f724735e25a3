/**
 * Composes a supergraph from the simulator's OpenAPI document with Mesh Compose. One addition in
 * the Mesh config, `Conversation.messages`, lets one operation express the inbox screen; the
 * rest is what Mesh generates from the OpenAPI document.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Fixtures } from '../types.js';
import { MESH_DIR } from './install.js';

export const SUPERGRAPH = join(MESH_DIR, 'supergraph.graphql');

function meshConfig(f: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>): string {
  const s = (value: string) => JSON.stringify(value);
  return `import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Bird', {
        source: ${s(`${f.simulatorUrl}/openapi.json`)},
        endpoint: ${s(f.simulatorUrl)},
        operationHeaders: { Authorization: ${s(`AccessKey ${f.accessKey}`)} },
      }),
    },
  ],
  additionalTypeDefs: /* GraphQL */ \`
    extend type Conversation {
      messages(limit: PositiveInt): listConversationMessages_response
        @resolveTo(
          sourceName: "Bird"
          sourceTypeName: "Query"
          sourceFieldName: "listConversationMessages"
          requiredSelectionSet: "{ id }"
          sourceArgs: { workspaceId: ${s(f.workspaceId)}, conversationId: "{root.id}", limit: "{args.limit}" }
        )
    }
  \`,
});
`;
}

/**
 * Writes the Mesh config and composes into `output`; throws with Mesh's output when composition
 * fails. A running Hive Gateway watches its supergraph file, so each gateway gets its own.
 */
export async function composeSupergraph(
  f: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
  output = SUPERGRAPH,
): Promise<string> {
  writeFileSync(join(MESH_DIR, 'mesh.config.mjs'), meshConfig(f));
  const bin = join(MESH_DIR, 'node_modules', '@graphql-mesh', 'compose-cli', 'esm', 'bin.js');
  try {
    await promisify(execFile)(process.execPath, [bin, '-o', output], {
      cwd: MESH_DIR,
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const detail =
      typeof error === 'object' && error !== null && 'stderr' in error
        ? String(error.stderr)
        : String(error);
    throw new Error(`mesh-compose failed: ${detail.trim().slice(-800)}`);
  }
  return output;
}
