import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withSimulator } from '../../helpers/simulator.js';
import { waitFor } from '../../helpers/waitFor.js';
import { bulkShape, errorShape, pageShape, ruleShape } from './birdShapes.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';
const channelShape = z.strictObject({ status: z.enum(['active', 'inactive']) });
const antispamShape = z.strictObject({ enabled: z.boolean() });

describe('workspace settings', () => {
  const client = withSimulator();
  const readBulkStatus = (bulkId: string) =>
    client().expect(bulkShape, 200, 'GET', `/conversation-allowblock-rules-bulk/${bulkId}/status`);

  it('reads and switches a channel conversational configuration', async () => {
    const path = `/channels/${SMS_CHANNEL}/conversational`;
    expect(await client().expect(channelShape, 200, 'GET', path)).toEqual({ status: 'active' });
    expect(
      await client().expect(channelShape, 200, 'PATCH', path, { body: { status: 'inactive' } }),
    ).toEqual({ status: 'inactive' });
    expect(await client().expect(channelShape, 200, 'GET', path)).toEqual({ status: 'inactive' });
    expect((await client().call('PATCH', path, { body: { status: 'paused' } })).status).toBe(422);
    expect(
      (await client().call('GET', '/channels/00000000-0000-4000-8000-000000000000/conversational'))
        .status,
    ).toBe(404);
  });

  it('reads and updates the antispam setting', async () => {
    expect(
      await client().expect(antispamShape, 200, 'GET', '/conversations-antispam-settings'),
    ).toEqual({ enabled: false });
    expect(
      await client().expect(antispamShape, 200, 'PATCH', '/conversations-antispam-settings', {
        body: { enabled: true },
      }),
    ).toEqual({ enabled: true });
    const invalid = await client().call('PATCH', '/conversations-antispam-settings', { body: {} });
    expect(errorShape.parse(invalid.json).details).toEqual({
      '.enabled': ["Property 'enabled' is missing"],
    });
  });

  it('creates, reads, updates, lists and deletes allow/block rules', async () => {
    const rule = await client().expect(ruleShape, 201, 'POST', '/conversation-allowblock-rules', {
      body: { category: 'email', value: 'spam@example.org', type: 'reject' },
    });
    expect(rule).toMatchObject({
      workspaceId: client().tenant.workspaceId,
      createdBy: client().tenant.accessKeyId,
    });
    await client().expect(ruleShape, 201, 'POST', '/conversation-allowblock-rules', {
      body: { category: 'domain', value: 'example.com', type: 'allow' },
    });
    expect(
      (await client().expect(ruleShape, 200, 'GET', `/conversation-allowblock-rules/${rule.id}`))
        .value,
    ).toBe('spam@example.org');
    const updated = await client().expect(
      ruleShape,
      200,
      'PATCH',
      `/conversation-allowblock-rules/${rule.id}`,
      { body: { type: 'suspend', value: null } },
    );
    expect(updated).toMatchObject({ type: 'suspend', value: 'spam@example.org' });
    const rejected = await client().expect(
      pageShape(ruleShape),
      200,
      'GET',
      '/conversation-allowblock-rules?type=suspend',
    );
    expect(rejected.results.map((r) => r.id)).toEqual([rule.id]);
    const page = await client().expect(
      pageShape(ruleShape),
      200,
      'GET',
      '/conversation-allowblock-rules?limit=1',
    );
    expect(page.results).toHaveLength(1);
    expect(page.nextPageToken).toBeDefined();
    expect(
      (await client().call('DELETE', `/conversation-allowblock-rules/${rule.id}`)).status,
    ).toBe(204);
    expect((await client().call('GET', `/conversation-allowblock-rules/${rule.id}`)).status).toBe(
      404,
    );
  });

  it('refuses a duplicate rule with 409 and invalid rules with 422', async () => {
    const body = { category: 'domain', value: 'example.com', type: 'allow' };
    await client().expect(ruleShape, 201, 'POST', '/conversation-allowblock-rules', { body });
    const duplicate = await client().call('POST', '/conversation-allowblock-rules', {
      body: { ...body, value: 'EXAMPLE.com', type: 'reject' },
    });
    expect(duplicate.status).toBe(409);
    for (const invalid of [
      { ...body, category: 'ip' },
      { ...body, type: 'maybe' },
      { category: 'email', value: 'not-an-address', type: 'allow' },
      {},
    ]) {
      expect(
        (await client().call('POST', '/conversation-allowblock-rules', { body: invalid })).status,
      ).toBe(422);
    }
  });

  it('imports a CSV in the background and reports progress, errors and completion', async () => {
    const csv = [
      'value,type',
      'one@example.org,allow',
      'example.net,reject',
      'bad line',
      'x@example.org,maybe',
      '.example.io,suspend',
    ].join('\n');
    const started = await client().expect(
      bulkShape,
      202,
      'POST',
      '/conversation-allowblock-rules-bulk',
      {
        rawBody: csv,
        headers: { 'content-type': 'text/csv' },
      },
    );
    expect(started).toMatchObject({ status: 'pending', currentIndex: 0, total: 5, errors: null });
    const status = await waitFor(
      async () => {
        const s = await readBulkStatus(started.bulkId);
        return s.status === 'completed' ? s : null;
      },
      { message: 'the bulk import to complete' },
    );
    expect(status).toMatchObject({ status: 'completed', currentIndex: 5, total: 5 });
    expect(status.errors).toEqual([
      expect.stringMatching(/^line 3:/),
      expect.stringMatching(/^line 4: unknown type 'maybe'/),
    ]);
    const rules = await client().expect(
      pageShape(ruleShape),
      200,
      'GET',
      '/conversation-allowblock-rules?limit=100&reverse=true',
    );
    expect(rules.results.map((r) => [r.category, r.value, r.type])).toEqual([
      ['email', 'one@example.org', 'allow'],
      ['domain', 'example.net', 'reject'],
      ['domain_suffix', '.example.io', 'suspend'],
    ]);
  });

  it('marks a bulk import in which every line fails as failed', async () => {
    const started = await client().expect(
      bulkShape,
      202,
      'POST',
      '/conversation-allowblock-rules-bulk',
      {
        rawBody: 'nonsense\n',
        headers: { 'content-type': 'text/csv' },
      },
    );
    const status = await waitFor(
      async () => {
        const s = await readBulkStatus(started.bulkId);
        return s.status === 'pending' || s.status === 'in_progress' ? null : s;
      },
      { message: 'the bulk import to finish' },
    );
    expect(status.status).toBe('failed');
  });

  it('requires text/csv for bulk uploads and answers 404 for unknown bulk ids', async () => {
    expect(
      (
        await client().call('POST', '/conversation-allowblock-rules-bulk', {
          body: { csv: 'a,allow' },
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await client().call(
          'GET',
          '/conversation-allowblock-rules-bulk/00000000-0000-4000-8000-000000000000/status',
        )
      ).status,
    ).toBe(404);
  });
});
