/** One HTTP request of a screen, as a client sends it: replayable by autocannon and by undici. */
export interface HttpCall {
  readonly method: 'GET' | 'POST';
  /** Path and query, e.g. `/graphql`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** The `content-type` header of a JSON request. */
export const JSON_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
};

/** A GraphQL POST to `path` with a document and variables. */
export function graphqlCall(
  path: string,
  query: string,
  variables: Readonly<Record<string, unknown>>,
  headers: Readonly<Record<string, string>> = {},
): HttpCall {
  return {
    method: 'POST',
    path,
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify({ query, variables }),
  };
}

/** True for a GraphQL response body without errors (cheap enough to run under load). */
export function graphqlBodyOk(body: string): boolean {
  return body.startsWith('{') && !body.includes('"errors":[');
}
