/**
 * True for a plain JSON object (not null, not an array): the one guard the HTTP layer, persisted
 * operations and the resolvers' readers of Bird's JSON all use.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
