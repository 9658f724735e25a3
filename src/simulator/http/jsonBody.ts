/**
 * Response JSON that is already serialised (cached record JSON, list envelopes built from it), so
 * the handler sends it as is instead of calling JSON.stringify again.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * A list envelope `{"results":[...], ...extra}` built from serialised items. Fields of `extra`
 * whose value is undefined are left out (e.g. `nextPageToken` on the last page).
 */
export function listJson(
  items: readonly string[],
  extra: Readonly<Record<string, unknown>> = {},
): JsonText {
  let text = `{"results":[${items.join(',')}]`;
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) text += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
  }
  return new JsonText(`${text}}`);
}
