/**
 * Compiles a path pattern to a matcher. In a string pattern `*` matches exactly one path segment
 * and `**` any number of characters including slashes; everything else is literal. A RegExp is
 * used as is. Patterns match the whole path, without the query string.
 */
export function compilePathPattern(pattern: string | RegExp): (path: string) => boolean {
  if (pattern instanceof RegExp) {
    const regexp = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    return (path) => regexp.test(path);
  }
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const regexp = new RegExp(`^${source}$`);
  return (path) => regexp.test(path);
}
