/**
 * Reads the playground page the way its browser script does: the settings JSON embedded in the page
 * (tabs with their operation, variables and headers), checked against the shape the script expects.
 */
import { z } from 'zod';

const settingsSchema = z.object({
  title: z.string(),
  storageNamespace: z.string(),
  defaultHeaders: z.string(),
  persistHeaders: z.boolean(),
  tabs: z.array(z.object({ query: z.string(), variables: z.string(), headers: z.string() })),
});

export type PageSettings = z.infer<typeof settingsSchema>;

const CONFIG_ELEMENT = /<script type="application\/json" id="playground-config">(.*?)<\/script>/s;

/** Extracts the playground settings from the page's HTML. */
export function settingsOf(html: string): PageSettings {
  const match = CONFIG_ELEMENT.exec(html);
  if (match?.[1] === undefined) throw new Error('the page has no playground-config element');
  return settingsSchema.parse(JSON.parse(match[1]));
}

/** Loads the playground page of a gateway and returns its settings. */
export async function loadPlaygroundSettings(graphqlUrl: string): Promise<PageSettings> {
  const response = await fetch(new URL('/', graphqlUrl));
  if (response.status !== 200) throw new Error(`the playground answered ${response.status}`);
  return settingsOf(await response.text());
}

/** Parses a tab's JSON text (variables or headers) into an object. */
export function jsonObject(text: string): Record<string, unknown> {
  return z.record(z.string(), z.unknown()).parse(text === '' ? {} : JSON.parse(text));
}

/** Parses a tab's headers JSON text. */
export function headersOf(text: string): Record<string, string> {
  return z.record(z.string(), z.string()).parse(text === '' ? {} : JSON.parse(text));
}

/** The operation name of a tab's query (`query Inbox(...)` → `Inbox`). */
export function operationName(query: string): string | undefined {
  return /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(query)?.[1];
}
