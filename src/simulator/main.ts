/**
 * `npm run simulator`: runs the Bird simulator on its own, configured from the environment (see
 * env.ts), and prints how to talk to it. Stops on SIGTERM/SIGINT.
 */
import { simulatorOptionsFromEnv, SimulatorEnvError } from './env.js';
import { startSimulator } from './simulator.js';

async function main(): Promise<void> {
  let options;
  try {
    options = simulatorOptionsFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof SimulatorEnvError)) throw error;
    process.stderr.write(`Invalid simulator configuration: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const simulator = await startSimulator(options);
  const ms = Math.round(performance.now() - started);
  const base = `${simulator.url}/workspaces/${simulator.workspaceId}`;
  const second = simulator.tenants[1];
  process.stdout.write(
    [
      `Bird Conversations API simulator listening on ${simulator.url} (seeded in ${ms} ms)`,
      '',
      `  Workspace id:  ${simulator.workspaceId}`,
      `  Access key:    ${simulator.accessKey}`,
      ...(second === undefined
        ? []
        : [`  Second workspace: ${second.workspaceId} (key ${second.accessKey})`]),
      `  OpenAPI:       ${simulator.url}/openapi.json`,
      `  Control API:   ${simulator.url}/__simulator/info`,
      '',
      'Try it:',
      `  curl -s "${base}/conversations?limit=2" \\`,
      `    -H 'Authorization: AccessKey ${simulator.accessKey}'`,
      '',
      `  curl -s -X POST "${base}/conversations" \\`,
      `    -H 'Authorization: AccessKey ${simulator.accessKey}' \\`,
      `    -H 'Content-Type: application/json' \\`,
      `    -d '{"name":"My first conversation","channelId":"5da69b04-d462-5efd-9b65-28dbae1e0482",` +
        `"participants":[{"type":"contact","identifierKey":"phonenumber","identifierValue":"+31627543581"}],` +
        `"initialMessage":{"body":{"type":"text","text":{"text":"Hello, world!"}}}}'`,
      '',
    ].join('\n'),
  );
  const stop = (signal: string): void => {
    process.stdout.write(`${signal} received, shutting down\n`);
    simulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Failed to close the simulator: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The simulator failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
