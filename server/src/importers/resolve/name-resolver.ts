/**
 * Joins dataset names to graph entities. A group or state name resolves through the alias table,
 * then through every spelling (name and aliases) of the entities of its kind, as written or after
 * transliteration folding (domain/names.ts variantKey) and without a trailing "(ACRONYM)", and is
 * otherwise created with an id derived from the name. A place resolves within its parent, then
 * among the places of its state at any depth (place-index.ts): a curated place found that way gains
 * the row's parent (Karachi IN Sindh) instead of a twin being created. A name that is only close
 * to an entity (near-match.ts) creates the entity and reports the pair as a duplicate candidate.
 *
 * Every answer depends only on the graph at start and the rows before, in file order, so an import
 * that is killed and run again creates exactly the entities an uninterrupted run creates, and two
 * imports of overlapping files create the same ids (which the entity id constraint merges).
 */
import { nameKey, variantKey } from '../../domain/names.js';
import type { EntityKind } from '../../domain/vocabulary.js';
import { type AliasTable, isUnknownName } from './alias-table.js';
import { foldedName, nearest } from './near-match.js';
import { type Coordinates, PlaceIndex, type PlaceEntry } from './place-index.js';
import { childId, slugId } from '../../domain/slug-id.js';

/** A row of import/known-entities. */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  /** The name, then the aliases. */
  spellings: string[];
  placeType: string | null;
  /** Created by an import rather than curated. */
  imported: boolean;
  parentIds: string[];
  stateId: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** A new entity close to an existing one: a curator decides whether they are one. */
export interface Candidate {
  id: string;
  score: number;
  reason: string;
}

export interface Resolved {
  id: string;
  /** True the first time a name is met that no entity carries: the caller creates the entity. */
  created: boolean;
  /** A place found elsewhere in its state that is not yet IN the row's parent: link it there. */
  attachTo?: string;
  /** Set when a created entity is close to this existing one. */
  candidate?: Candidate;
}

export type PlaceLevel = 'province' | 'district' | 'city';

/**
 * Keys a group or state spelling is found by: its name key and variant key, and the same without a
 * trailing acronym ("Shining Path (SL)"). A country in parentheses stays: "Taliban (Pakistan)" is
 * not the Taliban.
 */
const actorKeys = (spelling: string): string[] => {
  const bare = spelling.replace(/\s*\([\p{Lu}\p{N}-]{2,10}\)\s*$/u, '');
  return [
    ...new Set([spelling, bare].flatMap((s) => [nameKey(s), `~${variantKey(s) ?? ''}`])),
  ].filter((k) => k !== '' && k !== '~');
};

export class NameResolver {
  private readonly kinds = new Map<string, EntityKind>();
  private readonly byKey = new Map<string, string>();
  private readonly actors = new Map<EntityKind, { id: string; keys: string[] }[]>();
  private readonly places = new PlaceIndex();
  private readonly atStart: ReadonlySet<string>;
  /** Entities the graph held before the import that its names resolved to. */
  readonly joined = new Set<string>();

  constructor(
    private readonly aliases: AliasTable,
    known: readonly KnownEntity[],
  ) {
    for (const entity of known) this.kinds.set(entity.id, entity.kind);
    this.atStart = new Set(this.kinds.keys());
    // Names before aliases, so a name that is also another entity's alias finds its own entity.
    for (const position of ['name', 'alias'] as const) {
      for (const entity of known) {
        const [name = '', ...aliases] = entity.spellings;
        for (const spelling of position === 'name' ? [name] : aliases) {
          if (entity.kind === 'Place') {
            for (const parent of entity.parentIds) {
              this.register(
                `Place|${parent}:${entity.placeType ?? ''}|${nameKey(spelling)}`,
                entity.id,
              );
            }
          } else {
            for (const key of actorKeys(spelling))
              this.register(`${entity.kind}|${key}`, entity.id);
          }
        }
      }
    }
    for (const entity of known) {
      if (entity.kind === 'Place') this.places.add(placeEntry(entity));
      else this.addActor(entity.kind, entity.id, entity.spellings);
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
      return this.found(aliased);
    }
    for (const k of actorKeys(name)) {
      const found = this.byKey.get(`${kind}|${k}`);
      if (found !== undefined) return this.found(found);
    }
    const wanted = aliased ?? slugId(name, kind);
    if (this.kinds.get(wanted) === kind) {
      // The id this name would get is taken by an entity of the same kind (e.g. the alias table's
      // id for another spelling of it): that entity is the one meant.
      this.register(`${kind}|${key}`, wanted);
      return this.found(wanted);
    }
    const near = nearest(foldedName(name), this.actors.get(kind) ?? []);
    const resolved = this.create(kind, wanted);
    for (const k of actorKeys(name)) this.register(`${kind}|${k}`, resolved.id);
    this.addActor(kind, resolved.id, [name]);
    return near ? { ...resolved, candidate: { ...near, reason: 'similar name' } } : resolved;
  }

  /**
   * A place of `level` named `name` inside `parent` (a place of the row, or the state itself) in
   * `state`; `chain` holds the row's places above it. Undefined for names that name nothing.
   */
  place(
    level: PlaceLevel,
    name: string,
    where: { parent: string; state: string; chain: readonly string[] },
    coordinates: Coordinates | null = null,
  ): Resolved | undefined {
    const key = nameKey(name);
    if (key === '' || isUnknownName(this.aliases, name)) return undefined;
    const { parent, state, chain } = where;
    const inParent = this.byKey.get(`Place|${parent}:${level}|${key}`);
    if (inParent !== undefined) return this.found(inParent);
    const found =
      this.places.find(state, level, name, chain, coordinates)[0] ??
      // A curated place without a state is adopted by the first state whose data names it.
      this.places.find(null, level, name, chain, coordinates).find((p) => !p.imported);
    if (found) return this.attach(found, parent, state);

    const near = nearest(
      foldedName(name),
      [...this.places.within(state, level)].map((p) => ({
        id: p.id,
        keys: p.spellings.map(foldedName),
      })),
    );
    const resolved = this.create('Place', childId(parent, name, level), level);
    this.register(`Place|${parent}:${level}|${key}`, resolved.id);
    this.places.add({
      id: resolved.id,
      placeType: level,
      spellings: [name],
      parentIds: [parent],
      stateId: state,
      imported: true,
      coordinates: level === 'city' ? coordinates : null,
    });
    return near
      ? { ...resolved, candidate: { ...near, reason: `similar ${level} name in ${state}` } }
      : resolved;
  }

  /** `place` found for a row whose parent is `parent`: link it there unless it already lies in it. */
  private attach(place: PlaceEntry, parent: string, state: string): Resolved {
    if (place.parentIds.includes(parent) || (parent === state && place.stateId === state)) {
      return this.found(place.id);
    }
    this.places.remove(place);
    const moved = { ...place, parentIds: [...place.parentIds, parent], stateId: state };
    this.places.add(moved);
    this.register(
      `Place|${parent}:${place.placeType}|${nameKey(place.spellings[0] ?? '')}`,
      place.id,
    );
    return { ...this.found(place.id), attachTo: parent };
  }

  private found(id: string): Resolved {
    if (this.atStart.has(id)) this.joined.add(id);
    return { id, created: false };
  }

  private addActor(kind: EntityKind, id: string, spellings: readonly string[]): void {
    const list = this.actors.get(kind) ?? [];
    list.push({ id, keys: [...new Set(spellings.map(foldedName))] });
    this.actors.set(kind, list);
  }

  private register(key: string, id: string): void {
    if (!this.byKey.has(key)) this.byKey.set(key, id);
  }

  private create(kind: EntityKind, wanted: string, suffix = kind.toLowerCase()): Resolved {
    // Taken ids get the kind or level as suffix (within the API's 120 characters), then a number.
    const base = `${wanted.slice(0, 100).replace(/-+$/, '')}-${suffix}`;
    let id = this.kinds.has(wanted) ? base : wanted;
    for (let n = 2; this.kinds.has(id); n++) id = `${base}-${n}`;
    this.kinds.set(id, kind);
    return { id, created: true };
  }
}

function placeEntry(entity: KnownEntity): PlaceEntry {
  const { latitude, longitude } = entity;
  return {
    id: entity.id,
    placeType: entity.placeType ?? '',
    spellings: entity.spellings,
    parentIds: entity.parentIds,
    stateId: entity.stateId,
    imported: entity.imported,
    coordinates: latitude != null && longitude != null ? { latitude, longitude } : null,
  };
}
