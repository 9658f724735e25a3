/**
 * The credential and workspace pairs Bird has accepted recently (a 2xx seen). Only those spend a
 * workspace's shared rate budget as they please; a pair not in the set is still unproven, and its
 * calls are held to a small allowance (see credentialGate.ts). Pairs are keyed by the workspace and
 * a SHA-256 digest of the credential: the credential itself is never stored.
 *
 * An interface because several gateway instances should share what they learn (a Redis set with
 * per-key expiry fits it); the in-process implementation below serves one instance.
 */
import { createHash } from 'node:crypto';

/** A credential and the workspace it was used for, by digest. */
export interface CredentialKey {
  readonly workspaceId: string;
  /** Hex SHA-256 of the upstream `Authorization` value. */
  readonly digest: string;
}

/** Pairs Bird accepted recently. Implementations expire entries and bound their size. */
export interface VerifiedCredentials {
  /** True when Bird answered 2xx to this pair within the TTL. */
  has(key: CredentialKey): Promise<boolean>;
  /** Records (or refreshes) a 2xx for this pair. */
  add(key: CredentialKey): Promise<void>;
  /** Forgets a pair Bird has just refused (a revoked key). */
  remove(key: CredentialKey): Promise<void>;
}

/** The key of a credential used for a workspace. */
export function credentialKey(workspaceId: string, authorization: string): CredentialKey {
  return { workspaceId, digest: createHash('sha256').update(authorization).digest('hex') };
}

export interface InMemoryVerifiedCredentialsOptions {
  readonly ttlMs: number;
  readonly maxEntries: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/**
 * A Map in insertion order doubles as the expiry queue: `add` moves a pair to the end, so the first
 * entry is always the one refreshed longest ago, and the oldest go first when the set is full.
 */
export class InMemoryVerifiedCredentials implements VerifiedCredentials {
  private readonly entries = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: InMemoryVerifiedCredentialsOptions) {
    this.now = options.now ?? Date.now;
  }

  has(key: CredentialKey): Promise<boolean> {
    const id = mapKey(key);
    const expires = this.entries.get(id);
    if (expires === undefined) return Promise.resolve(false);
    if (expires > this.now()) return Promise.resolve(true);
    this.entries.delete(id);
    return Promise.resolve(false);
  }

  add(key: CredentialKey): Promise<void> {
    const id = mapKey(key);
    this.entries.delete(id);
    this.entries.set(id, this.now() + this.options.ttlMs);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
    return Promise.resolve();
  }

  remove(key: CredentialKey): Promise<void> {
    this.entries.delete(mapKey(key));
    return Promise.resolve();
  }

  /** Pairs held, expired ones included until they are looked up or pushed out (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

const mapKey = (key: CredentialKey) => `${key.workspaceId}\u0000${key.digest}`;
