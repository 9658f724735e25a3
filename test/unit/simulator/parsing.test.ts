import { describe, expect, it } from 'vitest';
import { simulatorOptionsFromEnv, SimulatorEnvError } from '../../../src/simulator/env.js';
import { parseMultipart } from '../../../src/simulator/http/multipart.js';
import { encodePageToken, readPageParams } from '../../../src/simulator/http/pageToken.js';
import { HttpError } from '../../../src/simulator/http/httpError.js';

describe('simulatorOptionsFromEnv', () => {
  it('defaults to port 4010 with no knobs', () => {
    expect(simulatorOptionsFromEnv({})).toEqual({
      port: 4010,
      size: {},
      messageStatuses: { enabled: true },
    });
  });

  it('reads every knob', () => {
    expect(
      simulatorOptionsFromEnv({
        PORT: '0',
        HOST: '0.0.0.0',
        SIM_SEED: '9',
        SIM_CONTACTS: '10',
        SIM_CONVERSATIONS: '20',
        SIM_MESSAGES: '100000',
        SIM_LATENCY_MS: '25',
        SIM_JITTER_MS: '5',
        SIM_RATE_LIMIT: '50/500',
        SIM_RATE_LIMIT_RETRY_AFTER: 'true',
        SIM_REQUEST_LOG_LIMIT: '50',
        SIM_MESSAGE_STATUSES: 'false',
        SIM_STATUS_STEP_MS: '250',
        SIM_INBOUND_EVERY_MS: '2000',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      seed: 9,
      size: { contacts: 10, conversations: 20, messages: 100000 },
      latency: { fixedMs: 25, jitterMs: 5 },
      rateLimit: { getPerSecond: 50, postPerSecond: 500, retryAfter: true },
      requestLogLimit: 50,
      messageStatuses: { enabled: false, stepMs: 250 },
      inboundEveryMs: 2000,
    });
    expect(simulatorOptionsFromEnv({ SIM_RATE_LIMIT: 'off' }).rateLimit).toBeUndefined();
  });

  it.each([
    ['PORT', '70000'],
    ['SIM_MESSAGES', 'many'],
    ['SIM_RATE_LIMIT', '50'],
    ['SIM_RATE_LIMIT_RETRY_AFTER', 'yes'],
    ['SIM_LATENCY_MS', '-5'],
  ])('names the variable when %s=%s is invalid', (name, value) => {
    expect(() => simulatorOptionsFromEnv({ [name]: value })).toThrow(SimulatorEnvError);
    expect(() => simulatorOptionsFromEnv({ [name]: value })).toThrow(new RegExp(`^${name}:`));
  });
});

describe('page tokens', () => {
  it('round-trip a cursor for the same scope and direction only', () => {
    const params = readPageParams({ limit: '5' }, 'workspaces/w/conversations');
    const token = encodePageToken(params, { createdAt: 1700000000000, id: 'abc' });
    expect(Buffer.from(token, 'base64').toString()).toMatch(
      /^\["2023-11-14T22:13:20\.000\d{6}Z","abc"\]$/,
    );
    expect(readPageParams({ pageToken: token }, 'workspaces/w/conversations').after).toEqual({
      createdAt: 1700000000000,
      id: 'abc',
    });
    expect(() =>
      readPageParams({ pageToken: token, reverse: 'true' }, 'workspaces/w/conversations'),
    ).toThrow(HttpError);
    expect(() =>
      readPageParams({ pageToken: 'x'.repeat(8001) }, 'workspaces/w/conversations'),
    ).toThrow(HttpError);
  });
});

describe('parseMultipart', () => {
  it('reads fields and files from a body built by FormData', async () => {
    const form = new FormData();
    form.append('key', 'a/b');
    form.append(
      'file',
      new Blob([new Uint8Array([0, 13, 10, 255])], { type: 'image/png' }),
      'x.png',
    );
    const request = new Request('http://local', { method: 'POST', body: form });
    const parts = parseMultipart(
      new Uint8Array(await request.arrayBuffer()),
      request.headers.get('content-type') ?? '',
    );
    expect(parts?.map((p) => [p.name, p.filename, p.contentType, [...p.data]])).toEqual([
      ['key', null, null, [...new TextEncoder().encode('a/b')]],
      ['file', 'x.png', 'image/png', [0, 13, 10, 255]],
    ]);
  });

  it('returns null for a body without the boundary', () => {
    expect(
      parseMultipart(new TextEncoder().encode('garbage'), 'multipart/form-data; boundary=xyz'),
    ).toBeNull();
    expect(parseMultipart(new Uint8Array(), 'multipart/form-data')).toBeNull();
  });
});
