/**
 * Gateway media links: `/media/<token>` URLs that stand for a Bird media URL a browser cannot load
 * itself (Bird's media need the access key, bird-api.md §7). A token is
 * `v1.<payload>.<signature>`: the payload (base64url JSON) holds the Bird URL, the workspace, a
 * keyed hash of the credential (never the credential) and the expiry; the signature is an
 * HMAC-SHA256 of it with a key derived from the cursor secret, so every instance that shares the
 * cursor secret accepts it. The credential itself stays in this instance's `CredentialStore`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { MediaConfig } from '../config/index.js';
import { CredentialStore, type StoredCredential } from './credentialStore.js';

/** Turns a media URL from Bird into the URL a client should load. */
export type MediaLinker = (url: string | null) => string | null;

/** Why a token was refused. */
export type MediaLinkProblem = 'invalid' | 'expired' | 'unavailable';

export type MediaLinkCheck =
  | { readonly ok: true; readonly url: string; readonly credential: StoredCredential }
  | { readonly ok: false; readonly problem: MediaLinkProblem };

const payloadSchema = z.object({
  u: z.string(),
  w: z.string(),
  k: z.string(),
  e: z.number().int(),
});

/** Longest token accepted: anything longer was not made here. */
const MAX_TOKEN_LENGTH = 4096;

export interface MediaLinksOptions {
  readonly config: MediaConfig;
  /** The cursor secret; the signing key is derived from it. */
  readonly secret: string;
  /** The gateway's own credential (token or anonymous modes): found without the store. */
  readonly ownCredential: StoredCredential | null;
  readonly maxCredentials?: number;
  readonly now?: () => number;
}

export class MediaLinks {
  private readonly key: Buffer;
  private readonly store: CredentialStore;
  private readonly now: () => number;
  private readonly ownHash: string | null;

  constructor(private readonly options: MediaLinksOptions) {
    this.key = createHmac('sha256', options.secret).update('gateway media links v1').digest();
    this.now = options.now ?? Date.now;
    this.store = new CredentialStore(options.maxCredentials ?? 10_000, this.now);
    const own = options.ownCredential;
    this.ownHash = own === null ? null : this.hashOf(own);
  }

  /**
   * The linker of one operation. Bird-hosted URLs become gateway links bound to `credential`;
   * other URLs (public ones a client sent) are returned as they are. Without credentials nothing
   * is linked.
   */
  linker(credential: StoredCredential | null): MediaLinker {
    return (url) => {
      if (url === null || credential === null || !this.isBirdMedia(url)) return url;
      const expiresAt = this.now() + this.options.config.ttlSeconds * 1000;
      const k = this.hashOf(credential);
      if (k !== this.ownHash) this.store.remember(k, credential, expiresAt);
      const payload = JSON.stringify({
        u: url,
        w: credential.workspaceId,
        k,
        e: Math.ceil(expiresAt / 1000),
      });
      const body = Buffer.from(payload).toString('base64url');
      return `${this.options.config.publicUrl ?? ''}/media/v1.${body}.${this.sign(body)}`;
    };
  }

  /** Checks a token: signature first (nothing else is read from an unsigned one), then expiry. */
  check(token: string): MediaLinkCheck {
    const parts = token.length > MAX_TOKEN_LENGTH ? [] : token.split('.');
    const [version, body, signature] = parts;
    if (parts.length !== 3 || version !== 'v1' || body === undefined || signature === undefined)
      return { ok: false, problem: 'invalid' };
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, problem: 'invalid' };
    const parsed = payloadSchema.safeParse(parseJson(Buffer.from(body, 'base64url').toString()));
    if (!parsed.success || !this.isBirdMedia(parsed.data.u))
      return { ok: false, problem: 'invalid' };
    const { u, w, k, e } = parsed.data;
    if (e * 1000 <= this.now()) return { ok: false, problem: 'expired' };
    const credential =
      k === this.ownHash ? (this.options.ownCredential ?? undefined) : this.store.get(k);
    if (credential?.workspaceId !== w) return { ok: false, problem: 'unavailable' };
    return { ok: true, url: u, credential };
  }

  /** True for URLs on one of Bird's media origins: the only ones the credential is sent to. */
  private isBirdMedia(url: string): boolean {
    try {
      return this.options.config.birdOrigins.includes(new URL(url).origin);
    } catch {
      return false;
    }
  }

  private hashOf(credential: StoredCredential): string {
    return createHmac('sha256', this.key)
      .update(`${credential.workspaceId}\u0000${credential.authorization}`)
      .digest('base64url')
      .slice(0, 22);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
