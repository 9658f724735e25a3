import { describe, expect, it } from 'vitest';
import {
  credentialKey,
  InMemoryVerifiedCredentials,
} from '../../src/upstream/credentials/verifiedCredentials.js';

function set(options: { ttlMs: number; maxEntries: number }) {
  let now = 1_000_000;
  const verified = new InMemoryVerifiedCredentials({ ...options, now: () => now });
  return {
    verified,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('InMemoryVerifiedCredentials', () => {
  it('knows a pair by workspace and digest, never by the key itself', async () => {
    const { verified } = set({ ttlMs: 1000, maxEntries: 10 });
    const key = credentialKey('ws-1', 'AccessKey secret-key-123');
    await verified.add(key);

    expect(key.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(key)).not.toContain('secret-key-123');
    expect(await verified.has(credentialKey('ws-1', 'AccessKey secret-key-123'))).toBe(true);
    expect(await verified.has(credentialKey('ws-2', 'AccessKey secret-key-123'))).toBe(false);
    expect(await verified.has(credentialKey('ws-1', 'AccessKey other-key-456'))).toBe(false);
  });

  it('forgets a pair after the TTL unless Bird accepted it again', async () => {
    const { verified, advance } = set({ ttlMs: 1000, maxEntries: 10 });
    const a = credentialKey('ws', 'AccessKey a');
    const b = credentialKey('ws', 'AccessKey b');
    await verified.add(a);
    await verified.add(b);
    advance(600);
    await verified.add(b);
    advance(600);

    expect(await verified.has(a)).toBe(false);
    expect(await verified.has(b)).toBe(true);
  });

  it('holds at most maxEntries pairs, forgetting the least recently accepted first', async () => {
    const { verified } = set({ ttlMs: 60_000, maxEntries: 2 });
    const keys = ['a', 'b', 'c'].map((k) => credentialKey('ws', `AccessKey ${k}`));
    for (const key of keys) await verified.add(key);

    expect(verified.size).toBe(2);
    expect(await Promise.all(keys.map((k) => verified.has(k)))).toEqual([false, true, true]);
  });

  it('forgets a pair Bird refused', async () => {
    const { verified } = set({ ttlMs: 60_000, maxEntries: 2 });
    const key = credentialKey('ws', 'AccessKey revoked');
    await verified.add(key);
    await verified.remove(key);

    expect(await verified.has(key)).toBe(false);
  });
});
