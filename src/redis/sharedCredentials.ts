/**
 * The verified-credential set of shared mode: one key per workspace and credential digest (never the
 * credential), expiring `ttlMs` after Bird's last 2xx, so a key proven on one instance is trusted on
 * all. The in-process set answers while Redis cannot (a key is then re-proven at worst).
 */
import {
  InMemoryVerifiedCredentials,
  type CredentialKey,
  type VerifiedCredentials,
} from '../upstream/credentials/verifiedCredentials.js';
import type { RedisConnection } from './connection.js';

export class RedisVerifiedCredentials implements VerifiedCredentials {
  readonly #local: InMemoryVerifiedCredentials;

  constructor(
    private readonly redis: RedisConnection,
    private readonly options: { readonly ttlMs: number; readonly maxEntries: number },
  ) {
    this.#local = new InMemoryVerifiedCredentials(options);
  }

  #key(key: CredentialKey): string {
    return this.redis.key('verified', key.workspaceId, key.digest);
  }

  async has(key: CredentialKey): Promise<boolean> {
    if (await this.#local.has(key)) return true;
    if (this.redis.health !== 'up') return false;
    try {
      const found = (await this.redis.client.exists(this.#key(key))) === 1;
      if (found) await this.#local.add(key);
      return found;
    } catch {
      return false;
    }
  }

  async add(key: CredentialKey): Promise<void> {
    await this.#local.add(key);
    if (this.redis.health !== 'up') return;
    await this.redis.client
      .set(this.#key(key), '1', 'PX', this.options.ttlMs)
      .catch(() => undefined);
  }

  async remove(key: CredentialKey): Promise<void> {
    await this.#local.remove(key);
    if (this.redis.health !== 'up') return;
    await this.redis.client.del(this.#key(key)).catch(() => undefined);
  }
}
