import { describe, expect, it } from 'vitest';
import { requireTenant, withSimulator } from '../../helpers/simulator.js';
import { conversationShape, errorShape, pageShape } from './birdShapes.js';

describe('authentication and workspace isolation', () => {
  const client = withSimulator();

  it.each([
    ['no Authorization header', null],
    ['an empty header', ''],
    ['a Bearer token', 'Bearer sim-demo-access-key'],
    ['the scheme without a key', 'AccessKey'],
    ['an unknown key', 'AccessKey not-a-key'],
  ])('answers 401 Unauthorized for %s', async (_case, auth) => {
    const response = await client().call('GET', '/conversations', { auth });
    expect(response.status).toBe(401);
    expect(errorShape.parse(response.json).code).toBe('Unauthorized');
  });

  it("answers 403 when a valid key is used on another workspace's path, without its data", async () => {
    const second = requireTenant(client().sim, 1);
    const response = await client().fetch(
      'GET',
      `${client().sim.url}/workspaces/${second.workspaceId}/conversations`,
    );
    expect(response.status).toBe(403);
    expect(errorShape.parse(response.json)).toEqual({
      code: 'Forbidden',
      message: 'User has no access to the requested resource',
    });
    expect(response.text).not.toContain('results');
  });

  it('answers 403 for a workspace that does not exist, revealing nothing', async () => {
    const response = await client().fetch(
      'GET',
      `${client().sim.url}/workspaces/00000000-0000-4000-8000-000000000000/conversations`,
    );
    expect(response.status).toBe(403);
  });

  it('keeps workspaces apart: ids of one are unknown in the other', async () => {
    const second = client().as(requireTenant(client().sim, 1));
    const mine = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=100',
    );
    const theirs = await second.expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=100',
    );
    expect(theirs.results.length).toBeGreaterThan(0);
    const myIds = new Set(mine.results.map((c) => c.id));
    expect(theirs.results.some((c) => myIds.has(c.id))).toBe(false);
    const theirId = theirs.results[0]?.id ?? '';
    expect((await client().call('GET', `/conversations/${theirId}`)).status).toBe(404);
    expect((await client().call('DELETE', `/conversations/${theirId}`)).status).toBe(404);
    expect((await second.call('GET', `/conversations/${theirId}`)).status).toBe(200);
  });

  it('accepts the scheme name case-insensitively, as HTTP auth schemes are', async () => {
    const response = await client().call('GET', '/conversations?limit=1', {
      auth: `accesskey ${client().tenant.accessKey}`,
    });
    expect(response.status).toBe(200);
  });
});
