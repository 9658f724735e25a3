import type { SimulatorStore } from '../store/simulatorStore.js';
import type { WorkspaceState } from '../store/workspaceState.js';
import { HttpError } from './httpError.js';

/** How a request's credentials fared; recorded in the request log. */
export type AuthOutcome = 'ok' | 'missing' | 'malformed' | 'unknown-key' | 'wrong-workspace';

/** The result of checking `Authorization: AccessKey <key>` against the path's workspace. */
export interface Authentication {
  readonly outcome: AuthOutcome;
  /** The path's workspace when the key belongs to it. */
  readonly ws: WorkspaceState | null;
  /** The workspace the key belongs to, whatever the path; null without a valid key. */
  readonly keyWorkspaceId: string | null;
}

const SCHEME = /^AccessKey +(\S+)$/i;

/**
 * Checks the access key. A valid key used on another workspace's path gets Bird's 403 "User has no
 * access to the requested resource" (not 404), whether or not that workspace exists, so the answer
 * reveals nothing about other workspaces.
 */
export function authenticate(
  store: SimulatorStore,
  workspaceId: string,
  authorization: string | undefined,
): Authentication {
  if (authorization === undefined || authorization.trim() === '') {
    return { outcome: 'missing', ws: null, keyWorkspaceId: null };
  }
  const key = SCHEME.exec(authorization.trim())?.[1];
  if (key === undefined) return { outcome: 'malformed', ws: null, keyWorkspaceId: null };
  const ws = store.workspaceForAccessKey(key);
  if (ws === undefined) return { outcome: 'unknown-key', ws: null, keyWorkspaceId: null };
  if (ws.id !== workspaceId) return { outcome: 'wrong-workspace', ws: null, keyWorkspaceId: ws.id };
  return { outcome: 'ok', ws, keyWorkspaceId: ws.id };
}

/** The error answering a failed authentication. */
export function authError(outcome: Exclude<AuthOutcome, 'ok'>): HttpError {
  switch (outcome) {
    case 'missing':
      return new HttpError(401, 'Unauthorized', 'Authorization header is missing');
    case 'malformed':
      return new HttpError(
        401,
        'Unauthorized',
        "Authorization header must have the form 'AccessKey <access-key>'",
      );
    case 'unknown-key':
      return new HttpError(401, 'Unauthorized', 'The access key is not valid');
    case 'wrong-workspace':
      return new HttpError(403, 'Forbidden', 'User has no access to the requested resource');
  }
}
