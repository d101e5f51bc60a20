/**
 * Joins dataset names to graph entities. A group or state name resolves through the alias table,
 * then through the search keys every entity stores (nameKey of its name and aliases), and is
 * otherwise created with an id derived from the name. A place resolves by name among the places of
 * its parent (province within state, city within province), so two towns of one name stay apart.
 *
 * Every answer depends only on the graph at start and the rows before, in file order, so an import
 * that is killed and run again creates exactly the entities an uninterrupted run creates.
 */
import { nameKey } from '../../domain/names.js';
import type { EntityKind } from '../../domain/vocabulary.js';
import { type AliasTable, isUnknownName } from './alias-table.js';
import { childId, slugId } from './slug-id.js';

/** A row of import/known-entities. */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  searchKeys: string;
  placeType: string | null;
  /** Created by an import rather than curated. */
  imported: boolean;
  parentIds: string[];
  stateId: string | null;
}

export interface Resolved {
  id: string;
  /** True the first time a name is met that no entity carries: the caller creates the entity. */
  created: boolean;
}

export type PlaceLevel = 'province' | 'district' | 'city';

export class NameResolver {
  private readonly kinds = new Map<string, EntityKind>();
  private readonly byKey = new Map<string, string>();

  constructor(
    private readonly aliases: AliasTable,
    known: readonly KnownEntity[],
  ) {
    for (const entity of known) this.kinds.set(entity.id, entity.kind);
    // Names before aliases, so a name that is also another entity's alias finds its own entity.
    for (const position of ['name', 'alias'] as const) {
      for (const entity of known) {
        const keys = entity.searchKeys.split(' ').filter(Boolean);
        for (const key of position === 'name' ? keys.slice(0, 1) : keys.slice(1)) {
          for (const scope of this.scopesOf(entity)) {
            this.register(`${entity.kind}|${scope}|${key}`, entity.id);
          }
        }
      }
    }
  }

  /** The kind of a known non-attack entity, to keep new ids from clashing. */
  kindOf(id: string): EntityKind | undefined {
    return this.kinds.get(id);
  }

  /** A group or state by name; undefined when the name means no one in particular. */
  actor(kind: 'Group' | 'State', name: string): Resolved | undefined {
    const key = nameKey(name);
    if (key === '' || isUnknownName(this.aliases, name)) return undefined;
    const aliased = this.aliases.ids[kind].get(key);
    if (aliased !== undefined && this.kinds.get(aliased) === kind) {
      return { id: aliased, created: false };
    }
    const found = this.byKey.get(`${kind}||${key}`);
    if (found !== undefined) return { id: found, created: false };
    const wanted = aliased ?? slugId(name, kind);
    if (this.kinds.get(wanted) === kind) {
      // The id this name would get is taken by an entity of the same kind (e.g. the alias table's
      // id for another spelling of it): that entity is the one meant.
      this.register(`${kind}||${key}`, wanted);
      return { id: wanted, created: false };
    }
    return this.create(kind, '', key, wanted);
  }

  /** A place of `level` named `name` inside `scopes` (the parent first, then the state). */
  place(level: PlaceLevel, name: string, scopes: readonly string[]): Resolved | undefined {
    const key = nameKey(name);
    if (key === '' || scopes.length === 0 || isUnknownName(this.aliases, name)) return undefined;
    for (const scope of scopes) {
      const found = this.byKey.get(`Place|${scope}:${level}|${key}`);
      if (found !== undefined) return { id: found, created: false };
    }
    return this.create(
      'Place',
      `${scopes[0]}:${level}`,
      key,
      childId(scopes[0]!, name, level),
      level,
    );
  }

  /**
   * Places register under their parent; curated ones also under their state, so a dataset's
   * "Kabul" in province "Kabul" finds the curated city that lies directly in Afghanistan.
   */
  private scopesOf(entity: KnownEntity): string[] {
    if (entity.kind !== 'Place') return [''];
    const parents =
      entity.imported || !entity.stateId ? entity.parentIds : [...entity.parentIds, entity.stateId];
    return [...new Set(parents)].map((parent) => `${parent}:${entity.placeType ?? ''}`);
  }

  private register(key: string, id: string): void {
    if (!this.byKey.has(key)) this.byKey.set(key, id);
  }

  private create(
    kind: EntityKind,
    scope: string,
    key: string,
    wanted: string,
    suffix = kind.toLowerCase(),
  ): Resolved {
    // Taken ids get the kind or level as suffix (within the API's 120 characters), then a number.
    const base = `${wanted.slice(0, 100).replace(/-+$/, '')}-${suffix}`;
    let id = this.kinds.has(wanted) ? base : wanted;
    for (let n = 2; this.kinds.has(id); n++) id = `${base}-${n}`;
    this.kinds.set(id, kind);
    this.register(`${kind}|${scope}|${key}`, id);
    return { id, created: true };
  }
}
