/**
 * Size limits on a GraphQL document, checked before it runs: tokens while parsing (graphql-js's
 * `maxTokens`), then depth, aliases and directives (graphql-armor's validation rules) and the
 * number of field selections once fragments are expanded (Apollo's `maxRecursiveSelections`,
 * which stops fragment "bombs"). A document over a limit is refused with a 400 whose
 * `GRAPHQL_PARSE_FAILED` / `GRAPHQL_VALIDATION_FAILED` error names the limit; nothing runs.
 */
import type { ApolloServerOptions } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { LimitsConfig } from '../../config/index.js';
import type { GatewayContext } from '../context.js';

type LimitName = 'depth' | 'aliases' | 'directives';

/** Reports a rejection as a validation error instead of throwing out of `validate`. */
function report(limit: LimitName, max: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { limit: { name: limit, max } },
      }),
    );
  };
}

const callbacks = (limit: LimitName, max: number) => ({
  n: max,
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [report(limit, max)],
});

/** The Apollo Server options that enforce the document limits. */
export function documentLimits(
  limits: LimitsConfig,
): Pick<
  ApolloServerOptions<GatewayContext>,
  'validationRules' | 'parseOptions' | 'maxRecursiveSelections'
> {
  const armor = new ApolloArmor({
    // Fragments are a way of writing a selection, not nesting: only fields add depth.
    maxDepth: { ...callbacks('depth', limits.depth), flattenFragments: true },
    maxAliases: callbacks('aliases', limits.aliases),
    maxDirectives: callbacks('directives', limits.directives),
    // Tokens are counted by graphql-js's parser below; the cost is the gateway's own estimate;
    // field suggestions are hidden by Apollo (`hideSchemaDetailsFromClientErrors`).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return {
    parseOptions: { maxTokens: limits.tokens },
    maxRecursiveSelections: limits.selections,
    validationRules: armor.protect().validationRules,
  };
}
