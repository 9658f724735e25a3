/**
 * Credentials the media links of recent responses act with, kept in memory for as long as those
 * links live, so `GET /media/<token>` can fetch Bird's media without the credential ever being in
 * the URL. A browser's `<img>` cannot send an `Authorization` header, so the link has to stand for
 * the credential: the token carries only a keyed hash of it, and this map turns the hash back into
 * the credential on this instance. Bounded: beyond `maxEntries` the entry that expires first goes.
 */

/** A credential a media link may act with. */
export interface StoredCredential {
  readonly workspaceId: string;
  /** The upstream `Authorization` header value. Never logged or returned. */
  readonly authorization: string;
}

interface Entry extends StoredCredential {
  expiresAt: number;
}

export class CredentialStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps `credential` under `hash` until at least `expiresAt` (epoch ms). */
  remember(hash: string, credential: StoredCredential, expiresAt: number): void {
    const existing = this.entries.get(hash);
    if (existing !== undefined) {
      existing.expiresAt = Math.max(existing.expiresAt, expiresAt);
      return;
    }
    if (this.entries.size >= this.maxEntries) this.evict();
    const { workspaceId, authorization } = credential;
    this.entries.set(hash, { workspaceId, authorization, expiresAt });
  }

  /** The credential stored under `hash`, unless it expired. */
  get(hash: string): StoredCredential | undefined {
    const entry = this.entries.get(hash);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return { workspaceId: entry.workspaceId, authorization: entry.authorization };
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops expired entries, or, when none has, the one that expires first. */
  private evict(): void {
    const now = this.now();
    let first: [string, number] | undefined;
    for (const [hash, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(hash);
      else if (first === undefined || entry.expiresAt < first[1]) first = [hash, entry.expiresAt];
    }
    if (this.entries.size >= this.maxEntries && first !== undefined) this.entries.delete(first[0]);
  }
}
