import { describe, expect, it } from 'vitest';
import { evaluateTargets, type TargetInputs } from '../report/targets.js';
import type { BudgetContenderResult, BudgetResult } from '../scenarios/budget.js';
import type { ContenderScreenResult, ScreenScenarioResult } from '../scenarios/screens.js';

function result(
  contender: string,
  values: { calls?: number; p50?: number; rps?: number; status?: ContenderScreenResult['status'] },
): ContenderScreenResult {
  return {
    contender,
    label: contender,
    status: values.status ?? 'ok',
    note: null,
    upstreamCalls: values.calls ?? null,
    unloaded: values.p50 === undefined ? null : { p50: values.p50, p99: values.p50, samples: 20 },
    loaded:
      values.rps === undefined
        ? null
        : {
            engine: 'autocannon',
            clients: 32,
            screensPerSecond: values.rps,
            p50: 1,
            p99: 2,
            errors: 0,
            cpuMsPerScreen: null,
          },
  };
}

function scenario(
  name: ScreenScenarioResult['scenario'],
  latencyMs: number,
  results: ContenderScreenResult[],
): ScreenScenarioResult {
  const min = { inbox: 21, thread: 3, lookup: 1, reply: 1 }[name];
  return { scenario: name, latencyMs, restMinimumCalls: min, clients: 8, results };
}

const inputs = (screens: ScreenScenarioResult[]): TargetInputs => ({
  screens,
  floors: [{ latencyMs: 50, p50: 100, p99: 110, samples: 20 }],
  overhead: null,
  sustained: null,
});

const byId = (targets: ReturnType<typeof evaluateTargets>, id: string) =>
  targets.find((t) => t.id === id);

describe('evaluateTargets', () => {
  it('passes the inbox call target at exactly the REST minimum of 21 and fails above it', () => {
    const pass = evaluateTargets(
      inputs([scenario('inbox', 0, [result('gateway', { calls: 21 })])]),
    );
    const fail = evaluateTargets(
      inputs([scenario('inbox', 0, [result('gateway', { calls: 22 })])]),
    );
    expect(byId(pass, 'calls-inbox')?.pass).toBe(true);
    expect(byId(fail, 'calls-inbox')?.pass).toBe(false);
  });

  it('compares inbox latency at 50 ms with the floor and with the REST client', () => {
    const targets = evaluateTargets(
      inputs([
        scenario('inbox', 50, [result('gateway', { p50: 110 }), result('rest', { p50: 250 })]),
      ]),
    );
    expect(byId(targets, 'inbox-floor')?.value).toBeCloseTo(1.1);
    expect(byId(targets, 'inbox-floor')?.pass).toBe(true);
    expect(byId(targets, 'inbox-vs-rest')?.value).toBeCloseTo(250 / 110);
    expect(byId(targets, 'inbox-vs-rest')?.pass).toBe(true);
  });

  it('takes single-lookup ratios from loaded requests per second at 0 ms', () => {
    const targets = evaluateTargets(
      inputs([
        scenario('lookup', 0, [
          result('gateway', { rps: 3000 }),
          result('proxy', { rps: 10_000 }),
          result('naive', { rps: 1000 }),
        ]),
      ]),
    );
    expect(byId(targets, 'lookup-vs-proxy')?.value).toBeCloseTo(0.3);
    expect(byId(targets, 'lookup-vs-proxy')?.pass).toBe(false);
    expect(byId(targets, 'lookup-vs-naive')?.value).toBeCloseTo(3);
    expect(byId(targets, 'lookup-vs-naive')?.pass).toBe(true);
  });

  it('reports a target whose contender failed as not measured, never as passed', () => {
    const targets = evaluateTargets(
      inputs([
        scenario('lookup', 0, [
          result('gateway', { rps: 3000 }),
          result('proxy', { rps: 1, status: 'failed' }),
        ]),
      ]),
    );
    expect(byId(targets, 'lookup-vs-proxy')?.pass).toBeNull();
    expect(byId(targets, 'rss-growth')?.pass).toBeNull();
  });

  it('passes the budget at 10× the uncached gateway only when no served screen was stale', () => {
    const row = (contender: string, servedPerSecond: number, stale: number) => {
      const r: BudgetContenderResult = {
        contender,
        label: contender,
        asked: 100,
        served: 100,
        servedPerSecond,
        outcomes: { ok: 100 },
        upstreamGets: 0,
        upstream429: 0,
        servedP50: 1,
        freshness: {
          checked: 100,
          stale,
          maxLagMs: null,
          p50LagMs: null,
          reference: 'webhook',
          messages: 20,
          unacknowledged: 0,
        },
        note: null,
      };
      return r;
    };
    const budget = (cached: number, stale: number): BudgetResult => ({
      latencyMs: 50,
      getPerSecond: 50,
      agents: 20,
      inboundEveryMs: 250,
      durationS: 6,
      maxScreensPerSecond: 50 / 21,
      results: [row('gateway-cached', cached, stale), row('gateway-uncached', 2, 0)],
    });
    const fresh = evaluateTargets({ ...inputs([]), budgets: [budget(20, 0)] });
    const stale = evaluateTargets({ ...inputs([]), budgets: [budget(19, 1)] });
    expect(byId(fresh, 'budget-cached-vs-uncached')).toMatchObject({ value: 10, pass: true });
    expect(byId(fresh, 'budget-stale')?.pass).toBe(true);
    expect(byId(stale, 'budget-cached-vs-uncached')?.pass).toBe(false);
    expect(byId(stale, 'budget-stale')?.pass).toBe(false);
    expect(byId(evaluateTargets(inputs([])), 'budget-stale')?.pass).toBeNull();
  });
});
