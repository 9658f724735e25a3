/** Starts the naive server (contender 2) in its own process. */
import { distFile } from '../../paths.js';
import { freePort, startService } from '../../processes.js';
import { prepareGatewayShaped } from '../gatewayShapedScreens.js';
import type { Fixtures, RunningContender } from '../types.js';

export async function startNaive(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
): Promise<RunningContender> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const service = await startService({
    name: 'naive server',
    args: [distFile('bench/contenders/naive/main.js')],
    env: {
      PORT: String(port),
      NODE_ENV: 'production',
      BIRD_API_URL: fixtures.simulatorUrl,
      BIRD_WORKSPACE_ID: fixtures.workspaceId,
      BIRD_ACCESS_KEY: fixtures.accessKey,
    },
    readyUrl: `${origin}/`,
    readyInit: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    },
  });
  return {
    key: 'naive',
    label: 'naive Apollo + RESTDataSource',
    pid: service.pid,
    prepare: (scenario, f) => prepareGatewayShaped(origin, '/', scenario, f),
    stop: async () => {
      await service.stop();
    },
  };
}
