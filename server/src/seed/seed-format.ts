/**
 * The shape of the seed files in seeds/ (human-edited JSON, except what `npm run seeds:curate`
 * computes from the article texts: quote offsets, hashes, duplicate-sources.json). Each file is an
 * array; see docs/data-model.md. Every rule a value shares with the API and the importers
 * comes from domain/*-rules.ts; cross-file rules (ids exist, vocabulary, quotes) are checked in
 * check-seeds.ts.
 */
import { z } from 'zod';
import { entityIdProblem } from '../domain/ids.js';
import { partialDateProblem } from '../domain/dates.js';
import {
  aliasCountProblem,
  descriptionProblem,
  iso2Problem,
  lineTextProblem,
  nameProblem,
  orgTypeProblem,
  placeTypeProblem,
} from '../domain/entity-rules.js';
import { evidenceCountProblem, quoteProblem } from '../domain/evidence-rules.js';
import { credibilityProblem, reliabilityProblem } from '../domain/grades.js';
import { statusProblem } from '../domain/relation-rules.js';
import { webUrlProblem } from '../domain/web-url.js';
import type { EntityKind } from '../domain/vocabulary.js';

/** A refinement by a domain rule: the rule's problem becomes the issue's message. */
const rule =
  <T>(problemOf: (value: T) => string | undefined) =>
  (value: T, ctx: z.RefinementCtx<T>) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
/** A string checked by a domain rule. */
const ruled = (problemOf: (value: string) => string | undefined) =>
  z.string().superRefine(rule(problemOf));

const id = ruled(entityIdProblem);
/** Names, aliases and titles are checked as written, then stored trimmed (as the API stores them). */
const name = ruled(nameProblem).trim();
const lineText = ruled(lineTextProblem);
/** Seed-only one-line texts (excluded passages, duplicate methods): safe and not blank. */
const text = lineText.trim().min(1, 'must not be empty');
const partialDate = ruled(partialDateProblem);

/** Written by `npm run seeds:curate` from the article texts; see text-match.ts (Span). */
const spanField = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: run `npm run seeds:curate` with the article texts to compute it'
        : 'must be a whole number',
  })
  .int('must be a whole number');

const quoteFields = {
  quote: ruled(quoteProblem).trim(),
  /** UTF-16 index of the quote's verbatim match in the raw text of its source. */
  offset: spanField.nonnegative('must not be negative'),
  /** UTF-16 length of that match in the raw text (its own whitespace may differ from the quote's). */
  length: spanField.positive('must be positive'),
};

/** Admiralty credibility 1–6 (domain/grades.ts). */
const credibility = z.number().superRefine(rule(credibilityProblem));

/** `credibility` overrides the default its source gives its quotes (sources.json). */
const evidenceSchema = z.strictObject({
  source: id,
  ...quoteFields,
  credibility: credibility.nullish(),
});

/** A grade and the reason for it come together: a grade nobody can check is no grade. */
const withBasis =
  (grade: 'reliability' | 'credibility') =>
  (source: Record<string, unknown>, ctx: z.RefinementCtx<Record<string, unknown>>) => {
    const basis = `${grade}Basis`;
    if ((source[grade] ?? null) !== null && !source[basis])
      ctx.addIssue({
        code: 'custom',
        path: [basis],
        message: `must say why the ${grade} is ${String(source[grade])}`,
      });
    if ((source[grade] ?? null) === null && source[basis])
      ctx.addIssue({
        code: 'custom',
        path: [grade],
        message: `is missing, though ${basis} is given`,
      });
  };

const entityFields = {
  id,
  name,
  aliases: z.array(name).superRefine(rule(aliasCountProblem)).default([]),
  description: ruled(descriptionProblem).nullish(),
  evidence: z.array(evidenceSchema).min(1, 'needs at least one quote naming the entity'),
};

const sourceSchema = z
  .strictObject({
    id,
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in the sources folder'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
    title: name,
    publisher: lineText.nullish(),
    date: partialDate.nullish(),
    dateApprox: z.boolean(),
    dateBasis: lineText.nullish(),
    url: ruled(webUrlProblem).nullish(),
    excludedPassages: z.array(text).default([]),
    /** Admiralty reliability A–F of the source, and why (docs/data-model.md, "Grades"). */
    reliability: ruled(reliabilityProblem).nullish(),
    reliabilityBasis: text.nullish(),
    /** The credibility 1–6 of this source's quotes unless an evidence item gives its own, and why. */
    credibility: credibility.nullish(),
    credibilityBasis: text.nullish(),
  })
  .superRefine(withBasis('reliability'))
  .superRefine(withBasis('credibility'));

/** Coordinates of a place or state from a gazetteer; `precision` names the entry and what it marks. */
const locationSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  precision: lineText,
});

const groupSchema = z.strictObject(entityFields);
const personSchema = z.strictObject({ ...entityFields, role: lineText.nullish() });
const stateSchema = z.strictObject({
  ...entityFields,
  iso2: ruled(iso2Problem).nullish(),
  location: locationSchema.nullish(),
});
const placeSchema = z.strictObject({
  ...entityFields,
  placeType: ruled(placeTypeProblem),
  location: locationSchema.nullish(),
});
const organizationSchema = z.strictObject({
  ...entityFields,
  orgType: ruled(orgTypeProblem),
});
/** Ethnic and religious communities: targets of attacks and recruiting grounds, not actors. */
const communitySchema = z.strictObject(entityFields);

const casualtyReportSchema = z.strictObject({
  source: id,
  killed: z.number().int().nonnegative().nullable(),
  wounded: z.number().int().nonnegative().nullable(),
  qualifier: lineText.nullish(),
  ...quoteFields,
});

const attackSchema = z.strictObject({
  ...entityFields,
  date: partialDate.nullable(),
  dateApprox: z.boolean(),
  dateBasis: lineText.nullish(),
  attackType: lineText.nullish(),
  casualtyReports: z.array(casualtyReportSchema).default([]),
});

const relationSchema = z.strictObject({
  /** Checked against the vocabulary in check-seeds.ts, with the kinds of both ends. */
  type: z.string(),
  from: id,
  to: id,
  status: ruled(statusProblem).nullish(),
  since: partialDate.nullish(),
  until: partialDate.nullish(),
  evidence: z.array(evidenceSchema).superRefine(rule(evidenceCountProblem)),
});

/** A near-copy among the sources, found by `npm run seeds:curate` (near-duplicate.ts). */
const duplicateSourceSchema = z.strictObject({
  duplicate: id,
  original: id,
  similarity: z.number().min(0).max(1),
  method: text,
});

/** Seed file name → schema of one element; also the set of files a seed folder must hold. */
export const SEED_FILES = {
  'sources.json': sourceSchema,
  'groups.json': groupSchema,
  'persons.json': personSchema,
  'states.json': stateSchema,
  'places.json': placeSchema,
  'organizations.json': organizationSchema,
  'communities.json': communitySchema,
  'attacks.json': attackSchema,
  'relations.json': relationSchema,
  'duplicate-sources.json': duplicateSourceSchema,
} as const;

export type SeedFileName = keyof typeof SEED_FILES;
export type SeedSource = z.infer<typeof sourceSchema>;
type SeedAttack = z.infer<typeof attackSchema>;
export type SeedRelation = z.infer<typeof relationSchema>;
export type SeedDuplicateSource = z.infer<typeof duplicateSourceSchema>;
export type SeedEntity = z.infer<typeof groupSchema> &
  Partial<Omit<SeedAttack, keyof typeof entityFields>> & {
    role?: string | null;
    iso2?: string | null;
    placeType?: string;
    orgType?: string;
    location?: z.infer<typeof locationSchema> | null;
  };

export type SeedEntityKind = Exclude<EntityKind, 'Source'>;

/** The entity files and the kind each holds, in the order their entities appear in a SeedSet. */
export const KIND_OF_FILE: Record<
  Exclude<SeedFileName, 'sources.json' | 'relations.json' | 'duplicate-sources.json'>,
  SeedEntityKind
> = {
  'groups.json': 'Group',
  'persons.json': 'Person',
  'states.json': 'State',
  'places.json': 'Place',
  'organizations.json': 'Organization',
  'communities.json': 'Community',
  'attacks.json': 'Attack',
};

/** The entity file of each kind (KIND_OF_FILE turned round). */
export const FILE_OF_KIND = Object.fromEntries(
  Object.entries(KIND_OF_FILE).map(([file, kind]) => [kind, file]),
) as Record<SeedEntityKind, string>;
