/**
 * The four API queries the benchmark times, each as the ActorGraph document and, where
 * @neo4j/graphql can express it, the closest document for @neo4j/graphql over the same graph.
 */
import { buildSearchQuery } from '../../server/src/domain/search-query.js';
import { neighborhoodSelection } from './neo4j-graphql-schema.js';

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface ApiQuery {
  name: string;
  actorgraph: GraphqlRequest;
  /** Undefined when @neo4j/graphql has no way to say it without hand-written Cypher. */
  neo4jGraphql?: GraphqlRequest;
}

const SEARCH_TEXT = 'Islamic State';
const GROUPS = ['taliban'];

export const API_QUERIES: readonly ApiQuery[] = [
  {
    name: 'search',
    actorgraph: {
      query: 'query($text: String!) { search(text: $text, first: 10) { id kind name } }',
      variables: { text: SEARCH_TEXT },
    },
    // The same Lucene query the API builds, through the same full-text index.
    neo4jGraphql: {
      query:
        'query($phrase: String!) { entitySearch(phrase: $phrase, first: 10) { edges { node { id kind name } } } }',
      variables: { phrase: buildSearchQuery(SEARCH_TEXT) },
    },
  },
  {
    name: 'neighborhood depth 2',
    actorgraph: {
      query:
        'query($id: ID!) { neighborhood(id: $id, depth: 2, first: 200) { nodes { id kind name } relations { id type } } }',
      variables: { id: GROUPS[0] },
    },
    // Every link type both ways, at most 20 neighbours per type at the first level and 5 at the second.
    neo4jGraphql: {
      query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name ${neighborhoodSelection(['Group'], [20, 5])} } }`,
      variables: { id: GROUPS[0] },
    },
  },
  {
    name: 'shortestPath between groups',
    actorgraph: {
      query:
        'query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id name } relations { type } } }',
      variables: { from: 'ttp', to: 'islamic-state-west-africa-province' },
    },
  },
  {
    name: 'attacks page, filtered',
    actorgraph: {
      query: `query($groups: [ID!]) { attacks(filter: { groupIds: $groups, from: "2000", to: "2020" }, first: 20) {
        edges { node { id name date } } pageInfo { hasNextPage endCursor } } }`,
      variables: { groups: GROUPS },
    },
    neo4jGraphql: {
      query: `query($groups: [ID!]) { attacks(
        where: { dateEnd: { gte: "2000-01-01" }, dateStart: { lte: "2020-12-31" }, OR: [
          { CLAIMED_in: { some: { id: { in: $groups } } } }, { SUSPECTED_OF_in: { some: { id: { in: $groups } } } },
          { PERPETRATED_in: { some: { id: { in: $groups } } } }] },
        sort: [{ dateStart: DESC }, { id: DESC }], limit: 21) { id name date } }`,
      variables: { groups: GROUPS },
    },
  },
];
