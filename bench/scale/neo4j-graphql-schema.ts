/**
 * The same graph seen through @neo4j/graphql, for side-by-side figures: one `Entity` type with a
 * field per relationship type and direction of the vocabulary, an `Attack` type for attack
 * filters, and the project's full-text index. Generated from the vocabulary, so nothing is left
 * out that @neo4j/graphql could use.
 */
import { type EntityKind, RELATION_TYPES } from '../../server/src/domain/vocabulary.js';

const FIELDS = Object.entries(RELATION_TYPES).flatMap(([type, rule]) => [
  {
    name: `${type}_out`,
    type,
    direction: 'OUT',
    at: rule.from as readonly EntityKind[],
    reaches: rule.to as readonly EntityKind[],
  },
  {
    name: `${type}_in`,
    type,
    direction: 'IN',
    at: rule.to as readonly EntityKind[],
    reaches: rule.from as readonly EntityKind[],
  },
]);

const PROPERTIES =
  'id: ID!\n  kind: String!\n  name: String!\n  aliases: [String!]\n  date: String\n  dateStart: String\n  dateEnd: String';
const relationship = (name: string, type: string, direction: string) =>
  `${name}: [Entity!]! @relationship(type: "${type}", direction: ${direction})`;

export const NEO4J_GRAPHQL_TYPE_DEFS = `
type Entity @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_name_search", queryName: "entitySearch", fields: ["name", "aliasText", "searchKeys"] }]) {
  ${PROPERTIES}
  aliasText: String
  searchKeys: String
  ${FIELDS.map((f) => relationship(f.name, f.type, f.direction)).join('\n  ')}
}

type Attack @node(labels: ["Attack", "Entity"]) {
  ${PROPERTIES}
  ${['CLAIMED', 'SUSPECTED_OF', 'PERPETRATED'].map((type) => relationship(`${type}_in`, type, 'IN')).join('\n  ')}
}
`;

/**
 * A selection of every link an entity of one of `kinds` can have, one level per entry of `limits`
 * (at most that many neighbours per field): what a neighbourhood query is in @neo4j/graphql.
 */
export function neighborhoodSelection(
  kinds: readonly EntityKind[],
  limits: readonly number[],
): string {
  const [limit, ...deeper] = limits;
  return FIELDS.filter((field) => field.at.some((kind) => kinds.includes(kind)))
    .map(
      (field) =>
        `${field.name}(limit: ${limit}) { id kind name ${deeper.length > 0 ? neighborhoodSelection(field.reaches, deeper) : ''} }`,
    )
    .join(' ');
}
