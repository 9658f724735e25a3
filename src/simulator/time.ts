/**
 * Renders epoch milliseconds as RFC 3339 in UTC with millisecond precision, e.g.
 * `2024-11-14T11:10:33.814Z`. Bird trims trailing zeros in the fraction (`.59Z`); both are valid
 * RFC 3339 and clients must not depend on the fraction's width.
 */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString();
}
