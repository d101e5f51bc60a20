/**
 * The closed vocabulary of ActorGraph: node kinds, relationship types and the endpoint kinds each
 * type allows. Loaders and the API check every label and relationship type against this before it
 * reaches Cypher, so nothing a user sends ever becomes Cypher text.
 */

export const ENTITY_KINDS = [
  'Group',
  'Person',
  'Attack',
  'State',
  'Place',
  'Organization',
  'Community',
  'Source',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The statuses a text can give a link, weakest to strongest. */
export const STATUSES = ['alleged', 'suspected', 'reported', 'claimed', 'confirmed'] as const;

export type Status = (typeof STATUSES)[number];

export const PLACE_TYPES = [
  'province',
  'city',
  'district',
  'neighbourhood',
  'site',
  'region',
] as const;

export const ORGANIZATION_TYPES = [
  'intergovernmental',
  'agency',
  'think-tank',
  'media',
  'government',
  'ngo',
  'other',
] as const;

export interface RelationRule {
  /** Kinds allowed at the start of the relationship. */
  from: readonly EntityKind[];
  /** Kinds allowed at the end of the relationship. */
  to: readonly EntityKind[];
  /** One line for docs/data-model.md and the API's `vocabulary` query. */
  meaning: string;
}

export const RELATION_TYPES = {
  LEADER_OF: {
    from: ['Person'],
    to: ['Group', 'State'],
    meaning: 'leads or led the group or government',
  },
  MEMBER_OF: {
    from: ['Person'],
    to: ['Group'],
    meaning: 'is or was a member, commander or fighter of',
  },
  SPOKESPERSON_FOR: {
    from: ['Person'],
    to: ['Group', 'State', 'Organization'],
    meaning: 'speaks for',
  },
  OFFICIAL_OF: {
    from: ['Person'],
    to: ['State', 'Organization'],
    meaning: 'holds an office, post or seat in',
  },
  EXPERT_AT: {
    from: ['Person'],
    to: ['Organization'],
    meaning: 'analyst, researcher or fellow at',
  },
  RIVAL_OF: { from: ['Group'], to: ['Group'], meaning: 'rival or enemy of' },
  ALLY_OF: { from: ['Group'], to: ['Group'], meaning: 'cooperates with or shelters' },
  AFFILIATE_OF: { from: ['Group'], to: ['Group'], meaning: 'branch, chapter or affiliate of' },
  RECRUITS_FROM: {
    from: ['Group'],
    to: ['Group', 'Community', 'Place'],
    meaning: 'recruits members of, or fighters from',
  },
  INFILTRATED: {
    from: ['Group'],
    to: ['Organization', 'Group', 'State'],
    meaning: 'has placed members inside',
  },
  GOVERNS: { from: ['Group', 'Organization'], to: ['State'], meaning: 'holds power over' },
  OPERATES_IN: { from: ['Group'], to: ['Place', 'State'], meaning: 'is present or active in' },
  THREATENS: {
    from: ['Group'],
    to: ['State', 'Group', 'Place', 'Community'],
    meaning: 'threatens or targets',
  },
  CLAIMED: { from: ['Group'], to: ['Attack'], meaning: 'claimed responsibility for' },
  SUSPECTED_OF: { from: ['Group'], to: ['Attack'], meaning: 'is suspected or blamed for' },
  PERPETRATED: { from: ['Person', 'Group'], to: ['Attack'], meaning: 'carried out' },
  INSPIRED: { from: ['Group'], to: ['Person', 'Group'], meaning: 'inspired' },
  OCCURRED_IN: { from: ['Attack'], to: ['Place', 'State'], meaning: 'took place in' },
  TARGETED: {
    from: ['Attack'],
    to: ['Group', 'State', 'Organization', 'Place', 'Community'],
    meaning: 'was aimed at',
  },
  IN: { from: ['Place'], to: ['Place', 'State'], meaning: 'lies within' },
  REPORTED_ON: {
    from: ['Organization', 'Person'],
    to: ['Group', 'Attack', 'State', 'Community'],
    meaning: 'warned or reported about',
  },
  CLASHED_WITH: {
    from: ['Group', 'State'],
    to: ['Group', 'State', 'Organization'],
    meaning: 'has fought or clashed with (the forces of)',
  },
  EVOLVED_INTO: { from: ['Group'], to: ['Group'], meaning: 'developed or transformed into' },
  PART_OF: {
    from: ['Organization'],
    to: ['Organization', 'State', 'Group'],
    meaning: 'is a body, agency or branch of',
  },
  BASED_IN: {
    from: ['Organization', 'Person'],
    to: ['Place', 'State'],
    meaning: 'is headquartered or based in',
  },
  WORKS_FOR: {
    from: ['Person'],
    to: ['Organization'],
    meaning: 'is employed by or works for (staff, journalists)',
  },
  RELEASED: {
    from: ['Group', 'State'],
    to: ['Group', 'Person'],
    meaning: 'freed (members of) from prison or detention',
  },
  KILLED: { from: ['Group', 'State', 'Person'], to: ['Person'], meaning: 'killed' },
  BACKED: {
    from: ['Group', 'State', 'Organization'],
    to: ['Group'],
    meaning: 'supported, armed or funded',
  },
  AGREED_WITH: {
    from: ['Group', 'State'],
    to: ['Group', 'State'],
    meaning: 'is party to an agreement with',
  },
  RELATED_TO: {
    from: ['Attack'],
    to: ['Attack'],
    meaning: 'is part of the same incident or series as',
  },
} as const satisfies Record<string, RelationRule>;

export type RelationType = keyof typeof RELATION_TYPES;

/** Every relationship type of the vocabulary: what traversals follow unless told otherwise. */
export const DOMAIN_RELATION_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/** True when `type` may link a `from` node to a `to` node. */
export function allowsEndpoints(type: RelationType, from: EntityKind, to: EntityKind): boolean {
  const rule: RelationRule = RELATION_TYPES[type];
  return rule.from.includes(from) && rule.to.includes(to);
}
