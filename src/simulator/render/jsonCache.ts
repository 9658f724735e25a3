/**
 * Serialised JSON per record revision. Hot GET and list endpoints serve the same records over and
 * over; caching the text makes them string concatenation instead of object building plus
 * JSON.stringify. Records bump `rev` on every change, which invalidates their entry.
 */
const cache = new WeakMap<object, { rev: number; json: string }>();

/** The JSON text of `record`, rendered by `render` only when its revision changed. */
export function cachedJson<T extends { readonly rev: number }>(
  record: T,
  render: (record: T) => unknown,
): string {
  const hit = cache.get(record);
  if (hit?.rev === record.rev) return hit.json;
  const json = JSON.stringify(render(record));
  cache.set(record, { rev: record.rev, json });
  return json;
}
