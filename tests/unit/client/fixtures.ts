/** Small hand-made GraphQL results shaped like the seed graph, for the client's pure logic. */
import type { EvidenceFields, NodeFields, RelationFields } from '../../../client/src/api/types.js';

export function node(
  id: string,
  kind: NodeFields['kind'] = 'Group',
  extra: Partial<NodeFields> = {},
): NodeFields {
  return { id, kind, name: id.toUpperCase(), aliases: [], degree: 1, ...extra };
}

export function evidence(
  sourceId: string,
  quote: string,
  duplicateOf: string | null = null,
): EvidenceFields {
  return {
    quote,
    verified: false,
    offset: null,
    source: {
      id: sourceId,
      title: `Title of ${sourceId}`,
      publisher: 'Publisher',
      date: '2022-04-01',
      url: null,
      duplicateOf: duplicateOf ? [{ similarity: 0.93 }] : [],
    },
  };
}

export function rel(
  from: string,
  type: string,
  to: string,
  extra: Partial<RelationFields> = {},
): RelationFields {
  return {
    id: `${from}~${type}~${to}`,
    type,
    status: null,
    since: null,
    until: null,
    independentSources: 1,
    from: { id: from },
    to: { id: to },
    evidence: [evidence('src-a', `${from} ${type} ${to}`)],
    ...extra,
  };
}
