import { describe, expect, it } from 'vitest';
import { MediaLinks } from '../../src/media/mediaLinks.js';

const BIRD = 'https://media.api.bird.com/workspaces/w1/messages/m1/media/x.jpg';
const alice = { workspaceId: 'w1', authorization: 'AccessKey alice-secret-key' };

function links(now: { t: number }, maxCredentials = 10) {
  return new MediaLinks({
    config: {
      ttlSeconds: 60,
      publicUrl: 'https://gw.example',
      birdOrigins: ['https://media.api.bird.com'],
    },
    secret: 'a-cursor-secret-of-at-least-32-characters',
    ownCredential: null,
    maxCredentials,
    now: () => now.t,
  });
}

const tokenOf = (url: string | null) => (url ?? '').slice('https://gw.example/media/'.length);

describe('MediaLinks', () => {
  it('links Bird media to the gateway, and the link leads back to the URL and credential', () => {
    const now = { t: 1_000_000 };
    const media = links(now);

    const link = media.linker(alice)(BIRD);

    expect(link).toMatch(/^https:\/\/gw\.example\/media\/v1\./);
    expect(link).not.toContain('alice-secret-key');
    expect(Buffer.from(tokenOf(link).split('.')[1] ?? '', 'base64url').toString()).not.toContain(
      'alice-secret-key',
    );
    expect(media.check(tokenOf(link))).toEqual({ ok: true, url: BIRD, credential: alice });
  });

  it('leaves URLs that are not on a Bird media origin as they are', () => {
    const media = links({ t: 0 });

    expect(media.linker(alice)('https://example.com/cat.gif')).toBe('https://example.com/cat.gif');
    expect(media.linker(null)(BIRD)).toBe(BIRD);
  });

  it('refuses a changed token, and one past its lifetime', () => {
    const now = { t: 1_000_000 };
    const media = links(now);
    const token = tokenOf(media.linker(alice)(BIRD));
    const [v, body, sig] = token.split('.');
    const forged = Buffer.from(
      Buffer.from(body ?? '', 'base64url')
        .toString()
        .replace('x.jpg', 'y.jpg'),
    ).toString('base64url');

    expect(media.check(`${v}.${forged}.${sig}`)).toEqual({ ok: false, problem: 'invalid' });
    expect(media.check(`${token}x`)).toEqual({ ok: false, problem: 'invalid' });
    expect(media.check('nonsense')).toEqual({ ok: false, problem: 'invalid' });
    now.t += 61_000;
    expect(media.check(token)).toEqual({ ok: false, problem: 'expired' });
  });

  it('refuses a link whose credential this instance does not hold', () => {
    const now = { t: 1_000_000 };
    const other = links(now);
    const token = tokenOf(links(now).linker(alice)(BIRD));

    expect(other.check(token)).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('keeps at most maxCredentials credentials, dropping the one that expires first', () => {
    const now = { t: 1_000_000 };
    const media = links(now, 2);
    const first = tokenOf(media.linker(alice)(BIRD));
    now.t += 1000;
    media.linker({ workspaceId: 'w1', authorization: 'AccessKey bob-key' })(BIRD);
    media.linker({ workspaceId: 'w1', authorization: 'AccessKey carol-key' })(BIRD);

    expect(media.check(first)).toEqual({ ok: false, problem: 'unavailable' });
  });
});
