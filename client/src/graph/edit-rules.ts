/**
 * Pure rules of the explorer's editing forms: which relationship types the vocabulary allows
 * between two kinds, the mutation inputs built from what the analyst filled in or selected, and
 * which form field a BAD_USER_INPUT error names.
 */
import type { EntityKind } from '../api/types.js';

/** A relationship type with the kinds allowed at each end (the API's `vocabulary`). */
export interface TypeRule {
  type: string;
  meaning: string;
  from: readonly EntityKind[];
  to: readonly EntityKind[];
}

/** A type the link form offers; `reversed` when it runs from the second node to the first. */
export interface LinkChoice {
  type: string;
  meaning: string;
  reversed: boolean;
}

/**
 * The types allowed between a node of kind `a` and one of kind `b`, in either direction (an
 * analyst picks two nodes, not a direction): a→b first, then b→a, each in vocabulary order.
 */
export function allowedLinkTypes(rules: readonly TypeRule[], a: EntityKind, b: EntityKind) {
  const fits = (r: TypeRule, from: EntityKind, to: EntityKind) =>
    r.from.includes(from) && r.to.includes(to);
  const forward = rules.filter((r) => fits(r, a, b));
  const backward = rules.filter((r) => fits(r, b, a) && !(a === b && forward.includes(r)));
  return [
    ...forward.map((r) => ({ type: r.type, meaning: r.meaning, reversed: false })),
    ...backward.map((r) => ({ type: r.type, meaning: r.meaning, reversed: true })),
  ] satisfies LinkChoice[];
}

/** The fields of `EntityInput` that only one kind has. */
export const KIND_FIELDS: Partial<Record<EntityKind, readonly string[]>> = {
  Person: ['role'],
  Place: ['placeType'],
  State: ['iso2'],
  Organization: ['orgType'],
  Attack: ['date', 'attackType'],
  Source: ['publisher', 'url'],
};

/** What the entity form holds (free text, as typed). */
export interface EntityForm {
  id: string;
  kind: EntityKind;
  name: string;
  /** One alias a line (commas belong to names such as "Tehrik-e Taliban, Pakistan"). */
  aliases: string;
  description: string;
  /** Kind-specific fields by name; those of other kinds are ignored. */
  fields: Record<string, string>;
}

/** Splits the aliases box: one a line, trimmed, blanks and repeats left out. */
export function aliasesOf(text: string): string[] {
  return [...new Set(text.split('\n').map((a) => a.trim()))].filter(Boolean);
}

/**
 * `EntityInput` for `upsertEntity`: empty optional fields are left out (upsert updates only the
 * fields given), and only the kind's own fields are sent.
 */
export function entityInput(form: EntityForm): Record<string, unknown> {
  const input: Record<string, unknown> = {
    id: form.id.trim(),
    kind: form.kind,
    name: form.name.trim(),
    aliases: aliasesOf(form.aliases),
  };
  if (form.description.trim()) input.description = form.description.trim();
  for (const field of KIND_FIELDS[form.kind] ?? []) {
    const value = form.fields[field]?.trim();
    if (value) input[field] = value;
  }
  return input;
}

/** A readable id for a new entity from its name ("Lantern Brigade" → "lantern-brigade"). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A quote picked from a source's text. */
export interface PickedQuote {
  source: string;
  quote: string;
  offset: number;
}

/**
 * The quote for the characters `start`..`end` of `text` (a selection in the source reader),
 * without the white space at either end, so what is sent is the text's own words; null when
 * nothing but white space is selected.
 */
export function quoteOfSelection(
  source: string,
  text: string,
  start: number,
  end: number,
): PickedQuote | null {
  const [lo, hi] = [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))];
  const raw = text.slice(lo, hi);
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  return quote ? { source, quote, offset: lo + lead } : null;
}

/** What the link form holds. */
export interface LinkForm {
  /** The two nodes as chosen; `choice.reversed` says which one the link starts at. */
  first: string;
  second: string;
  choice: LinkChoice;
  status: string;
  since: string;
  until: string;
  evidence: readonly PickedQuote[];
}

/** `RelationInput` for `addRelation`. */
export function relationInput(form: LinkForm): Record<string, unknown> {
  const [from, to] = form.choice.reversed ? [form.second, form.first] : [form.first, form.second];
  const input: Record<string, unknown> = {
    type: form.choice.type,
    from,
    to,
    evidence: evidenceInput(form.evidence),
  };
  if (form.status) input.status = form.status;
  if (form.since.trim()) input.since = form.since.trim();
  if (form.until.trim()) input.until = form.until.trim();
  return input;
}

/** `[EvidenceInput!]!`: source and quote only (the server finds the offset itself). */
export function evidenceInput(picked: readonly PickedQuote[]): { source: string; quote: string }[] {
  return picked.map((p) => ({ source: p.source, quote: p.quote }));
}

/**
 * The form field a BAD_USER_INPUT error belongs to: its `argumentPath` without the leading
 * argument name when that is the input object (["input","evidence",0,"quote"] → "evidence.0.quote"),
 * or the whole path joined; null without a path (shown at the top of the form).
 */
export function fieldOfError(path: readonly (string | number)[] | undefined): string | null {
  if (!path?.length) return null;
  const rest = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return rest.join('.');
}
