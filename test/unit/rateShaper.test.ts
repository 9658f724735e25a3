import { describe, expect, it } from 'vitest';
import { UpstreamFailure } from '../../src/upstream/failure.js';
import { PROBE_HOLD_MS, SlidingWindowShaper } from '../../src/upstream/resilience/rateShaper.js';

const context = { method: 'GET', path: '/conversations' };

function shaper(options: {
  perSecond: number;
  maxWaitMs: number;
  marginMs?: number;
  penaltyCapMs?: number;
}) {
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
    penaltyCapMs: options.penaltyCapMs ?? 5_000,
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

  it('caps a Retry-After penalty, then lets one probe through and holds the rest for its answer', async () => {
    const { instance, clock } = shaper({ perSecond: 100, maxWaitMs: 0, penaltyCapMs: 300 });
    instance.penalize('ws', 'read', 999_999_000);

    expect(await outcome(instance.acquire('ws', 'read', context))).toBe(300);
    clock.advance(300);
    expect(await outcome(instance.acquire('ws', 'read', context))).toBe('sent');
    expect(await outcome(instance.acquire('ws', 'read', context))).toBe(PROBE_HOLD_MS);
    instance.succeeded('ws', 'read');
    expect(await outcome(instance.acquire('ws', 'read', context))).toBe('sent');
  });

  it('does not chain probes for 429s to calls sent before the probe', async () => {
    const { instance, clock } = shaper({ perSecond: 100, maxWaitMs: 0, penaltyCapMs: 300 });
    instance.penalize('ws', 'read', undefined);
    clock.advance(300);
    await instance.acquire('ws', 'read', context); // the probe, going out now
    clock.advance(-1); // a straggler's 429 that predates the probe
    instance.penalize('ws', 'read', undefined);
    clock.advance(1);
    instance.succeeded('ws', 'read');

    expect(await outcome(instance.acquire('ws', 'read', context))).toBe('sent');
  });
});

describe('SlidingWindowShaper admission', () => {
  it('admits an operation whose calls all fit within the wait, and refuses the next whole', async () => {
    const { instance } = shaper({ perSecond: 5, maxWaitMs: 1000 });

    const first = await instance.admit('ws', 'read', 6);
    const second = await instance.admit('ws', 'read', 5);

    expect(first.kind).toBe('admitted');
    // 11 calls: 5 now, 5 after one window, 1 after two: one window past the allowed wait.
    expect(second).toEqual({ kind: 'wait', retryAfterMs: 1000 });
  });

  it('gives an operation’s unused places back when it ends', async () => {
    const { instance } = shaper({ perSecond: 5, maxWaitMs: 1000 });
    const first = await instance.admit('ws', 'read', 10);
    if (first.kind !== 'admitted' || first.tickets === null) throw new Error('not admitted');

    first.tickets.take();
    first.tickets.release();

    expect((await instance.admit('ws', 'read', 9)).kind).toBe('admitted');
  });

  it('calls an operation too large when the window could never hold it within the wait', async () => {
    const { instance } = shaper({ perSecond: 50, maxWaitMs: 1000, marginMs: 20 });

    expect(await instance.admit('ws', 'read', 101)).toEqual({ kind: 'too-large', capacity: 50 });
  });

  it('does not shape a class whose limit is 0', async () => {
    const { instance } = shaper({ perSecond: 0, maxWaitMs: 0 });

    const results = await Promise.all(
      Array.from({ length: 1000 }, () => outcome(instance.acquire('ws', 'read', context))),
    );

    expect(results.every((r) => r === 'sent')).toBe(true);
  });
});
