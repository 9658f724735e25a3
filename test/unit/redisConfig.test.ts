/** REDIS_* settings: shared mode only with a redis:// or rediss:// URL; a bad value names its variable. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';

const demo = { url: 'http://127.0.0.1:1', workspaceId: 'ws', accessKey: 'demo-access-key' };

describe('REDIS_URL', () => {
  it('leaves everything in process when unset', () => {
    expect(loadConfig({}, demo).redis).toBeNull();
  });

  it('takes TLS and auth through the URL, with the default prefix and fallback share', () => {
    const config = loadConfig({ REDIS_URL: 'rediss://user:pw@redis.example:6380/2' }, demo);
    expect(config.redis).toEqual({
      url: 'rediss://user:pw@redis.example:6380/2',
      keyPrefix: 'bgw:',
      fallbackBudgetFraction: 1 / 3,
      commandTimeoutMs: 200,
    });
  });

  it('widens the rate window margin in shared mode unless RATE_LIMIT_MARGIN_MS says otherwise', () => {
    expect(loadConfig({}, demo).upstream.rateLimit.marginMs).toBe(20);
    expect(loadConfig({ REDIS_URL: 'redis://r' }, demo).upstream.rateLimit.marginMs).toBe(100);
    expect(
      loadConfig({ REDIS_URL: 'redis://r', RATE_LIMIT_MARGIN_MS: '40' }, demo).upstream.rateLimit
        .marginMs,
    ).toBe(40);
  });

  it('refuses another scheme, naming the variable', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://redis:6379' }, demo)).toThrow(/REDIS_URL/);
  });

  it('refuses a fallback share outside (0, 1]', () => {
    expect(() =>
      loadConfig({ REDIS_URL: 'redis://r', REDIS_FALLBACK_BUDGET_FRACTION: '0' }, demo),
    ).toThrow(/REDIS_FALLBACK_BUDGET_FRACTION/);
  });
});
