/**
 * The route template of an upstream path (`/conversations/{id}/messages`): what metrics and spans
 * name a call by. Ids never leave in a label, and a path the gateway does not build becomes
 * `other`, so the set of templates stays small whatever the ids are.
 */

/** Bird collections the client addresses; each but `presigned-upload` is followed by an id. */
const COLLECTIONS = new Set(['conversations', 'messages', 'participants', 'presigned-upload']);

/** The template of a path below `/workspaces/{id}` (query string excluded). */
export function routeTemplate(displayPath: string): string {
  const out: string[] = [];
  let expectId = false;
  for (const segment of displayPath.split('/').slice(1)) {
    if (expectId) {
      out.push('{id}');
      expectId = false;
    } else if (COLLECTIONS.has(segment)) {
      out.push(segment);
      expectId = segment !== 'presigned-upload';
    } else if (out.at(-1) === '{id}' && out.at(-2) === 'participants') {
      // A contact named by identifier key and value takes two segments.
      out.splice(-1, 1, '{identifierKey}', '{identifierValue}');
    } else {
      return 'other';
    }
  }
  return out.length === 0 ? 'other' : `/${out.join('/')}`;
}
