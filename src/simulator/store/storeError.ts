/** The classes of domain failure; the HTTP layer maps each to a status code. */
export type StoreErrorKind = 'not-found' | 'invalid' | 'conflict' | 'forbidden';

/**
 * A domain rule was violated. `code` is Bird's PascalCase error code; `details` maps a JSON path of
 * the offending input (`.participants[0].id`) to messages, as in Bird's 422 bodies.
 */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    readonly code: string,
    message: string,
    readonly details?: Record<string, string[] | string>,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** A referenced resource does not exist (or is not visible to the caller). */
export function notFound(what: string): StoreError {
  return new StoreError('not-found', 'NotFound', `${what} not found`);
}

/** The input refers to something invalid; `path` is the JSON path of the field at fault. */
export function invalid(path: string, message: string): StoreError {
  return new StoreError('invalid', 'InvalidPayload', 'Request body did not pass validation', {
    [path]: [message],
  });
}
