import { StoreError, type StoreErrorKind } from '../store/storeError.js';
import type { BirdError } from '../types.js';

/** A request failed with a Bird-shaped error body. Thrown by routes, answered by the handler. */
export class HttpError extends Error {
  readonly body: BirdError;

  constructor(
    readonly status: number,
    code: string,
    message: string,
    details?: Record<string, string[] | string>,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.body = details === undefined ? { code, message } : { code, message, details };
  }
}

const STATUS_OF_KIND: Record<StoreErrorKind, number> = {
  'not-found': 404,
  invalid: 422,
  conflict: 409,
  forbidden: 403,
};

/** Maps a domain failure to its HTTP answer; anything else becomes a masked 500. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof StoreError) {
    return new HttpError(STATUS_OF_KIND[error.kind], error.code, error.message, error.details);
  }
  return new HttpError(500, 'InternalError', 'The simulator failed to handle the request');
}

/** 422 for a query parameter, e.g. `limit=0`. */
export function invalidQuery(name: string, message: string): HttpError {
  return new HttpError(422, 'InvalidPayload', 'Request query parameters are invalid', {
    [`.${name}`]: [message],
  });
}
