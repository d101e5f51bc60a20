/**
 * What an operation costs a client, in points: about the database work of its root fields, where
 * one point is a lookup by id. Nested fields are not priced one by one: the per-request loaders
 * batch them into one round trip per kind, and the document limits (document-limits.ts) already
 * bound their shape. Arguments that scale the work (depth, maxHops, first) multiply the price; they
 * are read after variables and SDL defaults apply, capped at the maxima the resolvers enforce (a
 * value over them is refused anyway and should not empty the client's budget).
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE } from '../schema/attack/query-attacks.js';
import type { MutationResolvers, QueryResolvers } from '../schema/generated/resolvers-types.js';
import { MAX_HOPS, MAX_PATHS } from '../schema/path/query-paths.js';
import { MAX_DEPTH, MAX_NODES } from '../schema/relation/query-neighborhood.js';

type Price = (args: Record<string, unknown>) => number;

/** A whole-number argument, within 1 and `max`. */
const int = (value: unknown, max: number) =>
  Math.min(Math.max(typeof value === 'number' ? Math.floor(value) : 1, 1), max);

/** Every Query field has a price: the mapped type makes a new field fail to compile until priced. */
const QUERY_PRICES: { [field in keyof QueryResolvers]-?: Price } = {
  entity: () => 1,
  // One full-text index lookup, whatever the page (at most 100).
  search: () => 1,
  vocabulary: () => 1,
  counts: () => 2,
  commonNeighbors: () => 2,
  // A page, plus the count of all matches.
  attacks: (a) => 1 + Math.ceil(int(a.first, MAX_PAGE) / 10),
  // Aggregates every attack of the groups asked for.
  timeline: () => 5,
  // Betweenness is a pass over the whole graph (cached for a minute, but edits clear the cache).
  ranking: (a) => (a.by === 'BETWEENNESS' ? 30 : 2),
  // One query per level, each reading up to 4 × first links: the first level starts from one
  // node, every further level from up to `first` of them.
  neighborhood: (a) =>
    Math.ceil(int(a.first, MAX_NODES) / 50) * (1 + 4 * (int(a.depth, MAX_DEPTH) - 1)),
  // A bidirectional search: the work grows with the hops allowed.
  shortestPath: (a) => 2 * int(a.maxHops, MAX_HOPS),
  // Enumerates chains: every one of the `first` paths is a search of up to maxHops.
  paths: (a) => 2 * int(a.maxHops, MAX_HOPS) * int(a.first, MAX_PATHS),
};

/** One write transaction each; a merge moves every link of the merged entity. */
const MUTATION_PRICES: { [field in keyof MutationResolvers]-?: Price } = {
  upsertEntity: () => 5,
  addRelation: () => 5,
  addEvidence: () => 5,
  deleteRelation: () => 5,
  mergeEntities: () => 20,
};

/**
 * The root fields that run, by response key: fragments are expanded, and fields that share a key
 * are merged by GraphQL, so they run (and are priced) once. Aliases run separately.
 */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  found = new Map<string, FieldNode>(),
  expanded = new Set<string>(),
): Map<string, FieldNode> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      found.set(selection.alias?.value ?? selection.name.value, selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, fragments, found, expanded);
    } else if (!expanded.has(selection.name.value)) {
      expanded.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFields(fragment.selectionSet, fragments, found, expanded);
    }
  }
  return found;
}

/**
 * The points an operation of a validated document costs, at least 1. An operation that execution
 * will refuse (unknown name, bad variables) costs 1: it never reaches the database.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 1;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return 1;
  const prices: Record<string, Price> =
    operation.operation === 'mutation' ? MUTATION_PRICES : QUERY_PRICES;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  let total = 0;
  for (const field of rootFields(operation.selectionSet, fragments).values()) {
    const definition = root.getFields()[field.name.value];
    const price = prices[field.name.value];
    // __typename, __schema and __type are answered from memory: a point each.
    total += definition && price ? price(getArgumentValues(definition, field, coerced.coerced)) : 1;
  }
  return Math.max(1, total);
}
