/**
 * What the real-client cache tests share: a gateway on port 0 over the simulator, the schema as
 * the clients learn it (introspection), the shipped operations, plain server answers to compare
 * caches with, and a console spy that collects every warning a client library prints.
 */
import { readFileSync } from 'node:fs';
import { getIntrospectionQuery, type IntrospectionSchema } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { z } from 'zod';
import { lookupDemoIds, type DemoIds } from '../../src/playground/demoIds.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

export type Json = Record<string, unknown>;

export interface ClientFixture {
  readonly gw: TestGateway;
  readonly ids: DemoIds;
  /** The introspected schema, as urql's graphcache takes it. */
  readonly introspection: { readonly __schema: IntrospectionSchema };
  /** Abstract type → concrete types, as Apollo's `possibleTypes` wants it. */
  readonly possibleTypes: Record<string, string[]>;
  /** Object types without an `id`: embedded in their parent by every normalized cache. */
  readonly keylessTypes: readonly string[];
  /** POSTs an operation and returns its `data`, failing on any error. */
  server(query: string, variables?: Json): Promise<Json>;
  close(): Promise<void>;
}

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The part of an introspection answer the clients read; the whole `__schema` object is kept as
 * is (`custom` keeps zod from dropping what it does not check), so graphcache gets all of it.
 */
const introspectionShape = z.object({
  __schema: z.custom<IntrospectionSchema>(
    (value) => isJson(value) && Array.isArray(value.types) && isJson(value.queryType),
  ),
});

/** The text of a shipped operation (operations/<name>.graphql). */
export function operation(name: string): string {
  return readFileSync(new URL(`../../operations/${name}.graphql`, import.meta.url), 'utf8');
}

/** Starts a gateway over a fresh simulator and learns its schema. */
export async function startClientFixture(): Promise<ClientFixture> {
  const gw = await startTestGateway();
  const ids = await lookupDemoIds(gw.config.upstream);
  if (ids === null) throw new Error('the demo workspace has no example ids');
  const server = async (query: string, variables?: Json): Promise<Json> => {
    const result = await gw.queryText(query, variables);
    if (result.errors !== undefined || !isJson(result.data)) {
      throw new Error(`the gateway answered errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  };
  const introspection = introspectionShape.parse(
    (await gw.queryText(getIntrospectionQuery())).data,
  ).__schema;
  const possibleTypes: Record<string, string[]> = {};
  const keylessTypes: string[] = [];
  for (const type of introspection.types) {
    if (type.kind === 'INTERFACE' || type.kind === 'UNION') {
      possibleTypes[type.name] = type.possibleTypes.map((t) => t.name);
    } else if (type.kind === 'OBJECT' && !type.name.startsWith('__')) {
      if (!type.fields.some((f) => f.name === 'id')) keylessTypes.push(type.name);
    }
  }
  return {
    gw,
    ids,
    introspection: { __schema: introspection },
    possibleTypes,
    keylessTypes,
    server,
    close: () => gw.close(),
  };
}

/** Collects what client libraries print with console.warn/console.error until `restore()`. */
export function captureWarnings(): { readonly messages: string[]; restore(): void } {
  const messages: string[] = [];
  const { warn, error } = console;
  const collect = (...args: unknown[]) => {
    messages.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  console.warn = collect;
  console.error = collect;
  return {
    messages,
    restore: () => {
      console.warn = warn;
      console.error = error;
    },
  };
}

export interface ClientSuite {
  readonly fixture: ClientFixture;
  readonly warnings: ReturnType<typeof captureWarnings>;
}

/**
 * Registers a client test file's hooks: one fixture for the file, and for each test the simulator's
 * demo data reset and what the client library prints captured. Read the members inside tests.
 */
export function withClientFixture(): ClientSuite {
  let fixture: ClientFixture | null = null;
  let warnings: ReturnType<typeof captureWarnings> | null = null;
  const suite: ClientSuite = {
    get fixture() {
      if (fixture === null) throw new Error('the client fixture starts in beforeAll');
      return fixture;
    },
    get warnings() {
      if (warnings === null) throw new Error('warnings are captured in beforeEach');
      return warnings;
    },
  };
  beforeAll(async () => {
    fixture = await startClientFixture();
  });
  afterAll(() => suite.fixture.close());
  beforeEach(() => {
    suite.fixture.gw.simulator.reset();
    warnings = captureWarnings();
  });
  afterEach(() => {
    suite.warnings.restore();
  });
  return suite;
}

const inboxShape = z.object({
  conversations: z.object({
    edges: z.array(z.object({ node: z.object({ id: z.string() }) })),
    pageInfo: z.object({ endCursor: z.string() }),
  }),
});

/** Global ids of the conversations of an Inbox answer, in order. */
export function inboxConversationIds(inbox: unknown): string[] {
  return inboxShape.parse(inbox).conversations.edges.map((e) => e.node.id);
}

/** The end cursor of an Inbox answer. */
export function inboxEndCursor(inbox: unknown): string {
  return inboxShape.parse(inbox).conversations.pageInfo.endCursor;
}

/**
 * The value with every cursor replaced by a marker. After a mutation, cursors the server sends
 * for the same items can change (they encode a position, and a new message shifts positions);
 * both the old and the new ones are valid, so comparisons after mutations ignore their text.
 */
export function withoutCursors(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCursors);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      /^(cursor|startCursor|endCursor)$/.test(key) && typeof v === 'string'
        ? '<cursor>'
        : withoutCursors(v),
    ]),
  );
}

/** The read-only screens a client loads: two inbox pages, then threads and participants. */
export async function readOnlySteps(
  fixture: ClientFixture,
): Promise<{ readonly query: string; readonly variables: Json }[]> {
  const first = await fixture.server(operation('Inbox'), { first: 20 });
  const conversations = inboxConversationIds(first);
  const steps: { query: string; variables: Json }[] = [
    { query: operation('Inbox'), variables: { first: 20 } },
    { query: operation('Inbox'), variables: { first: 20, after: inboxEndCursor(first) } },
  ];
  for (const id of conversations.slice(0, 12)) {
    steps.push({ query: operation('ConversationParticipants'), variables: { id } });
  }
  for (const id of conversations.slice(0, 4)) {
    steps.push({ query: operation('ConversationThread'), variables: { id, first: 20 } });
  }
  return steps;
}
