/**
 * `npm run webhooks:register [-- --rotate-key]`: subscribes this gateway to Bird's conversation
 * events for BIRD_WORKSPACE_ID (see registration.ts) and prints what it did per event. Reads
 * BIRD_API_URL, BIRD_WORKSPACE_ID, BIRD_ACCESS_KEY, PUBLIC_URL and WEBHOOK_SIGNING_KEY, checked by
 * the gateway's own rules; prints no key.
 */
import { env } from '../../config/env.js';
import { registerWebhooks, type RegistrationResult } from './registration.js';

const REQUIRED = ['BIRD_WORKSPACE_ID', 'BIRD_ACCESS_KEY', 'PUBLIC_URL', 'WEBHOOK_SIGNING_KEY'];

/** The settings from the environment, and the list of what is missing or invalid. */
function registrationSettings(source: NodeJS.ProcessEnv) {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const schema = env.pick({
    BIRD_API_URL: true,
    BIRD_WORKSPACE_ID: true,
    BIRD_ACCESS_KEY: true,
    PUBLIC_URL: true,
    WEBHOOK_SIGNING_KEY: true,
  });
  const parsed = schema.safeParse(present);
  const problems = REQUIRED.filter((name) => !(name in present)).map(
    (name) => `- ${name}: required to register webhooks`,
  );
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`));
    return { problems };
  }
  const e = parsed.data;
  const signingKey = e.WEBHOOK_SIGNING_KEY?.[0];
  if (
    e.BIRD_WORKSPACE_ID === undefined ||
    e.BIRD_ACCESS_KEY === undefined ||
    e.PUBLIC_URL === undefined ||
    signingKey === undefined
  ) {
    return { problems };
  }
  return {
    problems,
    settings: {
      apiUrl: e.BIRD_API_URL ?? 'https://api.bird.com',
      workspaceId: e.BIRD_WORKSPACE_ID,
      accessKey: e.BIRD_ACCESS_KEY,
      publicUrl: e.PUBLIC_URL,
      signingKey,
    },
  };
}

/** One line per event, e.g. `conversation.updated  updated (url)  -> https://…`. */
function describeResult(result: RegistrationResult): string {
  const what =
    result.action === 'updated' ? `updated (${result.changed.join(', ')})` : result.action;
  return `${result.event.padEnd(22)} ${what.padEnd(28)} ${result.subscriptionId}  -> ${result.url}`;
}

async function main(): Promise<void> {
  const { problems, settings } = registrationSettings(process.env);
  if (settings === undefined || problems.length > 0) {
    process.stderr.write(`Cannot register webhooks:\n${problems.join('\n')}\n`);
    process.exit(1);
  }
  const rotateKey = process.argv.includes('--rotate-key');
  try {
    const results = await registerWebhooks({ ...settings, rotateKey });
    for (const result of results) process.stdout.write(`${describeResult(result)}\n`);
  } catch (err) {
    process.stderr.write(
      `Registering webhooks failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  }
}

await main();
