/**
 * The shape of the seed files in seeds/ (human-edited JSON, except what `npm run seeds:curate`
 * computes from the article texts: quote offsets, hashes, duplicate-sources.json). Each file is an
 * array; see the README's data model. Cross-file rules (ids exist, vocabulary, quotes) are checked in check-seeds.ts.
 */
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from '../domain/ids.js';
import { parsePartialDate } from '../domain/dates.js';
import { unsafeTextProblem } from '../domain/safe-text.js';
import { webUrlProblem } from '../domain/web-url.js';
import {
  type EntityKind,
  ORGANIZATION_TYPES,
  PLACE_TYPES,
  STATUSES,
} from '../domain/vocabulary.js';

const id = z.string().regex(ENTITY_ID_PATTERN, 'must be a lower-case slug such as "is-k"').max(120);
/** Adds the shared character rule (domain/safe-text.ts) to a string schema. */
const safe = (schema: z.ZodString, prose = false) =>
  schema.superRefine((value, ctx) => {
    const problem = unsafeTextProblem(value, prose);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const text = safe(z.string().trim().min(1, 'must not be empty'));
const partialDate = z
  .string()
  .refine(
    (value) => parsePartialDate(value) !== undefined,
    'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
  );

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
  quote: safe(
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(1000, 'must be a short quote (at most 1,000 characters)'),
    true,
  ),
  /** UTF-16 index of the quote's verbatim match in the raw text of its source. */
  offset: spanField.nonnegative('must not be negative'),
  /** UTF-16 length of that match in the raw text (its own whitespace may differ from the quote's). */
  length: spanField.positive('must be positive'),
};

const evidenceSchema = z.strictObject({ source: id, ...quoteFields });

const entityFields = {
  id,
  name: text,
  aliases: z.array(text).default([]),
  description: safe(z.string(), true).nullish(),
  evidence: z.array(evidenceSchema).min(1, 'needs at least one quote naming the entity'),
};

const sourceSchema = z.strictObject({
  id,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in the sources folder'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
  title: text,
  publisher: z.string().nullish(),
  date: partialDate.nullish(),
  dateApprox: z.boolean(),
  dateBasis: z.string().nullish(),
  url: z
    .string()
    .superRefine((value, ctx) => {
      const problem = webUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullish(),
  excludedPassages: z.array(text).default([]),
});

const groupSchema = z.strictObject(entityFields);
const personSchema = z.strictObject({ ...entityFields, role: z.string().nullish() });
const stateSchema = z.strictObject({
  ...entityFields,
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullish(),
});
const placeSchema = z.strictObject({
  ...entityFields,
  placeType: z.enum(PLACE_TYPES),
});
const organizationSchema = z.strictObject({
  ...entityFields,
  orgType: z.enum(ORGANIZATION_TYPES),
});

const casualtyReportSchema = z.strictObject({
  source: id,
  killed: z.number().int().nonnegative().nullable(),
  wounded: z.number().int().nonnegative().nullable(),
  qualifier: z.string().nullish(),
  ...quoteFields,
});

const attackSchema = z.strictObject({
  ...entityFields,
  date: partialDate.nullable(),
  dateApprox: z.boolean(),
  dateBasis: z.string().nullish(),
  attackType: z.string().nullish(),
  casualtyReports: z.array(casualtyReportSchema).default([]),
});

const relationSchema = z.strictObject({
  type: z.string().regex(/^[A-Z][A-Z_]*$/, 'must be an UPPER_SNAKE relationship type'),
  from: id,
  to: id,
  status: z.enum(STATUSES).nullish(),
  since: partialDate.nullish(),
  until: partialDate.nullish(),
  evidence: z.array(evidenceSchema).min(1, 'needs at least one piece of evidence'),
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
  'attacks.json': 'Attack',
};

/** The entity file of each kind (KIND_OF_FILE turned round). */
export const FILE_OF_KIND = Object.fromEntries(
  Object.entries(KIND_OF_FILE).map(([file, kind]) => [kind, file]),
) as Record<SeedEntityKind, string>;
