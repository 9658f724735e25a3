/**
 * Turns references to persisted operations into query text before Apollo Server sees a request,
 * and enforces the trusted-documents mode.
 *
 * A client refers to an operation by `documentId` (the GraphQL-over-HTTP persisted-documents draft:
 * `"sha256:<hex>"` or bare hex) or by `extensions.persistedQuery.sha256Hash` (Apollo's automatic
 * persisted queries). An id of the manifest becomes its body here, in every mode but `off`; any
 * other id is left to Apollo's APQ cache (`apq`) or refused (`trusted`). In `trusted` mode a
 * free-form query runs only when its text is exactly one of the manifest's bodies. Refusals happen
 * before parsing, so they cost nothing.
 */
import { GraphQLError } from 'graphql';
import type { PersistedMode } from '../../config/index.js';
import {
  badRequest,
  persistedQueriesNotSupported,
  persistedQueryNotInList,
  queryNotInSafelist,
} from '../errors.js';
import { isObject } from '../../isObject.js';
import { documentHash, type Manifest } from './manifest.js';

/** The parameters of one GraphQL-over-HTTP request (a POST body, or GET's search parameters). */
export type RequestParams = Record<string, unknown>;

/** The operation id a request refers to, or null. */
function referencedId(params: RequestParams): string | null {
  const { documentId, extensions } = params;
  if (typeof documentId === 'string') {
    return (documentId.startsWith('sha256:') ? documentId.slice(7) : documentId).toLowerCase();
  }
  if (isObject(extensions) && isObject(extensions.persistedQuery)) {
    const hash = extensions.persistedQuery.sha256Hash;
    if (typeof hash === 'string') return hash.toLowerCase();
  }
  return null;
}

/**
 * What Apollo would refuse in an automatic-persisted-query request, refused here with a code:
 * Apollo's own errors for these have none, so they were masked as INTERNAL_SERVER_ERROR and
 * logged as errors — any client could fill the error log.
 */
function apqProblem(params: RequestParams): GraphQLError | null {
  const { extensions, query } = params;
  if (!isObject(extensions) || !isObject(extensions.persistedQuery)) return null;
  const { version, sha256Hash } = extensions.persistedQuery;
  if (version !== 1) {
    return badRequest('Unsupported persisted query version: only version 1 is supported.');
  }
  // Apollo compares the hash exactly as sent; so does this.
  if (typeof query === 'string' && query !== '' && sha256Hash !== documentHash(query)) {
    return badRequest(
      'The persisted query hash does not match the query: send the SHA-256 of the query text, in lower-case hex.',
    );
  }
  return null;
}

function without(source: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([k]) => k !== key));
}

/** The request with `query` set and its references to a persisted operation removed. */
function withQuery(params: RequestParams, query: string): RequestParams {
  const { extensions } = params;
  const rest = without(without(params, 'documentId'), 'extensions');
  if (!isObject(extensions)) return { ...rest, query };
  const otherExtensions = without(extensions, 'persistedQuery');
  return Object.keys(otherExtensions).length === 0
    ? { ...rest, query }
    : { ...rest, query, extensions: otherExtensions };
}

/** Resolves persisted-operation references of requests for one mode and manifest. */
export class PersistedRequests {
  constructor(
    private readonly mode: PersistedMode,
    private readonly manifest: Manifest,
  ) {}

  /** The request Apollo should run, or the error that refuses it. */
  resolve(params: RequestParams): RequestParams | GraphQLError {
    const { query, documentId } = params;
    if (this.mode === 'off') {
      return documentId === undefined ? params : persistedQueriesNotSupported();
    }
    if (this.mode === 'apq') {
      const problem = apqProblem(params);
      if (problem !== null) return problem;
    }
    if (typeof query === 'string' && query !== '') {
      if (this.mode === 'apq') return params;
      const known = this.manifest.get(documentHash(query));
      return known === undefined ? queryNotInSafelist() : withQuery(params, known.body);
    }
    const id = referencedId(params);
    if (id === null) return this.mode === 'trusted' ? queryNotInSafelist() : params;
    const known = this.manifest.get(id);
    if (known !== undefined) return withQuery(params, known.body);
    if (this.mode === 'trusted') return persistedQueryNotInList(id);
    if (documentId === undefined) return params;
    // Apollo's APQ cache may hold it (registered by an earlier request).
    const { extensions } = params;
    return {
      ...without(params, 'documentId'),
      extensions: {
        ...(isObject(extensions) ? extensions : {}),
        persistedQuery: { version: 1, sha256Hash: id },
      },
    };
  }

  /** `resolve` for a GET request's search string (`?query=...&extensions=...`). */
  resolveSearch(search: string): string | GraphQLError {
    if (this.mode === 'apq' && !search.includes('documentId=') && !search.includes('extensions=')) {
      return search;
    }
    const input = new URLSearchParams(search);
    const params: RequestParams = {};
    for (const [key, value] of input) params[key] = value;
    const extensions = input.get('extensions');
    if (extensions !== null) {
      try {
        params.extensions = JSON.parse(extensions) as unknown;
      } catch {
        return search; // Apollo refuses malformed extensions with a clear error.
      }
    }
    const resolved = this.resolve(params);
    if (resolved instanceof GraphQLError) return resolved;
    if (resolved === params) return search;
    const output = new URLSearchParams();
    for (const [key, value] of Object.entries(resolved)) {
      if (value === undefined) continue;
      output.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    return `?${output.toString()}`;
  }
}
