import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const demo = { url: 'http://127.0.0.1:1', workspaceId: 'ws', accessKey: 'demo-access-key' };

describe('webhook configuration', () => {
  it('reads a rotation list of signing keys, PUBLIC_URL without its trailing slash, and the limits', () => {
    const config = loadConfig(
      {
        WEBHOOK_SIGNING_KEY: ' first-signing-key-0001 , second-signing-key-002 ',
        PUBLIC_URL: 'https://gw.example.com/',
        WEBHOOK_MAX_AGE_SECONDS: '3600',
      },
      demo,
    );
    expect(config.webhooks).toEqual({
      signingKeys: ['first-signing-key-0001', 'second-signing-key-002'],
      publicUrl: 'https://gw.example.com',
      maxAgeSeconds: 3600,
      maxBodyBytes: 1024 * 1024,
    });
  });

  it('defaults to no intake, a 24 hour window and the demo key in demo mode', () => {
    expect(loadConfig({}).webhooks).toMatchObject({ signingKeys: [], maxAgeSeconds: 86_400 });
    expect(
      loadConfig({}, { ...demo, webhookSigningKey: 'per-process-demo-key' }).webhooks.signingKeys,
    ).toEqual(['per-process-demo-key']);
  });

  it('refuses a short signing key, naming the variable but not the key', () => {
    const load = () => loadConfig({ WEBHOOK_SIGNING_KEY: 'long-enough-signing-key,short' }, demo);
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/WEBHOOK_SIGNING_KEY must be a comma-separated list/);
    expect(load).not.toThrow(/long-enough-signing-key/);
  });

  it('refuses a PUBLIC_URL with a query string', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://gw.example.com/?x=1' }, demo)).toThrow(
      /PUBLIC_URL must be http\(s\) without a query or fragment/,
    );
  });
});
