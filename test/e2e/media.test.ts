/**
 * Gateway media links over real HTTP: Bird's media need the access key (bird-api.md §7), so the
 * gateway hands out `/media/<token>` links that load without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { findImageMessage, imageUrls } from '../helpers/media.js';

const errorBody = z.object({
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string() }) })),
});

let gw: TestGateway;
let image: Awaited<ReturnType<typeof findImageMessage>>;

beforeAll(async () => {
  gw = await startTestGateway();
  image = await findImageMessage(gw);
});
afterAll(() => gw.close());

async function linkOf(target: TestGateway, headers: Record<string, string> = {}): Promise<string> {
  const urls = await imageUrls(target, image, headers);
  expect(urls.birdUrl).toBe(image.birdUrl);
  return urls.mediaUrl;
}

describe('media links', () => {
  it('serves an image message through a gateway link that needs no credentials', async () => {
    const link = await linkOf(gw);
    expect(link).toMatch(/^\/media\/v1\./);
    expect((await fetch(image.birdUrl)).status).toBe(401);

    const redirect = await fetch(new URL(link, gw.url), { redirect: 'manual' });
    const location = redirect.headers.get('location') ?? '';
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('cache-control')).toBe('private, no-store');
    expect(location).toContain('/presigned-media/');
    expect(location).not.toContain(gw.simulator.accessKey);

    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
  });

  it('refuses a tampered link with MEDIA_LINK_INVALID and calls nothing upstream', async () => {
    const link = await linkOf(gw);
    gw.clearCalls();
    const tampered = link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));

    const response = await fetch(new URL(tampered, gw.url));
    const body = errorBody.parse(await response.json());

    expect(response.status).toBe(403);
    expect(body.errors[0]?.extensions.code).toBe('MEDIA_LINK_INVALID');
    expect(gw.calls()).toEqual([]);
  });

  it('works with a client’s own access key, which the link never contains', async () => {
    // Two instances that share the cursor secret, as a deployment's instances do.
    const env = { CURSOR_SECRET: 'a-secret-every-instance-of-this-test-shares' };
    const live = await startTestGateway({ live: true, sharedSimulator: gw.simulator, env });
    const second = await startTestGateway({ live: true, sharedSimulator: gw.simulator, env });
    try {
      const headers = {
        authorization: `AccessKey ${gw.simulator.accessKey}`,
        'x-bird-workspace-id': gw.simulator.workspaceId,
      };
      const link = await linkOf(live, headers);
      const token = link.split('/').at(-1) ?? '';
      const payload = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString();
      expect(`${link} ${payload}`).not.toContain(gw.simulator.accessKey);

      const file = await fetch(new URL(link, live.url));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');

      // The other instance accepts the signature but holds no credential for it (docs/media.md).
      const other = await fetch(new URL(link, second.url));
      expect(other.status).toBe(410);
      expect(errorBody.parse(await other.json()).errors[0]?.extensions.code).toBe(
        'MEDIA_LINK_EXPIRED',
      );
    } finally {
      await Promise.all([live.close(), second.close()]);
    }
  });
});
