/**
 * Who a request acts as upstream. Three ways in, checked in this order:
 * - `Authorization: AccessKey <key>`: the client's own Bird key, forwarded as is, with the workspace
 *   from `X-Bird-Workspace-Id` or the configured default — only when forwarding is on
 *   (GATEWAY_FORWARD_CLIENT_KEYS; by default only on a gateway that holds no key and no tokens), so
 *   a gateway in front of its own key is not a relay for made-up ones;
 * - `Authorization: Bearer <token>`: a gateway token from GATEWAY_TOKENS, which unlocks the access
 *   key the gateway holds (BIRD_ACCESS_KEY) for its workspace;
 * - nothing, when anonymous use of the held key is allowed (demo mode, GATEWAY_ALLOW_ANONYMOUS).
 * Anything else yields no credentials and a reason, and the operation is refused before any
 * upstream call (introspection still works, so playgrounds can show the schema).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../config/index.js';
import type { Credentials } from '../upstream/client.js';

export type AuthResult =
  | { readonly credentials: Credentials; readonly reason: null }
  | { readonly credentials: null; readonly reason: string };

const WORKSPACE_ID = /^[A-Za-z0-9-]{1,64}$/;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares a presented token with every configured one in constant time. */
function knownToken(token: string, tokens: readonly Buffer[]): boolean {
  const presented = digest(token);
  let found = false;
  for (const known of tokens) found = timingSafeEqual(presented, known) || found;
  return found;
}

const refuse = (reason: string): AuthResult => ({ credentials: null, reason });

/** `Authorization: AccessKey <key>`: the client's own key, for the workspace it names. */
function clientAccessKey(
  key: string,
  workspaceHeader: string | undefined,
  defaultWorkspace: string | null,
): AuthResult {
  const workspaceId = workspaceHeader?.trim() || defaultWorkspace;
  if (workspaceId === null || workspaceId === '') {
    return refuse(
      'Name the workspace: send "X-Bird-Workspace-Id: <workspace id>" with your access key.',
    );
  }
  if (!WORKSPACE_ID.test(workspaceId)) {
    return refuse('X-Bird-Workspace-Id must be a Bird workspace id (a UUID).');
  }
  return {
    credentials: { workspaceId, authorization: `AccessKey ${key}`, source: 'client-access-key' },
    reason: null,
  };
}

/** Builds the authenticator for a configuration (token digests computed once). */
export function createAuthenticator(config: Config) {
  const tokens = config.auth.tokens.map(digest);
  const held = config.upstream.accessKey;
  const defaultWorkspace = config.upstream.workspaceId;
  const heldCredentials = (source: Credentials['source']): AuthResult =>
    held === null || defaultWorkspace === null
      ? refuse(
          'This gateway holds no Bird access key; send your own with "Authorization: AccessKey <key>".',
        )
      : {
          credentials: {
            workspaceId: defaultWorkspace,
            authorization: `AccessKey ${held}`,
            source,
          },
          reason: null,
        };

  return (authorization: string | undefined, workspaceHeader: string | undefined): AuthResult => {
    const header = authorization?.trim() ?? '';
    if (header === '') {
      return config.auth.allowAnonymous
        ? heldCredentials('anonymous')
        : refuse(
            'Authentication required: send "Authorization: AccessKey <key>" (with "X-Bird-Workspace-Id") or "Authorization: Bearer <gateway token>".',
          );
    }
    const space = header.indexOf(' ');
    const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
    const value = space < 0 ? '' : header.slice(space + 1).trim();
    if (scheme === 'accesskey' && value !== '') {
      if (!config.auth.forwardClientKeys) {
        return refuse(
          'This gateway does not forward client access keys: send "Authorization: Bearer <gateway token>".',
        );
      }
      return clientAccessKey(value, workspaceHeader, defaultWorkspace);
    }
    if (scheme === 'bearer' && value !== '' && tokens.length > 0 && knownToken(value, tokens)) {
      return heldCredentials('gateway-token');
    }
    return refuse(
      'The Authorization header was not accepted: use "AccessKey <Bird access key>" or "Bearer <gateway token>".',
    );
  };
}

/** True when the operation selects only introspection fields, which need no credentials. */
export function isIntrospectionOnly(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const onlyMeta = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return s.name.value.startsWith('__');
      if (s.kind === Kind.INLINE_FRAGMENT) return onlyMeta(s.selectionSet);
      const name = s.name.value;
      if (seen.has(name)) return true;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment === undefined || onlyMeta(fragment);
    });
  return onlyMeta(operation.selectionSet);
}
