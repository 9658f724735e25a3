import { ref, type Schema } from './builders.js';

/** One operation, described compactly. */
export interface Operation {
  readonly id: string;
  readonly summary: string;
  /** Component parameter names besides workspaceId. */
  readonly params?: readonly string[];
  /** Request body component schema, or a media type with its schema. */
  readonly body?: string | { readonly mediaType: string; readonly schema: Schema };
  readonly status: 200 | 201 | 202 | 204 | 302;
  /** Response component schema (none for 204). */
  readonly response?: string;
  /** Error statuses beyond 401, 403 and 429, which every operation may answer. */
  readonly errors?: readonly (400 | 404 | 409 | 415 | 422)[];
  readonly tag: string;
}

const ERROR_RESPONSES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  422: 'UnprocessableEntity',
  429: 'TooManyRequests',
};

/** Expands an operation into its OpenAPI object; 401, 403 and 429 apply to every operation. */
export function operation(op: Operation): Schema {
  const requestBody =
    op.body === undefined
      ? undefined
      : typeof op.body === 'string'
        ? { required: true, content: { 'application/json': { schema: ref(op.body) } } }
        : { required: true, content: { [op.body.mediaType]: { schema: op.body.schema } } };
  const success =
    op.status === 302
      ? {
          description: 'Redirect to a short-lived pre-signed URL that needs no credentials.',
          headers: { Location: { schema: { type: 'string', format: 'uri' } } },
        }
      : op.response === undefined
        ? { description: 'No content.' }
        : { description: 'OK.', content: { 'application/json': { schema: ref(op.response) } } };
  const errors = [
    ...new Set([401, 403, 429, ...(op.errors ?? []), ...(op.body === undefined ? [] : [400, 422])]),
  ].sort();
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [op.tag],
    parameters: ['workspaceId', ...(op.params ?? [])].map((name) => ({
      $ref: `#/components/parameters/${name}`,
    })),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: {
      [String(op.status)]: success,
      ...Object.fromEntries(
        errors.map((status) => [
          String(status),
          { $ref: `#/components/responses/${ERROR_RESPONSES[status] ?? 'BadRequest'}` },
        ]),
      ),
    },
  };
}

/** The paging query parameters shared by every list. */
export const PAGE = ['limit', 'pageToken', 'reverse'];
