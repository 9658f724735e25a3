import type { HttpMethod, Route } from './route.js';

/** The outcome of routing a request. */
export type RouteMatch =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly HttpMethod[] }
  | { readonly kind: 'not-found' };

interface CompiledRoute {
  readonly route: Route;
  /** Literal segments as strings, placeholders as `{ name }`. */
  readonly segments: readonly (string | { readonly name: string })[];
}

/**
 * Matches paths segment by segment against OpenAPI-style route paths. Routes are bucketed by
 * segment count, so a lookup compares against a handful of candidates. Placeholders match exactly
 * one non-empty segment and are percent-decoded (identifier values such as `+316...` or
 * `john%40example.org`).
 */
export class Router {
  readonly #bySegmentCount = new Map<number, CompiledRoute[]>();
  readonly routes: readonly Route[];

  constructor(routes: readonly Route[]) {
    this.routes = routes;
    for (const route of routes) {
      const segments = route.path
        .split('/')
        .slice(1)
        .map((segment) => (segment.startsWith('{') ? { name: segment.slice(1, -1) } : segment));
      let bucket = this.#bySegmentCount.get(segments.length);
      if (bucket === undefined) {
        bucket = [];
        this.#bySegmentCount.set(segments.length, bucket);
      }
      bucket.push({ route, segments });
    }
  }

  match(method: string, path: string): RouteMatch {
    const parts = path.split('/').slice(1);
    const allow: HttpMethod[] = [];
    for (const candidate of this.#bySegmentCount.get(parts.length) ?? []) {
      const params = matchSegments(candidate.segments, parts);
      if (params === null) continue;
      if (candidate.route.method === method)
        return { kind: 'found', route: candidate.route, params };
      allow.push(candidate.route.method);
    }
    return allow.length > 0 ? { kind: 'method-not-allowed', allow } : { kind: 'not-found' };
  }
}

function matchSegments(
  segments: CompiledRoute['segments'],
  parts: readonly string[],
): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const part = parts[i];
    if (segment === undefined || part === undefined || part === '') return null;
    if (typeof segment === 'string') {
      if (segment !== part) return null;
      continue;
    }
    try {
      params[segment.name] = decodeURIComponent(part);
    } catch {
      return null;
    }
  }
  return params;
}
