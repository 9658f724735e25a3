/**
 * A participant named by id, or a contact named by identifier key and value — the two ways Bird's
 * participant routes address one — with its URL path and the key caches and cursors use for it.
 */

/** Identifies a participant by id, or a contact by identifier key and value. */
export type ParticipantRef =
  { readonly id: string } | { readonly identifierKey: string; readonly identifierValue: string };

/** The reference's path segments (`{id}` or `{identifierKey}/{identifierValue}`), each encoded. */
export function participantRefPath(ref: ParticipantRef): string {
  const seg = encodeURIComponent;
  return 'id' in ref ? seg(ref.id) : `${seg(ref.identifierKey)}/${seg(ref.identifierValue)}`;
}

/**
 * A key that is equal for two references exactly when they name the same participant (NUL cannot
 * occur in either part, so no two references share a key).
 */
export function participantRefKey(ref: ParticipantRef): string {
  return 'id' in ref ? `id:${ref.id}` : `key:${ref.identifierKey}\u0000${ref.identifierValue}`;
}
