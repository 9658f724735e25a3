import { describe, expect, it } from 'vitest';
import { compilePathPattern } from '../../../src/simulator/server/pathPattern.js';
import { FaultInjector } from '../../../src/simulator/server/faults.js';
import { RateLimiter } from '../../../src/simulator/server/rateLimiter.js';
import { RequestLog } from '../../../src/simulator/server/requestLog.js';

describe('path patterns', () => {
  it('matches one segment with * and anything with **', () => {
    const one = compilePathPattern('/workspaces/*/conversations');
    expect(one('/workspaces/abc/conversations')).toBe(true);
    expect(one('/workspaces/abc/def/conversations')).toBe(false);
    expect(one('/workspaces/abc/conversations/x')).toBe(false);
    const many = compilePathPattern('/workspaces/**/messages');
    expect(many('/workspaces/a/conversations/b/messages')).toBe(true);
    expect(compilePathPattern(/messages$/)('/x/messages')).toBe(true);
    expect(compilePathPattern('/a.b')('/aXb')).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('allows N requests in any one-second window and tells how long to wait', () => {
    const limiter = new RateLimiter({ getPerSecond: 3, postPerSecond: 1 });
    expect([0, 100, 200, 300].map((t) => limiter.check('w', 'GET', t).allowed)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limiter.check('w', 'GET', 500)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.check('w', 'GET', 1000).allowed).toBe(true);
    expect(limiter.check('w', 'POST', 1000).allowed).toBe(true);
    expect(limiter.check('w', 'DELETE', 1001).allowed).toBe(false);
    expect(limiter.check('other', 'GET', 1001).allowed).toBe(true);
  });
});

describe('FaultInjector', () => {
  it('consumes rules first in, first out, by method and path', () => {
    const faults = new FaultInjector();
    faults.inject({ method: 'post', path: '/a', kind: 'reset' });
    faults.inject({ path: '/a', kind: 'status', status: 500, times: 2 });
    expect(faults.take('GET', '/a')?.label).toBe('status:500');
    expect(faults.take('POST', '/a')?.label).toBe('reset');
    expect(faults.pending()).toEqual([{ path: '/a', kind: 'status', status: 500, times: 1 }]);
    expect(faults.take('GET', '/b')).toBeNull();
  });

  it('refuses nonsensical rules', () => {
    const faults = new FaultInjector();
    expect(() => {
      faults.inject({ path: '/a', kind: 'status' });
    }).toThrow(RangeError);
    expect(() => {
      faults.inject({ path: '/a', kind: 'reset', times: 0 });
    }).toThrow(RangeError);
    expect(() => {
      faults.inject({ path: '/a', kind: 'reset', times: 1.5 });
    }).toThrow(RangeError);
  });
});

describe('RequestLog', () => {
  it('keeps the newest entries in arrival order and decodes bodies when read', () => {
    const log = new RequestLog(2);
    const entry = (path: string, body: string) =>
      log.record({
        method: 'POST',
        path,
        query: {},
        rawBody: new TextEncoder().encode(body),
        auth: 'ok',
        workspaceId: 'w',
        requestId: null,
        status: 0,
        fault: null,
        at: 0,
      });
    entry('/1', '{"a":1}');
    entry('/2', 'not json');
    entry('/3', '');
    expect(log.entries().map((e) => [e.path, e.body])).toEqual([
      ['/2', 'not json'],
      ['/3', null],
    ]);
    expect(log.count({ path: '/*' })).toBe(2);
    expect(log.count({ method: 'get' })).toBe(0);
  });
});
