/**
 * Extra sections of the details panel, added by features that are not the panel's own (editing,
 * history, merging): each gets the entity or link shown and returns an element, or null to add
 * nothing. Sections show in the order they were added, after the panel's own buttons.
 */
import type { EntityDetails, NodeFields, RelationFields } from '../api/types.js';

/** A feature's part of the details panel. */
export interface DetailsExtension {
  node?(entity: EntityDetails): Node | null;
  edge?(relation: RelationFields, nodes: Map<string, NodeFields>): Node | null;
}

const extensions: DetailsExtension[] = [];

/** Adds `extension` to every details view drawn from now on. */
export function extendDetails(extension: DetailsExtension): void {
  extensions.push(extension);
}

/** The extra sections for an entity. */
export function nodeExtensions(entity: EntityDetails): (Node | null)[] {
  return extensions.map((x) => x.node?.(entity) ?? null);
}

/** The extra sections for a link. */
export function edgeExtensions(
  relation: RelationFields,
  nodes: Map<string, NodeFields>,
): (Node | null)[] {
  return extensions.map((x) => x.edge?.(relation, nodes) ?? null);
}
