import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withSimulator } from '../../helpers/simulator.js';
import { conversationShape, pageShape } from './birdShapes.js';

const presignedShape = z.strictObject({
  mediaUrl: z.url(),
  uploadUrl: z.url(),
  uploadMethod: z.literal('POST'),
  uploadFormData: z.record(z.string(), z.string()),
});

describe('pre-signed uploads', () => {
  const client = withSimulator();

  async function presign(contentType: string) {
    const page = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=1',
    );
    const id = page.results[0]?.id ?? '';
    return client().expect(presignedShape, 200, 'POST', `/conversations/${id}/presigned-upload`, {
      body: { contentType },
    });
  }

  it('hands out a local upload URL that accepts a multipart POST; mediaUrl needs the key and redirects to the bytes', async () => {
    const slot = await presign('image/png');
    expect(slot.uploadUrl.startsWith(client().sim.url)).toBe(true);
    const form = new FormData();
    for (const [name, value] of Object.entries(slot.uploadFormData)) form.append(name, value);
    const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);
    form.append('file', new Blob([bytes], { type: 'image/png' }), 'pixel.png');
    const upload = await fetch(slot.uploadUrl, { method: 'POST', body: form });
    expect(upload.status).toBe(204);
    expect(slot.mediaUrl).toMatch(/\/workspaces\/[^/]+\/conversations\/[^/]+\/media\/[^/]+$/);
    expect((await fetch(slot.mediaUrl)).status).toBe(401);
    const redirect = await fetch(slot.mediaUrl, {
      headers: { authorization: `AccessKey ${client().tenant.accessKey}` },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    expect(location).toMatch(/\?expires=\d+&signature=[0-9a-f]+$/);
    const media = await fetch(location);
    expect(media.status).toBe(200);
    expect(media.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await media.arrayBuffer())).toEqual(bytes);
  });

  it('refuses an upload whose form fields do not match the policy, like S3, with 403', async () => {
    const slot = await presign('application/pdf');
    const form = new FormData();
    form.append('key', 'somewhere/else');
    form.append('file', new Blob(['%PDF'], { type: 'application/pdf' }), 'a.pdf');
    expect((await fetch(slot.uploadUrl, { method: 'POST', body: form })).status).toBe(403);
    const media = await fetch(slot.mediaUrl, {
      headers: { authorization: `AccessKey ${client().tenant.accessKey}` },
      redirect: 'manual',
    });
    expect(media.status).toBe(404);
  });

  it('validates the content type and the conversation', async () => {
    const page = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=1',
    );
    const id = page.results[0]?.id ?? '';
    expect(
      (
        await client().call('POST', `/conversations/${id}/presigned-upload`, {
          body: { contentType: 'nonsense' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await client().call('POST', `/conversations/${id}/presigned-upload`, { body: {} })).status,
    ).toBe(422);
    const unknown = await client().call(
      'POST',
      '/conversations/00000000-0000-4000-8000-000000000000/presigned-upload',
      {
        body: { contentType: 'image/png' },
      },
    );
    expect(unknown.status).toBe(404);
  });
});
