import { describe, expect, it } from 'vitest';
import { UpstreamFailure } from '../../src/upstream/failure.js';
import { SlidingWindowShaper } from '../../src/upstream/resilience/rateShaper.js';

const context = { method: 'GET', path: '/conversations' };

function shaper(options: { perSecond: number; maxWaitMs: number; marginMs?: number }) {
  let now = 1_000_000;
  const clock = {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
  const instance = new SlidingWindowShaper({
    readPerSecond: options.perSecond,
    writePerSecond: options.perSecond * 10,
    maxWaitMs: options.maxWaitMs,
    marginMs: options.marginMs ?? 0,
    now: clock.now,
  });
  return { instance, clock };
}

async function outcome(promise: Promise<void>): Promise<'sent' | number> {
  try {
    await promise;
    return 'sent';
  } catch (err) {
    if (err instanceof UpstreamFailure && err.kind === 'rate-limited')
      return err.init.retryAfterMs ?? -1;
    throw err;
  }
}

describe('SlidingWindowShaper', () => {
  it('lets a full burst of the limit through at once and refuses the next with its wait', async () => {
    const { instance } = shaper({ perSecond: 5, maxWaitMs: 0 });

    const results = await Promise.all(
      Array.from({ length: 6 }, () => outcome(instance.acquire('ws', 'read', context))),
    );

    expect(results.slice(0, 5)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    expect(results[5]).toBe(1000);
  });

  it('frees a slot exactly one window after the request it replaces', async () => {
    const { instance, clock } = shaper({ perSecond: 2, maxWaitMs: 0 });
    await instance.acquire('ws', 'read', context);
    clock.advance(400);
    await instance.acquire('ws', 'read', context);
    clock.advance(600);

    expect(await outcome(instance.acquire('ws', 'read', context))).toBe('sent');
    expect(await outcome(instance.acquire('ws', 'read', context))).toBe(400);
  });

  it('keeps reads and writes, and workspaces, in separate windows', async () => {
    const { instance } = shaper({ perSecond: 1, maxWaitMs: 0 });
    await instance.acquire('a', 'read', context);

    expect(await outcome(instance.acquire('a', 'write', context))).toBe('sent');
    expect(await outcome(instance.acquire('b', 'read', context))).toBe('sent');
    expect(await outcome(instance.acquire('a', 'read', context))).toBe(1000);
  });

  it('holds a workspace back after Bird answers 429', async () => {
    const { instance } = shaper({ perSecond: 100, maxWaitMs: 0 });
    instance.penalize('ws', 'read', 2_000);

    expect(await outcome(instance.acquire('ws', 'read', context))).toBe(2000);
    expect(await outcome(instance.acquire('other', 'read', context))).toBe('sent');
  });

  it('does not shape a class whose limit is 0', async () => {
    const { instance } = shaper({ perSecond: 0, maxWaitMs: 0 });

    const results = await Promise.all(
      Array.from({ length: 1000 }, () => outcome(instance.acquire('ws', 'read', context))),
    );

    expect(results.every((r) => r === 'sent')).toBe(true);
  });
});
