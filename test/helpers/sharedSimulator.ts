/**
 * One simulator for a whole test file, and the gateways each test starts over it. Before each test
 * the simulator's request log is cleared; after it, the test's gateways are closed and the
 * simulator's faults and rate limit are reset, so no test sees another's state.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from './gateway.js';

export interface SharedSimulatorSuite {
  /** The file's simulator (set once `beforeAll` has run). */
  readonly simulator: Simulator;
  /** A gateway over the simulator, closed after the current test. */
  gateway(options?: Omit<TestGatewayOptions, 'sharedSimulator'>): Promise<TestGateway>;
}

/** Registers the hooks of a file that shares one simulator; call at the top level of the file. */
export function withSharedSimulator(): SharedSimulatorSuite {
  let simulator: Simulator | null = null;
  const gateways: TestGateway[] = [];
  const suite: SharedSimulatorSuite = {
    get simulator() {
      if (simulator === null) throw new Error('the simulator starts in beforeAll');
      return simulator;
    },
    async gateway(options = {}) {
      const gw = await startTestGateway({ ...options, sharedSimulator: suite.simulator });
      gateways.push(gw);
      return gw;
    },
  };
  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, requestLogLimit: 10_000 });
  });
  beforeEach(() => {
    suite.simulator.requests.clear();
  });
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((g) => g.close()));
    suite.simulator.faults.clear();
    suite.simulator.setRateLimit(false);
  });
  afterAll(() => suite.simulator.close());
  return suite;
}
