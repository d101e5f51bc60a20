/**
 * What an operation costs a client, in points: about the database work of its root fields, where
 * one point is a lookup by id. Nested fields are not priced one by one: the per-request loaders
 * batch them into one round trip per kind, and the document limits (graphql/document-limits.ts) already
 * bound their shape; the exception is a field that runs a query of its own over many records
 * (AttackConnection.totalCount), priced with its root field, each alias apart. Arguments that
 * scale the work (depth, maxHops, first) multiply the price; they are read after variables and SDL
 * defaults apply (an explicit null runs as the default, so it is priced as the default), capped at
 * the maxima the resolvers enforce (a value over them is refused anyway and should not empty the
 * client's budget). A price is an estimate: after the run, rate-limit.ts charges the measured
 * database time when it is more.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE } from '../graphql/resolvers/attack/query-attacks.js';
import type { MutationResolvers, QueryResolvers } from '../graphql/generated/resolvers-types.js';
import { MAX_HOPS, MAX_PATHS } from '../graphql/resolvers/path/query-paths.js';
import { MAX_DEPTH, MAX_NODES } from '../graphql/resolvers/relation/query-neighborhood.js';

/** `selects(name)`: whether the field's own selection asks for the subfield `name`. */
type Price = (args: Record<string, unknown>, selects: (name: string) => boolean) => number;

/** A whole-number argument, within 1 and `max`. */
const int = (value: unknown, max: number) =>
  Math.min(Math.max(typeof value === 'number' ? Math.floor(value) : 1, 1), max);

/** A pass over the matching attacks: ~50 ms on 50,000 of them (bench/results/fairness.md). */
const TOTAL_COUNT = 5;

/** True for an `attacks` order other than the default newest first (DATE DESC). */
function sortsEveryAttack(orderBy: unknown): boolean {
  const order = (orderBy ?? {}) as { field?: unknown; direction?: unknown };
  return (order.field ?? 'DATE') !== 'DATE' || (order.direction ?? 'DESC') !== 'DESC';
}

/** Every Query field has a price: the mapped type makes a new field fail to compile until priced. */
const QUERY_PRICES: { [field in keyof QueryResolvers]-?: Price } = {
  entity: () => 1,
  // No database work at all.
  me: () => 1,
  // One full-text index lookup, whatever the page (at most 100).
  search: () => 1,
  vocabulary: () => 1,
  // A page by id, like attacks without totalCount.
  duplicateCandidates: (a) => 1 + Math.ceil(int(a.first, MAX_PAGE) / 10),
  counts: () => 2,
  commonNeighbors: () => 2,
  // A page; totalCount is a pass over every attack that matches the filter (thousands).
  // Any order but newest first sorts every matching attack: a pass like totalCount's.
  attacks: (a, selects) =>
    1 +
    Math.ceil(int(a.first, MAX_PAGE) / 10) +
    (selects('totalCount') ? TOTAL_COUNT : 0) +
    (sortsEveryAttack(a.orderBy) ? TOTAL_COUNT : 0),
  // Aggregates every attack of the groups asked for (all attacks when no group is given).
  timeline: () => 10,
  // Betweenness is a pass over the whole graph (cached for a minute, but edits clear the cache).
  ranking: (a) => (a.by === 'BETWEENNESS' ? 30 : 2),
  // Louvain over the actor layer, off-thread and cached until the next edit.
  communities: () => 30,
  // One query per level, each reading up to 4 × first links: the first level starts from one
  // node, every further level from up to `first` of them.
  neighborhood: (a) =>
    Math.ceil(int(a.first, MAX_NODES) / 50) * (1 + 4 * (int(a.depth, MAX_DEPTH) - 1)),
  // A bidirectional search: the work grows with the hops allowed.
  shortestPath: (a) => 2 * int(a.maxHops, MAX_HOPS),
  // Enumerates chains of up to maxHops. The search looks for 20 whatever `first` is (Neo4j takes
  // no parameter there), so fewer than 5 saves little.
  paths: (a) => 2 * int(a.maxHops, MAX_HOPS) * Math.max(5, int(a.first, MAX_PATHS)),
  // Two queries (direct parts, common neighbours), and the paths above only when asked for.
  connection: (a, selects) =>
    4 +
    (selects('paths') ? 2 * int(a.maxHops, MAX_HOPS) * Math.max(5, int(a.first, MAX_PATHS)) : 0),
  investigation: () => 1,
  // A keyset page and a count of the saved investigations.
  investigations: (a) => 2 + Math.ceil(int(a.first, 100) / 10),
  // Every link of the merged entity, grouped, plus up to 10 other ends per group.
  mergePreview: () => 5,
  // A keyset page and a count of the review queue.
  proposals: (a) => 2 + Math.ceil(int(a.first, 100) / 10),
};

/** One write transaction each; a merge moves every link of the merged entity. */
const MUTATION_PRICES: { [field in keyof MutationResolvers]-?: Price } = {
  // A download and a parse in a worker thread besides addSource's work.
  fetchSource: () => 30,
  upsertEntity: () => 5,
  addRelation: () => 5,
  addEvidence: () => 5,
  deleteRelation: () => 5,
  mergeEntities: () => 20,
  // Hashes, stores and (for near-copies) compares a text of up to 2 MiB.
  // Also reads the text for mentions and proposals (off-thread when long; bench/results/ingest.md).
  addSource: () => 20,
  // Rewrites the mirrored grade on every link and entity citing the source (a scan).
  gradeSource: () => 10,
  gradeEvidence: () => 5,
  saveInvestigation: () => 5,
  deleteInvestigation: () => 5,
  dismissDuplicateCandidate: () => 5,
  // Writes through addRelation or addEvidence, then marks the proposal.
  acceptProposal: () => 10,
  rejectProposal: () => 5,
};

/** Whether `selectionSet` asks for the field `name`, directly or through fragments. */
function selects(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selects(selection.selectionSet, name, fragments, seen);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    return selects(fragments.get(selection.name.value)?.selectionSet, name, fragments, seen);
  });
}

/** The field's arguments, with an explicit null replaced by the SDL default where there is one. */
function argumentsOf(
  definition: GraphQLField<unknown, unknown>,
  field: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const values = getArgumentValues(definition, field, variables);
  for (const arg of definition.args) {
    if (values[arg.name] === null && arg.defaultValue !== undefined) {
      values[arg.name] = arg.defaultValue;
    }
  }
  return values;
}

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
    total +=
      definition && price
        ? price(argumentsOf(definition, field, coerced.coerced), (name) =>
            selects(field.selectionSet, name, fragments),
          )
        : 1;
  }
  return Math.max(1, total);
}
