import { describe, expect, it } from 'vitest';
import { withSimulator } from '../../helpers/simulator.js';
import { errorShape } from './birdShapes.js';

describe('routing errors', () => {
  const client = withSimulator();

  it('answers an unknown route under a workspace with 404 NotFound', async () => {
    const response = await client().call('GET', '/nothing-here');
    expect(response.status).toBe(404);
    expect(errorShape.parse(response.json).code).toBe('NotFound');
  });

  it('answers an unknown route outside workspaces with 404', async () => {
    expect((await client().fetch('GET', `${client().sim.url}/v1/whatever`)).status).toBe(404);
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const response = await client().call('PUT', '/conversations');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, GET');
    expect(errorShape.parse(response.json).code).toBe('MethodNotAllowed');
  });

  it('answers malformed JSON with 400 InvalidPayload', async () => {
    const response = await client().call('POST', '/conversations', {
      rawBody: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(errorShape.parse(response.json).code).toBe('InvalidPayload');
  });

  it('answers a body that is not an object with 422', async () => {
    expect((await client().call('POST', '/conversations', { body: [1, 2] })).status).toBe(422);
    expect((await client().call('PATCH', '/conversations-antispam-settings')).status).toBe(422);
  });

  it('refuses bodies over 10 MiB with 413', async () => {
    const response = await client().call('POST', '/conversations', {
      rawBody: `{"name":"${'x'.repeat(10 * 1024 * 1024)}"}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(413);
  });
});
