/**
 * The set of field paths in a JSON value, e.g. `featuredParticipants[].contact.identifierKey`.
 * Arrays contribute the union of their elements' paths, so two responses with the same shape but
 * different list lengths have the same field set.
 */
export function fieldPaths(value: unknown, prefix = ''): Set<string> {
  const paths = new Set<string>();
  if (Array.isArray(value)) {
    for (const item of value) for (const path of fieldPaths(item, `${prefix}[]`)) paths.add(path);
    return paths;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      paths.add(path);
      for (const nested of fieldPaths(child, path)) paths.add(nested);
    }
  }
  return paths;
}

/** Paths of `expected` that `actual` lacks. */
export function missingPaths(expected: unknown, actual: unknown): string[] {
  const have = fieldPaths(actual);
  return [...fieldPaths(expected)].filter((path) => !have.has(path));
}
