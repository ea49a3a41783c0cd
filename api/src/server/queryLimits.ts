/**
 * Limits on what one GraphQL document may ask for (issue 7), checked before any resolver runs, so a
 * rejected document never reaches the store. The portal's and the tests' documents sit far below them
 * (tests/security/queryLimits.test.ts measures every one).
 *
 * graphql-armor 3.2.0 (max-depth 2.4.2, cost-limit 2.4.3) already contains the fixes for the `__schema`
 * fragment bypass (#772, #823) and the fragment-cache depth bypass (#824); we still never let a name switch
 * a rule off: introspection is counted like any other query (`ignoreIntrospection: false`).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, visit, type FragmentDefinitionNode, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';

export const QUERY_LIMITS = {
  /** Nesting, counting each fragment spread as a level (armor's default, the stricter count). */
  maxDepth: 12,
  /**
   * armor's cost of the document's shape: 2 per object, 1 per scalar, ×1.5 per level. How long lists get is
   * not part of it: every list argument is capped by its resolver (first ≤ 100, neighbourhood limit ≤ 1000…),
   * and armor would multiply by a literal `first` but not by the same value sent as a variable.
   */
  maxCost: 5000,
  /** Every alias counts, `__typename` ones too (armor's default allow-list would let 1,000 of them through). */
  maxAliases: 15,
  maxDirectives: 50,
  /** Lexical tokens of the document, checked by graphql-js's parser as it reads (Apollo `parseOptions`). */
  maxTokens: 2000,
  /** Field selections after expanding fragments (Apollo's own rule against fragment fan-out). */
  maxRecursiveSelections: 10_000,
} as const;

export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'directives';

/** armor's rejection, re-raised with `extensions.limit` so a client can tell which limit it hit. */
const report = (limit: QueryLimit) => (ctx: ValidationContext | null, error: GraphQLError) => {
  ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit } }));
};
const callbacks = (limit: QueryLimit) => ({ propagateOnRejection: false, onReject: [report(limit)] });

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

const OFF = { enabled: false } as const;
const NONE: GraphQLArmorConfig = { maxDepth: OFF, costLimit: OFF, maxAliases: OFF, maxDirectives: OFF, maxTokens: OFF, blockFieldSuggestion: OFF };

/** armor's validation rules for the protections in `config` (and only those). */
const armorRules = (config: GraphQLArmorConfig): ValidationRule[] => new ApolloArmor({ ...NONE, ...config }).protect().validationRules;

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

type OperationVisitor = { OperationDefinition?: { enter?: (node: OperationDefinitionNode) => void } };

/**
 * armor's cost rule, run on the document without its page-size arguments (see QUERY_LIMITS.maxCost). The
 * rule only needs the operation, the fragments and somewhere to report, so it gets exactly that: handing
 * it to graphql's validate() would mix Apollo's schema with another copy of graphql (CJS and ESM).
 */
function shapeCostRule(): ValidationRule {
  const [cost] = armorRules({
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: false, flattenFragments: false, ...callbacks('cost') },
  });
  return (context) => ({
    Document(document) {
      const shape = visit(document, { [Kind.ARGUMENT]: (node) => (PAGE_SIZE_ARGUMENTS.has(node.name.value) ? null : undefined) });
      const fragments = new Map(
        shape.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
      );
      const scope = { getFragment: (name: string) => fragments.get(name), reportError: (e: GraphQLError) => context.reportError(e) };
      const visitor = cost(scope as unknown as ValidationContext) as OperationVisitor;
      for (const d of shape.definitions) if (d.kind === Kind.OPERATION_DEFINITION) visitor.OperationDefinition?.enter?.(d);
    },
  });
}

export function queryLimitRules(): ValidationRule[] {
  return [
    ...armorRules({
      maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: false, ...callbacks('depth') },
      maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], ...callbacks('aliases') },
      maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...callbacks('directives') },
      // Tokens are counted by graphql-js itself (parseOptions.maxTokens), before any rule runs; Apollo's
      // hideSchemaDetailsFromClientErrors hides field suggestions (config.fieldSuggestions).
    }),
    shapeCostRule(),
  ];
}
