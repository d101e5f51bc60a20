/** An entity's links grouped by type for the details panel, each seen from the entity's side. */
import type { NodeFields, RelationFields } from '../api/types.js';

/** One link as seen from the entity in the panel. */
interface RelationItem {
  relation: RelationFields;
  /** The entity at the other end (a stub with the id only when the subgraph lacks it). */
  other: Pick<NodeFields, 'id' | 'name' | 'kind'> | { id: string; name: string; kind: null };
  /** 'out': this entity → other; 'in': other → this entity. */
  direction: 'out' | 'in';
}

/** The links of one type. */
export interface RelationGroup {
  type: string;
  items: RelationItem[];
}

/** Statuses from strongest to weakest, so confirmed links lead each group. */
const STATUS_RANK: Record<string, number> = {
  confirmed: 0,
  claimed: 1,
  reported: 2,
  suspected: 3,
  alleged: 4,
};

/** The links of `entityId` among `relations` (a neighbourhood also holds links among neighbours). */
export function linksOf(entityId: string, relations: RelationFields[]): RelationFields[] {
  return relations.filter((r) => r.from.id === entityId || r.to.id === entityId);
}

/** Groups the links of `entityId` by type (alphabetical), strongest and best-sourced first in each. */
export function groupRelations(
  entityId: string,
  relations: RelationFields[],
  nodes: NodeFields[],
): RelationGroup[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationItem[]>();
  for (const relation of linksOf(entityId, relations)) {
    const out = relation.from.id === entityId;
    const otherId = out ? relation.to.id : relation.from.id;
    const other = byId.get(otherId) ?? { id: otherId, name: otherId, kind: null };
    const items = groups.get(relation.type) ?? [];
    items.push({ relation, other, direction: out ? 'out' : 'in' });
    groups.set(relation.type, items);
  }
  const rank = (item: RelationItem) => STATUS_RANK[item.relation.status ?? ''] ?? 5;
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, items]) => ({
      type,
      items: items.sort(
        (a, b) =>
          rank(a) - rank(b) ||
          b.relation.independentSources - a.relation.independentSources ||
          a.other.name.localeCompare(b.other.name),
      ),
    }));
}
