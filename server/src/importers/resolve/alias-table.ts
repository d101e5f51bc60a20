/**
 * The checked-in table of dataset spellings (dataset-aliases.json): names that name-key matching
 * cannot join to the right entity ("Tehrik-i-Taliban Pakistan (TTP)" is `ttp`), and names that
 * mean nobody ("Unknown"). Keys are compared as name keys, so case and punctuation do not matter.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { nameKey } from '../../domain/names.js';
import { isEntityId } from '../../domain/ids.js';

const ALIAS_FILE = new URL('./dataset-aliases.json', import.meta.url);

const ids = z.record(z.string().min(1), z.string().refine(isEntityId, 'must be an entity id'));
const schema = z.object({ unknown: z.array(z.string().min(1)), Group: ids, State: ids });

export interface AliasTable {
  /** Name keys of names that mean no one in particular. */
  unknown: ReadonlySet<string>;
  /** Entity id by name key, per kind. */
  ids: Readonly<Record<'Group' | 'State', ReadonlyMap<string, string>>>;
}

const keyed = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([name, id]) => [nameKey(name), id]));

/** Reads and checks the alias table; throws naming the file and the bad entry. */
export function readAliasTable(file: URL | string = ALIAS_FILE): AliasTable {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(file)} ${issue.path.join('.')}: ${issue.message}`);
  }
  const table = parsed.data;
  return {
    unknown: new Set(table.unknown.map(nameKey)),
    ids: { Group: keyed(table.Group), State: keyed(table.State) },
  };
}

/** True when `name` means no one in particular: "Unknown", "Unidentified Armed Group (Afghanistan)". */
export function isUnknownName(table: AliasTable, name: string): boolean {
  // ACLED adds the country in parentheses; the name without it is what the table lists.
  return (
    table.unknown.has(nameKey(name)) ||
    table.unknown.has(nameKey(name.replace(/\s*\([^)]*\)\s*$/, '')))
  );
}
