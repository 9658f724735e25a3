import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MediaPresigner } from '../../../src/simulator/media/presign.js';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import { messagePageShape } from './birdShapes.js';

const CHROMIUM = '/usr/bin/chromium';
const inCI = process.env.CI === 'true';

/** The first seeded image URL, as the API serves it in a message body. */
async function seededImageUrl(client: SimulatorClient): Promise<string> {
  const ws = client.sim.store.workspace(client.tenant.workspaceId);
  const message = [...(ws?.messages.values() ?? [])].find((m) => m.body.type === 'image');
  const list = await client.expect(
    messagePageShape,
    200,
    'GET',
    `/conversations/${message?.conversationId ?? ''}/messages?limit=100`,
  );
  const served = list.results.find((m) => m.id === message?.id);
  const body: unknown = served?.body;
  const url = JSON.stringify(body).match(/"mediaUrl":"([^"]+)"/)?.[1];
  if (url === undefined) throw new Error('no seeded image');
  return url;
}

async function presignedLocation(client: SimulatorClient, mediaUrl: string): Promise<string> {
  const redirect = await fetch(mediaUrl, {
    headers: { authorization: `AccessKey ${client.tenant.accessKey}` },
    redirect: 'manual',
  });
  expect(redirect.status).toBe(302);
  return redirect.headers.get('location') ?? '';
}

describe('media URLs', () => {
  const client = withSimulator();

  it('point at the simulator, need the access key, and redirect to a pre-signed URL serving a PNG', async () => {
    const mediaUrl = await seededImageUrl(client());
    expect(
      mediaUrl.startsWith(`${client().sim.url}/workspaces/${client().tenant.workspaceId}/`),
    ).toBe(true);
    expect((await fetch(mediaUrl, { redirect: 'manual' })).status).toBe(401);
    const other = client().sim.tenants[1];
    const foreign = await fetch(mediaUrl, {
      headers: { authorization: `AccessKey ${other?.accessKey ?? ''}` },
      redirect: 'manual',
    });
    expect(foreign.status).toBe(403);
    const location = await presignedLocation(client(), mediaUrl);
    expect(location).not.toContain(client().tenant.accessKey);
    const image = await fetch(location);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await image.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const tampered = location.replace(
      /signature=([0-9a-f])/,
      (_, c: string) => `signature=${c === '0' ? '1' : '0'}`,
    );
    expect((await fetch(tampered)).status).toBe(403);
  });

  it('expires pre-signed URLs after 900 seconds', () => {
    const presigner = new MediaPresigner();
    const now = Date.UTC(2026, 0, 1);
    const query = new URLSearchParams(presigner.sign('ws/conv/media.jpg', now));
    const check = (at: number, path = 'ws/conv/media.jpg') =>
      presigner.verify(path, query.get('expires') ?? '', query.get('signature') ?? '', at);
    expect(check(now + 899_000)).toBe(true);
    expect(check(now + 901_000)).toBe(false);
    expect(check(now, 'ws/conv/other.jpg')).toBe(false);
  });

  it.skipIf(!existsSync(CHROMIUM) && !inCI)(
    'renders in a browser <img> from the pre-signed URL',
    async () => {
      const location = await presignedLocation(client(), await seededImageUrl(client()));
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      try {
        const page = await browser.newPage();
        await page.goto(`${client().sim.url}/openapi.json`);
        await page.setContent(`<img id="media" src="${location}">`);
        // String expressions: the test project's types have no DOM library.
        await page.waitForFunction('document.getElementById("media").complete');
        const width: unknown = await page.evaluate('document.getElementById("media").naturalWidth');
        expect(width).toBe(64);
      } finally {
        await browser.close();
      }
    },
  );
});
