import type { z } from 'zod';
import { HttpError } from './httpError.js';

/**
 * Validates a request body with zod and answers Bird's 422 on failure:
 * `{code: "InvalidPayload", message, details: {".name": ["Property 'name' is missing"]}}`.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const details: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const path = jsonPath(issue.path);
    const last = issue.path.at(-1);
    const message =
      issue.code !== 'custom' && last !== undefined && isMissing(body, issue.path)
        ? `Property '${String(last)}' is missing`
        : issue.message;
    (details[path] ??= []).push(message);
  }
  throw new HttpError(422, 'InvalidPayload', 'Request payload is malformed', details);
}

/** Whether the value at `path` is absent from the (parent object in the) input. */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return current === undefined;
    const next: unknown = Reflect.get(current, key);
    current = next;
  }
  return current === undefined;
}

/** `['participants', 0, 'id']` → `.participants[0].id`; the root is `.`. */
function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '.';
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}
