/**
 * Contender 3: the direct REST client, inside the harness process (it is the client). Multi-call
 * screens run on the screen driver, each virtual user with its own 6 connections; one-call screens
 * go straight to the simulator with autocannon.
 */
import type { Fixtures, RunningContender, VirtualUser } from '../types.js';
import { prepareRestCall } from './oneCall.js';
import { RestApi } from './restApi.js';
import { restScreen } from './screens.js';

export function restContender(
  fixtures: Pick<Fixtures, 'simulatorUrl' | 'workspaceId' | 'accessKey'>,
): RunningContender {
  const target = {
    origin: fixtures.simulatorUrl,
    workspaceId: fixtures.workspaceId,
    accessKey: fixtures.accessKey,
  };
  return {
    key: 'rest',
    label: 'direct REST client (6 connections)',
    pid: null,
    prepare: async (scenario, f) => {
      if (scenario === 'lookup' || scenario === 'reply') {
        return prepareRestCall(fixtures.simulatorUrl, scenario, f);
      }
      const api = new RestApi(target);
      let ids;
      try {
        ids = await restScreen(api, scenario, f);
      } finally {
        await api.close();
      }
      return {
        ids,
        calls: null,
        origin: null,
        verifyBody: null,
        user: (): VirtualUser => {
          const own = new RestApi(target);
          return {
            run: async () => {
              await restScreen(own, scenario, f);
            },
            close: () => own.close(),
          };
        },
      };
    },
    stop: () => Promise.resolve(),
  };
}
