import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { estimateUpstreamCalls } from '../../src/graphql/limits/costEstimate.js';
import { documentLimits } from '../../src/graphql/limits/documentLimits.js';
import { exampleVariables } from '../../src/playground/exampleVariables.js';
import { loadExampleOperations } from '../../src/playground/operations.js';

const DEMO = { url: 'http://127.0.0.1:1', workspaceId: 'ws', accessKey: 'demo-access-key' };
// Built with this file's graphql-js: validation checks that the schema comes from the same copy.
const EXAMPLES = new URL('../../operations', import.meta.url).pathname;
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

function problems(query: string, env: Record<string, string> = {}): string[] {
  const { limits } = loadConfig(env, DEMO);
  const rules = documentLimits(limits).validationRules ?? [];
  return validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => e.message);
}

describe('limit configuration', () => {
  it.each(loadExampleOperations(EXAMPLES).map((op) => [op.name, op.source] as const))(
    'has defaults that admit the example operation %s',
    (name, source) => {
      const { limits } = loadConfig({}, DEMO);
      const { parseOptions } = documentLimits(limits);

      // The parser's token limit, then depth, aliases and directives, then the cost ceiling.
      const document = parse(source, parseOptions);
      expect(problems(source)).toEqual([]);
      const operation = getOperationAST(document, name);
      if (!operation) throw new Error(`${name} has no operation`);
      const variables = exampleVariables(name, null);
      expect(estimateUpstreamCalls(schema, document, operation, variables)).toBeLessThanOrEqual(
        limits.upstreamCalls,
      );
    },
  );

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: 'deep' }, DEMO)).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_QUERY_DEPTH: 'deep' }, DEMO)).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => loadConfig({ MAX_UPSTREAM_CALLS: '0' }, DEMO)).toThrow(
      /MAX_UPSTREAM_CALLS must be at least 1/,
    );
    expect(() => loadConfig({ PERSISTED_OPERATIONS: 'yes' }, DEMO)).toThrow(
      /PERSISTED_OPERATIONS must be apq, trusted or off/,
    );
  });
});

describe('document limits', () => {
  it('counts depth in fields only: fragments and inline fragments add none', () => {
    const query = `query { conversation(id: "1") { ...A } }
      fragment A on Conversation { ... on Conversation { messages { nodes { sender { ... on ParticipantBase { id } } } } } }`;

    expect(problems(query, { MAX_QUERY_DEPTH: '5' })).toEqual([]);
    expect(problems(query, { MAX_QUERY_DEPTH: '4' })).toEqual([
      'Query depth limit of 4 exceeded, found 5.',
    ]);
  });

  it('counts aliases inside fragments, each fragment once per spread site', () => {
    const query = `query { a: conversation(id: "1") { ...F } b: conversation(id: "2") { id } }
      fragment F on Conversation { x: id y: name }`;

    expect(problems(query, { MAX_QUERY_ALIASES: '4' })).toEqual([]);
    expect(problems(query, { MAX_QUERY_ALIASES: '3' })).toEqual([
      'Aliases limit of 3 exceeded, found 4.',
    ]);
  });

  it('counts directives', () => {
    const query = '{ a: __typename @include(if: true) b: __typename @skip(if: false) }';

    expect(problems(query, { MAX_QUERY_DIRECTIVES: '2' })).toEqual([]);
    expect(problems(query, { MAX_QUERY_DIRECTIVES: '1' })).toEqual([
      'Directives limit of 1 exceeded, found 2.',
    ]);
  });

  it('stops the parser past the token limit', () => {
    const { limits } = loadConfig({ MAX_QUERY_TOKENS: '100' }, DEMO);
    const { parseOptions } = documentLimits(limits);

    expect(() => parse(`{ ${'__typename '.repeat(120)} }`, parseOptions)).toThrow(/100 tokens/);
    expect(getOperationAST(parse(`{ ${'__typename '.repeat(90)} }`, parseOptions))).not.toBeNull();
  });
});
