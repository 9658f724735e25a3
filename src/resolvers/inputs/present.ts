/**
 * Copies the keys of `source` that are present (even when null), skipping undefined ones: a field
 * a client left out is never sent to Bird, an explicit null is.
 */
export function present<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
