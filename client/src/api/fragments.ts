/**
 * GraphQL fragments shared by the operations. Kept small on purpose: the server refuses documents
 * over 2,000 tokens or a static cost of 20,000, and tests/unit/client/api/operations.test.ts checks
 * every operation against the schema and those limits.
 */

export const NODE_FIELDS = /* GraphQL */ `
  fragment NodeFields on Entity {
    id
    kind
    name
    aliases
    degree
    ... on Attack {
      date
      dateApprox
    }
    ... on Source {
      date
      dateApprox
    }
  }
`;

const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Source {
    id
    title
    publisher
    date
    url
    duplicateOf {
      similarity
    }
  }
`;

export const RELATION_FIELDS = /* GraphQL */ `
  fragment RelationFields on Relation {
    id
    type
    status
    since
    until
    independentSources
    from {
      id
    }
    to {
      id
    }
    evidence {
      quote
      verified
      offset
      source {
        ...SourceFields
      }
    }
  }
  ${SOURCE_FIELDS}
`;

export const SUBGRAPH_FIELDS = /* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    nodes {
      ...NodeFields
    }
    relations {
      ...RelationFields
    }
    truncated
  }
  ${NODE_FIELDS}
  ${RELATION_FIELDS}
`;
