import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import {
  defaultManifestPath,
  documentHash,
  loadManifest,
  parseManifest,
  type Manifest,
} from '../../src/graphql/persisted/manifest.js';
import { PersistedRequests } from '../../src/graphql/persisted/persistedRequests.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/persisted-manifest.mjs', import.meta.url));
const runScript = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

const QUERY = 'query Hello {\n  __typename\n}';
const ID = documentHash(QUERY);
const manifest: Manifest = new Map([[ID, { id: ID, name: 'Hello', type: 'query', body: QUERY }]]);

const codeOf = (value: unknown) =>
  value instanceof GraphQLError ? value.extensions.code : 'no error';

describe('persisted-query manifest', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('is up to date with operations/*.graphql', () => {
    const result = runScript('--check');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('lists every example operation with the SHA-256 of its body as id', () => {
    const operations = loadManifest(null);

    expect([...operations.values()].map((o) => o.name)).toEqual(
      expect.arrayContaining(['Inbox', 'ConversationThread', 'SendReply']),
    );
    for (const [id, op] of operations) expect(documentHash(op.body)).toBe(id);
  });

  it('is reported stale when an operation file changes, and fresh once regenerated', () => {
    dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    writeFileSync(join(dir, 'Hello.graphql'), '# greeting\nquery Hello { __typename }\n');
    const out = join(dir, 'manifest.json');
    writeFileSync(out, readFileSync(defaultManifestPath(), 'utf8'));

    const stale = runScript('--check', '--operations', dir, '--out', out);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('is stale');

    expect(runScript('--operations', dir, '--out', out).status).toBe(0);
    expect(runScript('--check', '--operations', dir, '--out', out).status).toBe(0);
    const written = parseManifest(JSON.parse(readFileSync(out, 'utf8')), out);
    expect([...written.values()]).toEqual([{ id: ID, name: 'Hello', type: 'query', body: QUERY }]);
  });

  it('refuses a manifest whose id is not the hash of its body, naming the variable', () => {
    const bad = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: documentHash('other'), name: 'Hello', type: 'query', body: QUERY }],
    };

    expect(() => parseManifest(bad, 'm.json')).toThrow(ConfigError);
    expect(() => parseManifest(bad, 'm.json')).toThrow(/PERSISTED_MANIFEST: .*"Hello"/);
    expect(() => parseManifest({ operations: [] }, 'm.json')).toThrow(/not an Apollo/);
  });

  it('refuses a configured manifest that does not exist', () => {
    expect(() => loadManifest('/nonexistent/manifest.json')).toThrow(/cannot read/);
  });
});

describe('persisted requests', () => {
  const apq = new PersistedRequests('apq', manifest);
  const trusted = new PersistedRequests('trusted', manifest);
  const off = new PersistedRequests('off', manifest);

  it('turns a documentId or hash of the manifest into its query, in any form', () => {
    for (const params of [
      { documentId: `sha256:${ID}` },
      { documentId: ID.toUpperCase() },
      { extensions: { persistedQuery: { version: 1, sha256Hash: ID } } },
    ]) {
      expect(apq.resolve(params)).toEqual({ query: QUERY });
      expect(trusted.resolve(params)).toEqual({ query: QUERY });
    }
    expect(
      apq.resolve({ documentId: ID, variables: { a: 1 }, extensions: { other: true } }),
    ).toEqual({ query: QUERY, variables: { a: 1 }, extensions: { other: true } });
  });

  it('leaves other ids to Apollo’s APQ cache in apq mode', () => {
    const unknown = 'a'.repeat(64);

    expect(apq.resolve({ documentId: `sha256:${unknown}` })).toEqual({
      extensions: { persistedQuery: { version: 1, sha256Hash: unknown } },
    });
    const apqRequest = { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } };
    expect(apq.resolve(apqRequest)).toBe(apqRequest);
    expect(apq.resolve({ query: '{ a }' })).toEqual({ query: '{ a }' });
  });

  it('refuses unknown ids and free-form queries in trusted mode', () => {
    expect(codeOf(trusted.resolve({ documentId: 'b'.repeat(64) }))).toBe(
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
    expect(codeOf(trusted.resolve({ query: '{ __typename }' }))).toBe('QUERY_NOT_IN_SAFELIST');
    expect(codeOf(trusted.resolve({}))).toBe('QUERY_NOT_IN_SAFELIST');
    // The exact text of a trusted operation is that operation.
    expect(trusted.resolve({ query: QUERY })).toEqual({ query: QUERY });
  });

  it('refuses document ids when persisted operations are off', () => {
    expect(codeOf(off.resolve({ documentId: ID }))).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(off.resolve({ query: '{ a }' })).toEqual({ query: '{ a }' });
  });

  it('resolves GET search parameters the same way', () => {
    const search = `?documentId=sha256:${ID}&variables=${encodeURIComponent('{"a":1}')}`;

    const resolved = apq.resolveSearch(search);
    expect(typeof resolved).toBe('string');
    const params = new URLSearchParams(typeof resolved === 'string' ? resolved : '');
    expect(params.get('query')).toBe(QUERY);
    expect(params.get('variables')).toBe('{"a":1}');
    expect(params.has('documentId')).toBe(false);

    expect(apq.resolveSearch('?query={a}')).toBe('?query={a}');
    expect(codeOf(trusted.resolveSearch('?query={a}'))).toBe('QUERY_NOT_IN_SAFELIST');
  });
});
