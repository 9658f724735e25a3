/** Starts the bare proxy (contender 4); it can serve the one-call screens: lookup and reply. */
import { distFile } from '../../paths.js';
import { freePort, startService } from '../../processes.js';
import { prepareRestCall } from '../rest/oneCall.js';
import type { Fixtures, RunningContender } from '../types.js';

export async function startProxy(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'accessKey' | 'workspaceId'>,
): Promise<RunningContender> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const service = await startService({
    name: 'bare proxy',
    args: [distFile('bench/contenders/proxy/main.js')],
    env: { PORT: String(port), UPSTREAM_URL: fixtures.simulatorUrl, NODE_ENV: 'production' },
    readyUrl: `${origin}/__simulator/info`,
  });
  return {
    key: 'proxy',
    label: 'bare undici proxy',
    pid: service.pid,
    prepare: (scenario, f) =>
      scenario === 'lookup' || scenario === 'reply'
        ? prepareRestCall(origin, scenario, f)
        : Promise.resolve(null),
    stop: async () => {
      await service.stop();
    },
  };
}
