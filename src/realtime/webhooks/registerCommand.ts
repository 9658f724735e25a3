/**
 * `npm run webhooks:register [-- --rotate-key]`: subscribes this gateway to Bird's conversation
 * events for BIRD_WORKSPACE_ID (see registration.ts) and prints what it did per event. Reads
 * BIRD_API_URL, BIRD_WORKSPACE_ID, BIRD_ACCESS_KEY, PUBLIC_URL and WEBHOOK_SIGNING_KEY, checked by
 * the gateway's own rules; prints no key.
 */
import { env } from '../../config/env.js';
import { registerWebhooks, type RegistrationResult } from './registration.js';

/** The settings from the environment, and the list of what is missing or invalid. */
function registrationSettings(source: NodeJS.ProcessEnv) {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = env.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
  const e = parsed.success ? parsed.data : null;
  const required = {
    BIRD_WORKSPACE_ID: e?.BIRD_WORKSPACE_ID,
    BIRD_ACCESS_KEY: e?.BIRD_ACCESS_KEY,
    PUBLIC_URL: e?.PUBLIC_URL,
    WEBHOOK_SIGNING_KEY: e?.WEBHOOK_SIGNING_KEY?.[0],
  };
  for (const [name, value] of Object.entries(required)) {
    if (value === undefined && !problems.some((p) => p.startsWith(`- ${name}:`))) {
      problems.push(`- ${name}: required to register webhooks`);
    }
  }
  const { BIRD_WORKSPACE_ID, BIRD_ACCESS_KEY, PUBLIC_URL, WEBHOOK_SIGNING_KEY } = required;
  if (
    BIRD_WORKSPACE_ID === undefined ||
    BIRD_ACCESS_KEY === undefined ||
    PUBLIC_URL === undefined ||
    WEBHOOK_SIGNING_KEY === undefined
  ) {
    return { problems };
  }
  return {
    problems,
    settings: {
      apiUrl: e?.BIRD_API_URL ?? 'https://api.bird.com',
      workspaceId: BIRD_WORKSPACE_ID,
      accessKey: BIRD_ACCESS_KEY,
      publicUrl: PUBLIC_URL,
      signingKey: WEBHOOK_SIGNING_KEY,
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
