/**
 * A participant named by id, or a contact named by identifier key and value — the two ways Bird's
 * participant routes address one — and the key caches and cursors use for it (./birdPath.ts
 * builds its URL path).
 */

/** Identifies a participant by id, or a contact by identifier key and value. */
export type ParticipantRef =
  { readonly id: string } | { readonly identifierKey: string; readonly identifierValue: string };

/**
 * A key that is equal for two references exactly when they name the same participant (NUL cannot
 * occur in either part, so no two references share a key).
 */
export function participantRefKey(ref: ParticipantRef): string {
  return 'id' in ref ? `id:${ref.id}` : `key:${ref.identifierKey}\u0000${ref.identifierValue}`;
}
